import { describe, expect, it } from "vitest";
import {
  dueCount,
  EXPECTED_RESPONSE_MS,
  gradeOutcome,
  isDue,
  newCard,
  reviewCard,
  type SerializedCard,
  type StoredCard,
} from "./index";

const t0 = new Date("2025-03-03T09:00:00.000Z");
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const dueIn = (card: StoredCard, from: Date) => new Date(card.due).getTime() - from.getTime();

// "Good" pace for a single-choice question: between 6 s and 24 s.
const right = { correct: true, responseMs: 10_000, kind: "single_choice" };
const wrong = { correct: false, responseMs: 10_000, kind: "single_choice" };

/** Answer right every time the card comes due; returns each new interval. */
function drill(card: SerializedCard, times: number, start: Date) {
  const intervals: number[] = [];
  let now = start;
  for (let i = 0; i < times; i++) {
    card = reviewCard(card, right, now).card;
    intervals.push(dueIn(card, now));
    now = new Date(card.due);
  }
  return { card, intervals, now };
}

describe("newCard", () => {
  it("is New, due now and JSON-safe", () => {
    const c = newCard(t0);
    expect(c).toMatchObject({ state: "New", reps: 0, lapses: 0, due: t0.toISOString(), lastReview: null });
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    expect(isDue(c, t0)).toBe(true);
  });
});

describe("reviewCard", () => {
  it("a wrong answer comes back within minutes, a right one later", () => {
    const c = newCard(t0);
    const afterWrong = reviewCard(c, wrong, t0);
    const afterRight = reviewCard(c, right, t0);
    expect(afterWrong.log.rating).toBe("Again");
    expect(dueIn(afterWrong.card, t0)).toBe(1 * MIN); // first learning step
    expect(afterRight.log.rating).toBe("Good");
    expect(dueIn(afterRight.card, t0)).toBe(10 * MIN); // second learning step
    expect(afterWrong.card.state).toBe("Learning");
  });

  it("repeated right answers grow the interval to days, then weeks", () => {
    const { card, intervals } = drill(newCard(t0), 6, t0);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    expect(card.state).toBe("Review");
    expect(card.reps).toBe(6);
    expect(intervals[2]!).toBeGreaterThanOrEqual(DAY);
    expect(intervals[5]!).toBeGreaterThan(30 * DAY);
  });

  it("forgetting a learnt card counts a lapse and relearns within minutes", () => {
    const { card, now, intervals } = drill(newCard(t0), 4, t0);
    expect(card.lapses).toBe(0);
    const { card: lapsed, log } = reviewCard(card, wrong, now);
    expect(lapsed).toMatchObject({ state: "Relearning", lapses: 1, reps: 5 });
    // Back as soon as a missed new card, so "Review now" offers it at once.
    expect(dueIn(lapsed, now)).toBe(1 * MIN);
    expect(log).toMatchObject({ rating: "Again", state: "Review", review: now.toISOString() });
    const step = reviewCard(lapsed, right, new Date(lapsed.due)).card;
    expect(step.state).toBe("Relearning");
    expect(dueIn(step, new Date(lapsed.due))).toBe(10 * MIN);
    // Relearnt, it returns to review at a shorter interval than before the lapse.
    const back = reviewCard(step, right, new Date(step.due)).card;
    expect(back.state).toBe("Review");
    expect(dueIn(back, new Date(step.due))).toBeLessThan(intervals[3]!);
  });

  it("is deterministic and accepts Date or ISO fields", () => {
    const { card, now } = drill(newCard(t0), 3, t0);
    const withDates: StoredCard = { ...card, due: new Date(card.due), lastReview: new Date(card.lastReview!) };
    expect(reviewCard(withDates, right, now)).toEqual(reviewCard(card, right, now));
    expect(reviewCard(card, right, now)).toEqual(reviewCard(JSON.parse(JSON.stringify(card)), right, now));
  });

  it("Easy skips learning, Hard schedules sooner than Good", () => {
    const c = newCard(t0);
    const easy = reviewCard(c, { correct: true, responseMs: 3_000, kind: "single_choice" }, t0);
    const hard = reviewCard(c, { correct: true, responseMs: 30_000, kind: "single_choice" }, t0);
    expect(easy.log.rating).toBe("Easy");
    expect(easy.card.state).toBe("Review");
    expect(dueIn(easy.card, t0)).toBeGreaterThanOrEqual(DAY);
    expect(hard.log.rating).toBe("Hard");
    expect(dueIn(hard.card, t0)).toBeLessThan(10 * MIN);
  });

  it("rejects corrupt rows", () => {
    expect(() => reviewCard({ ...newCard(t0), due: "not a date" }, right, t0)).toThrow(RangeError);
    expect(() => reviewCard({ ...newCard(t0), state: "Done" as never }, right, t0)).toThrow(RangeError);
    expect(() => reviewCard({ ...newCard(t0), state: "0" as never }, right, t0)).toThrow(RangeError);
  });
});

describe("gradeOutcome thresholds, relative to the question kind", () => {
  it("single_choice: expected 12 s → Easy ≤ 6 s, Hard > 24 s", () => {
    const g = (ms: number) => gradeOutcome({ correct: true, responseMs: ms, kind: "single_choice" });
    expect(g(6_000)).toBe("Easy");
    expect(g(6_001)).toBe("Good");
    expect(g(24_000)).toBe("Good");
    expect(g(24_001)).toBe("Hard");
  });

  it("the same time reads differently for different kinds", () => {
    // 13 s: slow for true/false (6 s expected, Hard above 12 s), fast for matching (30 s expected, Easy up to 15 s).
    expect(gradeOutcome({ correct: true, responseMs: 13_000, kind: "true_false" })).toBe("Hard");
    expect(gradeOutcome({ correct: true, responseMs: 13_000, kind: "matching" })).toBe("Easy");
    expect(gradeOutcome({ correct: true, responseMs: 13_000, kind: "single_choice" })).toBe("Good");
  });

  it("unknown kind uses the default; wrong is always Again; bad timings are Good", () => {
    const d = EXPECTED_RESPONSE_MS.default!;
    expect(gradeOutcome({ correct: true, responseMs: d / 2 })).toBe("Easy");
    expect(gradeOutcome({ correct: true, responseMs: d * 2 + 1, kind: "essay" })).toBe("Hard");
    expect(gradeOutcome({ correct: false, responseMs: 1 })).toBe("Again");
    expect(gradeOutcome({ correct: true, responseMs: 0 })).toBe("Good");
    expect(gradeOutcome({ correct: true, responseMs: Number.NaN })).toBe("Good");
  });
});

describe("isDue / dueCount", () => {
  it("counts cards due at or before now", () => {
    const c = newCard(t0);
    const later = reviewCard(c, right, t0).card; // due t0 + 10 min
    expect(isDue(later, new Date(t0.getTime() + 10 * MIN - 1))).toBe(false);
    expect(isDue(later, new Date(t0.getTime() + 10 * MIN))).toBe(true);
    expect(dueCount([c, later, { due: new Date(t0.getTime() - DAY) }], t0)).toBe(2);
    expect(dueCount([], t0)).toBe(0);
  });
});
