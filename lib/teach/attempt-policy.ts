/**
 * Which attempt of each student the results count. The SQL in
 * db/queries/results.ts orders the same way; this is the reference its tests
 * check against, and what the page and docs describe.
 */
export const ATTEMPT_POLICIES = ["first", "best", "last"] as const;
export type AttemptPolicy = (typeof ATTEMPT_POLICIES)[number];

export const POLICY_LABEL: Record<AttemptPolicy, string> = {
  first: "First attempt",
  best: "Best attempt",
  last: "Last attempt",
};

export const POLICY_RULE: Record<AttemptPolicy, string> = {
  first: "each student's first finished attempt (the earliest started)",
  best: "each student's highest-scoring finished attempt (the earlier one on a tie)",
  last: "each student's most recently finished attempt",
};

export type FinishedAttempt = {
  id: string;
  userId: string;
  startedAt: Date;
  finishedAt: Date;
  score: number;
};

function better(policy: AttemptPolicy, a: FinishedAttempt, b: FinishedAttempt): boolean {
  const t = (d: Date) => d.getTime();
  switch (policy) {
    case "first":
      return t(a.startedAt) !== t(b.startedAt) ? t(a.startedAt) < t(b.startedAt) : a.id < b.id;
    case "last":
      return t(a.finishedAt) !== t(b.finishedAt) ? t(a.finishedAt) > t(b.finishedAt) : a.id > b.id;
    case "best":
      if (a.score !== b.score) return a.score > b.score;
      return t(a.finishedAt) !== t(b.finishedAt) ? t(a.finishedAt) < t(b.finishedAt) : a.id < b.id;
  }
}

/** One attempt per student: the one the policy counts. */
export function selectAttempts<A extends FinishedAttempt>(attempts: readonly A[], policy: AttemptPolicy): A[] {
  const chosen = new Map<string, A>();
  for (const a of attempts) {
    const current = chosen.get(a.userId);
    if (!current || better(policy, a, current)) chosen.set(a.userId, a);
  }
  return [...chosen.values()];
}
