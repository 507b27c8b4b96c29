import "server-only";
import { createHash } from "node:crypto";
import { GENERATOR_VERSION, type QuizQuestion } from "@/lib/quiz";
import {
  countArticles,
  listArticleSources,
  listLibraryFacts,
  listStaleArticles,
  syncGeneratedQuestions,
  type GeneratedVersion,
  type QuestionSyncSummary,
} from "@/db/queries/questions";
import { runPipeline, type PipelineRequest, type PipelineResult } from "./pipeline";

/** Runs the pipeline somewhere: on this thread (scripts, tests) or in a worker (the server). */
export type PipelineRunner = (request: PipelineRequest) => Promise<PipelineResult>;

export const inlineRunner: PipelineRunner = async (request) => runPipeline(request);

function versionOf(q: QuizQuestion): GeneratedVersion {
  const content = {
    prompt: q.prompt,
    options: q.options ?? null,
    left: q.left ?? null,
    right: q.right ?? null,
    items: q.items ?? null,
    difficulty: q.difficulty ?? null,
    answer: q.answer,
    accept: q.accept ?? null,
    explanation: q.explanation,
    sourceSentence: q.source.sentence,
    sourceStart: q.source.start,
    sourceEnd: q.source.end,
  };
  return { ...content, contentHash: createHash("sha256").update(JSON.stringify(content)).digest("hex") };
}

type Source = { id: string; slug: string; contentHash: string };

async function store(sources: Source[], result: PipelineResult): Promise<QuestionSyncSummary> {
  const bySlug = new Map(sources.map((a) => [a.slug, a]));
  const sure = new Set(result.questions.map((q) => q.id));
  return syncGeneratedQuestions({
    facts: result.articles.map((a) => ({
      articleId: bySlug.get(a.slug)!.id,
      facts: a.facts,
      context: a.context,
      contentHash: bySlug.get(a.slug)!.contentHash,
    })),
    generated: [
      ...result.questions.map((q) => ({ question: q, held: undefined })),
      // a held question never shares an id with a sure one; the check keeps one row per id whatever happens
      ...result.held.filter((h) => !sure.has(h.question.id)).map((h) => ({ question: h.question, held: h.reasons })),
    ].map(({ question, held }) => ({
      articleId: bySlug.get(question.source.article)!.id,
      question,
      version: versionOf(question),
      held,
    })),
    generatorVersion: GENERATOR_VERSION,
  });
}

export type RegenerateSummary = QuestionSyncSummary & { articles: number };

/**
 * Runs the content pipeline over every stored article together (distractors
 * and entities are shared across articles) and stores the facts and questions.
 * Needed when the pipeline itself changed (GENERATOR_VERSION); one article
 * added or changed goes through regenerateArticles instead.
 */
export async function regenerateQuestions(run: PipelineRunner = inlineRunner): Promise<RegenerateSummary> {
  const sources = await listArticleSources();
  const result = await run({ kind: "library", inputs: sources.map((a) => ({ slug: a.slug, text: a.sourceText })) });
  return { ...(await store(sources, result)), articles: sources.length };
}

/**
 * These articles' facts and questions (added or changed together, so one may
 * define what another mentions), against the stored facts of the rest of the
 * library: only their questions are written.
 */
export async function regenerateArticles(
  articleIds: readonly string[],
  run: PipelineRunner = inlineRunner,
): Promise<RegenerateSummary> {
  if (articleIds.length === 0) return NOTHING;
  const sources = await listArticleSources(articleIds);
  if (sources.length === 0) return NOTHING;
  const library = await listLibraryFacts(sources.map((s) => s.id));
  const inputs = sources.map((s) => ({ slug: s.slug, text: s.sourceText }));
  const result = await run({ kind: "articles", inputs, library });
  return { ...(await store(sources, result)), articles: sources.length };
}

export const regenerateArticle = (articleId: string, run: PipelineRunner = inlineRunner) =>
  regenerateArticles([articleId], run);

export const NOTHING: RegenerateSummary = { added: 0, changed: 0, retired: 0, restored: 0, unchanged: 0, articles: 0 };

/**
 * What the library needs now: nothing when every article's questions come
 * from its current text and this pipeline version; the changed articles
 * together, against the rest, when only content changed; the whole library once when the pipeline
 * version changed (`full`, which the server runs in the background).
 */
export type RegenerationPlan = {
  full: boolean;
  /** no article has questions yet (a new database): there is nothing to serve meanwhile */
  fresh: boolean;
  articleIds: string[];
};

export async function planRegeneration(): Promise<RegenerationPlan> {
  const stale = await listStaleArticles(GENERATOR_VERSION);
  const fresh = stale.length > 0 && stale.length === (await countArticles());
  // a library never generated at all is built in one pass, as the CLI builds it
  return { full: fresh || stale.some((a) => a.outdated), fresh, articleIds: stale.map((a) => a.id) };
}

/** Brings the stored questions up to date with the least work (see planRegeneration). */
export async function regenerateWhatChanged(
  run: PipelineRunner = inlineRunner,
  plan?: RegenerationPlan,
): Promise<RegenerateSummary> {
  plan ??= await planRegeneration();
  if (plan.full) return regenerateQuestions(run);
  return regenerateArticles(plan.articleIds, run);
}
