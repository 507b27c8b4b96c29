import "server-only";
import { createHash } from "node:crypto";
import { buildQuiz, type QuizQuestion } from "@/lib/quiz";
import {
  listArticleSources,
  syncGeneratedQuestions,
  type GeneratedVersion,
  type QuestionSyncSummary,
} from "@/db/queries/questions";

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

/**
 * Runs the content pipeline over every stored article together (distractors
 * and entities are shared across articles) and stores the facts and questions.
 */
export async function regenerateQuestions(): Promise<QuestionSyncSummary & { articles: number }> {
  const sources = await listArticleSources();
  const { facts, questions } = buildQuiz(sources.map((a) => ({ slug: a.slug, text: a.sourceText })));
  const idBySlug = new Map(sources.map((a) => [a.slug, a.id]));
  const summary = await syncGeneratedQuestions({
    facts: facts.map((f) => ({ articleId: idBySlug.get(f.article.slug)!, facts: f })),
    generated: questions.map((q) => ({
      articleId: idBySlug.get(q.source.article)!,
      question: q,
      version: versionOf(q),
    })),
  });
  return { ...summary, articles: sources.length };
}
