/**
 * When may a student see whether an answer was right? Practice and review:
 * at once. An assignment whose instructor chose "after the due date": only once
 * the due date has passed (with no due date set, once the attempt is finished).
 */
export type FeedbackPolicy = {
  mode: "practice" | "review" | "assignment";
  status: "in_progress" | "finished";
  feedbackTiming?: "immediate" | "after_due" | null;
  dueAt?: Date | null;
};

export function feedbackVisible(p: FeedbackPolicy, now: Date): boolean {
  if (p.mode !== "assignment" || p.feedbackTiming !== "after_due") return true;
  if (p.dueAt) return now.getTime() >= p.dueAt.getTime();
  return p.status === "finished";
}
