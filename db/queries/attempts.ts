import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { QuestionKind } from "@/lib/kinds";
import { displayOrderFor } from "@/lib/learn/display-order";
import { closesAt, isClosed, isLate, type DeadlineRules } from "@/lib/teach/deadline";
import { db } from "../index";
import { assignments, attemptItems, attempts, questions, questionVersions, type StoredOption } from "../schema";
import { finishOverdueAttempts } from "./deadlines";
import { notReportedBy } from "./reports";
import { enqueueScoresForAttempts } from "./lti/outbox";
import { isUsable } from "./usable";

export type AttemptMode = "practice" | "review" | "assignment";

export type CreateAttemptInput = {
  userId: string;
  mode: AttemptMode;
  title: string;
  assignmentId?: string;
  articleIds?: string[] | null;
  kinds?: string[];
  items: { questionId: string; version: number }[];
  now?: Date;
};

/** The assignment's opening date has not come yet. */
export class AssignmentNotOpenError extends Error {
  constructor(readonly opensAt: Date) {
    super("This assignment has not opened yet.");
    this.name = "AssignmentNotOpenError";
  }
}

/** The assignment takes no more work: its due date (or late-work cut-off) and grace have passed. */
export class AssignmentClosedError extends Error {
  constructor(readonly closedAt: Date) {
    super("This assignment has closed.");
    this.name = "AssignmentClosedError";
  }
}

export class AttemptLimitError extends Error {
  constructor(readonly allowed: number) {
    super(`All ${allowed} attempt${allowed === 1 ? "" : "s"} have been used.`);
    this.name = "AttemptLimitError";
  }
}

/**
 * Creates an attempt and its items in one transaction. Each item's choices are
 * shuffled here, on the server, and stored, so a reload shows the same order.
 * For an assignment, the assignment's own row decides (server clock): it must
 * be open and not closed, an open attempt is resumed rather than a second one
 * started, and the attempts allowed are not exceeded.
 */
export async function createAttempt(input: CreateAttemptInput): Promise<{ attemptId: string }> {
  if (input.items.length === 0) throw new Error("An attempt needs at least one question.");
  const now = input.now ?? new Date();
  // A refusal is returned from the transaction and thrown after it commits, so
  // that finishing an attempt left open past the close is kept.
  const created = await db.transaction(async (tx): Promise<{ attemptId: string } | { refused: Error }> => {
    if (input.assignmentId) {
      // One start at a time per student and assignment, so a double click or
      // two tabs cannot open two attempts or go past the attempts allowed.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${input.assignmentId}:${input.userId}`}))`);
      const [assignment] = await tx
        .select({
          opensAt: assignments.opensAt,
          dueAt: assignments.dueAt,
          graceMinutes: assignments.graceMinutes,
          lateUntil: assignments.lateUntil,
          attemptsAllowed: assignments.attemptsAllowed,
        })
        .from(assignments)
        .where(eq(assignments.id, input.assignmentId));
      if (!assignment) throw new Error(`No assignment ${input.assignmentId}.`);
      // An attempt left open past the close is finished first, never resumed.
      await finishOverdueAttempts({ now, assignmentId: input.assignmentId, userId: input.userId }, tx);
      if (assignment.opensAt > now) return { refused: new AssignmentNotOpenError(assignment.opensAt) };
      if (isClosed(assignment, now)) return { refused: new AssignmentClosedError(closesAt(assignment)!) };
      const previous = await tx
        .select({ id: attempts.id, status: attempts.status })
        .from(attempts)
        .where(and(eq(attempts.assignmentId, input.assignmentId), eq(attempts.userId, input.userId)));
      const open = previous.find((a) => a.status === "in_progress");
      if (open) return { attemptId: open.id };
      if (assignment.attemptsAllowed !== null && previous.length >= assignment.attemptsAllowed) {
        return { refused: new AttemptLimitError(assignment.attemptsAllowed) };
      }
    }
    const ids = [...new Set(input.items.map((i) => i.questionId))];
    const versions = await tx
      .select({
        questionId: questionVersions.questionId,
        version: questionVersions.version,
        kind: questions.kind,
        options: questionVersions.options,
        right: questionVersions.right,
        items: questionVersions.items,
        answer: questionVersions.answer,
      })
      .from(questionVersions)
      .innerJoin(questions, eq(questions.id, questionVersions.questionId))
      .where(inArray(questionVersions.questionId, ids));
    const byKey = new Map(versions.map((v) => [`${v.questionId}@${v.version}`, v]));
    const [attempt] = await tx
      .insert(attempts)
      .values({
        userId: input.userId,
        mode: input.mode,
        title: input.title,
        assignmentId: input.assignmentId ?? null,
        articleIds: input.articleIds ?? null,
        kinds: input.kinds ?? null,
        questionCount: input.items.length,
        startedAt: now,
      })
      .returning({ id: attempts.id });
    await tx.insert(attemptItems).values(
      input.items.map((item, position) => {
        const v = byKey.get(`${item.questionId}@${item.version}`);
        if (!v) throw new Error(`Question ${item.questionId} has no version ${item.version}.`);
        return {
          attemptId: attempt!.id,
          position,
          questionId: item.questionId,
          version: item.version,
          displayOrder: displayOrderFor(v),
        };
      }),
    );
    return { attemptId: attempt!.id };
  });
  if ("refused" in created) throw created.refused;
  return created;
}

/**
 * Closes an attempt and stores its score: the sum of its item scores (partial
 * credit for matching and ordering; unanswered items count 0). Only the owner
 * can finish it, and only once: a finished attempt is never changed again. An
 * assignment attempt finished after the due date (and grace) is marked late;
 * one whose assignment has already closed is finished as of the close.
 */
export async function finishAttempt(input: {
  attemptId: string;
  userId: string;
  now?: Date;
}): Promise<{ score: number; late: boolean; autoFinished: boolean; assignmentId: string | null } | null> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const mine = and(eq(attempts.id, input.attemptId), eq(attempts.userId, input.userId));
    const [a] = await tx
      .select({
        status: attempts.status,
        assignmentId: attempts.assignmentId,
        dueAt: assignments.dueAt,
        graceMinutes: assignments.graceMinutes,
        lateUntil: assignments.lateUntil,
      })
      .from(attempts)
      .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
      .where(mine)
      .for("update", { of: attempts });
    if (!a) return null;
    if (a.status === "in_progress") {
      const rules: DeadlineRules = { dueAt: a.dueAt, graceMinutes: a.graceMinutes ?? 0, lateUntil: a.lateUntil };
      if (isClosed(rules, now)) await finishOverdueAttempts({ now, attemptId: input.attemptId }, tx);
      else
        await tx
          .update(attempts)
          .set({
            status: "finished",
            finishedAt: now,
            late: isLate(rules, now),
            score: sql`(select coalesce(sum(ai.score), 0) from attempt_items ai where ai.attempt_id = "attempts"."id")`,
          })
          .where(mine);
      // The grade an LMS is owed commits with the attempt, so it cannot be lost between the two
      // (an attempt finished at the close queues its grade in finishOverdueAttempts).
      if (a.assignmentId && !isClosed(rules, now)) await enqueueScoresForAttempts(tx, [input.attemptId]);
    }
    const [done] = await tx
      .select({ score: attempts.score, late: attempts.late, autoFinished: attempts.autoFinished })
      .from(attempts)
      .where(mine);
    return {
      score: done!.score ?? 0,
      late: done!.late,
      autoFinished: done!.autoFinished,
      assignmentId: a.assignmentId,
    };
  });
}

// ---------------------------------------------------------------------------
// Lists.

export async function listAttempts(userId: string, limit = 50) {
  return db
    .select({
      id: attempts.id,
      mode: attempts.mode,
      title: attempts.title,
      status: attempts.status,
      questionCount: attempts.questionCount,
      score: attempts.score,
      startedAt: attempts.startedAt,
      finishedAt: attempts.finishedAt,
      answered: sql<number>`(select count(*)::int from attempt_items ai where ai.attempt_id = "attempts"."id" and ai.answered_at is not null)`,
    })
    .from(attempts)
    .where(eq(attempts.userId, userId))
    .orderBy(desc(attempts.startedAt))
    .limit(limit);
}

/** The newest unfinished practice or review attempt, to offer "carry on" (assignments are listed by their own page). */
export async function findInProgressAttempt(userId: string) {
  const [row] = await db
    .select({
      id: attempts.id,
      title: attempts.title,
      mode: attempts.mode,
      questionCount: attempts.questionCount,
      answered: sql<number>`(select count(*)::int from attempt_items ai where ai.attempt_id = "attempts"."id" and ai.answered_at is not null)`,
    })
    .from(attempts)
    .where(
      and(
        eq(attempts.userId, userId),
        eq(attempts.status, "in_progress"),
        inArray(attempts.mode, ["practice", "review"]),
      ),
    )
    .orderBy(desc(attempts.startedAt))
    .limit(1);
  return row ?? null;
}

export type QuizCandidate = {
  questionId: string;
  version: number;
  kind: QuestionKind;
  factId: string;
  factKind: string;
  articleId: string;
  prompt: string;
};

/**
 * Current versions of every usable question (not retired, not held back unapproved), from these articles
 * (null: every article) and kinds; with `userId`, not the questions that student reported and no instructor
 * has dealt with yet.
 */
export async function listQuizCandidates(input: {
  articleIds: string[] | null;
  kinds: string[];
  userId?: string;
}): Promise<QuizCandidate[]> {
  if (input.kinds.length === 0 || input.articleIds?.length === 0) return [];
  const where = [
    isUsable,
    ...(input.userId ? [notReportedBy(input.userId)] : []),
    inArray(questions.kind, input.kinds as QuestionKind[]),
    ...(input.articleIds ? [inArray(questions.articleId, input.articleIds)] : []),
  ];
  return db
    .select({
      questionId: questions.id,
      version: questions.currentVersion,
      kind: questions.kind,
      factId: questions.factId,
      factKind: questions.factKind,
      articleId: questions.articleId,
      prompt: questionVersions.prompt,
    })
    .from(questions)
    .innerJoin(
      questionVersions,
      and(eq(questionVersions.questionId, questions.id), eq(questionVersions.version, questions.currentVersion)),
    )
    .where(and(...where))
    .orderBy(asc(questions.id));
}

export type { StoredOption };
