import "server-only";
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { AGS_SCOPE } from "@/lib/lti/claims";
import { selectAttempts } from "@/lib/teach/attempt-policy";
import { db } from "../../index";
import { selectRows } from "../../rows";
import {
  assignments,
  attempts,
  classes,
  ltiPlatforms,
  ltiResourceLinks,
  ltiScoreOutbox,
  ltiUsers,
  users,
} from "../../schema";

type Executor = Pick<typeof db, "execute">;

/**
 * Makes a grade due for every LMS activity that opens the assignment of each
 * finished attempt `which` selects and can take scores, on the platform where
 * the attempt's student has an LMS identity. A row that exists already is
 * bumped (a newer score supersedes what was owed); several bumps before the
 * sender runs cost one post.
 */
async function enqueue(executor: Executor, which: SQL): Promise<void> {
  await executor.execute(sql`
    insert into lti_score_outbox (platform_id, resource_link_id, assignment_id, user_id, due_at)
    select distinct rl.platform_id, rl.resource_link_id, rl.assignment_id, lu.user_id, now()
    from attempts a
    join lti_resource_links rl on rl.assignment_id = a.assignment_id
    join lti_users lu on lu.platform_id = rl.platform_id and lu.user_id = a.user_id
    where a.status = 'finished' and ${which}
      and rl.ags_scopes ? ${AGS_SCOPE.score}
      and (rl.line_item_url is not null or (rl.line_items_url is not null and rl.ags_scopes ? ${AGS_SCOPE.lineItem}))
    on conflict (platform_id, resource_link_id, user_id)
    do update set generation = lti_score_outbox.generation + 1, due_at = now()`);
}

const uuidList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * The grades these just-finished attempts owe their LMSs. Every path that
 * finishes attempts calls it inside its own transaction, so a finished
 * attempt and the grade it owes commit together.
 */
export async function enqueueScoresForAttempts(executor: Executor, attemptIds: readonly string[]): Promise<void> {
  if (attemptIds.length > 0) await enqueue(executor, sql`a.id in (${uuidList(attemptIds)})`);
}

/** For regrading: every student of the assignment (or those named) owes their LMSs a fresh score. */
export async function enqueueAssignmentScores(input: { assignmentId: string; userIds?: readonly string[] }) {
  if (input.userIds?.length === 0) return;
  const only = input.userIds ? sql`and a.user_id in (${uuidList(input.userIds)})` : sql``;
  await enqueue(db, sql`a.assignment_id = ${input.assignmentId}::uuid ${only}`);
}

export type DueScore = {
  id: number;
  generation: number;
  tries: number;
  platformId: string;
  resourceLinkId: string;
  assignmentId: string;
  userId: string;
};

/**
 * Takes up to `limit` due grades for this sender for `leaseMs`: rows another
 * server holds are skipped, and a sender that dies lets its lease lapse.
 */
export async function claimDueScores(input: { now: Date; limit: number; leaseMs: number }): Promise<DueScore[]> {
  const until = new Date(input.now.getTime() + input.leaseMs);
  const rows = await selectRows<DueScore>(sql`
    update lti_score_outbox o set locked_until = ${until.toISOString()}::timestamptz
    where o.id in (
      select id from lti_score_outbox
      where due_at <= ${input.now.toISOString()}::timestamptz
        and (locked_until is null or locked_until < ${input.now.toISOString()}::timestamptz)
      order by due_at
      limit ${input.limit}
      for update skip locked)
    returning o.id, o.generation, o.tries, o.platform_id as "platformId", o.resource_link_id as "resourceLinkId",
      o.assignment_id as "assignmentId", o.user_id as "userId"`);
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** Everything one post needs: where to, for whom, and the score the assignment's policy counts now. */
export async function scoreToSend(row: Pick<DueScore, "platformId" | "resourceLinkId" | "assignmentId" | "userId">) {
  const [target] = await db
    .select({
      platform: ltiPlatforms,
      sub: ltiUsers.sub,
      lineItemUrl: ltiResourceLinks.lineItemUrl,
      lineItemsUrl: ltiResourceLinks.lineItemsUrl,
      title: assignments.title,
      maximum: assignments.questionCount,
      policy: assignments.attemptPolicy,
    })
    .from(ltiResourceLinks)
    .innerJoin(ltiPlatforms, eq(ltiPlatforms.id, ltiResourceLinks.platformId))
    .innerJoin(ltiUsers, and(eq(ltiUsers.platformId, ltiPlatforms.id), eq(ltiUsers.userId, row.userId)))
    .innerJoin(assignments, eq(assignments.id, ltiResourceLinks.assignmentId))
    .where(
      and(eq(ltiResourceLinks.platformId, row.platformId), eq(ltiResourceLinks.resourceLinkId, row.resourceLinkId)),
    );
  if (!target) return null;
  const finished = await db
    .select({
      id: attempts.id,
      userId: attempts.userId,
      startedAt: attempts.startedAt,
      finishedAt: attempts.finishedAt,
      score: attempts.score,
    })
    .from(attempts)
    .where(
      and(
        eq(attempts.assignmentId, row.assignmentId),
        eq(attempts.userId, row.userId),
        eq(attempts.status, "finished"),
        isNotNull(attempts.finishedAt),
      ),
    );
  const [counted] = selectAttempts(
    finished.map((a) => ({ ...a, finishedAt: a.finishedAt!, score: a.score ?? 0 })),
    target.policy,
  );
  return counted ? { ...target, score: counted.score } : null;
}

/** The grade reached the platform: done, unless a newer one came in while it was on its way. */
export async function markScoreSent(input: { id: number; generation: number; score: number; now: Date }) {
  await db
    .update(ltiScoreOutbox)
    .set({
      sentScore: input.score,
      sentAt: input.now,
      lastTriedAt: input.now,
      lastError: null,
      tries: 0,
      lockedUntil: null,
      dueAt: sql`case when ${ltiScoreOutbox.generation} = ${input.generation} then null else ${ltiScoreOutbox.dueAt} end`,
    })
    .where(eq(ltiScoreOutbox.id, input.id));
}

/** Nothing to post (no finished attempt counts, or the activity is gone): settled, with the reason kept. */
export async function markScoreSkipped(input: { id: number; generation: number; reason: string; now: Date }) {
  await db
    .update(ltiScoreOutbox)
    .set({
      lastError: input.reason,
      lastTriedAt: input.now,
      lockedUntil: null,
      dueAt: sql`case when ${ltiScoreOutbox.generation} = ${input.generation} then null else ${ltiScoreOutbox.dueAt} end`,
    })
    .where(eq(ltiScoreOutbox.id, input.id));
}

/** The post failed: due again after the backoff, with the reason kept for the instructor. */
export async function markScoreFailed(input: { id: number; error: string; retryAt: Date; now: Date }) {
  await db
    .update(ltiScoreOutbox)
    .set({
      tries: sql`${ltiScoreOutbox.tries} + 1`,
      lastError: input.error.slice(0, 500),
      lastTriedAt: input.now,
      lockedUntil: null,
      dueAt: input.retryAt,
    })
    .where(eq(ltiScoreOutbox.id, input.id));
}

/** The grades an assignment owes or has sent to LMSs, for its instructor's results page. */
export async function listScoreSync(input: { assignmentId: string; instructorId: string }) {
  return db
    .select({
      id: ltiScoreOutbox.id,
      student: users.name,
      platform: ltiPlatforms.name,
      dueAt: ltiScoreOutbox.dueAt,
      tries: ltiScoreOutbox.tries,
      lastError: ltiScoreOutbox.lastError,
      lastTriedAt: ltiScoreOutbox.lastTriedAt,
      sentScore: ltiScoreOutbox.sentScore,
      sentAt: ltiScoreOutbox.sentAt,
    })
    .from(ltiScoreOutbox)
    .innerJoin(assignments, eq(assignments.id, ltiScoreOutbox.assignmentId))
    .innerJoin(classes, and(eq(classes.id, assignments.classId), eq(classes.instructorId, input.instructorId)))
    .innerJoin(users, eq(users.id, ltiScoreOutbox.userId))
    .innerJoin(ltiPlatforms, eq(ltiPlatforms.id, ltiScoreOutbox.platformId))
    .where(eq(ltiScoreOutbox.assignmentId, input.assignmentId))
    .orderBy(asc(users.name));
}

/** Whether any LMS activity opens this assignment (the results page then shows grade passback). */
export async function assignmentHasLtiLinks(assignmentId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: ltiResourceLinks.resourceLinkId })
    .from(ltiResourceLinks)
    .where(eq(ltiResourceLinks.assignmentId, assignmentId))
    .limit(1);
  return Boolean(row);
}

/** "Retry now": the assignment's unsent grades become due at once (its instructor only). */
export async function retryScoresNow(input: { assignmentId: string; instructorId: string }): Promise<number> {
  const owned = db
    .select({ id: assignments.id })
    .from(assignments)
    .innerJoin(classes, and(eq(classes.id, assignments.classId), eq(classes.instructorId, input.instructorId)))
    .where(eq(assignments.id, input.assignmentId));
  const rows = await db
    .update(ltiScoreOutbox)
    .set({ dueAt: new Date() })
    .where(and(inArray(ltiScoreOutbox.assignmentId, owned), isNotNull(ltiScoreOutbox.dueAt)))
    .returning({ id: ltiScoreOutbox.id });
  return rows.length;
}
