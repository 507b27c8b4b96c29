import nlp from "compromise";
import {
  HONORIFICS,
  isAcronymWord,
  isDemonym,
  LOCAL_GOVERNMENT,
  isHonorific,
  isOrgHead,
  isPlaceName,
  isPossessive,
  isTitleHead,
  isTitleWord,
  MONTH_OR_DAY,
  COLLECTIVE_PLURALS,
  NOT_NAMES,
  PLACE_ACRONYMS,
  PORTFOLIOS,
  SPEECH_VERBS,
  stripPossessive,
  TITLE_ABBREVIATIONS,
} from "./lexicon";
import { isPortfolioRun, titleSplit } from "./title-split";
import { TAG, type Token } from "./tokens";

/**
 * A run of capitalised tokens ("NCA Director General Keith Bristow", "National Crime Agency",
 * "GCHQ" of "GCHQ's") split into its parts: an organisation prefix, title words, and a name.
 * Everything else (roles, quote speakers, descriptions) starts from these mentions.
 */
type MentionFields = {
  /** Token index range [from, to) of the whole run. */
  from: number;
  to: number;
  start: number;
  end: number;
  sentence: number;
  /** Name part as written (possessive removed), with its offsets. */
  name?: string;
  nameStart?: number;
  nameFrom?: number;
  /** What the name part looks like. "candidate" is a capitalised name with no evidence yet. */
  kind: "person" | "organization" | "place" | "candidate" | "title";
  title?: string;
  /** The title was written in the plural ("Justices A, B and C"): the names listed after share it. */
  sharedTitle?: boolean;
  /** Organisation words before the title ("NCA" in "NCA Director General"). */
  org?: string;
  possessive: boolean;
  /** Resolved later by the entity registry. */
  entity?: string;
};
/** A mention is a value: later stages return new mentions instead of changing these. */
export type Mention = Readonly<MentionFields>;

/** Forms of address that never sit inside a title ("Director Dr. X" is title + Dr. + name). */
const FORMS_OF_ADDRESS = new Set(["mr", "mrs", "ms", "mx", "dr", "prof", "sir", "dame", "rev", "hon"]);

const CONNECTORS = new Set([
  "of",
  "and",
  "for",
  "the",
  "&",
  "de",
  "du",
  "von",
  "van",
  "da",
  "del",
  "on",
  "in",
  "al",
  "bin",
  "ibn",
  "der",
  "den",
  "di",
  "dos",
  "das",
]);
/** Lower-case particles inside personal names ("Pieter de Wit", "Khalid al-Nasser", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set([
  "de",
  "du",
  "von",
  "van",
  "da",
  "del",
  "al",
  "bin",
  "ibn",
  "der",
  "den",
  "di",
  "dos",
  "das",
  "el",
  "la",
  "le",
]);

/** "Sen." "Gov." "Rep.": an abbreviated title (with its period), or undefined. */
export const abbreviatedTitle = (t: Token) =>
  /^\.\s*$/.test(t.post) ? TITLE_ABBREVIATIONS[t.text.toLowerCase()] : undefined;
const BREAK_POST = /[,;:()\[\]"“”‘—–!?]|\.\s*$|'\s/;

const capital = (t: Token) => /^[A-Z]/.test(t.text);

function isNameToken(t: Token, first: boolean, next?: Token): boolean {
  if (!capital(t)) return false;
  const w = t.text.toLowerCase();
  if (w === "i") return false;
  // "Mr. Sharpton said" opening a sentence or following a quotation: a form of address opens a name.
  const address = FORMS_OF_ADDRESS.has(w) && /^\.?\s+$/.test(t.post) && next !== undefined && /^[A-Z]/.test(next.text);
  if (first && address) return true;
  if (first && NOT_NAMES.has(stripPossessive(w)) && !isTitleWord(w)) return false;
  // A capital at the start of a sentence only marks a name when compromise also sees a proper noun.
  // ("Stock told reporters" still starts with a name: a speech verb follows it.)
  // ("Priya Raman, director of …": a first name compromise does not know, before a proper noun, is a name too.)
  if (
    first &&
    !(t.tags & (TAG.properNoun | TAG.acronym)) &&
    !isTitleWord(w) &&
    !PORTFOLIOS.has(w) &&
    !abbreviatedTitle(t) &&
    !(next && !t.post.trim() && SPEECH_VERBS.has(next.text)) &&
    // "Maricopa County Recorder …": a name before "County" or "City".
    !(
      next &&
      !t.post.trim() &&
      LOCAL_GOVERNMENT.test(next.text) &&
      !(t.tags & (TAG.verb | TAG.determiner | TAG.adverb))
    ) &&
    // "Ellison, who took charge …", "Lewis, 46, of …": a relative clause or an age after a comma marks a name.
    !(
      next &&
      /^,\s*$/.test(t.post) &&
      (/^(?:who|whose|which)$/.test(next.text) || /^\d{1,3}$/.test(next.text)) &&
      !(t.tags & (TAG.verb | TAG.adverb | TAG.determiner | TAG.pronoun))
    ) &&
    !(
      next &&
      !t.post.trim() &&
      /^[A-Z][a-z]/.test(next.text) &&
      (next.tags & (TAG.properNoun | TAG.person) || isOrgHead(stripPossessive(next.text))) &&
      !(next.tags & (TAG.place | TAG.organization)) &&
      !(t.tags & (TAG.verb | TAG.adjective | TAG.adverb))
    )
  )
    return false;
  return true;
}

/** "Justices", "Senators" before a name: the title in the singular; undefined for any other word. */
function singularTitle(word: string, beforeName: boolean): string | undefined {
  if (!beforeName || !/^[A-Z][a-z]+s$/.test(word)) return undefined;
  const one = word.replace(/(?:es)$/, "").replace(/s$/, "");
  for (const w of [word.slice(0, -1), one]) if (isTitleHead(w.toLowerCase())) return w;
  return undefined;
}

/** Whether the run continues after token t (no comma, quote or sentence stop in between). */
function continues(t: Token, next: Token | undefined): boolean {
  if (!next || next.sentence !== t.sentence || isPossessive(t.text)) return false;
  if (/[“"(‘\[]/.test(next.pre)) return false;
  if (!t.post.trim()) return true;
  // "M." "Dr." "U.S." keep going; any other punctuation ends the run.
  if (
    /^\.\s*$/.test(t.post) &&
    (/^[A-Z]$/.test(t.text) ||
      isHonorific(t.text) ||
      abbreviatedTitle(t) ||
      /^(?:[A-Z]\.)+[A-Z]?$/.test(t.text) ||
      /^(?:St|Mt|Jr|Sr)$/.test(t.text))
  )
    return true;
  return !BREAK_POST.test(t.post) && !/\./.test(t.post);
}

/** Capitalised runs of the tokens, in order. */
export function findMentions(tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first =
      i === 0 ||
      tokens[i - 1].sentence !== tokens[i].sentence ||
      /[“"]/.test(tokens[i].pre) ||
      /[“"]\s*$/.test(tokens[i - 1].post);
    if (!isNameToken(tokens[i], first, tokens[i + 1])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j <= tokens.length) {
      const prev = tokens[j - 1];
      if (!continues(prev, tokens[j])) break;
      // "Park Geun-hye", "Ould-abdallah": a lower-case part glued by a hyphen stays in the name.
      if (isNameToken(tokens[j], false) || (prev.post === "-" && /^[a-z]+$/.test(tokens[j].text) && capital(prev))) {
        j++;
        continue;
      }
      // Lower-case joiners inside names: "Secretary of Commerce", "Health and Human Services".
      let k = j;
      while (k < tokens.length && k - j < 2 && CONNECTORS.has(tokens[k].text) && continues(tokens[k - 1], tokens[k]))
        k++;
      if (
        k > j &&
        k < tokens.length &&
        continues(tokens[k - 1], tokens[k]) &&
        isNameToken(tokens[k], false) &&
        joinable(tokens, i, j, k)
      ) {
        j = k + 1;
        continue;
      }
      break;
    }
    out.push(analyse(tokens, i, j));
    i = j;
  }
  return out;
}

/** "and"/"of" join two capitalised parts only into one name ("Oil and Gas Compact Commission"), never two names. */
function joinable(tokens: Token[], i: number, j: number, k: number): boolean {
  const left = tokens[j - 1];
  const joiner = tokens
    .slice(j, k)
    .map((t) => t.text)
    .join(" ");
  if (
    k - j === 1 &&
    NAME_PARTICLES.has(tokens[j].text) &&
    !isOrgHead(left.text) &&
    !isTitleWord(left.text) &&
    !isAcronymWord(left.text)
  )
    return true;
  if (isAcronymWord(left.text) || (left.tags & TAG.person && !isTitleWord(left.text))) return false;
  if (joiner.startsWith("and") || joiner === "&") {
    if (k - j > 1 || isOrgHead(left.text)) return false;
    // The right side must end in an organisation head within a few words.
    for (let m = k; m < Math.min(tokens.length, k + 5); m++) {
      if (isOrgHead(tokens[m].text)) return true;
      if (
        m > k &&
        /^(?:Minister|Secretary)$/.test(tokens[m].text) &&
        isPortfolioRun(tokens.slice(i, m).map((t) => t.text))
      )
        return true;
      if (!continues(tokens[m], tokens[m + 1]) || !capital(tokens[m + 1] ?? tokens[m])) break;
    }
    return false;
  }
  // "Texas Commission on Environmental Quality", "Council on Foreign Relations": "on" after an organisation head.
  if (joiner === "on")
    return (
      k - j === 1 &&
      isOrgHead(left.text.toLowerCase()) &&
      /^[A-Z][a-z]/.test(tokens[k].text) &&
      !MONTH_OR_DAY.has(tokens[k].text.toLowerCase())
    );
  // "Special Agent in Charge", "Officer in Charge": "in Charge" after a title head belongs to the title.
  if (joiner === "in") return k - j === 1 && tokens[k].text === "Charge" && isTitleHead(left.text.toLowerCase());
  return true;
}

function analyse(tokens: Token[], from: number, to: number): Mention {
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
    // A particle between two name words stays in the name ("Pieter de Wit").
    const particle =
      NAME_PARTICLES.has(lw) &&
      n >= 2 &&
      n < words.length &&
      /^[A-Z]/.test(words[n - 2]) &&
      !isTitleWord(lower[n - 2]) &&
      !HONORIFICS.has(lower[n - 2]) &&
      !isAcronymWord(words[n - 2]) &&
      !isOrgHead(lower[n - 2]);
    if (!particle && (isTitleWord(lw) || HONORIFICS.has(lw) || CONNECTORS.has(lw) || isAcronymWord(w) || isOrgHead(lw)))
      break;
    if (lw === "charge" && lower[n - 2] === "in") break;
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
/** A party, a nationality, or a word that is an adjective or verb in lower case ("Crooked"): not a given name. */
function isEpithet(word: string): boolean {
  if (!/^[A-Z][a-z]+$/.test(word)) return false;
  if (PARTIES.test(word) || isDemonym(word)) return true;
  let known = epithets.get(word);
  if (known === undefined) {
    const term = (nlp(word.toLowerCase()) as unknown as { docs: { tags: Set<string> }[][] }).docs[0]?.[0];
    known = Boolean(term && (term.tags.has("Adjective") || term.tags.has("Verb")));
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
    (!(h > 1 && isTitleWord(beforeLower[h - 2])) || FORMS_OF_ADDRESS.has(beforeLower[h - 1]))
  )
    h--;
  const hasHonorific = h < before.length;
  const title = titleSplit(before.slice(0, h), beforeLower.slice(0, h));
  if (title) {
    m.title = title.title;
    m.org = title.org;
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
  if (timeWord) m.kind = "candidate";
  else if ((hasHonorific || title) && nameWords.length <= 4) m.kind = "person";
  else if (personish && nameWords.length >= 2 && nameWords.length <= 4) m.kind = "person";
  else if (isPlaceName(m.name) || (nameToks.length === 1 && nameToks[0].tags & TAG.place)) m.kind = "place";
  else if (nameToks.every((t) => t.tags & TAG.organization)) m.kind = "organization";
  return m;
}
