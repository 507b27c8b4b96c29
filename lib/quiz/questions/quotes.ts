/** Quote facts: who said each sentence of a quotation, and who must never be offered as its speaker. */
import type { Cluster, Corpus, CQuote, Source } from "./corpus";
import { inCruft, mayCorefer, sentenceContaining, sourceOf } from "./corpus";
import { baseQuestion, choiceOptions, emptyDraft, type Draft } from "./draft";
import { mentions, pickEntities } from "./distractors";
import { factIndex } from "./fact-index";
import { inSentence } from "./naming";
import { creditedToOrganisation, speakersOf } from "./speakers";
import { comparableSpeaker, describedIn, fieldsOf, goneIn } from "./speaker-fields";
import { clauseCut, fragmentProblem, innerQuoteBalance, joinDependentSentences, withReferent } from "./standalone";
import { entityIndex } from "./entity-index";
import { corpusText } from "./text-index";
import { nameWords, personNameDoubt, pronounFits, tagsOf } from "./validity";
import { isTitleHead, isTitleWord } from "../extract/lexicon";
import { bare, cite, norm, splitSentences, stripOuterQuotes, words } from "./text";
import { echoedBy } from "./trust";
import { escapeRe } from "../../regex";

export { creditedToOrganisation, saysInText, speakersOf } from "./speakers";

/** One sentence-sized piece of a quotation, with the article sentence that holds it. */
export type QuoteChunk = {
  quote: CQuote;
  text: string;
  part: number;
  source: Source;
  /** the one person a leading "he"/"she" can refer to, shown in brackets */
  referent?: string;
};

/** The chunk as a prompt shows it, a leading "he"/"she" followed by its bracketed referent. */
export const chunkForPrompt = (c: QuoteChunk) => quoteForPrompt(withReferent(c.text, c.referent));

const MAX_WORDS = 45;

/** Quote text ready to sit inside “…” in a prompt: inner double quotes become single ones. */
export function quoteForPrompt(text: string): string {
  let t = stripOuterQuotes(text.trim())
    .replace(/[“”"]/g, (m) => (m === "”" ? "’" : "‘"))
    .replace(/\s+/g, " ");
  // a long quotation ends at a clause boundary; a quotation with none is cut at the limit (and flagged below)
  t = clauseCut(t, MAX_WORDS) ?? t.split(" ").slice(0, MAX_WORDS).join(" ") + " …";
  if (/^[a-z]/.test(t)) t = "… " + t;
  // an inner quotation that closed with the outer one ("you called ‘miracles,’”) lost its mark with it
  if (innerQuoteBalance(t) > 0) t = t.replace(/[,;:]?$/, "’");
  // a quotation cut before its attribution ends in a comma: show that it goes on
  else t = t.replace(/\s*[,;:]$/, " …");
  return t;
}

/** Words of greeting or politeness: a phone script's "How are you today?", "Thank you so much". */
const PLEASANTRY =
  /\b(?:how\s+are\s+you|good\s+(?:morning|afternoon|evening)|nice\s+to\s+meet|thank\s+you(?:\s+so\s+much)?[.!]|hello|hi\s+there)\b/i;
/** A line this short or shorter from someone of no public post is an aside. */
const ASIDE_WORDS = 8;

/** Words after "that" that make it a conjunction or a pronoun ("that we", "that is"), not a pointer to a thing. */
const NOT_A_NOUN = new Set(
  "is was are were will would can could should has have had do does did i we you he she it they the a an our my his her their its there in on at to for of with if when what who how why all no not".split(
    " ",
  ),
);

/** A later sentence of a quotation shorter than this says too little without the ones before. */
const LATER_MIN_WORDS = 8;

/** A clause that opens with one of these needs a main clause after it. */
const DANGLING =
  /^\s*(?:when|whenever|if|unless|because|while|whereas|although|though|as|since|until|after|before|where|whether|once)\b/i;

/** A who-said choice needs this many wrong speakers (three options: a small article's other speakers). */
const MIN_WRONG_SPEAKERS = 2;

/** Under this many words a sentence is no question of its own. */
const MIN_WORDS = 5;

/**
 * A short sentence goes with the one after it ("There's a problem. We have to find out what is the
 * problem."): left out, it leaves the next one pointing at nothing. A short last sentence goes with the
 * one before ("… the establishment. CHANGE!"), so no quotation loses its end unmarked.
 */
function joinShort(sentences: string[]): string[] {
  const out: string[] = [];
  let carry = "";
  for (const s of sentences) {
    const t = carry ? `${carry} ${s}` : s;
    if (words(t).length < MIN_WORDS) carry = t;
    else {
      out.push(t);
      carry = "";
    }
  }
  if (carry && out.length) out[out.length - 1] = `${out.at(-1)} ${carry}`;
  return out;
}

const CHUNKS = new WeakMap<CQuote, QuoteChunk[]>();

/** The sentences of a quotation, each located in its article where the sentence list is known. */
export function quoteChunks(corpus: Corpus, q: CQuote): QuoteChunk[] {
  let chunks = CHUNKS.get(q);
  if (!chunks) CHUNKS.set(q, (chunks = locateChunks(corpus, q)));
  return chunks.slice();
}

function locateChunks(corpus: Corpus, q: CQuote): QuoteChunk[] {
  const sentences = joinShort(splitSentences(stripOuterQuotes(q.text)));
  return joinDependentSentences(sentences, MAX_WORDS).map((text, part) => {
    const located = sentenceContaining(corpus, q.slug, text.slice(0, 80));
    const source =
      located && !inCruft(corpus, q.slug, located.start, located.end)
        ? { article: q.slug, sentence: located.text, start: located.start, end: located.end }
        : sourceOf(q.slug, q.evidence);
    return { quote: q, text, part, source, referent: referentOf(corpus, q, text, source) };
  });
}

const PERSONAL_OPENING = /^[\s"“‘'(]*(he|she)\b(?!\s*\[)/i;

/**
 * The one person other than the speaker named in the quote's sentence or the sentence before it,
 * when the quote opens with "he" or "she" and the first name does not contradict the pronoun.
 */
function referentOf(corpus: Corpus, q: CQuote, text: string, source: Source): string | undefined {
  const pronoun = PERSONAL_OPENING.exec(text)?.[1]?.toLowerCase();
  if (!pronoun) return undefined;
  const sentences = corpus.contexts.get(q.slug)?.sentences ?? [];
  const at = sentences.findIndex((s) => s.start <= source.start && source.start < s.end);
  const around = [at > 0 ? sentences[at - 1].text : "", source.sentence, q.evidence.sentence].join(" ");
  const people = entityIndex(corpus)
    .mentionedIn(around)
    // a garbled name ("Now Donald Trump", a sentence's first word taken in) is no referent to show
    .filter((c) => c.kind === "person" && !(q.speakerC && mayCorefer(c, q.speakerC)) && !personNameDoubt(c.name));
  const distinct = people.filter((c, i) => !people.slice(0, i).some((d) => mayCorefer(c, d)));
  if (distinct.length !== 1 || !pronounFits(pronoun, distinct[0].name)) return undefined;
  // "… the Trump operation. 'He brings …'": a name used as a modifier or a possessive is no sure referent
  if (distinct[0].surfaces.some((n) => new RegExp(`\\b${escapeRe(n)}(?:['’]s\\b|\\s+[a-z])`).test(around)))
    return undefined;
  return distinct[0].name;
}

export function quoteIdentity(c: QuoteChunk): string {
  return `${c.quote.slug}|quote|${c.quote.speakerC?.key ?? "?"}|${bare(c.text).slice(0, 120)}`;
}

const PROBLEMS = new WeakMap<QuoteChunk, string[]>();

/** Problems that make a quote unusable for who-said questions. */
export function quoteProblems(corpus: Corpus, c: QuoteChunk): string[] {
  let p = PROBLEMS.get(c);
  if (!p) PROBLEMS.set(c, (p = findQuoteProblems(corpus, c)));
  return p.slice();
}

function findQuoteProblems(corpus: Corpus, c: QuoteChunk): string[] {
  const p: string[] = [];
  const s = c.quote.speakerC;
  if (!c.quote.speaker) p.push("the quote has no speaker");
  else if (!s) p.push(`the quote's speaker “${c.quote.speaker}” is not an entity of the article`);
  else {
    if (s.kind !== "person" && s.kind !== "organization")
      p.push(`the speaker “${s.name}” is a ${s.kind}, not a person or organisation`);
    const person = creditedToOrganisation(c.quote);
    if (person) p.push(`the sentence credits ${person}, not ${s.name}, with the words`);
    const others = speakersOf(corpus, c.text).filter((x) => !mayCorefer(x, s));
    if (others.length) p.push(`the corpus attributes this quote to another speaker too (${others[0].name})`);
  }
  if (words(c.text).length < 5) p.push("the quote is too short to ask about");
  if (PLEASANTRY.test(c.text)) p.push("a greeting or a pleasantry: nothing to learn from the article");
  // "I have a two-minute commute": a short line from someone of no public post is a bystander's aside
  if (s && s.kind === "person" && words(c.text).length <= ASIDE_WORDS && !fieldsOf(corpus, s).size)
    p.push(`a short line from ${s.name}, who holds no public post in the articles: a bystander's aside`);
  if (/^[\s"“‘']*[.,;:!?]/.test(c.text)) p.push("the quote starts in the middle of a sentence");
  const fragment = fragmentProblem(withReferent(c.text, c.referent));
  if (fragment) p.push(fragment);
  // a later sentence of the quotation shown alone: no pointer back, and long enough to say something
  if (c.part > 0) {
    const back = [...c.text.matchAll(/\b(?:[Tt]hat|[Tt]hose)\s+([a-z]+)\b/g)].find((m) => !NOT_A_NOUN.has(m[1]!));
    if (back) p.push(`a later sentence of the quotation points back (“${back[0]}”)`);
    if (words(c.text).length < LATER_MIN_WORDS)
      p.push("a short later sentence of the quotation, shown without the ones before");
  }
  const shown = clauseCut(c.text, MAX_WORDS);
  if (!shown) p.push("the quote is too long to show whole and has no clause end to cut at");
  // "…; when they fail to carry out that obligation …": the cut kept a subordinate clause and lost its main one
  else if (
    shown !== c.text.trim() &&
    DANGLING.test(
      shown
        .replace(/\s*…$/, "")
        .split(/[,;:—]/)
        .at(-1) ?? "",
    )
  )
    p.push("the cut leaves a subordinate clause without its main clause");
  if (!norm(c.source.sentence).includes(norm(c.text).slice(0, 40))) p.push("the quote is not in its source sentence");
  // '“If there had not been that intervention” by …, Clinton said, “we would be looking …”': a lower-case
  // quotation after another in its sentence finishes the sentence that one began
  const from = c.source.sentence.indexOf(c.text.replace(/^[\s…."“]+/, "").slice(0, 30));
  if (/^[\s…."“]*[a-z]/.test(c.text) && from > 0 && /[“"][^”"]{3,}[”"]/.test(c.source.sentence.slice(0, from)))
    p.push("the words finish a sentence begun in the quotation before them");
  const echoed = s ? echoedBy(corpus, c.quote, s, c.text) : undefined;
  if (echoed) p.push(echoed);
  // "… and he will prosper [emphasis added]": an editor's note about the page, with nothing in emphasis to see
  if (/\[(?:emphasis|italics|bold|sic|ed\.|editor)[^\]]*\]/i.test(c.text)) p.push("the quote carries an editor's note");
  // 'tweeted, "Reporting that Orlando killer shouted "Allah hu Akbar!" as he …"': straight quotation marks inside
  // the words closed them early, and the question would show half a sentence
  const at = c.source.sentence.indexOf(c.text.trim());
  const after = at >= 0 ? c.source.sentence.slice(at + c.text.trim().length) : "";
  if (!/[.,;:!?…]["”’']*$/.test(c.text.trim()) && /^\s*["“”]\s*[A-Z][^"“”]*["“”]/.test(after))
    p.push("the quote stops where a quotation inside it opens");
  if (inCruft(corpus, c.quote.slug, c.source.start, c.source.end)) p.push("built from page cruft");
  return p;
}

/** "when I was a senator", "I'm the mayor", "as governor, I": the speaker's own post, in their words. */
const CLAIMS_POST = [
  /\b(?:(?:when|while|since|after|before|until)\s+I\s+(?:was|became|served\s+as)|I(?:\s+am|['’]m|\s+was|\s+served\s+as))\s+(?:(?:a|an|the)\s+)?([a-z]+)(?:\s+([a-z]+))?/gi,
  /\bas\s+(?:(?:a|an|the)\s+)?([a-z]+)(?:\s+([a-z]+))?\s*,\s*I\b/gi,
];

/**
 * The post a quote has its speaker claim ("Look, I voted numerous times when I was a senator …"): a wrong
 * speaker who never held it is absurd, and the one option who did gives the answer away.
 */
/** A race is run by several: "I am a candidate" gives nobody away. */
const RACE = /^(?:candidates?|nominees?|hopefuls?|contenders?)$/i;

/** "If elected POTUS, I will …", "when I'm president": the words claim a race only some options run. */
const CLAIMS_RACE =
  /\b(?:if|once|when|after)\s+(?:I\s+(?:am|['’]m|get|was|were)\s+)?elected\b|\bwhen\s+I(?:['’]m|\s+am)\s+(?:the\s+)?(?:president|governor|mayor|senator|nominee)\b/i;

export function ownPost(text: string): string | undefined {
  const race = CLAIMS_RACE.exec(text);
  if (race) return race[0];
  for (const re of CLAIMS_POST)
    for (const m of text.matchAll(re))
      if ([m[1], m[2]].some((w) => w && isTitleHead(w) && !RACE.test(w))) return m[0].trim();
  return undefined;
}

/** A wrong speaker who could have said it: of a comparable field, and alive in the story. */
function speakerFits(corpus: Corpus, s: Cluster, slug: string): (c: Cluster) => boolean {
  const comparable = comparableSpeaker(corpus, s, slug);
  const gone = goneIn(corpus, slug);
  return (c) => comparable(c) && !gone.has(c) && (s.kind !== "person" || personLike(corpus, c));
}

/** A wrong speaker beside a person reads as a person: a full name, never one the articles write after "the". */
export function personLike(corpus: Corpus, c: Cluster): boolean {
  return plainPersonName(c.name) && !afterArticle(corpus, c.name);
}

/** "the King James Bible", "a Vox Populi column": a name the articles write after an article is no person's. */
function afterArticle(corpus: Corpus, name: string): boolean {
  return new RegExp(`\\b(?:the|a|an)\\s+${escapeRe(name)}\\b(?!['’])`).test(corpusText(corpus).raw);
}

/**
 * A wrong speaker offered beside a person is a person's full name: not a lone first name ("Bob"), not a place
 * or a body the extractor credited with words ("Tel Aviv", "Nasdaq Stock Market"), not an occupation run into
 * the name ("Actress Rosario Dawson"). Its look alone would give the answer away.
 */
function plainPersonName(name: string): boolean {
  const ws = nameWords(name);
  // "King James Bible": a title word opens no person's name as written here
  if (ws.length < 2 || personNameDoubt(name) || isTitleWord(ws[0]!)) return false;
  return !tagsOf(ws[0]!).some((t) => /^(?:Organization|Place|Country|City|Region|Abbreviation|Actor)$/.test(t));
}

/** "Who said: “…”?" with other speakers of the corpus as options. */
export function whoSaidChoice(corpus: Corpus, c: QuoteChunk): Draft {
  const identity = quoteIdentity(c);
  const s = c.quote.speakerC;
  const q = baseQuestion({
    kind: "single_choice",
    factKind: "quote",
    identity,
    variant: "who",
    prompt: `Who said: “${chunkForPrompt(c)}”?`,
    explanation: s
      ? `The article attributes these words to ${inSentence(corpus, s.name)}: ${cite(c.part === 0 ? c.quote.evidence.sentence : c.source.sentence)}`
      : "",
    source: c.source,
  });
  const problems = quoteProblems(corpus, c);
  if (!s) return emptyDraft(q, { problems });
  if (mentions(c.text, s)) problems.push("the quote names its own speaker");
  const post = ownPost(c.text);
  if (post) problems.push(`the speaker names their own post (“${post}”): only one option could say it`);
  const picks = pickEntities(corpus, s, {
    n: 3,
    seed: q.id,
    slug: c.quote.slug,
    eligible: factIndex(corpus).isStatementSpeaker,
    trueOf: [...speakersOf(corpus, c.text), ...describedIn(corpus, c.quote, c.text)],
    mentioned: withReferent(c.text, c.referent),
    // the article's own other speakers: one from another story is of another world (an activist beside a senator)
    sameArticle: true,
    onlyEligible: true,
    fits: speakerFits(corpus, s, c.quote.slug),
  });
  // fewer wrong speakers who could have said it than a choice needs: the true/false form asks it instead
  if (picks.length < MIN_WRONG_SPEAKERS) problems.push("too few plausible wrong speakers for a choice");
  const { options, answer } = choiceOptions(q.id, s.name, picks);
  q.options = options;
  q.answer = answer;
  return emptyDraft(q, {
    key: s.name,
    keyKind: s.kind,
    distractors: picks.map((text) => ({ text, kind: s.kind })),
    support: [c.text.slice(0, 40)],
    problems,
    prominence: c.part === 0 ? 0.7 : 0.4,
    closeness: 0.5,
  });
}
