import { describe, expect, it } from "vitest";
import { analyseTest } from "@/lib/stats";
import { analyseAggregates, guessScore, type ItemAggregate } from "./item-analysis";

describe("guessScore", () => {
  it("follows our grader", () => {
    expect(guessScore("true_false", 2)).toBe(50);
    expect(guessScore("single_choice", 4)).toBe(25);
    expect(guessScore("cloze", 0)).toBe(0);
    expect(guessScore("matching", 4)).toBe(25);
    // pairwise credit: a random order gets half the pairs right on average
    expect(guessScore("ordering", 4)).toBe(50);
  });
});

describe("analyseAggregates", () => {
  it("matches analyseTest on a hand-made matrix", () => {
    const m = [
      [1, 1, 0],
      [1, 0, 0],
      [0, 1, 1],
      [1, 1, 1],
      [0, 0, 0.5],
    ];
    const totals = m.map((r) => r.reduce((s, x) => s + x, 0));
    const items: ItemAggregate[] = [0, 1, 2].map((j) => {
      const count = (vals: number[]) => [
        ...vals.reduce((mm, v) => mm.set(v, (mm.get(v) ?? 0) + 1), new Map<number, number>()),
      ];
      return {
        position: j,
        kind: "single_choice",
        choices: 4,
        sums: {
          n: m.length,
          max: 1,
          sumX: m.reduce((s, r) => s + r[j]!, 0),
          sumX2: m.reduce((s, r) => s + r[j]! ** 2, 0),
          sumT: totals.reduce((s, t) => s + t, 0),
          sumT2: totals.reduce((s, t) => s + t * t, 0),
          sumXT: m.reduce((s, r, i) => s + r[j]! * totals[i]!, 0),
        },
        marginals: { x: count(m.map((r) => r[j]!)), rest: count(m.map((r, i) => totals[i]! - r[j]!)) },
        distractorPicks: { B: 1, C: 0 },
      };
    });
    const got = analyseAggregates({ items, totals, maxScore: 3, bins: 3 });
    const want = analyseTest(m, [1, 1, 1], { bins: 3 });
    got.items.forEach((it, j) => {
      for (const key of ["facility", "sd", "discriminationIndex", "discriminativeEfficiency"] as const) {
        expect(it.stats[key]).toBeCloseTo(want.items[j]![key]!, 9);
      }
      expect(it.flags.some((f) => f.code === "unused_distractor")).toBe(true);
    });
    expect(got.reliability.cic).toBeCloseTo(want.reliability.cic!, 9);
    expect(got.summary.histogram).toEqual(want.summary.histogram);
  });
});

import { describeAnswerInline, pickedOption } from "@/lib/quiz/answers";

describe("describeAnswerInline", () => {
  const q = {
    kind: "single_choice" as const,
    options: [
      { id: "a", text: "National Crime Agency" },
      { id: "b", text: "NCA Ltd" },
    ],
  };
  it("names options, booleans, pairs and orders", () => {
    expect(describeAnswerInline(q, "a")).toBe("National Crime Agency");
    expect(pickedOption(q.options, "nca ltd")?.index).toBe(1);
    expect(describeAnswerInline({ kind: "true_false" }, "false")).toBe("False");
    expect(describeAnswerInline({ kind: "true_false" }, true)).toBe("True");
    expect(
      describeAnswerInline(
        { kind: "matching", left: [{ id: "l1", text: "NCA" }], right: [{ id: "r1", text: "National Crime Agency" }] },
        { l1: "r1" },
      ),
    ).toBe("NCA → National Crime Agency");
    expect(
      describeAnswerInline(
        {
          kind: "ordering",
          items: [
            { id: "i1", text: "first" },
            { id: "i2", text: "second" },
          ],
        },
        ["i2", "i1"],
      ),
    ).toBe("second → first");
    expect(describeAnswerInline({ kind: "cloze" }, "Cameron")).toBe("Cameron");
    expect(describeAnswerInline(q, null)).toBe("");
  });
});
