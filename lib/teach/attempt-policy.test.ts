import { describe, expect, it } from "vitest";
import { selectAttempts, type FinishedAttempt } from "./attempt-policy";

const at = (min: number) => new Date(Date.UTC(2026, 0, 1, 9, min));
const a = (id: string, userId: string, start: number, finish: number, score: number): FinishedAttempt => ({
  id,
  userId,
  startedAt: at(start),
  finishedAt: at(finish),
  score,
});

const attempts = [
  a("a1", "u1", 0, 10, 3),
  a("a2", "u1", 20, 25, 5),
  a("a3", "u1", 30, 40, 4),
  a("b1", "u2", 5, 50, 2),
  // started later but finished earlier than b1
  a("b2", "u2", 6, 8, 2),
];

const pick = (policy: "first" | "best" | "last") =>
  Object.fromEntries(selectAttempts(attempts, policy).map((x) => [x.userId, x.id]));

describe("attempt policy", () => {
  it("first: the earliest started", () => expect(pick("first")).toEqual({ u1: "a1", u2: "b1" }));
  it("last: the most recently finished", () => expect(pick("last")).toEqual({ u1: "a3", u2: "b1" }));
  it("best: the highest score, the earlier finished on a tie", () =>
    expect(pick("best")).toEqual({ u1: "a2", u2: "b2" }));
  it("one attempt per student", () => expect(selectAttempts(attempts, "best")).toHaveLength(2));
  it("nothing in, nothing out", () => expect(selectAttempts([], "first")).toEqual([]));
});
