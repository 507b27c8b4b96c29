/**
 * Which review cards count as due now, and which question asks about a due fact.
 *
 * FSRS's learning steps bring a missed fact back after one minute. Like Anki's
 * "learn ahead" limit, cards due within the next five minutes are served now,
 * so a student who has just finished a quiz can practise what they missed at
 * once instead of waiting for the clock. Five minutes, not ten: a fact answered
 * right is next due in ten minutes and should not come straight back.
 */
import type { QuestionKind } from "@/lib/quiz/types";
import type { Rng } from "@/lib/random";

export const LEARN_AHEAD_MS = 5 * 60 * 1000;
export const REVIEW_LENGTH = 10;

export function dueHorizon(now: Date): Date {
  return new Date(now.getTime() + LEARN_AHEAD_MS);
}

type Candidate = { questionId: string; version: number; kind: QuestionKind };

/** One question per due fact, of a different kind than last time where there is one. */
export function pickReviewQuestions(
  facts: { factId: string; lastKind: QuestionKind | null; candidates: Candidate[] }[],
  rng: Rng = Math.random,
): Candidate[] {
  const picked: Candidate[] = [];
  const used = new Set<string>();
  for (const f of facts) {
    const fresh = f.candidates.filter((c) => !used.has(c.questionId));
    if (fresh.length === 0) continue;
    const different = fresh.filter((c) => c.kind !== f.lastKind);
    const pool = different.length > 0 ? different : fresh;
    const choice = pool[Math.floor(rng() * pool.length)]!;
    used.add(choice.questionId);
    picked.push(choice);
  }
  return picked;
}
