import "server-only";
import { and, desc, eq, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { ReportReason, ReportResolution } from "@/lib/kinds";
import { db, type Db } from "../index";
import { articles, attemptItems, attempts, questionReports, questions, questionVersions, users } from "../schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type ReportResult = { status: "ok" } | { status: "duplicate" } | { status: "not_in_attempt" };

/**
 * Stores a student's report of the question version at this position of their
 * own attempt. The version comes from the attempt, never from the form, so a
 * student can only report what they were given; the unique index makes a
 * second report of the same version a no-op that says so.
 */
export async function reportQuestion(input: {
  userId: string;
  attemptId: string;
  position: number;
  reason: ReportReason;
  comment: string | null;
}): Promise<ReportResult> {
  const [item] = await db
    .select({ questionId: attemptItems.questionId, version: attemptItems.version })
    .from(attemptItems)
    .innerJoin(attempts, eq(attempts.id, attemptItems.attemptId))
    .where(
      and(
        eq(attemptItems.attemptId, input.attemptId),
        eq(attemptItems.position, input.position),
        eq(attempts.userId, input.userId),
      ),
    );
  if (!item) return { status: "not_in_attempt" };
  const stored = await db
    .insert(questionReports)
    .values({ ...item, userId: input.userId, attemptId: input.attemptId, reason: input.reason, comment: input.comment })
    .onConflictDoNothing()
    .returning({ id: questionReports.id });
  return stored.length > 0 ? { status: "ok" } : { status: "duplicate" };
}

/**
 * The questions a student has reported and no instructor has looked at yet:
 * SQL for "this question is not one of them", used where practice and review
 * pick questions.
 */
export const notReportedBy = (userId: string): SQL =>
  sql`not exists (select 1 from question_reports r where r.question_id = ${questions.id}
    and r.user_id = ${userId} and r.resolution is null)`;

/**
 * Which reports an instructor sees: those made in an assignment of one of
 * their classes, and those made in practice or review by a student enrolled
 * in one of their classes. A report from another instructor's assignment
 * stays with that instructor.
 */
const visibleTo = (instructorId: string): SQL => sql`(
  exists (select 1 from attempts t join assignments s on s.id = t.assignment_id join classes c on c.id = s.class_id
    where t.id = ${questionReports.attemptId} and c.instructor_id = ${instructorId})
  or (
    not exists (select 1 from attempts t where t.id = ${questionReports.attemptId} and t.assignment_id is not null)
    and exists (select 1 from enrolments e join classes c on c.id = e.class_id
      where e.user_id = ${questionReports.userId} and c.instructor_id = ${instructorId})
  ))`;

const resolver = sql<string | null>`(select u.name from users u where u.id = ${questionReports.resolvedBy})`;

function reportRows(where: SQL | undefined) {
  return db
    .select({
      id: questionReports.id,
      questionId: questionReports.questionId,
      version: questionReports.version,
      prompt: questionVersions.prompt,
      articleSlug: articles.slug,
      reason: questionReports.reason,
      comment: questionReports.comment,
      student: users.name,
      createdAt: questionReports.createdAt,
      resolution: questionReports.resolution,
      resolvedAt: questionReports.resolvedAt,
      resolvedBy: resolver,
    })
    .from(questionReports)
    .innerJoin(users, eq(users.id, questionReports.userId))
    .innerJoin(
      questionVersions,
      and(
        eq(questionVersions.questionId, questionReports.questionId),
        eq(questionVersions.version, questionReports.version),
      ),
    )
    .innerJoin(questions, eq(questions.id, questionReports.questionId))
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(where)
    .orderBy(sql`${questionReports.resolution} is not null`, desc(questionReports.createdAt));
}

export type ReportView = Awaited<ReturnType<typeof reportRows>>[number];

/** Reports on an article's questions that this instructor may see, open ones first. */
export async function listArticleReports(input: { articleId: string; instructorId: string }): Promise<ReportView[]> {
  return reportRows(and(eq(questions.articleId, input.articleId), visibleTo(input.instructorId)));
}

/** Reports made in attempts of one assignment (the caller has checked the instructor owns it). */
export async function listAssignmentReports(assignmentId: string): Promise<ReportView[]> {
  return reportRows(
    inArray(
      questionReports.attemptId,
      db.select({ id: attempts.id }).from(attempts).where(eq(attempts.assignmentId, assignmentId)),
    ),
  );
}

/**
 * Closes the open reports on a question an edit or a retirement changed for
 * everyone: every student's, since every student now gets the new version or
 * none. `beforeVersion` limits an edit to the versions it replaced.
 */
export async function resolveQuestionReports(
  tx: Tx,
  input: {
    questionId: string;
    userId: string;
    resolution: Exclude<ReportResolution, "dismissed">;
    beforeVersion?: number;
  },
): Promise<void> {
  await tx
    .update(questionReports)
    .set({ resolution: input.resolution, resolvedBy: input.userId, resolvedAt: new Date() })
    .where(
      and(
        eq(questionReports.questionId, input.questionId),
        isNull(questionReports.resolution),
        input.beforeVersion === undefined ? undefined : lt(questionReports.version, input.beforeVersion),
      ),
    );
}

/**
 * Dismisses the open reports on a question that this instructor sees (their
 * students'): the question stays as it is and returns to those students'
 * practice. Returns how many were dismissed.
 */
export async function dismissReports(input: { questionId: string; instructorId: string }): Promise<number> {
  const rows = await db
    .update(questionReports)
    .set({ resolution: "dismissed", resolvedBy: input.instructorId, resolvedAt: new Date() })
    .where(
      and(
        eq(questionReports.questionId, input.questionId),
        isNull(questionReports.resolution),
        visibleTo(input.instructorId),
      ),
    )
    .returning({ id: questionReports.id });
  return rows.length;
}
