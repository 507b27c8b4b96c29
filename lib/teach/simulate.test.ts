import { describe, expect, it } from "vitest";
import { gradeAnswer } from "@/lib/quiz/grade";
import { mulberry32 } from "@/lib/random";
import { asGradable } from "./regrade";
import { itemModel, simulateResponse, simulateTimeMs, type SimQuestion } from "./simulate";

const choice: SimQuestion = {
  kind: "single_choice",
  options: [
    { id: "a", text: "Alpha" },
    { id: "b", text: "Bravo" },
    { id: "c", text: "Charlie" },
  ],
  left: null,
  right: null,
  items: null,
  answer: "a",
  accept: null,
  difficulty: "medium",
};
const typed: SimQuestion = {
  ...choice,
  kind: "cloze",
  options: null,
  answer: "Robert Hannigan",
  accept: ["Robert Hannigan", "Hannigan"],
};
const grade = (q: SimQuestion, r: unknown) => gradeAnswer(asGradable(q), r).correct;

function run(seed: number, q: SimQuestion, ability: number, n: number) {
  const rng = mulberry32(seed);
  const m = itemModel(rng, q);
  return Array.from({ length: n }, () => simulateResponse(rng, q, m, ability, ["David Cameron", "Europol"]));
}

describe("simulated answers", () => {
  it("are the same for the same seed", () => {
    expect(run(42, typed, 0.3, 50)).toEqual(run(42, typed, 0.3, 50));
    expect(run(42, typed, 0.3, 50)).not.toEqual(run(43, typed, 0.3, 50));
  });

  it("get more right as ability rises, judged by the real grader", () => {
    const share = (ability: number) => run(7, choice, ability, 400).filter((r) => grade(choice, r)).length / 400;
    expect(share(-2)).toBeLessThan(share(0));
    expect(share(0)).toBeLessThan(share(2));
    expect(share(2)).toBeGreaterThan(0.8);
  });

  it("type the key as people do, and wrong answers people share", () => {
    const answers = run(3, typed, 0, 600) as string[];
    const rightForms = new Set(answers.filter((a) => grade(typed, a)));
    expect(rightForms.size).toBeGreaterThan(2);
    // An initial for the first name is a near miss the key does not accept.
    expect(answers).toContain("R. Hannigan");
    expect(grade(typed, "R. Hannigan")).toBe(false);
    expect(answers).toContain("David Cameron");
  });

  it("takes longer on slower questions, and never an impossible time", () => {
    const rng = mulberry32(1);
    const m = itemModel(rng, typed);
    const times = Array.from({ length: 200 }, () => simulateTimeMs(rng, m, 1, true));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(1_500);
    expect(Math.max(...times)).toBeLessThanOrEqual(600_000);
    const median = [...times].sort((a, b) => a - b)[100]!;
    expect(median).toBeGreaterThan(0.7 * 1000 * m.seconds);
    expect(median).toBeLessThan(1.3 * 1000 * m.seconds);
  });
});
