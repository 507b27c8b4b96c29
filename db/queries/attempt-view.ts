import "server-only";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { CHOICE_TRUE_FALSE, inDisplayOrder } from "@/lib/learn/describe";
import { feedbackVisible } from "@/lib/learn/feedback";
import { closesAt } from "@/lib/teach/deadline";
import type { QuestionKind } from "@/lib/kinds";
import { describeAnswer } from "@/lib/quiz/answers";
import { db } from "../index";
import { itemVersion } from "./joins";
import { articles, assignments, attemptItems, attempts, questions, questionVersions } from "../schema";
import type { AttemptMode } from "./attempts";
import { finishOverdueAttempts } from "./deadlines";

// ---------------------------------------------------------------------------
// Reading an attempt. What a student may see before answering is selected for
// every item; the key, the explanation and the source only for items that are
// answered and whose feedback the student may see.

export type Choice = { id: string; text: string };

export type Feedback = {
  correct: boolean;
  score: number;
  correctAnswer: string[];
  acceptedAnswer: string | null;
  explanation: string;
  source: { sentence: string; href: string; articleTitle: string };
  /** This student has reported the version they were given (one report per version). */
  reported: boolean;
};

export type AttemptItemView = {
  position: number;
  kind: QuestionKind;
  prompt: string;
  choices: Choice[];
  left: Choice[];
  right: Choice[];
  items: Choice[];
  articleTitle: string;
  answered: null | { response: unknown; yourAnswer: string[]; feedback: Feedback | null };
};

export type AttemptView = {
  id: string;
  mode: AttemptMode;
  assignmentId: string | null;
  title: string;
  status: "in_progress" | "finished";
  questionCount: number;
  score: number | null;
  startedAt: Date;
  finishedAt: Date | null;
  feedbackVisible: boolean;
  dueAt: Date | null;
  /** When the assignment stops taking work (null: practice, review, or no due date). */
  closesAt: Date | null;
  late: boolean;
  autoFinished: boolean;
  items: AttemptItemView[];
};

async function attemptHeader(attemptId: string, userId: string) {
  const [a] = await db
    .select({
      id: attempts.id,
      mode: attempts.mode,
      assignmentId: attempts.assignmentId,
      title: attempts.title,
      status: attempts.status,
      questionCount: attempts.questionCount,
      score: attempts.score,
      startedAt: attempts.startedAt,
      finishedAt: attempts.finishedAt,
      late: attempts.late,
      autoFinished: attempts.autoFinished,
      feedbackTiming: assignments.feedbackTiming,
      dueAt: assignments.dueAt,
      graceMinutes: assignments.graceMinutes,
      lateUntil: assignments.lateUntil,
    })
    .from(attempts)
    .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .where(and(eq(attempts.id, attemptId), eq(attempts.userId, userId)));
  return a ?? null;
}

const sourceHref = (slug: string, start: number, end: number) => `/articles/${slug}?s=${start}-${end}#src`;

/** One of the user's attempts as the quiz and summary pages show it, or null when it is not theirs. */
export async function getAttemptView(input: {
  attemptId: string;
  userId: string;
  now?: Date;
  /** Only this item (what an answer's reply needs): the same view of it, without reading the rest. */
  position?: number;
}): Promise<AttemptView | null> {
  const now = input.now ?? new Date();
  let a = await attemptHeader(input.attemptId, input.userId);
  if (!a) return null;
  // An assignment attempt left open past the close is finished on the next look at it.
  if (a.status === "in_progress" && a.dueAt && (await finishOverdueAttempts({ now, attemptId: a.id })) > 0) {
    a = (await attemptHeader(input.attemptId, input.userId))!;
  }
  const visible = feedbackVisible({ ...a, graceMinutes: a.graceMinutes ?? 0 }, now);
  const onlyPosition = input.position === undefined ? undefined : eq(attemptItems.position, input.position);
  const rows = await db
    .select({
      position: attemptItems.position,
      displayOrder: attemptItems.displayOrder,
      response: attemptItems.response,
      correct: attemptItems.correct,
      score: attemptItems.score,
      acceptedAnswer: attemptItems.acceptedAnswer,
      answeredAt: attemptItems.answeredAt,
      kind: questions.kind,
      prompt: questionVersions.prompt,
      options: questionVersions.options,
      left: questionVersions.left,
      right: questionVersions.right,
      items: questionVersions.items,
      articleTitle: articles.title,
    })
    .from(attemptItems)
    .innerJoin(questions, eq(questions.id, attemptItems.questionId))
    .innerJoin(questionVersions, itemVersion)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(and(eq(attemptItems.attemptId, a.id), onlyPosition))
    .orderBy(asc(attemptItems.position));

  const revealed = visible
    ? await db
        .select({
          position: attemptItems.position,
          answer: questionVersions.answer,
          explanation: questionVersions.explanation,
          sourceSentence: questionVersions.sourceSentence,
          sourceStart: questionVersions.sourceStart,
          sourceEnd: questionVersions.sourceEnd,
          slug: articles.slug,
          reported: sql<boolean>`exists (select 1 from question_reports r where r.user_id = ${input.userId}
            and r.question_id = ${attemptItems.questionId} and r.version = ${attemptItems.version})`,
        })
        .from(attemptItems)
        .innerJoin(questions, eq(questions.id, attemptItems.questionId))
        .innerJoin(questionVersions, itemVersion)
        .innerJoin(articles, eq(articles.id, questions.articleId))
        .where(and(eq(attemptItems.attemptId, a.id), isNotNull(attemptItems.answeredAt), onlyPosition))
    : [];
  const secrets = new Map(revealed.map((r) => [r.position, r]));

  const items = rows.map((r): AttemptItemView => {
    const q = { kind: r.kind, options: r.options, left: r.left, right: r.right, items: r.items };
    const order = r.displayOrder;
    const secret = secrets.get(r.position);
    return {
      position: r.position,
      kind: r.kind,
      prompt: r.prompt,
      choices:
        r.kind === "true_false"
          ? CHOICE_TRUE_FALSE
          : r.kind === "single_choice"
            ? inDisplayOrder(r.options, order)
            : [],
      left: r.kind === "matching" ? (r.left ?? []) : [],
      right: r.kind === "matching" ? inDisplayOrder(r.right, order) : [],
      items: r.kind === "ordering" ? inDisplayOrder(r.items, order) : [],
      articleTitle: r.articleTitle,
      answered: r.answeredAt
        ? {
            response: r.response,
            yourAnswer: describeAnswer(q, r.response),
            feedback: secret
              ? {
                  correct: Boolean(r.correct),
                  score: r.score ?? 0,
                  correctAnswer: describeAnswer(q, secret.answer),
                  acceptedAnswer: r.acceptedAnswer,
                  explanation: secret.explanation,
                  source: {
                    sentence: secret.sourceSentence,
                    href: sourceHref(secret.slug, secret.sourceStart, secret.sourceEnd),
                    articleTitle: r.articleTitle,
                  },
                  reported: Boolean(secret.reported),
                }
              : null,
          }
        : null,
    };
  });
  return {
    id: a.id,
    mode: a.mode,
    assignmentId: a.assignmentId,
    title: a.title,
    status: a.status,
    questionCount: a.questionCount,
    score: a.score,
    startedAt: a.startedAt,
    finishedAt: a.finishedAt,
    feedbackVisible: visible,
    dueAt: a.dueAt,
    closesAt: closesAt({ dueAt: a.dueAt, graceMinutes: a.graceMinutes ?? 0, lateUntil: a.lateUntil }),
    late: a.late,
    autoFinished: a.autoFinished,
    items,
  };
}
