/**
 * Key safety: a question is keyed only on a fact we can stand behind. A fact is
 * doubtful when the extractor was unsure (its confidence is under the kind's
 * threshold) or when one of its parts fails a validity check (the person is not
 * a real name, the organisation not a named body, the title not a whole title).
 * Questions on doubtful facts are held back as drafts to check before use.
 */
import type { CAcronym, CDescription, CEvent, CQuote, CRole, Cluster, Corpus } from "./corpus";
import { entityIndex } from "./entity-index";
import { quotedIn } from "./speaker-fields";
import { isDemonym, isOrgHead, isPlaceName, isTitleHead, isTitleWord } from "../extract/lexicon";
import { factIndex } from "./fact-index";
import { leadInDoubt, predicateQuote, questionPutTo, quotedFromAnother, voiceDoubt } from "./quote-leads";
import { genericTitle, notAPosition } from "./role-options";
import { descriptionText, kindWord } from "./descriptions";
import { titleOf, wordsOverlap } from "./similar";
import { innerQuoteBalance } from "./standalone";
import { words } from "./text";
import {
  borrowedFullName,
  genderClash,
  leadingTitle,
  lowercaseWords,
  nameWords,
  organisationDoubt,
  personNameDoubt,
  pronounFits,
  readsAsFirstName,
  sharesSurname,
  tagsOf,
  titleDoubt,
} from "./validity";
import { escapeRe } from "../../regex";

/** The extractor's confidence a fact must reach, per kind (quotes: the speaker ranker's probability). */
export const CONFIDENCE_THRESHOLD = { quote: 0.7, role: 0.6, acronym: 0.6, description: 0.6, event: 0.6 } as const;

const belowThreshold = (kind: keyof typeof CONFIDENCE_THRESHOLD, confidence?: number): string[] =>
  confidence !== undefined && confidence < CONFIDENCE_THRESHOLD[kind]
    ? [`the extractor is unsure of this ${kind} (confidence ${confidence.toFixed(2)} < ${CONFIDENCE_THRESHOLD[kind]})`]
    : [];

function personDoubts(corpus: Corpus, c: Cluster, slug: string, sentence: string): string[] {
  const out: string[] = [];
  const lead = leadingTitle(corpus, c, slug);
  if (lead) out.push(lead);
  const borrowed = borrowedFullName(corpus, c, slug, sentence);
  if (borrowed) out.push(borrowed);
  const d = personNameDoubt(c.name, lowercaseWords(corpus, slug));
  if (d) out.push(d);
  else if (nameWords(c.name).length === 1 && sharesSurname(corpus, c))
    out.push(`“${c.name}” alone may be more than one person of the corpus`);
  // "Lamberth" with no first name anywhere: a name fragment to a reader, unless the surname is one the
  // lexicon knows as a name on its own ("Obama", "Clinton")
  else if (nameWords(c.name).length === 1 && !tagsOf(c.name).some((t) => /Name$|^Person$/.test(t)))
    out.push(`only “${c.name}” is known of this person's name`);
  if (genderClash(c.name, sentence)) out.push(`the sentence's honorific does not fit ${c.name}`);
  return out;
}

/** The narrator's words of a sentence: each quotation stands as a dash, so words on its two sides are not one phrase. */
const narration = (sentence: string) => sentence.replace(/[“"][^”"]*[”"]?/g, " — ");

const TEXTS = new WeakMap<Corpus, Map<string, string>>();

/** One article's sentences as one text, joined once per corpus. */
function articleText(corpus: Corpus, slug: string): string {
  let bySlug = TEXTS.get(corpus);
  if (!bySlug) TEXTS.set(corpus, (bySlug = new Map()));
  let t = bySlug.get(slug);
  if (t === undefined)
    bySlug.set(slug, (t = (corpus.contexts.get(slug)?.sentences ?? []).map((x) => x.text).join(" ")));
  return t;
}

const CACHE = new WeakMap<object, string[]>();
const cached = (fact: object, find: () => string[]) => {
  let d = CACHE.get(fact);
  if (!d) CACHE.set(fact, (d = find()));
  return d;
};

const BY_SLUG = new WeakMap<Corpus, { roles: Map<string, CRole[]>; quotes: Map<string, CQuote[]> }>();

/** The corpus's roles and quotes by article, in corpus order, built once per corpus. */
function bySlug(corpus: Corpus) {
  let ix = BY_SLUG.get(corpus);
  if (ix) return ix;
  ix = { roles: new Map(), quotes: new Map() };
  for (const r of corpus.roles) ix.roles.set(r.slug, [...(ix.roles.get(r.slug) ?? []), r]);
  for (const q of corpus.quotes) ix.quotes.set(q.slug, [...(ix.quotes.get(q.slug) ?? []), q]);
  BY_SLUG.set(corpus, ix);
  return ix;
}
const rolesBySlug = (corpus: Corpus) => bySlug(corpus).roles;
const quotesBySlug = (corpus: Corpus) => bySlug(corpus).quotes;

/**
 * "President Bill Clinton" and, later, "Secretary Clinton": a surname-only mention whose title does not
 * fit the title the full name carries in the same article is likely someone else of that name.
 */
function titleOfNamesake(corpus: Corpus, r: CRole): string | undefined {
  const first = nameWords(r.personC.name)[0];
  const named = (sentence: string) => !!first && new RegExp(`\\b${first}\\b`).test(sentence);
  if (nameWords(r.personC.name).length < 2 || named(r.evidence.sentence)) return undefined;
  const mine = titleOf(r.title);
  const full = (rolesBySlug(corpus).get(r.slug) ?? []).find(
    (x) => x.personC === r.personC && named(x.evidence.sentence) && !wordsOverlap(titleOf(x.title), mine),
  );
  return full
    ? `the sentence names only “${nameWords(r.personC.name).at(-1)}” as ${r.title}, while ${r.personC.name} is ${full.title}`
    : undefined;
}

/**
 * "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council": a
 * title after a second appositive may describe that appositive's noun (France), not the person.
 */
function stackedAppositive(r: CRole): string | undefined {
  const sentence = r.evidence.sentence;
  const surname = nameWords(r.personC.name).at(-1);
  const title = r.title.trim();
  if (!surname) return undefined;
  const at = sentence.indexOf(surname);
  const t = at < 0 ? -1 : sentence.toLowerCase().indexOf(title.toLowerCase(), at);
  if (t < 0) return undefined;
  const between = sentence.slice(at + surname.length, t);
  return (between.match(/,/g) ?? []).length >= 2
    ? `the title “${title}” follows another appositive and may describe its noun, not ${r.personC.name}`
    : undefined;
}

/** A party, named as a body: the affiliation of an officeholder, not where the office is held. */
const PARTY_BODY = /^(?:the\s+)?(?:GOP|Dems|Democrats|Republicans|(?:[A-Z][\w.-]*\s+)*(?:Party|GOP))$/;
/** Offices held over a place, whatever party holds them. */
const PLACE_OFFICE =
  /\b(?:senator|governor|representative|congress(?:man|woman)|mayor|council(?:man|woman|lor|member)|lawmaker|legislator|assembly(?:man|woman|member))\b/i;

/**
 * "Dean Johnson, a 55-year-old salesman": the sentence names the person with a first name that is not
 * theirs (the title "Dean" taken from it, or the surname matched to another person of the corpus).
 */
function otherFirstName(r: CRole): string | undefined {
  const ws = nameWords(r.personC.name);
  const surname = ws.at(-1);
  if (!surname || ws.length < 1) return undefined;
  const sentence = r.evidence.sentence;
  for (const m of sentence.matchAll(new RegExp(`(?<![\\w-])([A-Z][a-z]+)\\s+${escapeRe(surname)}\\b`, "g"))) {
    const before = m[1]!;
    // "Mary Ann Smith", "Jean-Marc Ayrault": a word of the person's own name
    if (ws.length > 1 && ws.slice(0, -1).some((w) => w === before || w.split("-").includes(before))) return undefined;
    const named =
      tagsOf(before).some((t) => /^(?:MaleName|FemaleName|FirstName)$/.test(t)) ||
      readsAsFirstName(`${before} ${surname}`);
    if (named && (ws.length > 1 || r.title.trim() === before))
      return `the sentence names “${before} ${surname}”, not ${r.personC.name}`;
  }
  return undefined;
}

/** "-ing" words before a title that are no part of it ("including Senator X", "according to"). */
const NOT_IN_TITLE =
  /^(?:during|including|according|following|regarding|concerning|being|acting|leading|outgoing|incoming|visiting|ruling|sitting|serving|presiding)$/i;

/**
 * "her running mate Tim Kaine" read as the title "Mate": an "-ing" word right before a one-word title is
 * the title's front, so the title is cut.
 */
function cutTitle(r: CRole): string | undefined {
  const t = r.title.trim();
  const esc = escapeRe(t);
  // "Constitutional Affairs Minister David Lammy" read as "Affairs Minister": a capitalised adjective right before
  // the title is its first word
  const adjective = new RegExp(`(?:^|[^\\w-])([A-Z][a-z]+(?:al|ic|ive|ary|ous|ish|ern))\\s+${esc}\\b`).exec(
    r.evidence.sentence,
  );
  if (adjective && !r.title.startsWith(adjective[1]!)) return `the title “${t}” is cut from “${adjective[1]} ${t}”`;
  // "Race director Matthew Turnbull said": the capital of the sentence's first word hides a common noun that is
  // part of the title, not a body's name
  const opening = new RegExp(`^["“‘']?([A-Z][a-z]+)\\s+${esc}\\s+[A-Z]`).exec(r.evidence.sentence);
  if (opening && !r.orgC && /^[a-z]/.test(t)) return `the title “${t}” is cut from “${opening[1]} ${t}”`;
  if (/\s/.test(t)) return undefined;
  const m = new RegExp(`\\b([a-z]+ing)\\s+${escapeRe(t)}\\b`, "i").exec(r.evidence.sentence);
  return m && /^[a-z]/.test(m[1]!) && !NOT_IN_TITLE.test(m[1]!)
    ? `the title “${t}” is cut from “${m[1]} ${t.toLowerCase()}”`
    : undefined;
}

/** Titles of a race: "state Senate candidate" runs for the Senate, and is nobody's candidate there. */
const CANDIDACY = /\b(?:candidates?|nominees?|hopefuls?|contenders?|challengers?)\b/i;

/** "state Senate candidate": a lower-case "state", "city" or "county" before the body says it is not the national one. */
function lowerLevel(r: CRole): string | undefined {
  const org = r.orgC!.name.replace(/^the\s+/i, "");
  const m = new RegExp(
    `\\b([Ss]tate|[Cc]ity|[Cc]ounty|[Pp]rovincial|[Mm]unicipal|[Ll]ocal)\\s+${escapeRe(org)}\\b`,
  ).exec(r.evidence.sentence);
  return m ? `the sentence's body is the ${m[1]!.toLowerCase()} ${org}, not “${r.orgC!.name}”` : undefined;
}

/**
 * "Clinton campaign Chairman John Podesta" read as "Chairman" with no body: in an article about another
 * chairman, the bare title names the wrong post.
 */
function lostBody(r: CRole): string | undefined {
  if (r.orgC) return undefined;
  const t = r.title.trim();
  const m = new RegExp(
    `\\b([A-Z][\\w.'’-]*\\s+(?:campaign|party|committee|team|transition|foundation|administration|office|council|board|group|company|agency|caucus|coalition))\\s+${escapeRe(t)}\\b`,
    "i",
  ).exec(r.evidence.sentence);
  return m && /^[A-Z]/.test(m[1]!) ? `the title “${t}” lost the body before it (“${m[1]}”)` : undefined;
}

/** "just as President Abraham Lincoln did": a person named in a comparison is no part of the story. */
function inComparison(r: CRole): string | undefined {
  const sentence = r.evidence.sentence;
  const at = Math.min(...r.personC.surfaces.map((x) => sentence.indexOf(x)).filter((i) => i >= 0), Infinity);
  if (at === Infinity) return undefined;
  const m = /\b(?:just\s+as|much\s+as|like|unlike|the\s+way)\s+(?:[\w.'’-]+\s+){0,3}$/i.exec(
    sentence.slice(Math.max(0, at - 60), at),
  );
  return m ? `${r.personC.name} is named in a comparison (“${m[0].trim()} …”), not as part of the story` : undefined;
}

/** Words that make a title one the person no longer (or not yet, or only for now) holds. */
/**
 * "conspiracy theories about … President John F. Kennedy’s assassination": a person the article names once,
 * as the owner of something else, is a passing mention; the question would test general knowledge.
 */
function passingPossessive(corpus: Corpus, r: CRole): string | undefined {
  const surname = nameWords(r.personC.name).at(-1);
  if (!surname || surname.length < 2) return undefined;
  const s = escapeRe(surname);
  const text = articleText(corpus, r.slug);
  const times = text.match(new RegExp(`\\b${s}\\b`, "g"))?.length ?? 0;
  if (times !== 1 || !new RegExp(`\\b${s}['’]s?\\s`).test(r.evidence.sentence)) return undefined;
  return `${r.personC.name} is named once, as the owner of something else: a passing mention`;
}

const QUALIFIER = /\b(former|ex-|onetime|one-time|then-|erstwhile|late|acting|interim|outgoing|incoming|future)\s*/i;

/**
 * "former Florida Republican Party executive director David Johnson": the fact's title lost its
 * "former", so "is the executive director" would be keyed true of a past post. Held back.
 */
function pastTitle(r: CRole): string | undefined {
  const sentence = r.evidence.sentence;
  const head = r.title.trim().split(/\s+/).at(-1);
  if (!head || QUALIFIER.test(r.title)) return undefined;
  const lower = sentence.toLowerCase();
  // where the title run may end: at its head as the fact writes it, or at the person's name
  // ("Former Florida Gov. Jeb Bush": the sentence abbreviates the "Governor" of the fact)
  const ends = [head, ...r.personC.surfaces].map((x) => x.toLowerCase());
  for (const end of ends)
    for (let at = lower.indexOf(end); at >= 0; at = lower.indexOf(end, at + 1)) {
      // the qualifier opens the title run the head ends: up to six words before it, no comma between
      const run =
        sentence
          .slice(Math.max(0, at - 80), at)
          .split(/[,;:()]/)
          .at(-1) ?? "";
      const m = QUALIFIER.exec(run.split(/\s+/).slice(-7).join(" "));
      if (m) return `the article gives “${r.title}” as a ${m[1].toLowerCase().replace(/-$/, "")} title`;
    }
  return undefined;
}

const SPEAKERS = new WeakMap<Corpus, Map<string, Set<Cluster>>>();

/** The article's opening sentences: who they name is the story. */
const LEDE_SENTENCES = 3;

/**
 * A person the article names in one sentence past its lede and never quotes ("the now-indicted Sen. Bob Menendez",
 * "progressives like New York City Mayor Bill de Blasio", "Pagliano's attorney … declined to comment"): their
 * title is an aside, trivia to a reader of the story. The cloze and the matching, which the article's other
 * facts carry, still ask it; the choice among titles leaves it out, and so does the true/false statement
 * unless the title is at a named body.
 */
export function passingMention(corpus: Corpus, r: CRole): string | undefined {
  const sentences = corpus.contexts.get(r.slug)?.sentences;
  const surname = words(r.personC.name).at(-1);
  if (!sentences?.length || !surname) return undefined;
  let n = 0;
  for (const [i, x] of sentences.entries()) {
    if (!words(x.text).includes(surname)) continue;
    // the lede's people are what the story is about, however rarely it names them again
    if (i < LEDE_SENTENCES || ++n > 1) return undefined;
  }
  let bySlug = SPEAKERS.get(corpus);
  if (!bySlug) {
    bySlug = new Map();
    for (const q of corpus.quotes)
      if (q.speakerC) bySlug.set(q.slug, (bySlug.get(q.slug) ?? new Set()).add(q.speakerC));
    SPEAKERS.set(corpus, bySlug);
  }
  return bySlug.get(r.slug)?.has(r.personC)
    ? undefined
    : `${r.personC.name} is a passing mention (one sentence, no words of their own): not asked on its own`;
}

export function roleDoubts(corpus: Corpus, r: CRole): string[] {
  return cached(r, () => {
    const out = [
      ...belowThreshold("role", r.confidence),
      ...personDoubts(corpus, r.personC, r.slug, r.evidence.sentence),
    ];
    const t = titleDoubt(r.title) ?? genericTitle(r.title, r.orgC?.kind === "organization") ?? notAPosition(r.title);
    if (t) out.push(t);
    const other = titleOfNamesake(corpus, r);
    if (other) out.push(other);
    const stacked = stackedAppositive(r);
    if (stacked) out.push(stacked);
    const past = pastTitle(r);
    if (past) out.push(past);
    const first = r.title.trim().split(/\s+/)[0] ?? "";
    if (first && new RegExp(`-${escapeRe(first)}\\b`, "i").test(r.evidence.sentence))
      out.push(`the title “${r.title}” is cut from a hyphenated word before it`);
    const named = entityIndex(corpus)
      .mentionedIn(r.title)
      .find((x) => x.kind === "person" && nameWords(x.name).length > 1 && r.title.includes(x.name));
    if (named) out.push(`the title “${r.title}” holds a person's name (${named.name})`);
    const namesake = otherFirstName(r);
    if (namesake) out.push(namesake);
    const cut = cutTitle(r);
    if (cut) out.push(cut);
    // "The chairman of the MCB's public affairs committee": the post is at a part of the body, not the body
    // "Girls Who Code founder Reshma Saujani" read as founder of "Code", "Rent the Runway" as "the Runway": a one-word
    // body right after a capitalised word (or "the" after one) is the end of a longer name
    if (r.orgC && !/\s/.test(r.orgC.name.trim())) {
      const o = escapeRe(r.orgC.name.trim());
      const cut = new RegExp(`(?<=[a-z,;]\\s)([A-Z][a-z]+)\\s+(?:the\\s+)?${o}\\b`).exec(r.evidence.sentence);
      if (cut && !isTitleWord(cut[1]!) && !isPlaceName(cut[1]!) && !isDemonym(cut[1]!))
        out.push(`“${r.orgC.name}” is cut from a longer name (“${cut[0]}”)`);
    }
    const part = new RegExp(
      `${escapeRe(r.title.trim())}\\s+of\\s+(?:the\\s+)?[A-Z][\\w.&-]*(?:\\s+[A-Z][\\w.&-]*)*['’]s\\s+(?:[a-z-]+\\s+){0,4}(committee|board|panel|unit|division|department|team|wing|branch|section|council|commission|office|bureau)\\b`,
      "i",
    ).exec(r.evidence.sentence);
    if (part) out.push(`the title is held at a part of the body (its ${part[1]!.toLowerCase()}), not the body itself`);
    // "a Republican National Committee member": a title that opens with a name's words, cut from the name before it
    const head = /^((?:[A-Z][a-z]+\s+){1,3})[a-z]/.exec(r.title.trim())?.[1]?.trim();
    const longer = head
      ? new RegExp(`\\b([A-Z][\\w.'’-]*)\\s+${escapeRe(head)}\\b`).exec(narration(r.evidence.sentence))
      : null;
    if (longer && !/^(?:The|A|An|Former|Then|Ex|Acting|Interim)$/.test(longer[1]!))
      out.push(`the title “${r.title.trim()}” is cut from the name “${longer[1]} ${head}”`);
    if (/^\S+.*?\s(?:former|ex-)\s*\S/i.test(r.title.trim()) && !QUALIFIER.test(r.title.trim().split(/\s+/)[0]!))
      out.push(`the title “${r.title.trim()}” has words before its “former”: a sentence's words, not a title`);
    const body = lostBody(r);
    if (body) out.push(body);
    // "Frank Coleman, the group's senior vice president": which body "the group" is was the parse's guess
    const orgNamed = r.orgC?.surfaces.some((n) => n.length > 1 && r.evidence.sentence.includes(n));
    const generic =
      /\bthe\s+(?:group|organi[sz]ation|company|firm|agency|association|union|committee|council|body|campaign|coalition)['’]s?\s/i.exec(
        r.evidence.sentence,
      );
    if (r.orgC && !orgNamed && generic)
      out.push(`the body is named only as “${generic[0].trim()}”: that it is ${r.orgC.name} is the parse's guess`);
    if (r.orgC && CANDIDACY.test(r.title))
      out.push(`a candidacy is for an office (“${r.orgC.name}”), not a post held at it`);
    const level = r.orgC ? lowerLevel(r) : undefined;
    if (level) out.push(level);
    const verb = new RegExp(
      `\\b(?:will|would|to|can|could|shall|must|may|might|did|does|do)\\s+${escapeRe(r.title.trim())}\\b`,
      "i",
    ).exec(r.evidence.sentence);
    if (verb) out.push(`“${r.title.trim()}” follows “${verb[0].split(/\s+/)[0]}”: it opens with a verb, not a title`);
    // "candidates …", and "local authors" from a list ("such subjects as George Washington, local authors and …")
    const pluralHead = (w: string) =>
      /^[A-Z]?[a-z]+[^s]s$/.test(w) && (isTitleHead(w.slice(0, -1)) || tagsOf(`a ${w.slice(0, -1)}`).includes("Actor"));
    const titleWords = r.title.trim().split(/\s+/);
    if (pluralHead(titleWords[0] ?? "") || pluralHead(titleWords.at(-1) ?? ""))
      out.push(`the title “${r.title.trim()}” is a plural: a group, not one person's post`);
    if (/\b(?:now|currently|formerly|later|once)\b/i.test(r.title))
      out.push(`the title “${r.title.trim()}” runs into a time word: two posts run together`);
    const compared = inComparison(r);
    if (compared) out.push(compared);
    const passing = passingPossessive(corpus, r);
    if (passing) out.push(passing);
    // "“Secretary Clinton needs the voters …,” Sheinkopf said": a title someone uses in their words, cut of its body
    const surname = nameWords(r.personC.name).at(-1) ?? "";
    const titled = new RegExp(`\\b${escapeRe(r.title.trim())}\\.?\\s+(?:[A-Z][\\w'’.-]*\\s+)*${escapeRe(surname)}\\b`);
    // a sentence split inside a quotation opens without its “: its words up to the first ” are quoted too
    const said = r.evidence.sentence.replace(/^[^“”"]*”/, " — ");
    if (surname && titled.test(r.evidence.sentence) && !titled.test(narration(said)))
      out.push(`“${r.title.trim()} ${surname}” is only in a quotation: a form of address, not the article's statement`);
    // "a cadet at France's elite military academy, Saint-Cyr Coëtquidan": the appositive names the institution
    const lastTitleWord = r.title.trim().split(/\s+/).at(-1) ?? "";
    if (
      (isOrgHead(lastTitleWord) ||
        /^(?:academy|firm|club|team|band|studio|lab|laboratory|church|hospital)$/i.test(lastTitleWord)) &&
      new RegExp(`${escapeRe(lastTitleWord)},\\s+${escapeRe(r.personC.name)}\\b`, "i").test(r.evidence.sentence)
    )
      out.push(
        `“${r.personC.name}” follows “${lastTitleWord},”: it names the ${lastTitleWord.toLowerCase()}, not a person`,
      );
    if (r.orgC && PARTY_BODY.test(r.orgC.name) && PLACE_OFFICE.test(r.title))
      out.push(`“${r.orgC.name}” is ${r.personC.name}'s party, not the body of the office “${r.title.trim()}”`);
    const t1 = r.title.trim();
    if (
      nameWords(r.personC.name).length === 1 &&
      /^[A-Z][a-z]+$/.test(t1) &&
      r.evidence.sentence.includes(`${t1} ${r.personC.name}`) &&
      readsAsFirstName(`${t1} ${r.personC.name}`)
    )
      out.push(`“${r.title} ${r.personC.name}” may be a first name and a surname, not a title`);
    if (r.orgC && /,/.test(r.orgC.name))
      out.push(`“${r.orgC.name}” runs two names together (a city and its state, read backwards)`);
    // "a senior aide with Sen. Marco Rubio's campaign": whatever its kind, an abbreviation is no body
    if (r.orgC && isAbbreviationIn(r.orgC.name, r.evidence.sentence))
      out.push(`“${r.orgC.name}” is an abbreviation cut from a title or a place`);
    const o = r.orgC && r.orgC.kind === "organization" ? organisationDoubt(corpus, r.orgC) : undefined;
    if (o) out.push(o);
    return out;
  });
}

/**
 * "“Between now and the election the prime minister will be spending more time out of London,” he promised":
 * words that speak of "the prime minister" in the third person are not the prime minister's own.
 */
function ownTitleInThirdPerson(corpus: Corpus, q: CQuote, s: Cluster): string | undefined {
  for (const r of factIndex(corpus).rolesOfAnyone(s)) {
    const t = r.title.trim().toLowerCase();
    if (t.split(/\s+/).length > 3 || !/[a-z]/.test(t)) continue;
    if (new RegExp(`\\bthe\\s+${escapeRe(t)}\\b`, "i").test(q.text))
      return `the words speak of “the ${t}” in the third person, and ${s.name} is the ${t}: they are someone else's`;
  }
  return undefined;
}

export function quoteDoubts(corpus: Corpus, q: CQuote): string[] {
  return cached(q, () => {
    const out = belowThreshold("quote", q.confidence);
    const s = q.speakerC;
    if (s?.kind === "person") out.push(...personDoubts(corpus, s, q.slug, q.evidence.sentence));
    const pronoun = s?.kind === "person" ? pronounDoubt(corpus, q, s) : undefined;
    if (pronoun) out.push(pronoun);
    out.push(...continuedDoubts(corpus, q));
    const lead = s ? leadInDoubt(corpus, q, s) : undefined;
    if (lead) out.push(lead);
    const predicate = predicateQuote(q);
    if (predicate) out.push(predicate);
    const borrowed = quotedFromAnother(q);
    if (borrowed) out.push(borrowed);
    const asked = questionPutTo(q);
    if (asked) out.push(asked);
    // "Clinton: “…” Bush: “…”": a sentence that quotes two people in turn, each after a colon
    if ((q.evidence.sentence.match(/[A-Z][\w'’.-]+:\s*[“"]/g)?.length ?? 0) >= 2)
      out.push("the sentence quotes two people in turn: whose words these are rests on the layout");
    // "Bush: “The mission is …”" credited to the Clinton quoted on the line before
    const colon = /^\s*([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?):\s*[“"]/.exec(q.evidence.sentence)?.[1];
    if (s && colon && !colon.split(/\s+/).some((w) => s.surfaces.some((n) => n.split(/\s+/).includes(w))))
      out.push(`the sentence opens with “${colon}:”, who is not ${s.name}`);
    const relative = s?.kind === "person" ? inRelativeClause(corpus, q, s) : undefined;
    if (relative) out.push(relative);
    const family = s?.kind === "person" ? sharedSurnameCue(corpus, q, s) : undefined;
    if (family) out.push(family);
    const gender = s?.kind === "person" ? cueGender(q, s) : undefined;
    if (gender) out.push(gender);
    const and = s?.kind === "person" ? saidAfterAnd(q, s) : undefined;
    if (and) out.push(and);
    const third = s?.kind === "person" ? ownTitleInThirdPerson(corpus, q, s) : undefined;
    if (third) out.push(third);
    const titled = s?.kind === "person" ? titleSays(corpus, q, s) : undefined;
    if (titled) out.push(titled);
    const body = s?.kind === "person" ? writtenWithThe(q, s) : undefined;
    if (body) out.push(body);
    const voice = s ? voiceDoubt(q, s) : undefined;
    if (voice) out.push(voice);
    const rival = s ? otherSubjectSays(q, s) : undefined;
    if (rival) out.push(rival);
    const subject = s?.kind === "person" ? subjectElsewhere(corpus, q, s) : undefined;
    if (subject) out.push(subject);
    const addressed = s ? addressedTo(q, s) : undefined;
    if (addressed) out.push(addressed);
    if (s?.kind === "organization") {
      const o = organisationDoubt(corpus, s);
      if (o) out.push(o);
      const voice = bodySpeaks(q, s);
      if (voice) out.push(voice);
    }
    return out;
  });
}

/** "Sen" of "with Sen. Marco Rubio's campaign", "La." of "Chalmette, La.": the sentence writes it with a full stop. */
function isAbbreviationIn(name: string, sentence: string): boolean {
  const n = name.trim().replace(/\.$/, "");
  return /^[A-Z][a-z]{0,4}$/.test(n) && new RegExp(`\\b${escapeRe(n)}\\.`).test(sentence);
}

/**
 * "Parker Eaton, a nominal Republican who voted for JFK and Bill Clinton, said …": a name inside a relative
 * clause describes someone else; it is not the one who speaks.
 */
function inRelativeClause(corpus: Corpus, q: CQuote, s: Cluster): string | undefined {
  // a quotation after a colon has its cue in the sentence before ("Eaton, …, said that …: “…”")
  const sentences = corpus.contexts.get(q.slug)?.sentences ?? [];
  const at = sentences.findIndex((x) => x.start <= q.evidence.start && q.evidence.start < x.end);
  const cue = q.signals?.includes("colon-lead") && at > 0 ? sentences[at - 1]!.text : q.evidence.sentence;
  const outside = narration(cue);
  const surname = nameWords(s.name).at(-1);
  if (!surname) return undefined;
  const segments = outside.split(/[,;:—()]/).filter((x) => new RegExp(`\\b${escapeRe(surname)}\\b`).test(x));
  if (!segments.length) return undefined;
  const inside = (seg: string) => {
    const rel = /\b(?:who|whom|whose|which)\b/i.exec(seg);
    return !!rel && seg.search(new RegExp(`\\b${escapeRe(surname)}\\b`)) > rel.index;
  };
  return segments.every(inside) ? `${s.name} is named only inside a relative clause about someone else` : undefined;
}

/**
 * "“…,” Clinton declared of Hillary Clinton": a sentence that names the speaker by a surname two people of the
 * article share (a husband and wife, a father and son) leaves which one to the parse.
 */
function sharedSurnameCue(corpus: Corpus, q: CQuote, s: Cluster): string | undefined {
  const surname = nameWords(s.name).at(-1);
  if (!surname || nameWords(s.name).length < 2) return undefined;
  const outside = narration(q.evidence.sentence);
  if (!new RegExp(`\\b${escapeRe(surname)}\\b`).test(outside)) return undefined;
  const first = nameWords(s.name)[0]!;
  if (new RegExp(`\\b${escapeRe(first)}\\b`).test(outside)) return undefined;
  const text = articleText(corpus, q.slug);
  // only a namesake the article also quotes: one named in passing ("her husband, Bill") is not the one speaking
  const quoted = quotedIn(corpus, q.slug);
  const other = entityIndex(corpus)
    .mentionedIn(text)
    .find(
      (c) =>
        quoted(c) &&
        c.kind === "person" &&
        c !== s &&
        nameWords(c.name).length > 1 &&
        nameWords(c.name).at(-1) === surname &&
        nameWords(c.name)[0] !== first,
    );
  return other ? `the sentence names only “${surname}”, and ${other.name} shares that surname` : undefined;
}

/**
 * "Clinton said as he introduced his wife, '…'": a pronoun the cue sentence uses of the speaker, right after the
 * name, that does not fit the credited speaker (the extractor took the wrong Clinton).
 */
function cueGender(q: CQuote, s: Cluster): string | undefined {
  const outside = narration(q.evidence.sentence);
  for (const n of [...new Set([...s.surfaces, nameWords(s.name).at(-1) ?? ""])].filter((x) => x.length > 1)) {
    const m = new RegExp(
      `\\b${escapeRe(n)}\\s+(?:said|says|added|told|wrote|explained|noted)\\s+(?:as|while|when|after|before|that)?\\s*(he|she)\\b`,
    ).exec(outside);
    if (m && !pronounFits(m[1]!, s.name)) return `the cue goes on “${m[0]}”, which does not fit ${s.name}`;
  }
  return undefined;
}

/**
 * "De Blasio said the move was made by NYPD commissioner Bill Bratton and said, “Who …”": the "and said" goes on
 * with the sentence's first subject, whoever is named in between.
 */
function saidAfterAnd(q: CQuote, s: Cluster): string | undefined {
  const outside = narration(q.evidence.sentence);
  const m =
    /^\s*((?:[A-Z][\w'’.-]+\s+){0,3}?[A-Z][\w'’.-]+)\s+(?:\w+\s+)?(?:said|says|told|argued|insisted)\b.*\band\s+(?:then\s+|also\s+)?(?:said|says|added)\b/.exec(
      outside,
    );
  if (!m) return undefined;
  const mine = new Set(s.surfaces.flatMap((n) => n.split(/\s+/)));
  return m[1]!.split(/\s+/).some((w) => mine.has(w))
    ? undefined
    : `“${m[1]} said … and said”: the sentence's subject says these words, not ${s.name}`;
}

/**
 * "The president also said …": a cue whose subject is a title two people of the article hold ("President
 * Obama", "World Bank President Jim Yong Kim") leaves the speaker to a guess.
 */
function titleSays(corpus: Corpus, q: CQuote, s: Cluster): string | undefined {
  const outside = narration(q.evidence.sentence);
  // "said the woman, who spoke on the condition of anonymity": the article does not name who speaks
  const unnamed =
    /\b(?:said|says|added|told)\s+(?:the|a|an|one)\s+((?:[a-z-]+\s+)?(?:woman|man|girl|boy|resident|voter|source|person|official|worker|student|mother|father|neighbor|neighbour|friend|supporter|protester|attendee|member))\b|\b(?:the|a|an|one)\s+((?:[a-z-]+\s+)?(?:woman|man|girl|boy|resident|voter|source|person|official|worker|student|mother|father|neighbor|neighbour|friend|supporter|protester|attendee|member))\s+(?:also\s+)?(?:said|says|added|told)\b/.exec(
      outside,
    );
  if (unnamed) return `“${unnamed[0].trim()}”: the sentence does not name who speaks`;
  const m = /\b[Tt]he\s+([a-z]+)\s+(?:also\s+)?(?:said|says|added|told|noted|wrote)\b/.exec(outside);
  if (!m || !isTitleHead(m[1]!)) return undefined;
  const word = m[1]!.toLowerCase();
  const holders = new Set(
    corpus.roles
      .filter((r) => r.slug === q.slug && r.title.toLowerCase().split(/\s+/).includes(word))
      .map((r) => r.personC),
  );
  const text = articleText(corpus, q.slug);
  for (const c of entityIndex(corpus).mentionedIn(text))
    if (c.kind === "person" && new RegExp(`\\b${m[1]}\\s+${escapeRe(c.name)}`, "i").test(text)) holders.add(c);
  if (holders.size >= 2)
    return `“the ${m[1]} said”: ${holders.size} people of the article hold that title, so the one meant is a guess`;
  return holders.size === 1 && !holders.has(s)
    ? `“the ${m[1]} said”: the article gives that title to ${[...holders][0]!.name}, not ${s.name}`
    : undefined;
}

/**
 * "said the Vox Populi (Voice of the People) column": a name the sentence writes after "the" is a body's
 * (a column, a campaign, a paper), not a person's, so people are no options beside it.
 */
function writtenWithThe(q: CQuote, s: Cluster): string | undefined {
  const outside = narration(q.evidence.sentence);
  const name = escapeRe(s.name);
  return nameWords(s.name).length > 1 && new RegExp(`\\bthe\\s+${name}\\b(?!['’])`).test(outside)
    ? `the sentence writes “the ${s.name}”: a body's name, not a person's`
    : undefined;
}

/** A sentence whose subject is a person named by a title ("But the former president showed …"). */
const DESCRIBED_SUBJECT =
  /^\s*(?:[-—]\s*)?(?:but|and|so|yet|still)?\s*the\s+((?:(?:former|then|ex|new|outgoing|incoming|late)[-\s]+)?[a-z]+(?:\s+[a-z]+)?)\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|said|says|is|was|has|had|told|took|gave|made|spoke|went|came)\b/i;

const PRONOUN_CUE =
  /\b(he|she)\s+(?:said|says|added|adds|told|continued|explained|wrote|noted|argued|asked|warned|recalled)\b|\b(?:said|says|added|told|continued|explained|wrote|noted)\s+(he|she)\b|\b(he|she)\s+(?:\w+\s+){1,12}?(?:and\s+)?(?:said|says|added|told|wrote)\b|^\s*(?:and|but|then|so|yet)?\s*(he|she)\b/i;

/**
 * A quote credited through "he/she said" is uncertain when the pronoun does not fit the speaker, when
 * the speaker is not named in that sentence or the two before, or when another person the pronoun fits
 * is named in that sentence or the one before ("Clinton communication director Jennifer Palmieri said
 * …. '…,' she said.").
 */
function pronounDoubt(corpus: Corpus, q: CQuote, s: Cluster): string | undefined {
  const outside = q.evidence.sentence.replace(/[“"][^”"]*[”"]?/g, " ");
  const m = PRONOUN_CUE.exec(outside);
  const pronoun = (m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4])?.toLowerCase();
  if (!pronoun) return undefined;
  if (!pronounFits(pronoun, s.name)) return `“${pronoun} said” does not fit ${s.name}`;
  const sentences = corpus.contexts.get(q.slug)?.sentences ?? [];
  const at = sentences.findIndex((x) => x.start <= q.evidence.start && q.evidence.start < x.end);
  const before = (k: number) => (at >= k ? sentences[at - k].text : "");
  const ix = entityIndex(corpus);
  const corefs = ix.corefs(s);
  const facts = factIndex(corpus);
  const named = (text: string) => ix.mentionedIn(text).some((c) => corefs.includes(c));
  if (!named([before(2), before(1), outside].join(" ")))
    return `“${pronoun} said” has no mention of ${s.name} just before it`;
  // "Wilcox and Beruff … argued …, they said. '…,' he said": after two people quoted together, "he" is a guess
  if (/\bthey\s+(?:said|say|argued|added|told|wrote)\b/i.test([before(2), before(1)].join(" ")))
    return `“${pronoun} said” follows words two people said together (“they said”): which one is a guess`;
  // "… finished behind Ted Cruz. '…,' he said": a name after a preposition is not who goes on speaking
  const mentions = [before(2), before(1), outside].map(narration).flatMap((text) =>
    corefs
      .flatMap((c) => [...c.surfaces, nameWords(c.name).at(-1) ?? ""])
      .filter((n) => n.length > 1)
      .flatMap((n) =>
        [...text.matchAll(new RegExp(`(?:^|(\\S+\\s+)?(\\S+)\\s+)${escapeRe(n)}\\b`, "g"))].map((m) =>
          // "he said Ryan": the name opens the words "he" reports
          /^(?:he|she|they)\s+$/i.test(m[1] ?? "") && /^(?:said|says)$/i.test(m[2] ?? "") ? "behind" : (m[2] ?? ""),
        ),
      ),
  );
  // "Ted" before "Cruz" is the name itself: that mention counts by the word before the whole name
  const own = new Set(corefs.flatMap((c) => c.surfaces).flatMap((n) => n.split(/\s+/)));
  const before1 = mentions.filter((w) => !own.has(w));
  if (before1.length && before1.every((w) => OBLIQUE.test(w)))
    return `${s.name} is named just before only after “${before1[0]}”, not as the one who speaks`;
  // "Joseph Murray … came out as gay. He married … and counts himself a Donald Trump supporter. '…,' he
  // said": sentences that open with the same pronoun carry one referent back to where the chain starts
  let chain = 1;
  while (chain < 4 && new RegExp(`^${pronoun}\\b`, "i").test(before(chain))) chain++;
  const window = Array.from({ length: chain }, (_, k) => before(k + 1));
  const rival = ix.mentionedIn([...window, outside].join(" ")).find(
    (c) =>
      c.kind === "person" &&
      !corefs.includes(c) &&
      nameWords(c.name).length > 1 &&
      pronounFits(pronoun, c.name) &&
      // a real rival: a known first name, or someone the corpus quotes or gives a position
      (tagsOf(nameWords(c.name)[0]).some((t) => /Name$/.test(t)) || facts.isSpeaker(c) || facts.isRoleHolder(c)),
  );
  if (rival) return `“${pronoun} said” may be ${rival.name} as well as ${s.name}`;
  // a person the extractor did not keep as an entity ("Joseph R. Murray II, a onetime lawyer …") is a rival too
  const unlinked = [...[...window, outside].join(" ").matchAll(FULL_NAME)]
    .map((m) => m[0])
    .find(
      (n) =>
        !ix.mentionedIn(n).some((c) => corefs.includes(c)) &&
        // "Richard J. Rowe" of "Richard J. Rowe Jr.": the speaker's own name, cut
        !corefs.some((c) => nameWords(c.name).includes(nameWords(n).at(-1) ?? "")) &&
        tagsOf(n.split(" ")[0]!).some((t) => /^(?:Male|Female)Name$/.test(t)) &&
        pronounFits(pronoun, n),
    );
  if (unlinked) return `“${pronoun} said” may be ${unlinked} as well as ${s.name}`;
  // "Tarar said selling Trump to Muslims has been a challenge. '…,' he said": the pronoun goes on with the
  // subject of the speech verb just before, not a name inside what that subject said
  const spoke =
    /(?:^|[.;]\s+)((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+)\s+(?:also\s+)?(?:said|says|told|added|explained|argued|insisted|noted)\b/.exec(
      narration(before(1)),
    );
  if (spoke && /^(?:he|she)$/.test(pronoun)) {
    const words1 = spoke[1]!.split(/\s+/);
    const own = new Set(corefs.flatMap((c) => [...c.surfaces, c.name]).flatMap((n) => n.split(/\s+/)));
    if (!words1.some((w) => own.has(w)) && !NO_SPEAKER.test(words1[0]!) && !isTitleHead(words1.at(-1)!))
      return `“${spoke[1]} said …” just before: “${pronoun} said” goes on with ${spoke[1]}, not ${s.name}`;
  }
  // "Obama consultant Cornell Belcher … '…,' he said": the name only qualifies another person's title
  const window3 = [before(2), before(1), outside].join(" ");
  let qualifier: string | undefined;
  for (const n of corefs.flatMap((c) => [...c.surfaces, nameWords(c.name).at(-1) ?? ""]).filter((x) => x.length > 1)) {
    const m = new RegExp(
      `\\b${escapeRe(n)}(?:['’]s)?\\s+((?:[a-z-]+\\s+){1,3})([A-Z][\\w'’-]+\\s+[A-Z][\\w'’-]+)`,
    ).exec(window3);
    if (
      m &&
      m[1]!
        .trim()
        .split(/\s+/)
        .some((w) => isTitleHead(w)) &&
      !corefs.some((c) => c.surfaces.includes(m[2]!))
    )
      qualifier ??= `${s.name} is named just before only in another person's title (“${m[0]}”)`;
  }
  if (qualifier) return qualifier;
  // "Clinton's husband, Bill, … at Sanders …. But the former president showed restraint …. '…,' he said": the
  // sentence before speaks of someone by a title the credited speaker does not hold
  const described = DESCRIBED_SUBJECT.exec(narration(before(1)));
  if (described && /^(?:he|she)$/.test(pronoun) && isTitleHead(described[1]!.split(/\s+/).at(-1)!)) {
    const head = described[1]!.split(/\s+/).at(-1)!.toLowerCase();
    const holds = corefs.some((c) =>
      facts.rolesOfAnyone(c).some((r) =>
        r.title
          .toLowerCase()
          .split(/[^a-z]+/)
          .includes(head),
      ),
    );
    if (!holds) return `the sentence before speaks of “the ${described[1]}”, a title ${s.name} does not hold`;
  }

  // "… she was a booster of Mitt Romney. '…,' she said": the pronoun, used before the name in the same
  // sentence, is someone else than the name
  const prev = before(1);
  const p = prev.search(new RegExp(`\\b${pronoun}\\b`, "i"));
  const n = Math.min(
    ...corefs
      .flatMap((c) => [...c.surfaces, nameWords(c.name).at(-1) ?? ""])
      .filter((x) => x.length > 1)
      .map((x) => prev.search(new RegExp(`\\b${escapeRe(x)}\\b`)))
      .filter((i) => i >= 0),
    Infinity,
  );
  return p >= 0 && n !== Infinity && p < n
    ? `“${pronoun}” in the sentence before comes before ${s.name} is named there, so it is someone else`
    : undefined;
}

const SPEECH_VERB =
  "said|says|stated|states|added|adds|announced|announces|warned|told|wrote|writes|explained|noted|argued|insisted|reported|reports|tweeted|declared|headlined|reads|read";
/** A body's own voice: its release, statement or spokesman ("an NCA press release published Friday reads"). */
const VOICE =
  "(?:press\\s+)?release|statement|report|spokes(?:man|woman|person)|website|letter|memo|post|tweet|announcement|notice|filing";

/**
 * Words credited to a body need the body as the speech verb's subject in the sentence ("the FBI said",
 * "said the Home Office", "The Washington Post headlined"). "Welch said, according to Vermont Edition" or
 * "… said Heiserman of the CORE Teachers" has a person speak and the body only report or employ them.
 */
function bodySpeaks(q: CQuote, s: Cluster): string | undefined {
  // a quotation that goes on from the one before has that one's cue (and shares its doubts)
  if (q.signals?.includes("rule:continued")) return undefined;
  // a quotation stands as a dash: words on its two sides are not one phrase ("The AFT endorsement “…,” said X")
  const outside = narration(q.evidence.sentence);
  const names = s.surfaces.filter((n) => n.length > 1).map((n) => escapeRe(n));
  if (!names.length) return undefined;
  const alt = names.join("|");
  const speaks = new RegExp(
    `(?<![\\w])(?:${alt})(?:['’]s)?(?:\\s+(?:${VOICE}))?\\s+((?:\\w+\\s+){0,3}?)(?:has\\s+|had\\s+)?(?:${SPEECH_VERB})\\b|\\b(?:${SPEECH_VERB})\\s+(?:the\\s+|an?\\s+)?(?:${alt})(?![\\w-])`,
    "g",
  );
  // "the Senate minority leader said": a title between the body and the verb, so its holder speaks
  const spoken = [...outside.matchAll(speaks)].some(
    (m) =>
      !(m[1] ?? "")
        .trim()
        .split(/\s+/)
        .some((w) => w && (isTitleHead(w) || isTitleWord(w))),
  );
  if (spoken) return undefined;
  return `the sentence does not have ${s.name} say these words (a person or a report may speak for it)`;
}

/** Capitalised words that name no speaker: a sentence's pronoun, a day, a month. */
const NO_SPEAKER =
  /^(?:He|She|They|We|I|It|You|The|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Later|Earlier|Also|Then|But|And|So)$/;
const CUE_VERBS = /\b(?:said|says|added|adds|stated|explained|wrote|argued|insisted|noted|continued|recalled)\b/g;

/**
 * "I'll be voting," Welch said, according to Vermont Edition: the sentence has someone else as the subject
 * of its speech verb, so the one credited (a source, an employer, a name near the quote) is a guess. The
 * phrase on the verb's side (to the comma) naming the one credited settles it ("said Pentagon spokesman
 * Navy Capt. Jeff Davis").
 */
function otherSubjectSays(q: CQuote, s: Cluster): string | undefined {
  if (q.signals?.includes("rule:continued")) return undefined;
  const outside = narration(q.evidence.sentence);
  const mine = new Set(s.surfaces.flatMap((n) => n.split(/\s+/)).map((w) => w.replace(/[.,]$/, "")));
  // a possessive names whom the words are about, not who says them ("he said Stevens's rescue …")
  const names = (phrase: string) =>
    phrase.split(/\s+/).some((w) => !/['’]s?$/.test(w) && mine.has(w.replace(/[.,]$/, "")));
  let rival: string | undefined;
  for (const m of outside.matchAll(CUE_VERBS)) {
    const before =
      outside
        .slice(0, m.index)
        .split(/[,;:—(]/)
        .at(-1) ?? "";
    const after = outside.slice(m.index + m[0].length).split(/[,;:—(]/)[0] ?? "";
    // "…,” he said Ryan would …: "he" speaks, and the name opens the words he reports
    if (/\b(?:he|she|they)\s*$/i.test(before) && names(after) && !names(before))
      return `“${before.trim().split(/\s+/).at(-1)} ${m[0]} ${after.trim().split(/\s+/)[0]}”: the pronoun speaks, and ${s.name} opens the words reported`;
    if (names(before) || names(after)) return undefined;
    const about = /^\s*([A-Z][\w.-]*)['’]s?\s/.exec(after)?.[1];
    if (about && mine.has(about)) return `“${m[0]} ${about}'s …” is about ${s.name}, not words ${s.name} said`;
    const next = /^\s*([A-Z][\w'’.-]*)/.exec(after)?.[1] ?? /([A-Z][\w'’.-]*)\s*$/.exec(before)?.[1];
    if (next && !/['’]s?$/.test(next) && !NO_SPEAKER.test(next.replace(/[.,]$/, "")))
      rival ??= next.replace(/[.,]$/, "");
  }
  return rival ? `the sentence has “${rival}” say these words, not ${s.name}` : undefined;
}

/**
 * "Perez hammered Trump … and contrasted the Republican candidate, whom he described as …, with Clinton: '…'":
 * a sentence whose subject is another person, with no speech verb next to the credited speaker's name, has
 * the subject speak; the speaker was read off a name or a description the words are about.
 */
function subjectElsewhere(corpus: Corpus, q: CQuote, s: Cluster): string | undefined {
  if (q.signals?.includes("rule:continued")) return undefined;
  const outside = narration(q.evidence.sentence);
  const m = /^\s*((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:also\s+|then\s+|later\s+)?[a-z]+\b/.exec(outside);
  if (!m) return undefined;
  const corefs = entityIndex(corpus).corefs(s);
  const subject = entityIndex(corpus)
    .mentionedIn(m[1]!)
    .find((c) => c.kind === "person" && !corefs.includes(c));
  if (!subject || corefs.some((c) => c.surfaces.some((n) => m[1]!.includes(n)))) return undefined;
  const mine = corefs.flatMap((c) => [...c.surfaces, nameWords(c.name).at(-1) ?? ""]).filter((n) => n.length > 1);
  const cued = [...outside.matchAll(CUE_VERBS)].some((v) => {
    const around = outside.slice(Math.max(0, v.index - 40), v.index + v[0].length + 40);
    return mine.some((n) => around.includes(n));
  });
  return cued ? undefined : `the sentence's subject is ${subject.name}, and no speech verb goes with ${s.name}`;
}

/**
 * "When Trump used the words, “I'm not quite there yet,” he was echoing Ryan, who used the same words": words
 * the article gives again in a sentence that names another person may be that person's too.
 */
/** Words that say a quotation repeats someone else's. */
const ECHO =
  /\b(?:echo(?:ed|es|ing)?|(?:the\s+)?same\s+(?:words|phrase|line)|repeat(?:ed|ing|s)?|borrow(?:ed|ing|s)?)\b/i;

export function echoedBy(corpus: Corpus, q: CQuote, s: Cluster, text: string): string | undefined {
  const flat = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^a-z0-9 ]+/g, "")
      .replace(/\s+/g, " ")
      .trim();
  const words = flat(text);
  if (words.split(" ").length < 4) return undefined;
  const mine = entityIndex(corpus).corefs(s);
  const other = (t: string) =>
    entityIndex(corpus)
      .mentionedIn(narration(t))
      .find((c) => c.kind === "person" && !mine.includes(c));
  // "… he was echoing Ryan, who used the same words": the quotation's own sentence says whose words they were first
  const own = narration(q.evidence.sentence);
  const first = ECHO.test(own) ? other(q.evidence.sentence) : undefined;
  if (first) return `the sentence says these words echo ${first.name}, who said them too`;
  for (const x of corpus.contexts.get(q.slug)?.sentences ?? []) {
    // the quotation's own sentences (a long one spans several)
    if (x.start < q.evidence.end && x.end > q.evidence.start) continue;
    if (!flat(x.text).includes(words)) continue;
    const again = other(x.text);
    if (again) return `the article gives these words again beside ${again.name}, who may have said them too`;
  }
  return undefined;
}

/**
 * "In the letter - addressed to the U.S. attorney …, Channing D. Phillips - the Utah Republican asks …": the one
 * the words are sent to is named in the sentence, and is not who says them.
 */
function addressedTo(q: CQuote, s: Cluster): string | undefined {
  const outside = narration(q.evidence.sentence);
  for (const n of [...new Set([...s.surfaces, nameWords(s.name).at(-1) ?? ""])].filter((x) => x.length > 1)) {
    const m = new RegExp(
      `\\b(?:addressed|sent|written|wrote|writing|letter|note|appeal|request|message)\\s+to\\s+[^;:“”"]{0,80}?\\b${escapeRe(n)}\\b`,
    ).exec(outside);
    if (m) return `the sentence sends the words to ${s.name} (“${m[0].split(/\s+/).slice(0, 2).join(" ")} …”)`;
  }
  return undefined;
}

/** Prepositions and words that put the name after them in an object's place. */
const OBLIQUE =
  /^(?:behind|with|against|to|for|by|of|than|like|over|from|about|beat|beating|defeated|defeating|trailing|ahead|besides|unlike|toward|towards|into|onto|at|on|under|after)$/i;

/** A first name, an optional initial and a surname: "Joseph R. Murray". */
const FULL_NAME = /\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g;

/** A quotation that goes on from the one before without a cue of its own shares that one's doubts. */
function continuedDoubts(corpus: Corpus, q: CQuote): string[] {
  if (!q.signals?.includes("rule:continued")) return [];
  // "“France will always be France,” an angry Hollande retaliated": a cue the extractor does not know, with
  // another person named in the sentence, who is likelier the one speaking
  const outside = narration(q.evidence.sentence);
  const mine = q.speakerC ? entityIndex(corpus).corefs(q.speakerC) : [];
  const named = entityIndex(corpus)
    .mentionedIn(outside)
    .find((c) => c.kind === "person" && !mine.includes(c));
  if (named)
    return [`it goes on from the quotation before, but its sentence names ${named.name}, who may be the one speaking`];
  const prev = (quotesBySlug(corpus).get(q.slug) ?? []).find((x) => x.index === q.index - 1);
  if (!prev) return [];
  // "“…,” Tom Ebeling said. Betsy Ebeling shook her head. “Tom's much better about it than I am.”": a sentence
  // between the two that names someone else hands the words on to that person
  const between = (corpus.contexts.get(q.slug)?.sentences ?? [])
    .filter((x) => x.start >= prev.evidence.end && x.end <= q.evidence.start)
    .map((x) => narration(x.text))
    .join(" ");
  const other = entityIndex(corpus)
    .mentionedIn(between)
    .find((c) => c.kind === "person" && !mine.includes(c));
  if (other) return [`it goes on from the quotation before, but a sentence between them names ${other.name}`];
  // it goes on from words credited to someone else: one of the two is wrong
  if (prev.speakerC !== q.speakerC)
    return [`it continues a quotation the article gives to ${prev.speakerC?.name ?? "someone else"}`];
  // a chain of continued quotations names its first doubt once, not once per link
  const lead = "the quotation it continues: ";
  return quoteDoubts(corpus, prev).map((d) => (d.startsWith(lead) ? d : lead + d));
}

/** "… the Promenade des Anglais, which skirts the coast": which noun a relative clause belongs to is a guess. */
function relativeClause(d: CDescription): string | undefined {
  const text = d.text
    .trim()
    .replace(/^[“"']+/, "")
    .slice(0, 30);
  const at = d.evidence.sentence.indexOf(text);
  return at > 0 && /\b(?:which|that|who)\s+$/i.test(d.evidence.sentence.slice(0, at))
    ? "a relative clause, whose noun (the subject) is a guess of the parse"
    : undefined;
}

/** Nouns for what a person is or does, besides the lexicon's titles. */
const PERSON_KIND =
  /^(?:delegate|member|activist|volunteer|resident|voter|supporter|donor|candidate|student|worker|veteran|citizen|official|lawmaker|legislator|politician|organizer|organiser|leader|founder|owner|partner|expert|analyst|strategist|consultant|advocate|critic|fan|author|writer|journalist|reporter|lawyer|attorney|doctor|nurse|teacher|professor|scientist|researcher|economist|historian|musician|singer|actor|actress|artist|athlete|player|coach|pastor|priest|rabbi|imam|father|mother|son|daughter|husband|wife|brother|sister|friend|neighbor|neighbour|man|woman|person)$/;

export function descriptionDoubts(corpus: Corpus, d: CDescription): string[] {
  return cached(d, () => {
    const out = belowThreshold("description", d.confidence);
    const rel = relativeClause(d);
    if (rel) out.push(rel);
    const o = d.subjectC?.kind === "organization" ? organisationDoubt(corpus, d.subjectC) : undefined;
    if (o) out.push(o);
    // "Colorado's Kendal Unruh, a delegate serving on the rules committee": a person's role, so its subject is a
    // person the extractor took for a body, and a false statement would give it to a body
    const kind = kindWord(descriptionText(d));
    if (kind && (isTitleHead(kind) || PERSON_KIND.test(kind) || tagsOf(`a ${kind}`).includes("Actor")))
      out.push(`the description names a person's role (“${kind}”), not what a body is`);
    return out;
  });
}

export const acronymDoubts = (a: CAcronym): string[] => belowThreshold("acronym", a.confidence);
/**
 * "FORT SAM HOUSTON, Texas, Aug. 25, 2011 -- Lt. Gen. …": a release's dateline dates the writing, not what
 * the sentence tells.
 */
function datelineDate(e: CEvent): string | undefined {
  const s = e.evidence.sentence;
  const at = s.indexOf(e.when);
  if (at < 0) return undefined;
  const lead = s.slice(0, at);
  const tail = s.slice(at + e.when.length);
  return /^\s*(?:--|—|–)/.test(tail) && /^(?:[A-Z][A-Z.'’-]*[\s,]+)*(?:[A-Z][a-z.]+[\s,]+)*$/.test(lead)
    ? `“${e.when}” is the dateline: when the release was written, not when the event happened`
    : undefined;
}

export const eventDoubts = (corpus: Corpus, e: CEvent): string[] => {
  const out = belowThreshold("event", e.confidence);
  const dateline = datelineDate(e);
  if (dateline) out.push(dateline);
  // "… said that really got us thinking in 2015" under the headline "… Latinos Said In 2015": the page's frame
  const year = /\b(?:1[89]|20)\d\d\b/.exec(e.when)?.[0];
  const title = corpus.articles.find((a) => a.article.slug === e.slug)?.article.title ?? "";
  if (year && /^\s*(?:in\s+)?(?:1[89]|20)\d\d\s*$/i.test(e.when) && new RegExp(`\\b${year}\\b`).test(title))
    out.push(`the year ${year} is in the headline: the page's frame, not an event the article tells`);
  // "“In 2008, in Denver, the day she had to turn it all over, I was a delegate,” Ebeling explained": a date
  // inside someone's words dates their story, not an event the article reports
  const at = e.evidence.sentence.indexOf(e.when.trim());
  if (at >= 0 && insideQuotation(e.evidence.sentence, at))
    out.push("the date is inside a quotation: someone's story, not an event the article reports");
  return out;
};

/** Words too common to tie a sentence to a headline. */
const HEADLINE_STOP = new Set(
  "the a an of to in on for and or but with from by at as is are was were be been new says said over after into out up".split(
    " ",
  ),
);

/**
 * "Mr Martin was freed from prison in July 2003" deep in a story about burglary guidelines: a date far from the
 * lead, in a sentence that shares no word with the headline, dates a side detail a teacher would not ask about.
 */
function sideDetail(corpus: Corpus, e: CEvent, title: string): string | undefined {
  const sentences = corpus.contexts.get(e.slug)?.sentences;
  // (a plain-text article has no headline: its title is its file name)
  if (!sentences?.length || !title || title === e.slug || !/[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(title)) return undefined;
  const at = sentences.findIndex((x) => x.start <= e.evidence.start && e.evidence.start < x.end);
  if (at < 4 || at / sentences.length < 0.3) return undefined;
  const stem = (w: string) =>
    w
      .toLowerCase()
      .replace(/[^a-z]/g, "")
      .slice(0, 5);
  const headline = new Set(
    title
      .split(/[\s'’-]+/)
      .map(stem)
      .filter((w) => w.length >= 3 && !HEADLINE_STOP.has(w)),
  );
  const shared = e.evidence.sentence.split(/[\s'’-]+/).some((w) => headline.has(stem(w)));
  return shared ? undefined : "a date far from the lead, in a sentence about nothing the headline names: a side detail";
}

/**
 * The doubts of a question on one event: those of the event, and whether it is a side detail (an ordering question
 * sets several events against each other, so a side date may take its place there).
 */
export const singleEventDoubts = (corpus: Corpus, e: CEvent): string[] => {
  const title = corpus.articles.find((a) => a.article.slug === e.slug)?.article.title ?? "";
  const side = sideDetail(corpus, e, title);
  return side ? [...eventDoubts(corpus, e), side] : eventDoubts(corpus, e);
};

/** Whether position `at` of a sentence falls between an opening and a closing quotation mark. */
function insideQuotation(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const curly = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1;
  // a sentence split inside a quotation opens with its words and closes it with a ” before the cue
  const opensInside = !/[“"]/.test(before) && /^[^“"]*”/.test(sentence.slice(at));
  // "'I am not the person I was in 2001.'": British single marks opened before the date and not yet closed
  const single = innerQuoteBalance(before) > 0;
  return curly || straight || opensInside || single;
}
