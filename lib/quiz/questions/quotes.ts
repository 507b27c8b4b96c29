/** Quote facts: who said each sentence of a quotation, and who must never be offered as its speaker. */
import type { Cluster, Corpus, CQuote, Source } from "./corpus";
import { inCruft, mayCorefer, sentenceContaining, sourceOf } from "./corpus";
import { baseQuestion, choiceOptions, emptyDraft, type Draft } from "./draft";
import { mentions, pickEntities, pickTexts } from "./distractors";
import { inSentence } from "./naming";
import { bare, cite, norm, similarity, splitSentences, stripOuterQuotes, words } from "./text";

/** One sentence-sized piece of a quotation, with the article sentence that holds it. */
export type QuoteChunk = { quote: CQuote; text: string; part: number; source: Source };

const MAX_WORDS = 45;

/** Quote text ready to sit inside “…” in a prompt: inner double quotes become single ones. */
export function quoteForPrompt(text: string): string {
  let t = stripOuterQuotes(text.trim()).replace(/[“”"]/g, (m) => (m === "”" ? "’" : "‘")).replace(/\s+/g, " ");
  const ws = t.split(" ");
  if (ws.length > MAX_WORDS) t = ws.slice(0, MAX_WORDS).join(" ").replace(/[,;:]$/, "") + " …";
  if (/^[a-z]/.test(t)) t = "… " + t;
  // a quotation cut before its attribution ends in a comma: show that it goes on
  t = t.replace(/\s*[,;:]$/, " …");
  return t;
}

/** The sentences of a quotation, each located in its article where the sentence list is known. */
export function quoteChunks(corpus: Corpus, q: CQuote): QuoteChunk[] {
  const parts = splitSentences(stripOuterQuotes(q.text)).filter((s) => words(s).length >= 5);
  return parts.map((text, part) => {
    const located = sentenceContaining(corpus, q.slug, text.slice(0, 80));
    const source = located && !inCruft(corpus, q.slug, located.start, located.end)
      ? { article: q.slug, sentence: located.text, start: located.start, end: located.end }
      : sourceOf(q.slug, q.evidence);
    return { quote: q, text, part, source };
  });
}

/** Everyone the corpus says said this text (or a close variant of it). */
export function speakersOf(corpus: Corpus, text: string): Cluster[] {
  const n = norm(text);
  return corpus.quotes
    .filter((x) => x.speakerC && (norm(x.text).includes(n.slice(0, 60)) || n.includes(norm(x.text).slice(0, 60)) || similarity(x.text, text) > 0.6))
    .map((x) => x.speakerC!);
}

export function quoteIdentity(c: QuoteChunk): string {
  return `${c.quote.slug}|quote|${c.quote.speakerC?.key ?? "?"}|${bare(c.text).slice(0, 120)}`;
}

/** Problems that make a quote unusable for who-said questions. */
export function quoteProblems(corpus: Corpus, c: QuoteChunk): string[] {
  const p: string[] = [];
  const s = c.quote.speakerC;
  if (!c.quote.speaker) p.push("the quote has no speaker");
  else if (!s) p.push(`the quote's speaker “${c.quote.speaker}” is not an entity of the article`);
  else {
    if (s.kind !== "person" && s.kind !== "organization") p.push(`the speaker “${s.name}” is a ${s.kind}, not a person or organisation`);
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

const SPEECH = "said|says|stated|states|added|adds|announced|warned|told|wrote|explained|noted|argued|insisted";

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Does an article sentence have this entity saying something ("the Home Office said", "said GCHQ")? */
const TEXT = new WeakMap<Corpus, string>();
export function saysInText(corpus: Corpus, c: Cluster): boolean {
  let text = TEXT.get(corpus);
  if (text === undefined) TEXT.set(corpus, (text = [...corpus.contexts.values()].flatMap((x) => x.sentences ?? []).map((s) => s.text).join("\n")));
  return c.surfaces.some((n) => n.length > 1 && new RegExp(`(?<![\\w])${escapeRe(n)}(?:['’]s\\s+\\w+)?\\s+(?:${SPEECH})\\b|\\b(?:${SPEECH})\\s+(?:the\\s+)?${escapeRe(n)}(?![\\w])`).test(text));
}

/**
 * Who may be offered as a wrong speaker, best first: people and organisations
 * quoted anywhere in the corpus, or saying something in the text; the rest of
 * the corpus of the same kind only when these run short.
 */
const isSpeaker = (corpus: Corpus) => (c: Cluster) => corpus.quotes.some((q) => q.speakerC === c) || saysInText(corpus, c);

/** "GCHQ's Hannigan said": the organisation credited with words its named person spoke. */
export function creditedToOrganisation(q: CQuote): string | undefined {
  const s = q.speakerC;
  if (!s || s.kind !== "organization") return undefined;
  for (const n of s.surfaces) {
    const m = new RegExp(`(?<![\\w])${escapeRe(n)}['’]s\\s+(?:[a-z-]+\\s+){0,3}((?:[A-Z][\\w’'-]+\\s+){0,2}[A-Z][\\w’'-]+),?\\s+(?:${SPEECH})\\b`).exec(q.evidence.sentence);
    if (m) return m[1];
  }
  return undefined;
}

/** "Who said: “…”?" with other speakers of the corpus as options. */
export function whoSaidChoice(corpus: Corpus, c: QuoteChunk): Draft {
  const identity = quoteIdentity(c);
  const s = c.quote.speakerC;
  const q = baseQuestion({
    kind: "single_choice", factKind: "quote", identity, variant: "who",
    prompt: `Who said: “${quoteForPrompt(c.text)}”?`,
    explanation: s ? `The article attributes these words to ${inSentence(corpus, s.name)}: ${cite(c.part === 0 ? c.quote.evidence.sentence : c.source.sentence)}` : "",
    source: c.source,
  });
  const problems = quoteProblems(corpus, c);
  if (!s) return emptyDraft(q, { problems });
  if (mentions(c.text, s)) problems.push("the quote names its own speaker");
  const said = speakersOf(corpus, c.text);
  const picks = pickEntities(corpus, s, {
    n: 3, seed: q.id, slug: c.quote.slug,
    eligible: isSpeaker(corpus),
    isTrue: (x) => said.some((y) => mayCorefer(x, y)),
    mentioned: c.text,
  });
  const { options, answer } = choiceOptions(q.id, s.name, picks);
  q.options = options;
  q.answer = answer;
  return emptyDraft(q, {
    key: s.name, keyKind: s.kind, distractors: picks.map((text) => ({ text, kind: s.kind })),
    support: [c.text.slice(0, 40)],
    problems,
    prominence: c.part === 0 ? 0.7 : 0.4,
    closeness: 0.5,
  });
}

/**
 * Stand-in for a who-said question that lacks wrong speakers (an interview, a
 * corpus with one or two voices): "Which of these does the article attribute to
 * X?" with sentences other speakers said as the wrong options, exactly as
 * the articles print them.
 */
/** An organisation known by an acronym, written out once: "the African Union (AU)". */
function spelledOut(corpus: Corpus, s: NonNullable<QuoteChunk["quote"]["speakerC"]>): string {
  const long = s.kind === "organization" && /^[A-Z]{2,6}$/.test(s.name) ? s.surfaces.find((x) => x.includes(" ") && /^[A-Z]/.test(x)) : undefined;
  return long ? `${inSentence(corpus, long)} (${s.name})` : inSentence(corpus, s.name);
}

export function saidWhichChoice(corpus: Corpus, c: QuoteChunk, whoId: string): Draft | undefined {
  const s = c.quote.speakerC;
  if (!s) return undefined;
  const identity = quoteIdentity(c);
  const printed = (t: string) => stripOuterQuotes(t).replace(/[,;:]$/, "").trim();
  const key = printed(c.text);
  const text = allText(corpus);
  const inText = (t: string) => norm(text).includes(norm(t));
  const q = baseQuestion({
    kind: "single_choice", factKind: "quote", identity, variant: "which",
    prompt: `Which of these does the article attribute to ${spelledOut(corpus, s)}?`,
    explanation: `The article attributes these words to ${spelledOut(corpus, s)}: ${cite(c.part === 0 ? c.quote.evidence.sentence : c.source.sentence)}`,
    source: c.source,
  });
  const pool: { text: string; slugs: string[] }[] = [];
  for (const x of corpus.quotes) {
    if (!x.speakerC || mayCorefer(x.speakerC, s)) continue;
    for (const part of splitSentences(stripOuterQuotes(x.text))) {
      const t = printed(part);
      const n = words(t).length;
      if (n < 5 || n > 30 || !inText(t) || mentions(t, s)) continue;
      // never words the speaker also said, or close to them
      if (speakersOf(corpus, t).some((y) => mayCorefer(y, s)) || similarity(t, key) > 0.4) continue;
      pool.push({ text: t, slugs: [x.slug] });
    }
  }
  const picks = pickTexts(pool, { key, slug: c.quote.slug, n: 3, seed: q.id });
  const { options, answer } = choiceOptions(q.id, key, picks);
  q.options = options;
  q.answer = answer;
  const problems = quoteProblems(corpus, c);
  if (!inText(key)) problems.push("the quote is not printed this way in the article");
  if (words(key).length > 45) problems.push("the quote is too long for an option");
  return emptyDraft(q, {
    key, keyKind: "text", distractors: picks.map((t) => ({ text: t, kind: "text" as const })),
    support: [key.slice(0, 40)], problems, prominence: c.part === 0 ? 0.7 : 0.4, closeness: 0.5, fallbackFor: whoId,
  });
}

const ALL = new WeakMap<Corpus, string>();
function allText(corpus: Corpus): string {
  let t = ALL.get(corpus);
  if (t === undefined) ALL.set(corpus, (t = [...corpus.contexts.values()].flatMap((x) => x.sentences ?? []).map((x) => x.text).join("\n")));
  return t;
}

/**
 * Last stand-in before a plain true statement: type who said it. The source is
 * the sentence that names the speaker (the attribution), so the answer stands
 * in its cited sentence.
 */
export function whoSaidCloze(corpus: Corpus, c: QuoteChunk, before: string[]): Draft | undefined {
  const s = c.quote.speakerC;
  if (!s || s.kind !== "person") return undefined;
  const surname = s.name.split(/\s+/).at(-1)!;
  const named = [c.source, sourceOf(c.quote.slug, c.quote.evidence)].find((x) => words(x.sentence).includes(surname.toLowerCase()));
  if (!named) return undefined;
  const identity = quoteIdentity(c);
  const q = baseQuestion({
    kind: "cloze", factKind: "quote", identity, variant: "typed",
    prompt: `Fill in the blank: _____ said: “${quoteForPrompt(c.text)}”`,
    explanation: `The article attributes these words to ${s.name}: ${cite(named.sentence)}`,
    source: named,
  });
  // the form the cited sentence uses, then the full name and the surname when unique
  const inSentenceForm = s.surfaces.find((x) => norm(named.sentence).includes(norm(x))) ?? surname;
  q.answer = inSentenceForm;
  const unique = corpus.clusters.filter((x) => x.kind === "person" && x.name.split(/\s+/).at(-1) === surname).length === 1;
  q.accept = [...new Set([inSentenceForm, s.name, ...(unique && surname.length > 2 ? [surname] : [])])];
  const problems = quoteProblems(corpus, c);
  if (mentions(c.text, s)) problems.push("the quote names its own speaker");
  return emptyDraft(q, { key: inSentenceForm, support: [inSentenceForm], problems, closeness: 0.5, prominence: 0.4, fallbackFor: before });
}
