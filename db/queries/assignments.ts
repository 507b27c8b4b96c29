import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { hash32 } from "@/lib/random";
import { pickQuestions } from "@/lib/teach/pick-questions";
import type { AttemptPolicy } from "@/lib/teach/attempt-policy";
import { db } from "../index";
import {
  assignmentQuestions,
  assignments,
  attempts,
  classes,
  enrolments,
  questions,
  questionVersions,
  users,
} from "../schema";
import { closesAtOf, finishOverdueAttempts } from "./deadlines";
import { isUsable } from "./usable";

export type AssignmentInput = {
  instructorId: string;
  classId: string;
  title: string;
  /** null: every article */
  articleIds: string[] | null;
  kinds: string[];
  questionCount: number;
  opensAt: Date;
  dueAt: Date | null;
  /** Default 0: no grace. */
  graceMinutes?: number;
  /** Default null: no late work. */
  lateUntil?: Date | null;
  attemptsAllowed: number | null;
  feedbackTiming: "immediate" | "after_due";
  attemptPolicy: AttemptPolicy;
  useAllGenerated: boolean;
};

/** The questions an assignment may draw from: approved ones, or sure drafts too when asked; never retired or held back. */
function candidateFilter(input: Pick<AssignmentInput, "articleIds" | "kinds" | "useAllGenerated">) {
  return and(
    input.articleIds ? inArray(questions.articleId, input.articleIds) : undefined,
    inArray(questions.kind, input.kinds as (typeof questions.kind.enumValues)[number][]),
    input.useAllGenerated ? isUsable : eq(questions.status, "approved"),
  );
}

/** How many usable questions each status offers per kind, for the assignment form (held-back drafts do not count). */
export async function questionSupply() {
  return db
    .select({ kind: questions.kind, status: questions.status, n: count() })
    .from(questions)
    .where(isUsable)
    .groupBy(questions.kind, questions.status);
}

export type CreateAssignmentResult =
  | { status: "created"; assignmentId: string; questionCount: number }
  | { status: "not_found" }
  | { status: "not_enough"; available: number };

/**
 * Creates the assignment and fixes its question set (question id + current
 * version) in one transaction, so every student answers the same items.
 */
export async function createAssignment(input: AssignmentInput): Promise<CreateAssignmentResult> {
  return db.transaction(async (tx) => {
    const [owned] = await tx
      .select({ id: classes.id })
      .from(classes)
      .where(and(eq(classes.id, input.classId), eq(classes.instructorId, input.instructorId)));
    if (!owned) return { status: "not_found" as const };
    const candidates = await tx
      .select({
        id: questions.id,
        articleId: questions.articleId,
        factId: questions.factId,
        kind: questions.kind,
        version: questions.currentVersion,
        prompt: questionVersions.prompt,
      })
      .from(questions)
      .innerJoin(
        questionVersions,
        and(eq(questionVersions.questionId, questions.id), eq(questionVersions.version, questions.currentVersion)),
      )
      .where(candidateFilter(input));
    if (candidates.length === 0) return { status: "not_enough" as const, available: 0 };
    const picked = pickQuestions(
      candidates,
      input.questionCount,
      hash32(`${input.classId}:${input.title}:${Date.now()}`),
    );
    if (picked.length < input.questionCount) return { status: "not_enough" as const, available: picked.length };
    const [row] = await tx
      .insert(assignments)
      .values({
        classId: input.classId,
        title: input.title,
        articleIds: input.articleIds,
        kinds: input.kinds,
        questionCount: picked.length,
        opensAt: input.opensAt,
        dueAt: input.dueAt,
        graceMinutes: input.graceMinutes ?? 0,
        lateUntil: input.lateUntil ?? null,
        attemptsAllowed: input.attemptsAllowed,
        feedbackTiming: input.feedbackTiming,
        attemptPolicy: input.attemptPolicy,
        useAllGenerated: input.useAllGenerated,
      })
      .returning({ id: assignments.id });
    await tx
      .insert(assignmentQuestions)
      .values(picked.map((q, position) => ({ assignmentId: row!.id, position, questionId: q.id, version: q.version })));
    return { status: "created" as const, assignmentId: row!.id, questionCount: picked.length };
  });
}

/** The assignments of a class of this instructor (none for anyone else's class). */
export async function listAssignmentsForClass(input: { classId: string; instructorId: string }) {
  return db
    .select({
      id: assignments.id,
      title: assignments.title,
      questionCount: assignments.questionCount,
      opensAt: assignments.opensAt,
      dueAt: assignments.dueAt,
      attemptPolicy: assignments.attemptPolicy,
      finishedStudents: sql<number>`(
        select count(distinct a.user_id)::int from attempts a
        join enrolments e on e.class_id = assignments.class_id and e.user_id = a.user_id and e.removed_at is null
        where a.assignment_id = assignments.id and a.status = 'finished')`,
    })
    .from(assignments)
    .innerJoin(classes, and(eq(classes.id, assignments.classId), eq(classes.instructorId, input.instructorId)))
    .where(eq(assignments.classId, input.classId))
    .orderBy(desc(assignments.createdAt));
}

/** The assignment, only when it belongs to a class of this instructor. */
export async function getAssignmentForInstructor(input: {
  assignmentId: string;
  classId: string;
  instructorId: string;
}) {
  const [row] = await db
    .select({
      id: assignments.id,
      classId: assignments.classId,
      className: classes.name,
      title: assignments.title,
      articleIds: assignments.articleIds,
      kinds: assignments.kinds,
      questionCount: assignments.questionCount,
      opensAt: assignments.opensAt,
      dueAt: assignments.dueAt,
      graceMinutes: assignments.graceMinutes,
      lateUntil: assignments.lateUntil,
      attemptsAllowed: assignments.attemptsAllowed,
      feedbackTiming: assignments.feedbackTiming,
      attemptPolicy: assignments.attemptPolicy,
      useAllGenerated: assignments.useAllGenerated,
      createdAt: assignments.createdAt,
    })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(
      and(
        eq(assignments.id, input.assignmentId),
        eq(assignments.classId, input.classId),
        eq(classes.instructorId, input.instructorId),
      ),
    );
  return row ?? null;
}

export async function setAttemptPolicy(input: {
  assignmentId: string;
  instructorId: string;
  policy: AttemptPolicy;
}): Promise<boolean> {
  const rows = await db
    .update(assignments)
    .set({ attemptPolicy: input.policy })
    .where(
      and(
        eq(assignments.id, input.assignmentId),
        sql`exists (select 1 from classes c where c.id = assignments.class_id and c.instructor_id = ${input.instructorId})`,
      ),
    )
    .returning({ id: assignments.id });
  return rows.length > 0;
}

/**
 * An assignment as the enrolled student sees it, with their attempts; null
 * when not enrolled. An attempt left open past the close is finished first.
 */
export async function getAssignmentForStudent(input: { assignmentId: string; userId: string; now?: Date }) {
  const [row] = await db
    .select({
      id: assignments.id,
      title: assignments.title,
      className: classes.name,
      instructorName: users.name,
      questionCount: assignments.questionCount,
      opensAt: assignments.opensAt,
      dueAt: assignments.dueAt,
      graceMinutes: assignments.graceMinutes,
      lateUntil: assignments.lateUntil,
      attemptsAllowed: assignments.attemptsAllowed,
      feedbackTiming: assignments.feedbackTiming,
    })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(users, eq(users.id, classes.instructorId))
    .innerJoin(
      enrolments,
      and(eq(enrolments.classId, classes.id), eq(enrolments.userId, input.userId), isNull(enrolments.removedAt)),
    )
    .where(eq(assignments.id, input.assignmentId));
  if (!row) return null;
  await finishOverdueAttempts({ now: input.now ?? new Date(), assignmentId: row.id, userId: input.userId });
  const mine = await db
    .select({
      id: attempts.id,
      status: attempts.status,
      score: attempts.score,
      startedAt: attempts.startedAt,
      finishedAt: attempts.finishedAt,
      late: attempts.late,
      autoFinished: attempts.autoFinished,
    })
    .from(attempts)
    .where(and(eq(attempts.assignmentId, input.assignmentId), eq(attempts.userId, input.userId)))
    .orderBy(asc(attempts.startedAt));
  return { ...row, attempts: mine };
}

/** The fixed question set, in order: what createAttempt is given. */
export async function assignmentItems(assignmentId: string) {
  return db
    .select({ questionId: assignmentQuestions.questionId, version: assignmentQuestions.version })
    .from(assignmentQuestions)
    .where(eq(assignmentQuestions.assignmentId, assignmentId))
    .orderBy(asc(assignmentQuestions.position));
}

/**
 * Assignments a student can work on now: in their classes, open and not yet
 * closed (late work included where it is accepted). Each with how many
 * attempts they have used and whether one is finished.
 */
export async function listOpenAssignmentsForStudent(userId: string, now = new Date()) {
  return db
    .select({
      id: assignments.id,
      title: assignments.title,
      className: classes.name,
      questionCount: assignments.questionCount,
      dueAt: assignments.dueAt,
      graceMinutes: assignments.graceMinutes,
      lateUntil: assignments.lateUntil,
      attemptsAllowed: assignments.attemptsAllowed,
      attemptsUsed: sql<number>`(select count(*)::int from attempts a where a.assignment_id = assignments.id and a.user_id = ${userId})`,
      finished: sql<boolean>`exists (select 1 from attempts a where a.assignment_id = assignments.id and a.user_id = ${userId} and a.status = 'finished')`,
    })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(
      enrolments,
      and(eq(enrolments.classId, classes.id), eq(enrolments.userId, userId), isNull(enrolments.removedAt)),
    )
    .where(
      and(
        lte(assignments.opensAt, now),
        or(isNull(assignments.dueAt), sql`${closesAtOf("assignments")} > ${now}`),
        isNull(classes.archivedAt),
      ),
    )
    .orderBy(sql`${assignments.dueAt} asc nulls last`, asc(assignments.title));
}
