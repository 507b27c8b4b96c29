import { describe, expect, it } from "vitest";
import {
  analyseTest,
  covarianceMaxFromMarginals,
  cronbachAlphaFromVariances,
  discriminativeEfficiencyFromMarginals,
  flagItem,
  histogram,
  itemStatsFromSums,
  randomGuessScore,
  reliability,
  sampleWarnings,
  summariseScores,
  type ItemStats,
} from "./index";

/** Fails on any NaN/Infinity anywhere in a result tree. */
function expectAllFinite(value: unknown, path = "result"): void {
  if (typeof value === "number") {
    expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => expectAllFinite(v, `${path}[${i}]`));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) expectAllFinite(v, `${path}.${k}`);
  }
}

describe("5 attempts × 4 items, worked by hand", () => {
  // Items Q1–Q3 are out of 1, Q4 out of 2.
  //        Q1 Q2 Q3 Q4   T
  // A       1  1  1  2   5
  // B       1  1  0  2   4
  // C       1  0  1  1   3
  // D       0  1  0  0   1
  // E       0  0  0  1   1
  const matrix = [
    [1, 1, 1, 2],
    [1, 1, 0, 2],
    [1, 0, 1, 1],
    [0, 1, 0, 0],
    [0, 0, 0, 1],
  ];
  const a = analyseTest(matrix, [1, 1, 1, 2], { bins: 5, assigned: 8 });

  it("summarises the totals", () => {
    // T = 5,4,3,1,1. mean = 14/5 = 2.8; sorted 1,1,3,4,5 → median 3.
    // deviations 2.2, 1.2, 0.2, −1.8, −1.8; squares sum 4.84+1.44+0.04+3.24+3.24 = 12.8
    // sample variance 12.8/4 = 3.2, SD √3.2 = 1.78885
    const s = a.summary;
    expect(s.n).toBe(5);
    expect(s.maxScore).toBe(5);
    expect(s.completionRate).toBeCloseTo(62.5, 10); // 5 of 8 assigned
    expect(s.mean).toBeCloseTo(2.8, 12);
    expect(s.median).toBe(3);
    expect(s.variance).toBeCloseTo(3.2, 12);
    expect(s.sd).toBeCloseTo(1.788854382, 8);
    // Σd³ = 10.648 + 1.728 + 0.008 − 2·5.832 = 0.72 → m3 = 0.144; m2 = 12.8/5 = 2.56
    // k2 = 5·2.56/4 = 3.2; k3 = 25·0.144/(4·3) = 0.3; skewness = 0.3 / 3.2^1.5 = 0.0524078
    expect(s.skewness).toBeCloseTo(0.3 / Math.pow(3.2, 1.5), 10);
    // Σd⁴ = 23.4256 + 2.0736 + 0.0016 + 2·10.4976 = 46.496 → m4 = 9.2992
    // k4 = 25·(6·9.2992 − 3·4·2.56²)/(4·3·2) = 25·(55.7952 − 78.6432)/24 = −23.8
    // kurtosis = −23.8 / 3.2² = −2.32421875
    expect(s.kurtosis).toBeCloseTo(-2.32421875, 10);
    // 5 bins of width 1 over [0,5]: 1,1 → [1,2); 3 → [3,4); 4,5 → last bin (takes 5 itself)
    expect(s.histogram.map((b) => b.count)).toEqual([0, 2, 0, 1, 2]);
  });

  it("Q1: facility 60%, DI 84.0%, DE 100%", () => {
    // x = 1,1,1,0,0 → mean 0.6, F = 60%; Σ(x−x̄)² = 3·0.16 + 2·0.36 = 1.2 → var 0.3, SD 54.77%
    // rest = T − x = 4,3,2,1,1 → mean 2.2; Σd² = 3.24+0.64+0.04+1.44+1.44 = 6.8 → var 1.7
    // Σ dx·dr = 0.4·1.8 + 0.4·0.8 + 0.4·(−0.2) + (−0.6)(−1.2)·2 = 2.4 → cov 0.6
    // DI = 100·0.6/√(0.3·1.7) = 84.0168
    // sorted x 0,0,1,1,1 pairs with sorted rest 1,1,2,3,4 exactly as observed → Cmax = cov → DE 100
    const q = a.items[0]!;
    expect(q.facility).toBeCloseTo(60, 10);
    expect(q.sd).toBeCloseTo(100 * Math.sqrt(0.3), 10);
    expect(q.discriminationIndex).toBeCloseTo(84.0168050417, 8);
    expect(q.discriminativeEfficiency).toBeCloseTo(100, 10);
  });

  it("Q2: weak item, DE 11.8% gets flagged", () => {
    // x = 1,1,0,1,0 → mean 0.6, var 0.3; rest = 4,3,3,0,1 → mean 2.2, Σd² = 3.24+0.64+0.64+4.84+1.44 = 10.8 → var 2.7
    // Σ dx·dr = 0.72 + 0.32 − 0.48 − 0.88 + 0.72 = 0.4 → cov 0.1; DI = 100·0.1/√0.81 = 11.11
    // sorted pairing: x 0,0,1,1,1 with rest 0,1,3,3,4 → (−0.6)(−2.2)+(−0.6)(−1.2)+0.4·(0.8+0.8+1.8) = 3.4 → Cmax 0.85
    // DE = 100·0.1/0.85 = 11.76
    const q = a.items[1]!;
    expect(q.discriminationIndex).toBeCloseTo(100 / 9, 8);
    expect(q.discriminativeEfficiency).toBeCloseTo(1000 / 85, 8);
    expect(flagItem(q).map((f) => f.code)).toEqual(["low_discriminative_efficiency"]);
  });

  it("Q3 and Q4 (out of 2)", () => {
    // Q3: x = 1,0,1,0,0 (mean 0.4, var 0.3); rest = 4,4,2,1,1 (mean 2.4, var 9.2/4 = 2.3)
    //     Σ dx·dr = 0.96 − 0.64 − 0.24 + 0.56 + 0.56 = 1.2 → cov 0.3; DI = 30/√0.69 = 36.1158
    //     sorted: x 0,0,0,1,1 / rest 1,1,2,4,4 → 0.56+0.56+0.16+0.96+0.96 = 3.2 → Cmax 0.8, DE = 37.5
    const q3 = a.items[2]!;
    expect(q3.facility).toBeCloseTo(40, 10);
    expect(q3.discriminationIndex).toBeCloseTo(36.1157559257, 8);
    expect(q3.discriminativeEfficiency).toBeCloseTo(37.5, 10);
    // Q4: x = 2,2,1,0,1 → mean 1.2, F = 1.2/2 = 60%; Σd² = 0.64+0.64+0.04+1.44+0.04 = 2.8 → var 0.7
    //     SD = √0.7 / 2 = 41.83%; rest = 3,2,2,1,0 → mean 1.6, Σd² = 5.2 → var 1.3
    //     Σ dx·dr = 1.12 + 0.32 − 0.08 + 0.72 + 0.32 = 2.4 → cov 0.6; DI = 60/√0.91 = 62.8971
    //     sorted: x 0,1,1,2,2 / rest 0,1,2,2,3 → 1.92+0.12−0.08+0.32+1.12 = 3.4 → Cmax 0.85, DE = 70.59
    const q4 = a.items[3]!;
    expect(q4.facility).toBeCloseTo(60, 10);
    expect(q4.sd).toBeCloseTo((100 * Math.sqrt(0.7)) / 2, 10);
    expect(q4.discriminationIndex).toBeCloseTo(62.8970902033, 8);
    expect(q4.discriminativeEfficiency).toBeCloseTo(6000 / 85, 8);
  });

  it("test reliability", () => {
    // Σ var(xᵢ) = 0.3+0.3+0.3+0.7 = 1.6; var(T) = 3.2
    // CIC = 100·4/3·(1 − 1.6/3.2) = 66.667%; ER = 100·√(1/3) = 57.735%; SE = 0.57735·1.78885 = 1.0328
    expect(a.reliability.cic).toBeCloseTo(200 / 3, 10);
    expect(a.reliability.errorRatio).toBeCloseTo(100 * Math.sqrt(1 / 3), 10);
    expect(a.reliability.standardError).toBeCloseTo(Math.sqrt(1 / 3) * Math.sqrt(3.2), 10);
    expect(a.warnings.map((w) => w.code)).toEqual(["unreliable"]);
  });
});

describe("edge cases never leak NaN or Infinity", () => {
  it("no attempts", () => {
    const a = analyseTest([], [1, 1]);
    expectAllFinite(a);
    expect(a.summary.mean).toBeNull();
    expect(a.items[0]!.facility).toBeNull();
    expect(a.reliability.cic).toBeNull();
    expect(a.warnings.map((w) => w.code)).toEqual(["no_attempts"]);
  });

  it("n = 1: location only, no spread", () => {
    const a = analyseTest([[1, 0, 2]], [1, 1, 2]);
    expectAllFinite(a);
    expect(a.summary).toMatchObject({
      n: 1,
      mean: 3,
      median: 3,
      sd: null,
      variance: null,
      skewness: null,
      kurtosis: null,
    });
    expect(a.items.map((q) => q.facility)).toEqual([100, 0, 100]);
    for (const q of a.items) {
      expect(q).toMatchObject({ sd: null, discriminationIndex: null, discriminativeEfficiency: null });
    }
    expect(a.reliability).toEqual({ cic: null, errorRatio: null, standardError: null });
    expect(a.warnings[0]!.code).toBe("too_few_attempts");
  });

  it("n = 2: SD and DI exist, CIC is left out as Moodle does", () => {
    const a = analyseTest(
      [
        [1, 1],
        [0, 0],
      ],
      [1, 1],
    );
    expectAllFinite(a);
    expect(a.summary.sd).toBeCloseTo(Math.SQRT2, 12);
    expect(a.items[0]!.discriminationIndex).toBeCloseTo(100, 12);
    expect(a.reliability.cic).toBeNull();
  });

  it("identical scores: SD 0, everything relative to spread is null", () => {
    const third = 1 / 3;
    const row = [third, 1, 0, 2 * third];
    const a = analyseTest(
      Array.from({ length: 12 }, () => row),
      [1, 1, 1, 1],
    );
    expectAllFinite(a);
    expect(a.summary.sd).toBe(0);
    expect(a.summary.skewness).toBeNull();
    expect(a.reliability.cic).toBeNull();
    for (const q of a.items) {
      expect(q.sd).toBe(0);
      expect(q.discriminationIndex).toBeNull();
      expect(q.discriminativeEfficiency).toBeNull();
    }
  });

  it("an item everybody gets right: F 100%, SD 0, DI/DE null, flagged too easy", () => {
    const a = analyseTest(
      [
        [1, 1, 0],
        [1, 0, 0],
        [1, 1, 1],
        [1, 0, 1],
      ],
      [1, 1, 1],
    );
    expectAllFinite(a);
    const q = a.items[0]!;
    expect(q).toMatchObject({ facility: 100, sd: 0, discriminationIndex: null, discriminativeEfficiency: null });
    expect(flagItem(q).map((f) => f.code)).toEqual(["too_easy"]);
    // var(T): T = 2,1,3,2 → mean 2, Σd² = 2 → 2/3; Σ var(xᵢ) = 0 + 1/3 + 1/3
    // CIC = 100·3/2·(1 − (2/3)/(2/3)) = 0
    expect(a.reliability.cic).toBeCloseTo(0, 10);
    expect(a.reliability.errorRatio).toBeCloseTo(100, 10);
  });

  it("a single-question test has no CIC", () => {
    const a = analyseTest([[1], [0], [1], [0]], [1]);
    expect(a.reliability.cic).toBeNull();
    expect(a.items[0]!.discriminationIndex).toBeNull(); // the rest of the test is always 0
    expect(a.warnings.map((w) => w.code)).toContain("single_question");
  });

  it("rejects bad input rather than computing NaN", () => {
    expect(() => analyseTest([[Number.NaN]], [1])).toThrow(RangeError);
    expect(() => analyseTest([[2]], [1])).toThrow(RangeError);
    expect(() => analyseTest([[1, 1]], [1])).toThrow(RangeError);
    expect(() => analyseTest([[0]], [0])).toThrow(RangeError);
    expect(() => itemStatsFromSums({ n: 2, max: 1, sumX: Number.NaN, sumX2: 0, sumT: 0, sumT2: 0, sumXT: 0 })).toThrow(
      RangeError,
    );
  });
});

describe("a negatively discriminating item", () => {
  // Q4 is answered right only by the two weakest students.
  //      Q1 Q2 Q3 Q4   rest of Q4
  // A     1  1  1  0   3
  // B     1  1  0  0   2
  // C     1  0  0  1   1
  // D     0  0  0  1   0
  const a = analyseTest(
    [
      [1, 1, 1, 0],
      [1, 1, 0, 0],
      [1, 0, 0, 1],
      [0, 0, 0, 1],
    ],
    [1, 1, 1, 1],
  );
  const q = a.items[3]!;

  it("has DI = −89.4% and a negative DE", () => {
    // x = 0,0,1,1 (mean 0.5, var 1/3); rest = 3,2,1,0 (mean 1.5, var 5/3)
    // Σ dx·dr = (−0.5)(1.5) + (−0.5)(0.5) + 0.5(−0.5) + 0.5(−1.5) = −2 → cov −2/3
    // DI = 100·(−2/3)/√(5/9) = −89.443
    // sorted: x 0,0,1,1 / rest 0,1,2,3 → (−0.5)(−1.5)+(−0.5)(−0.5)+0.5·0.5+0.5·1.5 = 2 → Cmax 2/3, DE = −100
    expect(q.discriminationIndex).toBeCloseTo(-200 / Math.sqrt(5), 8);
    expect(q.discriminativeEfficiency).toBeCloseTo(-100, 8);
  });

  it("is flagged once, as negative discrimination", () => {
    const flags = flagItem(q);
    expect(flags.map((f) => f.code)).toEqual(["negative_discrimination"]);
    expect(flags[0]!.text).toMatch(/-89\.4%/);
  });
});

describe("flags", () => {
  const ok: Pick<ItemStats, "facility" | "discriminationIndex" | "discriminativeEfficiency"> = {
    facility: 60,
    discriminationIndex: 40,
    discriminativeEfficiency: 50,
  };

  it("a distractor nobody picks", () => {
    const flags = flagItem(ok, { distractorPicks: { "The Senate": 4, "The Treasury": 0, NATO: 2 } });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ code: "unused_distractor", options: ["The Treasury"] });
    expect(flags[0]!.text).toContain('"The Treasury"');
  });

  it("facility and efficiency thresholds", () => {
    expect(flagItem(ok)).toEqual([]);
    expect(flagItem({ ...ok, facility: 4.9 }).map((f) => f.code)).toEqual(["too_hard"]);
    expect(flagItem({ ...ok, facility: 5 })).toEqual([]);
    expect(flagItem({ ...ok, facility: 95.1 }).map((f) => f.code)).toEqual(["too_easy"]);
    expect(flagItem({ ...ok, discriminativeEfficiency: 14.9 }).map((f) => f.code)).toEqual([
      "low_discriminative_efficiency",
    ]);
    expect(flagItem({ facility: null, discriminationIndex: null, discriminativeEfficiency: null })).toEqual([]);
  });
});

describe("aggregate path agrees with the raw-matrix reference", () => {
  // mulberry32: small, seeded, good enough to vary the fixtures reproducibly.
  function rng(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function expectClose(a: number | null, b: number | null, label: string) {
    if (a === null || b === null) {
      expect(a, label).toBe(b);
    } else {
      expect(Math.abs(a - b), `${label}: ${a} vs ${b}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(a)));
    }
  }

  it("on 300 random matrices", () => {
    const rand = rng(20240611);
    for (let trial = 0; trial < 300; trial++) {
      const n = Math.floor(rand() * 40);
      const k = 1 + Math.floor(rand() * 7);
      // Marks in steps of max/steps; thirds exercise the rounding clean-up.
      const shapes = Array.from({ length: k }, () => ({
        max: [1, 2, 3, 0.5][Math.floor(rand() * 4)]!,
        steps: 1 + Math.floor(rand() * 3),
        p: rand(),
      }));
      const ability = Array.from({ length: n }, () => rand());
      const matrix = ability.map((ab) =>
        shapes.map(({ max, steps, p }) => {
          // Mix ability in so items correlate like real ones (some positively, some not).
          const u = rand() < 0.2 ? rand() : (ab + p + rand()) / 3;
          return (Math.min(steps, Math.floor(u * (steps + 1))) * max) / steps;
        }),
      );
      const itemMax = shapes.map((s) => s.max);
      const ref = analyseTest(matrix, itemMax);
      expectAllFinite(ref);

      const totals = matrix.map((row) => row.reduce((s, x) => s + x, 0));
      const items = itemMax.map((max, j) => {
        const sums = { n, max, sumX: 0, sumX2: 0, sumT: 0, sumT2: 0, sumXT: 0 };
        const xDist = new Map<number, number>();
        const restPairs: Array<[number, number]> = [];
        matrix.forEach((row, i) => {
          const x = row[j]!,
            t = totals[i]!;
          sums.sumX += x;
          sums.sumX2 += x * x;
          sums.sumT += t;
          sums.sumT2 += t * t;
          sums.sumXT += x * t;
          xDist.set(x, (xDist.get(x) ?? 0) + 1);
          restPairs.push([t - x, 1]); // unmerged pairs: duplicates must be merged by the callee
        });
        return itemStatsFromSums(sums, { x: xDist, rest: restPairs });
      });
      const summary = summariseScores(totals, { maxScore: itemMax.reduce((s, m) => s + m, 0) });
      const rel = reliability({
        n,
        k,
        sumItemVariance: n < 2 ? null : items.reduce((s, q) => s + (q.variance ?? 0), 0),
        testVariance: summary.variance,
      });

      const tag = `trial ${trial} (n=${n}, k=${k})`;
      items.forEach((q, j) => {
        const r = ref.items[j]!;
        for (const key of [
          "mean",
          "facility",
          "sd",
          "variance",
          "discriminationIndex",
          "discriminativeEfficiency",
        ] as const) {
          expectClose(q[key], r[key], `${tag} item ${j} ${key}`);
        }
      });
      expectClose(rel.cic, ref.reliability.cic, `${tag} cic`);
      expectClose(rel.standardError, ref.reliability.standardError, `${tag} se`);
      expect(summary).toEqual(ref.summary);
    }
  });
});

describe("marginals", () => {
  it("Cmax pairs the sorted distributions run by run", () => {
    // Q2 of the hand fixture: x {0:2, 1:3}, rest {0:1, 1:1, 3:2, 4:1} → Cmax 0.85
    const x = new Map([
      [0, 2],
      [1, 3],
    ]);
    const rest = [
      [0, 1],
      [1, 1],
      [3, 2],
      [4, 1],
    ] as const;
    expect(covarianceMaxFromMarginals(x, rest)).toBeCloseTo(0.85, 12);
    expect(discriminativeEfficiencyFromMarginals(0.1, x, rest)).toBeCloseTo(1000 / 85, 10);
  });

  it("null when a marginal is constant; throws when counts disagree", () => {
    expect(
      covarianceMaxFromMarginals(
        [[1, 5]],
        [
          [0, 2],
          [3, 3],
        ],
      ),
    ).toBeNull();
    expect(
      discriminativeEfficiencyFromMarginals(
        0,
        [[1, 5]],
        [
          [0, 2],
          [3, 3],
        ],
      ),
    ).toBeNull();
    expect(() => covarianceMaxFromMarginals([[1, 4]], [[0, 5]])).toThrow(RangeError);
  });
});

describe("small pieces", () => {
  it("cronbachAlphaFromVariances", () => {
    expect(cronbachAlphaFromVariances(4, 1.6, 3.2)).toBeCloseTo(200 / 3, 12);
    expect(cronbachAlphaFromVariances(1, 1, 1)).toBeNull();
    expect(cronbachAlphaFromVariances(3, 1, 0)).toBeNull();
    // Items pulling against each other give a negative alpha; Moodle shows it as is.
    expect(cronbachAlphaFromVariances(2, 2, 1)).toBeCloseTo(-200, 12);
  });

  it("random guess scores", () => {
    expect(randomGuessScore("single_choice", 4)).toBe(25);
    expect(randomGuessScore("true_false", 2)).toBe(50);
    expect(randomGuessScore("cloze", 0)).toBe(0);
    expect(randomGuessScore("cloze", 5)).toBe(20);
    expect(randomGuessScore("matching", 4)).toBeCloseTo(100 / 24, 12);
    expect(randomGuessScore("matching", 4, "partial")).toBe(25);
    expect(randomGuessScore("ordering", 3)).toBeCloseTo(100 / 6, 12);
  });

  it("histogram counts every score once, including the maximum", () => {
    const bins = histogram([0, 2.5, 5, 7.49, 7.5, 10, 12], { bins: 4, max: 10 });
    expect(bins.map((b) => [b.from, b.to, b.count])).toEqual([
      [0, 2.5, 1],
      [2.5, 5, 1],
      [5, 7.5, 2],
      [7.5, 10, 3], // 7.5, 10 and the out-of-range 12
    ]);
    expect(() => histogram([1], { bins: 0, max: 10 })).toThrow(RangeError);
  });

  it("warnings step down as attempts grow", () => {
    expect(sampleWarnings(9, 5).map((w) => w.code)).toEqual(["unreliable"]);
    expect(sampleWarnings(10, 5).map((w) => w.code)).toEqual(["indicative"]);
    expect(sampleWarnings(30, 5)).toEqual([]);
  });
});
