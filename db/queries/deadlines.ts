import "server-only";
import { sql } from "drizzle-orm";
import { db, type Db } from "../index";
import { enqueueScoresForAttempts } from "./lti/outbox";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * An assignment's close and on-time instants in SQL, for the assignments row
 * named `t` (a fixed alias, never input); the same rules as
 * lib/teach/deadline.ts (closesAt, onTimeUntil).
 */
export const closesAtOf = (t: "s" | "assignments") =>
  sql.raw(`(greatest(${t}.due_at, coalesce(${t}.late_until, ${t}.due_at)) + ${t}.grace_minutes * interval '1 minute')`);
const CLOSES_AT = closesAtOf("s");
const ON_TIME_UNTIL = sql.raw(`(s.due_at + s.grace_minutes * interval '1 minute')`);

/**
 * Finishes the open attempts of assignments that have closed, as Moodle does:
 * with the answers saved by then, dated at the close (not when the server
 * noticed), marked late only if they hold an answer given after the on-time
 * deadline. Run lazily where an attempt is touched (narrowed to it) and by
 * the server's periodic sweep (all of them). A finished attempt is never
 * touched again, so running it twice changes nothing.
 */
export async function finishOverdueAttempts(
  input: { now: Date; attemptId?: string; userId?: string; assignmentId?: string },
  tx: Db | Tx = db,
): Promise<number> {
  const result = (await tx.execute(sql`
    update attempts a set
      status = 'finished',
      auto_finished = true,
      finished_at = ${CLOSES_AT},
      score = (select coalesce(sum(ai.score), 0) from attempt_items ai where ai.attempt_id = a.id),
      late = exists (select 1 from attempt_items ai where ai.attempt_id = a.id and ai.answered_at >= ${ON_TIME_UNTIL})
    from assignments s
    where s.id = a.assignment_id and a.status = 'in_progress' and s.due_at is not null
      and ${CLOSES_AT} <= ${input.now}
      ${input.attemptId ? sql`and a.id = ${input.attemptId}` : sql``}
      ${input.userId ? sql`and a.user_id = ${input.userId}` : sql``}
      ${input.assignmentId ? sql`and a.assignment_id = ${input.assignmentId}` : sql``}
    returning a.id`)) as unknown as { rows: { id: string }[] };
  // The grades LMSs are owed for these attempts commit with them (docs/lms.md).
  await enqueueScoresForAttempts(
    tx,
    result.rows.map((r) => r.id),
  );
  return result.rows.length;
}
