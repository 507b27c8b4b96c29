/**
 * Reference implementation over the full attempts × items matrix. It computes every moment
 * directly (two-pass, explicit sorting) rather than through the SQL-sums functions, so the
 * tests comparing the two paths check something real.
 */
import { cleanVariance } from "./descriptive";
import { finishItem, type ItemStats } from "./items";
import {
  reliability,
  sampleWarnings,
  summariseScores,
  type Reliability,
  type ScoreSummary,
  type StatsWarning,
} from "./summary";

export type TestAnalysis = {
  summary: ScoreSummary;
  reliability: Reliability;
  items: ItemStats[];
  warnings: StatsWarning[];
};

function moments(a: readonly number[], b: readonly number[]) {
  const n = a.length;
  let sa = 0,
    sb = 0,
    qa = 0,
    qb = 0;
  for (let i = 0; i < n; i++) {
    sa += a[i]!;
    sb += b[i]!;
    qa += a[i]! * a[i]!;
    qb += b[i]! * b[i]!;
  }
  const ma = sa / n,
    mb = sb / n;
  let va = 0,
    vb = 0,
    c = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma,
      db = b[i]! - mb;
    va += da * da;
    vb += db * db;
    c += da * db;
  }
  return {
    mean: ma,
    varA: cleanVariance(va / (n - 1), qa / n),
    varB: cleanVariance(vb / (n - 1), qb / n),
    cov: c / (n - 1),
  };
}

const ascending = (xs: readonly number[]) => [...xs].sort((p, q) => p - q);

/** `matrix[attempt][item]` is the mark on that item, in [0, itemMax[item]]. */
export function analyseTest(
  matrix: readonly (readonly number[])[],
  itemMax: readonly number[],
  opts: { bins?: number; assigned?: number } = {},
): TestAnalysis {
  const k = itemMax.length;
  itemMax.forEach((m, j) => {
    if (!Number.isFinite(m) || m <= 0) throw new RangeError(`itemMax[${j}] must be positive, got ${m}`);
  });
  matrix.forEach((row, i) => {
    if (row.length !== k) throw new RangeError(`attempt ${i} has ${row.length} marks, expected ${k}`);
    row.forEach((x, j) => {
      if (!Number.isFinite(x) || x < 0 || x > itemMax[j]!)
        throw new RangeError(`mark [${i}][${j}] = ${x} is outside [0, ${itemMax[j]}]`);
    });
  });

  const n = matrix.length;
  const totals = matrix.map((row) => row.reduce((s, x) => s + x, 0));
  const items = itemMax.map((max, j) => {
    const xs = matrix.map((row) => row[j]!);
    const rest = matrix.map((row, i) => totals[i]! - row[j]!);
    if (n < 2) return finishItem({ n, max, mean: n ? xs[0]! : 0, varX: 0, varR: 0, cov: 0 });
    const m = moments(xs, rest);
    const cmax = moments(ascending(xs), ascending(rest)).cov;
    return finishItem({ n, max, mean: m.mean, varX: m.varA, varR: m.varB, cov: m.cov }, cmax);
  });

  const summary = summariseScores(totals, { maxScore: itemMax.reduce((s, m) => s + m, 0), ...opts });
  const sumItemVariance = n < 2 ? null : items.reduce((s, it) => s + (it.variance ?? 0), 0);
  return {
    summary,
    reliability: reliability({ n, k, sumItemVariance, testVariance: summary.variance }),
    items,
    warnings: sampleWarnings(n, k),
  };
}
