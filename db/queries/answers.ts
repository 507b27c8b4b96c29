import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { clampResponseMs } from "@/lib/learn/timing";
import { isClosed } from "@/lib/teach/deadline";
import { gradeAnswer, type Question } from "@/lib/quiz";
import { db } from "../index";
import { itemVersion } from "./joins";
import { assignments, attemptItems, attempts, questions, questionVersions } from "../schema";
import { getAttemptView, type AttemptItemView } from "./attempt-view";
import { finishOverdueAttempts } from "./deadlines";
import { recordReview } from "./reviews";

// ---------------------------------------------------------------------------
// Answering.

export type SubmitResult =
  | { status: "recorded" | "already_answered"; item: AttemptItemView }
  | { status: "not_found" }
  | { status: "finished" }
  | { status: "closed" };

/**
 * Grades and stores one answer, and schedules its fact for review. The same
 * answer sent twice (a double click, a retry after a dropped connection) is
 * stored once: the item is written only while `answered_at is null`, inside
 * one transaction with the review, so a second submission changes nothing and
 * gets the stored result back. An assignment that has closed (server clock)
 * takes no more answers: the attempt is finished as of the close instead.
 */
export async function submitAnswer(input: {
  attemptId: string;
  userId: string;
  position: number;
  response: unknown;
  responseMs?: unknown;
  now?: Date;
}): Promise<SubmitResult> {
  const now = input.now ?? new Date();
  const responseMs = clampResponseMs(input.responseMs);
  const outcome = await db.transaction(async (tx) => {
    // Locked, so a finish, the deadline sweep or a regrade (db/queries/regrade.ts) cannot slip between the
    // check and the write: the item is then read, and graded, at the version a regrade left it on.
    const [attempt] = await tx
      .select({
        id: attempts.id,
        status: attempts.status,
        dueAt: assignments.dueAt,
        graceMinutes: assignments.graceMinutes,
        lateUntil: assignments.lateUntil,
      })
      .from(attempts)
      .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
      .where(and(eq(attempts.id, input.attemptId), eq(attempts.userId, input.userId)))
      .for("update", { of: attempts });
    if (!attempt) return "not_found" as const;
    if (attempt.status !== "in_progress") return "finished" as const;
    const rules = { dueAt: attempt.dueAt, graceMinutes: attempt.graceMinutes ?? 0, lateUntil: attempt.lateUntil };
    if (isClosed(rules, now)) {
      await finishOverdueAttempts({ now, attemptId: attempt.id }, tx);
      return "closed" as const;
    }
    const [item] = await tx
      .select({
        questionId: attemptItems.questionId,
        answeredAt: attemptItems.answeredAt,
        kind: questions.kind,
        factId: questions.factId,
        factKind: questions.factKind,
        articleId: questions.articleId,
        options: questionVersions.options,
        left: questionVersions.left,
        right: questionVersions.right,
        items: questionVersions.items,
        answer: questionVersions.answer,
        accept: questionVersions.accept,
      })
      .from(attemptItems)
      .innerJoin(questions, eq(questions.id, attemptItems.questionId))
      .innerJoin(questionVersions, itemVersion)
      .where(and(eq(attemptItems.attemptId, attempt.id), eq(attemptItems.position, input.position)));
    if (!item) return "not_found" as const;
    if (item.answeredAt) return "already_answered" as const;

    const gradable = {
      kind: item.kind,
      options: item.options ?? undefined,
      left: item.left ?? undefined,
      right: item.right ?? undefined,
      items: item.items ?? undefined,
      answer: item.answer,
      accept: item.accept ?? undefined,
    } as Question & { accept?: string[] };
    const graded = gradeAnswer(gradable, input.response);
    const stored = await tx
      .update(attemptItems)
      .set({
        response: input.response as object,
        correct: graded.correct,
        score: graded.score,
        acceptedAnswer: graded.accepted ?? null,
        responseMs,
        answeredAt: now,
      })
      .where(
        and(
          eq(attemptItems.attemptId, attempt.id),
          eq(attemptItems.position, input.position),
          isNull(attemptItems.answeredAt),
        ),
      )
      .returning({ position: attemptItems.position });
    if (stored.length === 0) return "already_answered" as const;
    await recordReview(tx, {
      userId: input.userId,
      factId: item.factId,
      factKind: item.factKind,
      articleId: item.articleId,
      attemptId: attempt.id,
      kind: item.kind,
      correct: graded.correct,
      responseMs,
      now,
    });
    return "recorded" as const;
  });
  if (outcome === "not_found" || outcome === "finished" || outcome === "closed") return { status: outcome };
  const view = await getAttemptView({
    attemptId: input.attemptId,
    userId: input.userId,
    now,
    position: input.position,
  });
  const item = view?.items.find((i) => i.position === input.position);
  if (!item) return { status: "not_found" };
  return { status: outcome, item };
}
