import { describe, expect, it } from "vitest";
import { clozeMatches, gradeAnswer } from "./grade";
import type { QuizQuestion } from "./generate";

const base = {
  id: "q",
  fact: { kind: "role" as const, id: "f" },
  explanation: "x",
  source: { article: "a", sentence: "s", start: 0, end: 1 },
};

describe("cloze grading", () => {
  const q: QuizQuestion = {
    ...base,
    kind: "cloze",
    prompt: "Fill in the blank: _____ said.",
    answer: "the National Crime Agency",
    accept: ["NCA", "Keith Bristow"],
  };
  it("ignores case, punctuation and a leading “the”", () => {
    expect(gradeAnswer(q, "national crime agency").correct).toBe(true);
    expect(gradeAnswer(q, "The National Crime Agency.").correct).toBe(true);
    expect(gradeAnswer(q, "n.c.a").correct).toBe(false);
    expect(gradeAnswer(q, "NCA").accepted).toBe("NCA");
  });
  it("forgives one slip in a word of five letters or more, not in short words or numbers", () => {
    expect(gradeAnswer(q, "National Crme Agency")).toMatchObject({ correct: true, typo: true });
    expect(gradeAnswer(q, "Keith Bristwo").correct).toBe(true); // swapped letters
    expect(clozeMatches("Kieth Bristow", "Keith Bristow").ok).toBe(true); // a swapped pair is one slip
    expect(clozeMatches("Kxxth Bristow", "Keith Bristow").ok).toBe(false); // two changes
    expect(clozeMatches("Keth Bristow", "Keith Bristow").ok).toBe(true);
    expect(clozeMatches("NCB", "NCA").ok).toBe(false);
    expect(clozeMatches("2015", "2014").ok).toBe(false);
    expect(clozeMatches("Natinal Crme Agency", "National Crime Agency").ok).toBe(false);
    expect(clozeMatches("", "NCA").ok).toBe(false);
  });
});

describe("other kinds", () => {
  it("single choice by option id or option text", () => {
    const q: QuizQuestion = {
      ...base,
      kind: "single_choice",
      prompt: "?",
      options: [
        { id: "a", text: "GCHQ" },
        { id: "b", text: "NCA" },
        { id: "c", text: "JOC" },
      ],
      answer: "b",
    };
    expect(gradeAnswer(q, "b").correct).toBe(true);
    expect(gradeAnswer(q, "nca").correct).toBe(true);
    expect(gradeAnswer(q, "a").correct).toBe(false);
  });
  it("true/false from booleans or words", () => {
    const q: QuizQuestion = { ...base, kind: "true_false", prompt: "True or false: x.", answer: false };
    expect(gradeAnswer(q, false).correct).toBe(true);
    expect(gradeAnswer(q, "False").correct).toBe(true);
    expect(gradeAnswer(q, "maybe").correct).toBe(false);
  });
  it("matching and ordering give partial credit", () => {
    const m: QuizQuestion = { ...base, kind: "matching", prompt: "Match.", answer: { l1: "r2", l2: "r1", l3: "r3" } };
    expect(gradeAnswer(m, { l1: "r2", l2: "r1", l3: "r3" })).toMatchObject({ correct: true, score: 1 });
    expect(gradeAnswer(m, { l1: "r2", l2: "r3", l3: "r1" }).score).toBeCloseTo(1 / 3);
    const o: QuizQuestion = { ...base, kind: "ordering", prompt: "Order.", answer: ["e2", "e1", "e3"] };
    expect(gradeAnswer(o, ["e2", "e1", "e3"]).correct).toBe(true);
    expect(gradeAnswer(o, ["e1", "e2", "e3"])).toMatchObject({ correct: false });
    expect(gradeAnswer(o, ["e1", "e2", "e3"]).score).toBeCloseTo(2 / 3);
    expect(gradeAnswer(o, ["e1", "e1", "e3"]).score).toBe(0);
  });
});
