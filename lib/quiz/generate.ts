/**
 * Questions from the facts of one or more articles taken together. Pure and
 * deterministic: the same facts give byte-identical questions, and each
 * question id depends only on its fact and kind (see docs/question-generation.md).
 */
import type { ArticleFacts, ParsedArticle } from "./types";
import { balancePositions, balanceTrueFalse, trimTrueStatements } from "./questions/balance";
import { candidateDrafts, type Pair } from "./questions/candidates";
import { buildCorpus, type ArticleContext, type Corpus } from "./questions/corpus";
import { prominenceOf, difficultyOf } from "./questions/difficulty";
import type { Draft, QuizQuestion } from "./questions/draft";
import { dropNearDuplicates } from "./questions/duplicates";
import { flawCheck } from "./questions/flaws";
import { lostDashSites, withLostDashes } from "./questions/lost-dashes";
import { corpusText } from "./questions/text-index";

export type { QuizQuestion } from "./questions/draft";
export type { ArticleContext } from "./questions/corpus";

export type DroppedQuestion = { question: QuizQuestion; reasons: string[] };
export type GenerateResult = {
  questions: QuizQuestion[];
  dropped: DroppedQuestion[];
  /** sound questions on facts that are not sure enough: drafts to check before use, never practice questions */
  held: DroppedQuestion[];
  /** facts a builder could not handle at all (malformed input), with the error */
  errors: string[];
};
export type GenerateOptions = {
  /** sentence lists, cruft spans and publication dates; parsed articles are accepted as they are */
  articles?: (ArticleContext | ParsedArticle)[];
  /**
   * Only these articles get questions; the others' facts still serve as
   * distractors and in the checks. Adding one article to a stored library
   * then costs that article's questions, not the whole library's.
   */
  only?: ReadonlySet<string>;
};

/** The parts of a parsed article the generator uses. */
export function contextFromParsed(p: ParsedArticle): ArticleContext {
  return {
    slug: p.meta.slug,
    published: p.meta.published,
    sentences: p.sentences.map((s) => ({ text: s.sentence, start: s.start, end: s.end })),
    cruft: p.paragraphs.filter((x) => x.cruft).map((x) => ({ start: x.start, end: x.end })),
  };
}

const toContext = (a: ArticleContext | ParsedArticle): ArticleContext => ("meta" in a ? contextFromParsed(a) : a);

/**
 * The drafts that pass the flaw check: the main questions, then the stand-ins
 * whose questions were dropped, then one statement per true/false pair.
 */
function judged(
  corpus: Corpus,
  drafts: Draft[],
  pairs: Pair[],
  out: { dropped: DroppedQuestion[]; held: DroppedQuestion[] },
): Draft[] {
  const passed: Draft[] = [];
  const judge = (d: Draft) => {
    const reasons = flawCheck(d, corpus);
    if (reasons.length) out.dropped.push({ question: d.question, reasons });
    else if (d.doubts?.length) out.held.push({ question: d.question, reasons: d.doubts });
    return !reasons.length && !d.doubts?.length;
  };
  for (const d of drafts) if (!d.fallbackFor && judge(d)) passed.push(d);
  const shipped = new Set(passed.map((d) => d.question.id));
  // stand-ins, only for questions the flaw check dropped
  const none = (ids: string | string[]) => ![ids].flat().some((id) => shipped.has(id));
  for (const d of drafts)
    if (d.fallbackFor && none(d.fallbackFor) && judge(d)) {
      passed.push(d);
      shipped.add(d.question.id);
    }
  const asked = (p: Pair) =>
    p.standsInFor !== undefined && (shipped.has(p.standsInFor) || (p.alsoFor ?? []).some((id) => shipped.has(id)));
  const statements = pairs
    .filter((p) => !p.fallbackOnly || (p.standsInFor !== undefined && !asked(p)))
    .map((p) => {
      const truth = judge(p.truth) ? p.truth : undefined;
      const falsehood = p.falsehood && judge(p.falsehood) ? p.falsehood : undefined;
      const mustBeTrue = p.standsInFor !== undefined && !asked(p);
      return { identity: p.identity, truth, falsehood, mustBeTrue };
    })
    .filter((p) => p.truth || p.falsehood);
  passed.push(...balanceTrueFalse(statements));
  return passed;
}

/** Article order, then place in the article, kind and id. */
function inReadingOrder(drafts: Draft[]): Draft[] {
  const key = new Map(
    drafts.map((d) => [
      d,
      `${d.question.source.article}\u0000${String(d.question.source.start).padStart(9, "0")}\u0000${d.question.kind}\u0000${d.question.id}`,
    ]),
  );
  return drafts.slice().sort((a, b) => (key.get(a)! < key.get(b)! ? -1 : key.get(a)! > key.get(b)! ? 1 : 0));
}

function sentenceIndex(corpus: Corpus, q: QuizQuestion): number {
  const s = corpus.contexts.get(q.source.article)?.sentences;
  return s ? s.findIndex((x) => x.start <= q.source.start && q.source.start < x.end) : -1;
}

export function generateQuestions(facts: ArticleFacts[], opts: GenerateOptions = {}): GenerateResult {
  const corpus = buildCorpus(facts, (opts.articles ?? []).map(toContext));
  const errors: string[] = [];
  const only = opts.only;
  const { drafts, pairs } = candidateDrafts(corpus, errors, only ? (slug) => only.has(slug) : undefined);
  const dropped: DroppedQuestion[] = [];
  const held: DroppedQuestion[] = [];
  const deduped = dropNearDuplicates(inReadingOrder(judged(corpus, drafts, pairs, { dropped, held })));
  for (const { draft, of } of deduped.duplicates)
    dropped.push({ question: draft.question, reasons: [`near-duplicate of ${of}`] });
  const kept = trimTrueStatements(deduped.kept);
  balancePositions(kept);
  const sites = lostDashSites(corpusText(corpus).raw);
  const questions = kept.map((d) => {
    if (d.question.kind !== "matching" && d.question.kind !== "ordering") {
      // the builder's own signal (e.g. a quote's later sentences) lowers the position-based one
      d.prominence = prominenceOf(sentenceIndex(corpus, d.question), 0) - (d.prominence < 0.5 ? 0.2 : 0);
    }
    return { ...withLostDashes(d.question, sites), difficulty: difficultyOf(d) };
  });
  for (const h of held) h.question = withLostDashes(h.question, sites);
  const byId = (a: DroppedQuestion, b: DroppedQuestion) =>
    a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0;
  dropped.sort(byId);
  held.sort(byId);
  return { questions, dropped, held, errors };
}
