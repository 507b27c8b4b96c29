import nlp from "compromise";
import {
  COLLECTIVE_PLURALS,
  HONORIFICS,
  isAcronymWord,
  isDemonym,
  isOrgHead,
  isPlaceName,
  isPossessive,
  isTitleHead,
  isTitleWord,
  MONTH_OR_DAY,
  PLACE_ACRONYMS,
  PORTFOLIOS,
  stripPossessive,
} from "./lexicon";
import type { Mention, MentionFields } from "./mentions";
import { CONNECTORS, FORMS_OF_ADDRESS, NAME_PARTICLES, abbreviatedTitle, singularTitle } from "./name-words";
import { tagsOf } from "./positions";
import { isPortfolioRun, titleSplit } from "./title-split";
import { TAG, type Token } from "./tokens";

/** How a capitalised run splits into organisation, title, honorific and name, and what kind of thing the name is. */

export function analyse(tokens: Token[], from: number, to: number): Mention {
  const run = tokens.slice(from, to);
  const last = run[run.length - 1];
  const m: MentionFields = {
    from,
    to,
    start: run[0].start,
    end: last.end,
    sentence: run[0].sentence,
    kind: "candidate",
    possessive: isPossessive(last.text),
  };
  // Abbreviated titles are written out: "Gov. Karen Doyle" → "Governor" + "Karen Doyle".
  const words = run.map(
    (t, i) =>
      abbreviatedTitle(t) ??
      singularTitle(t.text, i < run.length - 1) ??
      (i === run.length - 1 ? stripPossessive(t.text) : t.text),
  );
  if (words.some((w, i) => w !== run[i].text && singularTitle(run[i].text, true) === w)) m.sharedTitle = true;
  const lower = words.map((w) => w.toLowerCase().replace(/\.$/, ""));
  const n = nameStart(run, words, lower);
  const nameWords = words.slice(n);
  // "the 27 Member States", "Member Nations": a title-like word before a plural collective noun is a common noun phrase.
  if (nameWords.length === 1 && n > 0 && COLLECTIVE_PLURALS.has(nameWords[0].toLowerCase())) return m;
  // "Consumer Federation of America": an organisation head before "of" makes the whole run an organisation.
  const headThenOf = lower.some(
    (w, i) =>
      i > 0 &&
      isOrgHead(w) &&
      (lower[i + 1] === "of" || lower[i + 1] === "for" || lower[i + 1] === "on") &&
      !isTitleHead(lower[0]),
  );
  const orgLike = isOrgHead(lower[lower.length - 1]) || (words.length === 1 && isAcronymWord(words[0])) || headThenOf;
  if (orgLike) return orgMention(m, tokens, run, words, lower);
  if (!nameWords.length) {
    const title = titleSplit(words, lower);
    if (title) Object.assign(m, { kind: "title", title: title.title, org: title.org });
    return m;
  }
  return personMention(m, tokens, run, words, lower, n);
}

/** Where the name starts: the longest tail of words that are not titles, honorifics, acronyms or organisation heads. */
function nameStart(run: Token[], words: string[], lower: string[]): number {
  let n = words.length;
  while (n > 0) {
    const w = words[n - 1];
    const lw = lower[n - 1];
    // A particle (or two: "von der") between two name words stays in the name ("Pieter de Wit").
    const b = n >= 3 && NAME_PARTICLES.has(lower[n - 2]) ? n - 3 : n - 2;
    const particle =
      NAME_PARTICLES.has(lw) &&
      b >= 0 &&
      n < words.length &&
      /^[A-Z]/.test(words[b]) &&
      !isTitleWord(lower[b]) &&
      !HONORIFICS.has(lower[b]) &&
      !isAcronymWord(words[b]) &&
      !isOrgHead(lower[b]);
    // "W.S. Merwin": dotted initials before a surname are part of the name ("U.S. Steel" is not).
    const initials =
      /^(?:[A-Z]\.){1,3}$/.test(w) &&
      n < words.length &&
      !PLACE_ACRONYMS.has(lw) &&
      !PLACE_ACRONYMS.has(`${lw}.`) &&
      !isTitleWord(lower[n] ?? "");
    if (
      !particle &&
      !initials &&
      (isTitleWord(lw) || HONORIFICS.has(lw) || CONNECTORS.has(lw) || isAcronymWord(w) || isOrgHead(lw))
    )
      break;
    if (lw === "charge" && lower[n - 2] === "in") break;
    // "Chief Secretary to the Treasury Paul Boateng": a department's word before a first name ends the post
    if (PORTFOLIOS.has(lw) && n < words.length && run[n].tags & TAG.firstName) break;
    if (/^\d/.test(w)) break;
    n--;
  }
  // After "of"/"for"/"and" the tail is a complement ("National Institutes of Health", "Secretary of
  // Commerce Wilbur Ross"): only a first name inside it starts a person's name.
  if (n > 0 && n < words.length && CONNECTORS.has(lower[n - 1])) {
    const q = run.slice(n).findIndex((t, i) => i > 0 && t.tags & TAG.firstName);
    n = q > 0 ? n + q : words.length;
  }
  return n;
}

/**
 * "the NCA" / "National Crime Agency": the whole run (without a leading "The") names an organisation,
 * unless it is a title phrase without a name ("Director General").
 */
function orgMention(m: MentionFields, tokens: Token[], run: Token[], words: string[], lower: string[]): Mention {
  const s = lower[0] === "the" ? 1 : 0;
  const title = titleSplit(words.slice(s), lower.slice(s));
  if (title && !title.org && !isOrgHead(lower[lower.length - 1]))
    return Object.assign(m, { kind: "title" as const, title: title.title });
  m.name = stripPossessive(
    run
      .slice(s)
      .map((t, i) => t.text + (i < run.length - s - 1 ? t.post : ""))
      .join(""),
  );
  m.nameFrom = m.from + s;
  m.nameStart = tokens[m.from + s].start;
  m.kind = PLACE_ACRONYMS.has(m.name.toLowerCase()) ? "place" : "organization";
  return m;
}

/**
 * "Republican Donald Trump", "Crooked Hillary Clinton", "Miss Universe Alicia Machado": capitalised words before
 * a first name that compromise does not know as names are an epithet, not part of the name.
 */
function withoutEpithet(run: Token[], n: number): number {
  let k = n;
  while (
    k < run.length - 2 &&
    k - n < 2 &&
    !(run[k].tags & (TAG.firstName | TAG.lastName | TAG.honorific)) &&
    isEpithet(run[k].text) &&
    !run[k].post.trim()
  )
    k++;
  return k > n && run[k].tags & TAG.firstName ? k : n;
}

const PARTIES = /^(?:Republican|Democrat|Democratic|Independent|Libertarian|Conservative|Labour|Liberal|Green|GOP)$/;
const epithets = new Map<string, boolean>();
/** A party, a nationality (or their plural), or a word that is an adjective or verb in lower case ("Crooked"): not a given name. */
function isEpithet(word: string): boolean {
  if (!/^[A-Z][a-z]+$/.test(word)) return false;
  if (PARTIES.test(word) || isDemonym(word)) return true;
  // "Democrats Hillary Clinton, Bernie Sanders …", "Americans": the plural of a party or a nationality
  const one = word.replace(/s$/, "");
  if (one !== word && (PARTIES.test(one) || isDemonym(one))) return true;
  let known = epithets.get(word);
  if (known === undefined) {
    const term = (nlp(word.toLowerCase()) as unknown as { docs: { tags: Set<string> }[][] }).docs[0]?.[0];
    // "Billionaire Donald Trump": a common noun of what someone is, before a first name, is no part of the name
    known = Boolean(
      term &&
      (term.tags.has("Adjective") ||
        term.tags.has("Verb") ||
        // the tagger's occupations ("businessman", "mogul"), and "-aire" words it does not list ("billionaire")
        ((term.tags.has("Actor") || /aire$/.test(word.toLowerCase())) &&
          !term.tags.has("ProperNoun") &&
          ![...term.tags].some((t) => /Name$/.test(t)))),
    );
    epithets.set(word, known);
  }
  return known;
}

/** A name with the title, honorific or organisation words before it ("NCA Director General Keith Bristow"). */
function personMention(
  m: MentionFields,
  tokens: Token[],
  run: Token[],
  words: string[],
  lower: string[],
  n: number,
): Mention {
  const { from } = m;
  n = withoutEpithet(run, n);
  const nameWords = words.slice(n);
  const nameToks = run.slice(n);
  const before = words.slice(0, n);
  const beforeLower = lower.slice(0, n);
  m.name = stripPossessive(nameToks.map((t, i) => t.text + (i < nameToks.length - 1 ? t.post : "")).join(""));
  m.nameFrom = from + n;
  m.nameStart = tokens[from + n].start;
  // Honorifics right before the name are dropped; titles before them are kept.
  let h = before.length;
  // ("Director General X" keeps "General"; "Public Health Director Dr. X" drops "Dr.")
  while (
    h > 0 &&
    HONORIFICS.has(beforeLower[h - 1]) &&
    (!(h > 1 && isTitleWord(beforeLower[h - 2])) ||
      FORMS_OF_ADDRESS.has(beforeLower[h - 1]) ||
      // "Science Minister Lord Sainsbury": a peer's style after a post is his, not the post's
      PEERAGE.has(beforeLower[h - 1]))
  )
    h--;
  const hasHonorific = h < before.length;
  const title = titleSplit(before.slice(0, h), beforeLower.slice(0, h));
  if (title) {
    m.title = title.title;
    m.org = title.org;
    // "former Foreign Secretary Robin Cook", "ex Foreign Secretary …": the lower-case word before the run says the
    // post is past
    const pre = tokens[from - 1];
    if (pre && pre.sentence === run[0].sentence && /^(?:former|ex)$/.test(pre.text) && !/^former\b/i.test(m.title))
      m.title = `former ${m.title}`;
    // "Prisons and Probation Minister X" at the start of a sentence, where "Prisons" did not open the run.
    const and = tokens[from - 1],
      first = tokens[from - 2];
    if (
      m.org &&
      /^(?:Minister|Secretary)\b/.test(m.title) &&
      and?.text === "and" &&
      first &&
      first.sentence === run[0].sentence &&
      !first.post.trim() &&
      !and.post.trim() &&
      /^[A-Z]/.test(first.text) &&
      (from - 2 === 0 || tokens[from - 3].sentence !== first.sentence || /[“"]/.test(first.pre))
    ) {
      const portfolio = [first.text, "and", ...m.org.split(/\s+/)];
      if (isPortfolioRun(portfolio)) {
        m.title = `${portfolio.join(" ")} ${m.title}`;
        m.org = undefined;
      }
    }
  } else if (h > 0) {
    m.org = before.slice(0, h).join(" ");
    // "NHS England", "Police Scotland": an organisation's short name before a place names one organisation.
    if (
      h === before.length &&
      nameWords.length === 1 &&
      isPlaceName(nameWords[0]) &&
      before.every((w) => isAcronymWord(w) || isOrgHead(w.toLowerCase()))
    ) {
      m.name = stripPossessive(run.map((t, i) => t.text + (i < run.length - 1 ? t.post : "")).join(""));
      m.nameFrom = from;
      m.nameStart = run[0].start;
      m.org = undefined;
      m.kind = "organization";
      return m;
    }
  }
  const personish =
    nameToks.some((t) => t.tags & (TAG.firstName | TAG.person)) &&
    !nameToks.some((t) => t.tags & TAG.organization && !(t.tags & TAG.person));
  const timeWord = nameWords.length === 1 && MONTH_OR_DAY.has(nameWords[0].toLowerCase());
  // "the culture blogzine Print Culture", "the magazine Wired": a name after a word for a publication is its title
  const kindBefore = tokens[from - 1];
  const namedBody =
    !hasHonorific &&
    !title &&
    !personish &&
    !/['’]/.test(m.name) &&
    !(nameWords.length === 1 && isDemonym(nameWords[0])) &&
    kindBefore?.sentence === tokens[from].sentence &&
    /^[a-z]/.test(kindBefore.text) &&
    /^(?:magazine|newspaper|website|blog|journal|site|tabloid|paper|daily|weekly|publication|outlet|newswire|[a-z]+zine|[a-z]+blog)$/.test(
      kindBefore.text,
    ) &&
    !nameWords.some(knownPerson);
  if (timeWord || commonNounAfterTitle(tokens, from, nameWords, hasHonorific)) m.kind = "candidate";
  else if (namedBody) m.kind = "organization";
  else if (!hasHonorific && !title && teamName(nameWords, nameToks)) m.kind = "organization";
  else if ((hasHonorific || title) && nameWords.length <= 4) m.kind = "person";
  else if ((personish || initialled(nameWords)) && nameWords.length >= 2 && nameWords.length <= 4) m.kind = "person";
  else if (isPlaceName(m.name) || (nameToks.length === 1 && nameToks[0].tags & TAG.place)) m.kind = "place";
  // "the Obama administration": compromise reads a known person's name before a noun as an organisation.
  else if (nameToks.every((t) => t.tags & TAG.organization) && !(nameToks.length === 1 && knownPerson(nameWords[0])))
    m.kind = "organization";
  return m;
}

/**
 * "Dallas Stars", "Green Bay Packers", "Toronto Maple Leafs": a place, then one or two capitalised words ending in a
 * plural that is no surname, names a team or club ("Charlotte Rivers" opens with a given name and is a person).
 */
/** Plurals that end place names ("Colorado Springs", "Virgin Islands", "Hampton Roads"). */
const PLACE_PLURALS =
  /^(?:Springs|Islands|Isles|Roads|Falls|Heights|Hills|Lakes|Rapids|Plains|Keys|States|Vegas|Angeles|Cruces|Moines|Hamptons|Highlands|Lowlands|Dunes|Woods|Meadows|Gardens|Downs|Sands|Rocks|Banks|Flats|Mountains|Emirates|Territories|Provinces|Midlands|Wells|Shoals|Pines|Oaks|Palms|Cliffs)$/;

function teamName(words: string[], toks: Token[]): boolean {
  const last = words[words.length - 1];
  if (words.length < 2 || words.length > 4 || !/^[A-Z][a-z]+[^su]s$/.test(last) || knownPerson(last)) return false;
  if (toks[0].tags & TAG.firstName || tagsOf(words[0]).has("FirstName") || PLACE_PLURALS.test(last)) return false;
  if (isPlaceName(words.join(" ")) || toks.every((t) => t.tags & TAG.place)) return false;
  const place = (k: number) =>
    isPlaceName(words.slice(0, k).join(" ")) || toks.slice(0, k).every((t) => t.tags & TAG.place);
  return [1, 2].some((k) => k < words.length && words.length - k <= 2 && place(k));
}

const knownPerson = (w: string) => ["Person", "LastName", "FirstName"].some((t) => tagsOf(w).has(t));

/**
 * "in Executive Session", "a Commander-in-Chief Forum": one common noun after a title, right after a determiner or
 * preposition, is no titled person ("the President Obama" is not how news writes a name).
 */
function commonNounAfterTitle(tokens: Token[], from: number, nameWords: string[], honorific: boolean): boolean {
  const prev = tokens[from - 1];
  if (nameWords.length !== 1 || honorific || !prev || prev.sentence !== tokens[from].sentence) return false;
  if (!(prev.tags & (TAG.determiner | TAG.preposition))) return false;
  const lower = tagsOf(nameWords[0].toLowerCase());
  return !knownPerson(nameWords[0]) && (lower.has("Noun") || lower.has("Verb"));
}

/** Styles of peers, which a post written before them does not take ("Science Minister Lord Sainsbury"). */
const PEERAGE = new Set(["lord", "lady", "baroness", "baron"]);

/** "W.S. Merwin", "J. K. Rowling": initials before a surname mark a person's name. */
const initialled = (words: string[]) =>
  /^(?:[A-Z]\.){1,3}$/.test(words[0]) &&
  !PLACE_ACRONYMS.has(words[0].toLowerCase()) &&
  /^[A-Z][a-z]/.test(words[1] ?? "");
