/**
 * Spaced repetition of facts with FSRS (ts-fsrs). Cards are plain JSON so they map
 * one-to-one onto DB columns; see docs/scheduling.md.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from "ts-fsrs";

export type CardState = "New" | "Learning" | "Review" | "Relearning";
const CARD_STATES: readonly string[] = ["New", "Learning", "Review", "Relearning"];
export type DateLike = Date | string;

export type StoredCard = {
  due: DateLike;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: DateLike | null;
};

/** What this module returns: dates as ISO strings, so JSON round-trips are lossless. */
export type SerializedCard = StoredCard & { due: string; lastReview: string | null };

export type GradeName = "Again" | "Hard" | "Good" | "Easy";

export type Outcome = { correct: boolean; responseMs: number; kind?: string };

/** One row for a review-log table. Memory fields are the card's values before this review, as ts-fsrs logs them. */
export type ReviewLogEntry = {
  rating: GradeName;
  state: CardState;
  due: string;
  review: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  correct: boolean;
  /** Null when the client sent no usable timing. */
  responseMs: number | null;
};

/**
 * Pinned rather than left to library defaults so an upgrade cannot silently move every
 * student's schedule. Fuzz is off so the same history always gives the same due dates.
 */
const scheduler = fsrs({
  request_retention: 0.9,
  maximum_interval: 36500,
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: ["1m", "10m"],
  // Like a new card: a miss comes back within the review page's learn-ahead window.
  relearning_steps: ["1m", "10m"],
});

/**
 * Typical time a student who knows the fact needs to answer, by question kind: reading
 * a statement is quicker than scanning four options, and matching/ordering mean several
 * decisions. Unknown kinds use `default`.
 */
export const EXPECTED_RESPONSE_MS: Readonly<Record<string, number>> = {
  true_false: 6_000,
  single_choice: 12_000,
  cloze: 15_000,
  matching: 30_000,
  ordering: 30_000,
  default: 15_000,
};

/** Right within half the expected time → Easy; right after more than twice it → Hard. */
const FAST_FACTOR = 0.5;
const SLOW_FACTOR = 2;

export function gradeOutcome(outcome: Outcome): GradeName {
  if (!outcome.correct) return "Again";
  const ms = outcome.responseMs;
  // A missing or nonsensical timing must not earn an Easy (which schedules days out).
  if (!Number.isFinite(ms) || ms <= 0) return "Good";
  const expected = EXPECTED_RESPONSE_MS[outcome.kind ?? "default"] ?? EXPECTED_RESPONSE_MS.default!;
  if (ms <= expected * FAST_FACTOR) return "Easy";
  if (ms > expected * SLOW_FACTOR) return "Hard";
  return "Good";
}

function toDate(d: DateLike, what: string): Date {
  const date = d instanceof Date ? new Date(d.getTime()) : new Date(d);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${what} is not a valid date: ${String(d)}`);
  return date;
}

function toCard(c: StoredCard): Card {
  if (!CARD_STATES.includes(c.state)) throw new RangeError(`unknown card state: ${String(c.state)}`);
  return {
    due: toDate(c.due, "due"),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: State[c.state],
    last_review: c.lastReview === null ? undefined : toDate(c.lastReview, "lastReview"),
  };
}

function fromCard(c: Card): SerializedCard {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: State[c.state] as CardState,
    lastReview: c.last_review ? c.last_review.toISOString() : null,
  };
}

/** A card for a fact the student has just met; due immediately. */
export function newCard(now: Date): SerializedCard {
  return fromCard(createEmptyCard(toDate(now, "now")));
}

export function reviewCard(
  card: StoredCard,
  outcome: Outcome,
  now: Date,
): { card: SerializedCard; log: ReviewLogEntry } {
  const rating = gradeOutcome(outcome);
  const { card: next, log } = scheduler.next(toCard(card), toDate(now, "now"), Rating[rating] as Grade);
  return {
    card: fromCard(next),
    log: {
      rating,
      state: State[log.state] as CardState,
      due: log.due.toISOString(),
      review: log.review.toISOString(),
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      correct: outcome.correct,
      responseMs: Number.isFinite(outcome.responseMs) && outcome.responseMs > 0 ? outcome.responseMs : null,
    },
  };
}

export function isDue(card: Pick<StoredCard, "due">, now: Date): boolean {
  return toDate(card.due, "due").getTime() <= toDate(now, "now").getTime();
}

export function dueCount(cards: Iterable<Pick<StoredCard, "due">>, now: Date): number {
  let count = 0;
  for (const c of cards) if (isDue(c, now)) count++;
  return count;
}
