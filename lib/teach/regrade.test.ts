import { describe, expect, it } from "vitest";
import { planRegrade, regradable, type GradableVersion, type StoredAnswer } from "./regrade";

const opts = [
  { id: "a", text: "Alpha" },
  { id: "b", text: "Bravo" },
  { id: "c", text: "Charlie" },
];
const v2: GradableVersion = {
  version: 2,
  kind: "single_choice",
  options: opts,
  left: null,
  right: null,
  items: null,
  answer: "b",
  accept: null,
};
const answer = (attemptId: string, userId: string, response: unknown, score: number | null): StoredAnswer => ({
  attemptId,
  userId,
  position: 0,
  version: 1,
  answered: response !== undefined,
  response: response ?? null,
  score,
  correct: score === null ? null : score === 1,
});

describe("planning a regrade", () => {
  it("marks every stored answer again and moves only the scores that change", () => {
    const plan = planRegrade(
      v2,
      [
        answer("t1", "u1", "a", 1), // was right under the old key, now wrong
        answer("t2", "u2", "b", 0), // now right
        answer("t3", "u3", "c", 0), // wrong either way
        answer("t4", "u4", undefined, null), // not answered: nothing to mark
        answer("t5", "u2", "b", 0), // the same student's second attempt
      ],
      [
        { attemptId: "t1", userId: "u1", status: "finished", itemsSum: 4 },
        { attemptId: "t2", userId: "u2", status: "finished", itemsSum: 2.5 },
        { attemptId: "t3", userId: "u3", status: "finished", itemsSum: 3 },
        { attemptId: "t4", userId: "u4", status: "in_progress", itemsSum: 1 },
        { attemptId: "t5", userId: "u2", status: "in_progress", itemsSum: 0 },
      ],
    );
    expect(plan.items.map((i) => [i.attemptId, i.score, i.changed])).toEqual([
      ["t1", 0, true],
      ["t2", 1, true],
      ["t3", 0, false],
      ["t5", 1, true],
    ]);
    expect(plan.attempts).toEqual([
      { attemptId: "t1", userId: "u1", status: "finished", oldScore: 4, newScore: 3 },
      { attemptId: "t2", userId: "u2", status: "finished", oldScore: 2.5, newScore: 3.5 },
      { attemptId: "t5", userId: "u2", status: "in_progress", oldScore: 0, newScore: 1 },
    ]);
    expect(plan.summary).toEqual({ answers: 4, changedAnswers: 3, students: 3, changedStudents: 2 });
  });

  it("grades with the same grader as the quiz: typed answers by the accepted list, typos included", () => {
    const cloze: GradableVersion = {
      ...v2,
      kind: "cloze",
      options: null,
      answer: "Robert Hannigan",
      accept: ["Robert Hannigan", "Hannigan", "R. Hannigan"],
    };
    const plan = planRegrade(
      cloze,
      [answer("t1", "u1", "r hannigan", 0), answer("t2", "u2", "Robert Hanigan", 1), answer("t3", "u3", "Cameron", 0)],
      [],
    );
    expect(plan.items.map((i) => [i.score, i.acceptedAnswer, i.changed])).toEqual([
      [1, "R. Hannigan", true],
      [1, "Robert Hannigan", false],
      [0, null, false],
    ]);
  });

  it("regrades only versions whose options, pairs and items are the same ids", () => {
    expect(regradable(v2, { ...v2, options: [...opts].reverse().map((o) => ({ ...o, text: o.text + "!" })) })).toBe(
      true,
    );
    expect(regradable(v2, { ...v2, options: opts.slice(0, 2) })).toBe(false);
    expect(regradable(v2, { ...v2, kind: "true_false" })).toBe(false);
  });
});
