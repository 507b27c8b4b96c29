import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { ExportArticle, ExportQuestion } from "@/lib/export";
import { db } from "../index";
import { isCurrentVersion } from "./joins";
import {
  articles,
  assignmentQuestions,
  assignments,
  classes,
  questions,
  questionVersions,
  type QuestionRow,
  type QuestionVersion,
} from "../schema";
import { isUsable } from "./usable";

export type ExportSource = { article: ExportArticle; questions: ExportQuestion[] };

/** What an exporter needs from a question version, in the shape lib/export takes. */
const versionColumns = {
  id: questions.id,
  kind: questions.kind,
  factId: questions.factId,
  factKind: questions.factKind,
  slug: articles.slug,
  articleTitle: articles.title,
  prompt: questionVersions.prompt,
  options: questionVersions.options,
  left: questionVersions.left,
  right: questionVersions.right,
  items: questionVersions.items,
  answer: questionVersions.answer,
  accept: questionVersions.accept,
  explanation: questionVersions.explanation,
  sourceSentence: questionVersions.sourceSentence,
  sourceStart: questionVersions.sourceStart,
  sourceEnd: questionVersions.sourceEnd,
  difficulty: questionVersions.difficulty,
};

type VersionRow = Pick<QuestionRow, "id" | "kind" | "factId" | "factKind"> &
  Pick<
    QuestionVersion,
    | "prompt"
    | "options"
    | "left"
    | "right"
    | "items"
    | "answer"
    | "accept"
    | "explanation"
    | "sourceSentence"
    | "sourceStart"
    | "sourceEnd"
    | "difficulty"
  > & { slug: string; articleTitle: string };

function toExportQuestion(row: VersionRow, articleTitle?: string): ExportQuestion {
  return {
    id: row.id,
    kind: row.kind,
    fact: { kind: row.factKind, id: row.factId },
    prompt: row.prompt,
    options: row.options ?? undefined,
    left: row.left ?? undefined,
    right: row.right ?? undefined,
    items: row.items ?? undefined,
    answer: row.answer,
    accept: row.accept,
    explanation: row.explanation,
    source: { article: row.slug, sentence: row.sourceSentence, start: row.sourceStart, end: row.sourceEnd },
    difficulty: row.difficulty ?? undefined,
    ...(articleTitle ? { articleTitle } : {}),
  };
}

/**
 * An article's questions at their current version, in reading order: the
 * approved ones, or (for a selection, which the exporter narrows down) every
 * question that is not retired.
 */
export async function getArticleExport(input: {
  slug: string;
  scope: "approved" | "selection";
}): Promise<ExportSource | null> {
  const [article] = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title })
    .from(articles)
    .where(eq(articles.slug, input.slug));
  if (!article) return null;
  const rows = await db
    .select(versionColumns)
    .from(questions)
    .innerJoin(questionVersions, isCurrentVersion)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(
      and(
        eq(questions.articleId, article.id),
        input.scope === "approved" ? eq(questions.status, "approved") : isUsable,
      ),
    )
    .orderBy(asc(questionVersions.sourceStart), asc(questions.kind), asc(questions.id));
  return { article: { slug: article.slug, title: article.title }, questions: rows.map((r) => toExportQuestion(r)) };
}

/**
 * An assignment's fixed question set, at the versions students answer, in its
 * order; only for the instructor whose class it is. The file is named after
 * the assignment, and each question cites its own article.
 */
export async function getAssignmentExport(input: {
  assignmentId: string;
  classId: string;
  instructorId: string;
}): Promise<ExportSource | null> {
  const [assignment] = await db
    .select({ id: assignments.id, title: assignments.title })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(
      and(
        eq(assignments.id, input.assignmentId),
        eq(assignments.classId, input.classId),
        eq(classes.instructorId, input.instructorId),
      ),
    );
  if (!assignment) return null;
  const rows = await db
    .select(versionColumns)
    .from(assignmentQuestions)
    .innerJoin(
      questionVersions,
      and(
        eq(questionVersions.questionId, assignmentQuestions.questionId),
        eq(questionVersions.version, assignmentQuestions.version),
      ),
    )
    .innerJoin(questions, eq(questions.id, assignmentQuestions.questionId))
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(eq(assignmentQuestions.assignmentId, assignment.id))
    .orderBy(asc(assignmentQuestions.position));
  return {
    article: { slug: assignment.title, title: assignment.title },
    questions: rows.map((r) => toExportQuestion(r, r.articleTitle)),
  };
}
