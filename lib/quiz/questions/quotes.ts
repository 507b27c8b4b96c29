/** Quote facts: who said each sentence of a quotation, and who must never be offered as its speaker. */
import type { Corpus, CQuote, Source } from "./corpus";
import { inCruft, mayCorefer, sentenceContaining, sourceOf } from "./corpus";
import { baseQuestion, choiceOptions, emptyDraft, type Draft } from "./draft";
import { mentions, pickEntities } from "./distractors";
import { factIndex } from "./fact-index";
import { inSentence } from "./naming";
import { creditedToOrganisation, speakersOf } from "./speakers";
import { bare, cite, norm, splitSentences, stripOuterQuotes, words } from "./text";

export { creditedToOrganisation, saysInText, speakersOf } from "./speakers";

/** One sentence-sized piece of a quotation, with the article sentence that holds it. */
export type QuoteChunk = { quote: CQuote; text: string; part: number; source: Source };

const MAX_WORDS = 45;

/** Quote text ready to sit inside “…” in a prompt: inner double quotes become single ones. */
export function quoteForPrompt(text: string): string {
  let t = stripOuterQuotes(text.trim())
    .replace(/[“”"]/g, (m) => (m === "”" ? "’" : "‘"))
    .replace(/\s+/g, " ");
  const ws = t.split(" ");
  if (ws.length > MAX_WORDS)
    t =
      ws
        .slice(0, MAX_WORDS)
        .join(" ")
        .replace(/[,;:]$/, "") + " …";
  if (/^[a-z]/.test(t)) t = "… " + t;
  // a quotation cut before its attribution ends in a comma: show that it goes on
  t = t.replace(/\s*[,;:]$/, " …");
  return t;
}

const CHUNKS = new WeakMap<CQuote, QuoteChunk[]>();

/** The sentences of a quotation, each located in its article where the sentence list is known. */
export function quoteChunks(corpus: Corpus, q: CQuote): QuoteChunk[] {
  let chunks = CHUNKS.get(q);
  if (!chunks) CHUNKS.set(q, (chunks = locateChunks(corpus, q)));
  return chunks.slice();
}

function locateChunks(corpus: Corpus, q: CQuote): QuoteChunk[] {
  const parts = splitSentences(stripOuterQuotes(q.text)).filter((s) => words(s).length >= 5);
  return parts.map((text, part) => {
    const located = sentenceContaining(corpus, q.slug, text.slice(0, 80));
    const source =
      located && !inCruft(corpus, q.slug, located.start, located.end)
        ? { article: q.slug, sentence: located.text, start: located.start, end: located.end }
        : sourceOf(q.slug, q.evidence);
    return { quote: q, text, part, source };
  });
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
  if (!norm(c.source.sentence).includes(norm(c.text).slice(0, 40))) p.push("the quote is not in its source sentence");
  if (inCruft(corpus, c.quote.slug, c.source.start, c.source.end)) p.push("built from page cruft");
  return p;
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
    prompt: `Who said: “${quoteForPrompt(c.text)}”?`,
    explanation: s
      ? `The article attributes these words to ${inSentence(corpus, s.name)}: ${cite(c.part === 0 ? c.quote.evidence.sentence : c.source.sentence)}`
      : "",
    source: c.source,
  });
  const problems = quoteProblems(corpus, c);
  if (!s) return emptyDraft(q, { problems });
  if (mentions(c.text, s)) problems.push("the quote names its own speaker");
  const picks = pickEntities(corpus, s, {
    n: 3,
    seed: q.id,
    slug: c.quote.slug,
    eligible: factIndex(corpus).isSpeaker,
    trueOf: speakersOf(corpus, c.text),
    mentioned: c.text,
  });
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
