import { describe, expect, it } from "vitest";
import { hash32 } from "@/lib/random";
import { pickQuestions, withEveryKind, type Candidate } from "./pick-questions";

const c = (id: string, articleId: string, factId: string, kind = "single_choice"): Candidate => ({
  id,
  articleId,
  factId,
  kind,
});
const pool = [
  c("q1", "A", "f1"),
  c("q2", "A", "f1", "true_false"),
  c("q3", "A", "f2"),
  c("q4", "A", "f3"),
  c("q5", "B", "f4"),
  c("q6", "B", "f4", "cloze"),
  c("q7", "B", "f5"),
];

describe("pickQuestions", () => {
  it("is reproducible from the seed and independent of input order", () => {
    const one = pickQuestions(pool, 4, hash32("x")).map((q) => q.id);
    const two = pickQuestions([...pool].reverse(), 4, hash32("x")).map((q) => q.id);
    expect(one).toEqual(two);
  });

  it("takes one question per fact before a second, alternating articles", () => {
    const picked = pickQuestions(pool, 5, 7);
    expect(new Set(picked.map((q) => q.factId)).size).toBe(5);
    expect(picked.slice(0, 4).map((q) => q.articleId)).toEqual(["A", "B", "A", "B"]);
  });

  it("fills up from repeated facts only when it must, never repeating a question", () => {
    const picked = pickQuestions(pool, 7, 1);
    expect(new Set(picked.map((q) => q.id)).size).toBe(7);
    expect(pickQuestions(pool, 10, 1)).toHaveLength(7);
  });

  it("does not put two questions in the same words into one set while others are left", () => {
    const same = "Which of these does the article attribute to Ada Lovelace?";
    const worded = [
      { ...c("w1", "A", "f1"), prompt: same },
      { ...c("w2", "A", "f2"), prompt: same },
      { ...c("w3", "A", "f3"), prompt: "Who said this?" },
    ];
    for (let seed = 1; seed <= 40; seed++) {
      expect(pickQuestions(worded, 2, seed).map((q) => q.prompt)).toContain("Who said this?");
      expect(pickQuestions(worded, 3, seed)).toHaveLength(3);
    }
  });

  it("puts one question of every kind the candidates have into a set that lacks it, keeping its size", () => {
    const mixed = [
      c("s1", "A", "f1"),
      c("s2", "A", "f2"),
      c("s3", "A", "f3"),
      c("t1", "A", "f4", "true_false"),
      c("z1", "A", "f5", "cloze"),
    ];
    const set = withEveryKind([mixed[0]!, mixed[1]!, mixed[2]!, mixed[3]!], mixed);
    expect(set).toHaveLength(4);
    expect(new Set(set.map((q) => q.kind))).toEqual(new Set(["single_choice", "true_false", "cloze"]));
    // nothing to add: the set is kept as it is
    expect(withEveryKind([mixed[0]!, mixed[4]!], [mixed[0]!, mixed[4]!])).toEqual([mixed[0], mixed[4]]);
  });
});
