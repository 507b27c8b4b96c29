import { describe, expect, it } from "vitest";
import { analyseTest } from "./analyse";
import { covarianceWithTotal, effectiveWeights } from "./effective-weight";
import { itemStatsFromSums } from "./items";
import { medianOf, slowItems } from "./timing";

/** Item statistics from the SQL-sums path, as the results page computes them. */
function statsFromMatrix(matrix: number[][]) {
  const totals = matrix.map((r) => r.reduce((a, b) => a + b, 0));
  return matrix[0]!.map((_, j) => {
    const xs = matrix.map((r) => r[j]!);
    const sum = (f: (i: number) => number) => xs.reduce((s, _x, i) => s + f(i), 0);
    return itemStatsFromSums({
      n: xs.length,
      max: 1,
      sumX: sum((i) => xs[i]!),
      sumX2: sum((i) => xs[i]! ** 2),
      sumT: sum((i) => totals[i]!),
      sumT2: sum((i) => totals[i]! ** 2),
      sumXT: sum((i) => xs[i]! * totals[i]!),
    });
  });
}

describe("effective weight (Moodle's definition)", () => {
  // Worked by hand. Totals T = 2, 2, 1, 0 (mean 1.25).
  //   item 1: x = 1,1,0,0 → Σ(x−x̄)(T−T̄) = .375+.375+.125+.625 = 1.5  → Cov = 1.5/3 = 1/2
  //   item 2: x = 1,0,1,0 → .375−.375−.125+.625 = .5                    → Cov = 1/6
  //   item 3: x = 0,1,0,0 → −.1875+.5625+.0625+.3125 = .75             → Cov = 1/4
  // EW = 100·√Cov / (√½ + √⅙ + ½) = 43.7741, 25.2730, 30.9529.
  const matrix = [
    [1, 1, 0],
    [1, 0, 1],
    [0, 1, 0],
    [0, 0, 0],
  ];

  it("gives each question its share of the spread of totals", () => {
    const stats = statsFromMatrix(matrix);
    const covs = stats.map(covarianceWithTotal);
    expect(covs[0]).toBeCloseTo(1 / 2, 12);
    expect(covs[1]).toBeCloseTo(1 / 6, 12);
    expect(covs[2]).toBeCloseTo(1 / 4, 12);
    const w = effectiveWeights(covs);
    expect(w[0]).toBeCloseTo(43.774078, 5);
    expect(w[1]).toBeCloseTo(25.272975, 5);
    expect(w[2]).toBeCloseTo(30.952947, 5);
    expect(w.reduce((s, x) => s! + x!, 0)).toBeCloseTo(100, 9);
  });

  it("agrees with the two-pass reference over the full matrix", () => {
    const ref = analyseTest(matrix, [1, 1, 1]).items;
    const covs = ref.map(covarianceWithTotal);
    expect(effectiveWeights(covs)).toEqual(
      effectiveWeights(statsFromMatrix(matrix).map(covarianceWithTotal)).map((v) => expect.closeTo(v!, 9)),
    );
  });

  it("gives a question with negative covariance none and leaves it out of the sum", () => {
    // Student D gets item 4 right instead: T = 2, 2, 1, 1 (mean 1.5).
    //   item 1: Cov = 1/3; item 2: Cov = 0; item 3: Cov = 1/6; item 4: Σ = −.5 → Cov = −1/6.
    // EW₁ = 100·√⅓/(√⅓ + 0 + √⅙) = 100/(1 + 1/√2) = 58.5786; EW₃ = 41.4214; EW₂ = 0; EW₄ none.
    const w = effectiveWeights(
      statsFromMatrix([
        [1, 1, 0, 0],
        [1, 0, 1, 0],
        [0, 1, 0, 0],
        [0, 0, 0, 1],
      ]).map(covarianceWithTotal),
    );
    expect(w[0]).toBeCloseTo(58.578644, 5);
    expect(w[1]).toBe(0);
    expect(w[2]).toBeCloseTo(41.421356, 5);
    expect(w[3]).toBeNull();
  });

  it("is undefined below two attempts and when no question covaries with the total", () => {
    expect(effectiveWeights(statsFromMatrix([[1, 0, 1]]).map(covarianceWithTotal))).toEqual([null, null, null]);
    // Everybody scores the same on everything: no spread to share out.
    expect(
      effectiveWeights(
        statsFromMatrix([
          [1, 0],
          [1, 0],
          [1, 0],
        ]).map(covarianceWithTotal),
      ),
    ).toEqual([null, null]);
  });

  it("treats rounding noise around zero as zero, not as a negative covariance", () => {
    expect(covarianceWithTotal({ n: 5, variance: 0.2, covarianceWithRest: -0.2 - 1e-17 })).toBe(0);
    expect(covarianceWithTotal({ n: 5, variance: 0.2, covarianceWithRest: -0.25 })).toBeCloseTo(-0.05, 12);
  });
});

describe("time per question", () => {
  it("takes the median, averaging the middle pair", () => {
    expect(medianOf([])).toBeNull();
    expect(medianOf([30, 10, 20])).toBe(20);
    expect(medianOf([40, 10, 20, 30])).toBe(25);
  });

  it("flags a question far slower than the typical one, judged without itself", () => {
    expect(slowItems([12_000, 15_000, 14_000, 61_000, null])).toEqual([false, false, false, true, false]);
    // Twice as slow but only 6 s more: not worth a flag.
    expect(slowItems([3_000, 4_000, 3_500, 9_500])).toEqual([false, false, false, false]);
    // Too few other questions to say what is typical.
    expect(slowItems([10_000, 90_000])).toEqual([false, false]);
  });
});
