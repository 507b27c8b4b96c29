/**
 * An assignment's deadline rules, on the server's clock:
 *
 * - work is on time until the due date plus the grace period;
 * - without late submission the assignment closes then; with it, it closes
 *   at `lateUntil` plus the grace period, and work after the on-time
 *   deadline is accepted and marked late;
 * - at the close, open attempts are finished with the answers saved by then.
 *
 * An assignment without a due date never closes.
 */
export type DeadlineRules = { dueAt: Date | null; graceMinutes: number; lateUntil: Date | null };

export const GRACE_CHOICES = [0, 5, 15, 30, 60] as const;

const plusGrace = (at: Date, graceMinutes: number) => new Date(at.getTime() + graceMinutes * 60_000);

/** Until when work counts as on time (null: no due date). */
export function onTimeUntil(r: DeadlineRules): Date | null {
  return r.dueAt ? plusGrace(r.dueAt, r.graceMinutes) : null;
}

/** When the assignment stops accepting work and open attempts are finished (null: never). */
export function closesAt(r: DeadlineRules): Date | null {
  if (!r.dueAt) return null;
  const end = r.lateUntil && r.lateUntil > r.dueAt ? r.lateUntil : r.dueAt;
  return plusGrace(end, r.graceMinutes);
}

export function isClosed(r: DeadlineRules, now: Date): boolean {
  const close = closesAt(r);
  return close !== null && now.getTime() >= close.getTime();
}

/** Whether work done at this moment is late (accepted only while the assignment is open). */
export function isLate(r: DeadlineRules, at: Date): boolean {
  const due = onTimeUntil(r);
  return due !== null && at.getTime() >= due.getTime();
}

/** Whether this assignment accepts late work at all. */
export const acceptsLateWork = (r: DeadlineRules) => Boolean(r.dueAt && r.lateUntil && r.lateUntil > r.dueAt);
