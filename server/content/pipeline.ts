/**
 * The content pipeline as the library runs it, on plain data that can cross
 * to a worker thread and back: the whole library at once, or one article
 * against the stored facts of the others. No database or framework imports,
 * so the worker bundle (scripts/build-worker.mjs) carries only lib/quiz.
 */
import { buildArticleQuiz, buildQuiz, type QuizBuild, type StoredArticle } from "@/lib/quiz";
import { contextFromParsed, type ArticleContext, type QuizQuestion } from "@/lib/quiz/generate";
import type { ArticleFacts, ArticleInput } from "@/lib/quiz/types";

export type PipelineResult = {
  /** per article, in the order of the input */
  articles: { slug: string; facts: ArticleFacts; context: ArticleContext }[];
  questions: QuizQuestion[];
};

export type PipelineRequest =
  { kind: "library"; inputs: ArticleInput[] } | { kind: "article"; input: ArticleInput; library: StoredArticle[] };

function resultOf(build: QuizBuild): PipelineResult {
  return {
    articles: build.parsed.map((p, i) => ({
      slug: p.meta.slug,
      facts: build.facts[i]!,
      context: contextFromParsed(p),
    })),
    questions: build.questions,
  };
}

export function runPipeline(request: PipelineRequest): PipelineResult {
  return resultOf(
    request.kind === "library" ? buildQuiz(request.inputs) : buildArticleQuiz(request.input, request.library),
  );
}
