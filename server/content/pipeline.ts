/**
 * The content pipeline as the library runs it, on plain data that can cross
 * to a worker thread and back: the whole library at once, or the articles
 * added or changed against the stored facts of the others. No database or framework imports,
 * so the worker bundle (scripts/build-worker.mjs) carries only lib/quiz.
 */
import { buildArticlesQuiz, buildQuiz, type QuizBuild, type StoredArticle } from "@/lib/quiz";
import { contextFromParsed, type ArticleContext, type QuizQuestion } from "@/lib/quiz/generate";
import type { ArticleFacts, ArticleInput } from "@/lib/quiz/types";
import { previewArticle, type ArticlePreview } from "@/lib/teach/article-preview";

export type PipelineResult = {
  /** per article, in the order of the input */
  articles: { slug: string; facts: ArticleFacts; context: ArticleContext }[];
  questions: QuizQuestion[];
  /** sound questions on facts the pipeline is not sure of, with its reasons: stored as drafts to check */
  held: { question: QuizQuestion; reasons: string[] }[];
};

export type PipelineRequest =
  { kind: "library"; inputs: ArticleInput[] } | { kind: "articles"; inputs: ArticleInput[]; library: StoredArticle[] };

function resultOf(build: QuizBuild): PipelineResult {
  return {
    articles: build.parsed.map((p, i) => ({
      slug: p.meta.slug,
      facts: build.facts[i]!,
      context: contextFromParsed(p),
    })),
    questions: build.questions,
    held: build.held,
  };
}

/** What an instructor sees before saving: the article alone through the pipeline. */
export type PreviewRequest = { kind: "preview"; slug: string; text: string; title: string };
export type { ArticlePreview };

export function runPreview(request: PreviewRequest): ArticlePreview {
  return previewArticle(request.slug, request.text, request.title);
}

export function runPipeline(request: PipelineRequest): PipelineResult {
  return resultOf(
    request.kind === "library" ? buildQuiz(request.inputs) : buildArticlesQuiz(request.inputs, request.library),
  );
}
