import { describe, expect, it } from "vitest";
import { assembleOverview, classGradebookCsv, type OverviewAssignment } from "./class-overview";

const day = (d: number) => new Date(Date.UTC(2026, 8, d, 9));
const A: OverviewAssignment[] = [
  { id: "a1", title: "Week 1", opensAt: day(1), dueAt: day(8), policy: "first", questionCount: 10 },
  { id: "a2", title: "Week 2", opensAt: day(8), dueAt: day(15), policy: "best", questionCount: 8 },
  { id: "a3", title: "Week 3, the return", opensAt: day(15), dueAt: null, policy: "last", questionCount: 4 },
  { id: "a4", title: "Next week", opensAt: day(30), dueAt: null, policy: "first", questionCount: 5 },
];
const students = ["Ann", "Bob", "Cyd", "Dot"].map((n) => ({ userId: n, name: n, email: `${n}@x.test` }));
const scores = [
  // Ann: steady 80s. Bob: 90 → 50 → 50 falls. Cyd: only week 1. Dot: nothing.
  { assignmentId: "a1", userId: "Ann", score: 8 },
  { assignmentId: "a2", userId: "Ann", score: 6.5 },
  { assignmentId: "a3", userId: "Ann", score: 3.25 },
  { assignmentId: "a1", userId: "Bob", score: 9 },
  { assignmentId: "a2", userId: "Bob", score: 4 },
  { assignmentId: "a3", userId: "Bob", score: 2 },
  { assignmentId: "a1", userId: "Cyd", score: 7 },
];
const mastery = [
  { assignmentId: "a1", factKind: "role" as const, articleId: null, articleTitle: null, n: 12, sum: 9 },
  { assignmentId: "a2", factKind: "role" as const, articleId: null, articleTitle: null, n: 8, sum: 2 },
  { assignmentId: "a1", factKind: "acronym" as const, articleId: null, articleTitle: null, n: 4, sum: 4 },
  { assignmentId: "a1", factKind: null, articleId: "x", articleTitle: "Tor", n: 16, sum: 13 },
  { assignmentId: "a3", factKind: null, articleId: "y", articleTitle: "GCHQ", n: 6, sum: 3 },
];
const got = assembleOverview({ assignments: A, students, scores, mastery, now: day(20) });

describe("the class over time", () => {
  it("gives completion and the mean per assignment, each counted by its own policy's rows", () => {
    expect(got.assignments.map((a) => [a.finished, a.enrolled, a.completion, a.open])).toEqual([
      [3, 4, 75, false],
      [2, 4, 50, false],
      [2, 4, 50, true],
      [0, 4, 0, false],
    ]);
    expect(got.assignments[0]!.meanPercent).toBeCloseTo(80, 9);
    expect(got.assignments[3]!.meanPercent).toBeNull();
  });

  it("puts each student's scores in assignment order, as % of each assignment's maximum", () => {
    const bob = got.students.find((s) => s.name === "Bob")!;
    expect(bob.percents).toEqual([90, 50, 50, null]);
    expect(bob.marks).toEqual([9, 4, 2, null]);
    expect(bob.mean).toBeCloseTo(190 / 3, 9);
  });

  it("says who fell and who missed the last two assignments that have opened", () => {
    // Bob: 50 against an earlier 70 average: down by 20. Ann: 81.25 against 80.625: steady.
    expect(got.fell.map((s) => [s.name, s.fell])).toEqual([["Bob", { from: 70, to: 50 }]]);
    expect(got.students.map((s) => s.trend)).toEqual(["steady", "down", null, null]);
    // Week 4 has not opened: the last two are weeks 2 and 3. Cyd did week 1 only; Dot nothing.
    expect(got.lastTwo).toEqual(["a2", "a3"]);
    expect(got.missed.map((s) => s.name)).toEqual(["Cyd", "Dot"]);
  });

  it("needs two opened assignments before anyone has missed two", () => {
    const early = assembleOverview({ assignments: A, students, scores: [], mastery: [], now: day(5) });
    expect(early.lastTwo).toEqual([]);
    expect(early.missed).toEqual([]);
  });

  it("follows mastery per kind of fact and per article from one assignment to the next", () => {
    expect(got.byKind.map((l) => [l.key, l.percents])).toEqual([
      ["acronym", [100, null, null, null]],
      ["role", [75, 25, null, null]],
    ]);
    expect(got.byArticle.map((l) => [l.label, l.percents])).toEqual([
      ["GCHQ", [null, null, 50, null]],
      ["Tor", [81.25, null, null, null]],
    ]);
  });

  it("writes one gradebook row per student and one column per assignment, naming the policy", () => {
    const lines = classGradebookCsv(got)
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toBe(
      "student,email,Week 1 (first attempt; out of 10),Week 2 (best attempt; out of 8)," +
        '"Week 3, the return (last attempt; out of 4)",Next week (first attempt; out of 5),assignments_finished,mean_percent',
    );
    expect(lines.slice(1, 5)).toEqual([
      "Ann,Ann@x.test,8,6.5,3.25,,3,80.8",
      "Bob,Bob@x.test,9,4,2,,3,63.3",
      "Cyd,Cyd@x.test,7,,,,1,70",
      "Dot,Dot@x.test,,,,,0,",
    ]);
  });
});
