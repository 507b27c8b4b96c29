import { closesAt, type DeadlineRules } from "@/lib/teach/deadline";

/**
 * When may a student see whether an answer was right? Practice and review:
 * at once. An assignment whose instructor chose "after the due date": only
 * once the assignment has closed (the due date, or the late-work cut-off,
 * plus the grace period), so no key is out while anyone may still answer;
 * with no due date set, once the attempt is finished.
 */
export type FeedbackPolicy = {
  mode: "practice" | "review" | "assignment";
  status: "in_progress" | "finished";
  feedbackTiming?: "immediate" | "after_due" | null;
} & Partial<DeadlineRules>;

export function feedbackVisible(p: FeedbackPolicy, now: Date): boolean {
  if (p.mode !== "assignment" || p.feedbackTiming !== "after_due") return true;
  const close = closesAt({ dueAt: p.dueAt ?? null, graceMinutes: p.graceMinutes ?? 0, lateUntil: p.lateUntil ?? null });
  if (close) return now.getTime() >= close.getTime();
  return p.status === "finished";
}
