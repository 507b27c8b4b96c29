import { describe, expect, it } from "vitest";
import { acceptsLateWork, closesAt, isClosed, isLate, onTimeUntil } from "./deadline";

const due = new Date("2026-05-01T12:00:00Z");
const at = (min: number) => new Date(due.getTime() + min * 60_000);

describe("deadline rules", () => {
  it("never closes without a due date, and nothing is late", () => {
    const r = { dueAt: null, graceMinutes: 15, lateUntil: null };
    expect(closesAt(r)).toBeNull();
    expect(onTimeUntil(r)).toBeNull();
    expect(isClosed(r, at(10_000))).toBe(false);
    expect(isLate(r, at(10_000))).toBe(false);
  });

  it("closes at the due date plus grace when late work is refused", () => {
    const r = { dueAt: due, graceMinutes: 5, lateUntil: null };
    expect(closesAt(r)).toEqual(at(5));
    expect(isClosed(r, at(4))).toBe(false);
    expect(isClosed(r, at(5))).toBe(true);
    expect(isLate(r, at(4))).toBe(false);
    expect(acceptsLateWork(r)).toBe(false);
  });

  it("with late work, stays open until the cut-off plus grace and marks work after the deadline late", () => {
    const r = { dueAt: due, graceMinutes: 5, lateUntil: at(60) };
    expect(acceptsLateWork(r)).toBe(true);
    expect(closesAt(r)).toEqual(at(65));
    expect(isLate(r, at(4))).toBe(false);
    expect(isLate(r, at(5))).toBe(true);
    expect(isClosed(r, at(64))).toBe(false);
    expect(isClosed(r, at(65))).toBe(true);
  });

  it("ignores a late-work date before the due date", () => {
    const r = { dueAt: due, graceMinutes: 0, lateUntil: at(-60) };
    expect(acceptsLateWork(r)).toBe(false);
    expect(closesAt(r)).toEqual(due);
  });
});
