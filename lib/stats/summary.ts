/**
 * Whole-test statistics, as in Moodle's mod/quiz/report/statistics/classes/calculator.php.
 */
import { histogram, mean, median, sampleVariance, shape, assertFiniteArray, type HistogramBin } from "./descriptive";

export type ScoreSummary = {
  /** Completed attempts. */
  n: number;
  /** Students the assignment was given to, when known. */
  assigned: number | null;
  /** n / assigned, %. */
  completionRate: number | null;
  maxScore: number;
  mean: number | null;
  median: number | null;
  /** Sample variance (n − 1), marks². */
  variance: number | null;
  sd: number | null;
  skewness: number | null;
  kurtosis: number | null;
  histogram: HistogramBin[];
};

/** Summary of attempt totals (in marks, out of `maxScore`). */
export function summariseScores(
  totals: readonly number[],
  opts: { maxScore: number; bins?: number; assigned?: number },
): ScoreSummary {
  assertFiniteArray(totals, "totals");
  const { maxScore, assigned } = opts;
  if (!(maxScore > 0) || !Number.isFinite(maxScore)) throw new RangeError("maxScore must be positive");
  if (assigned !== undefined && (!Number.isInteger(assigned) || assigned < 0))
    throw new RangeError("assigned must be a non-negative integer");
  const variance = sampleVariance(totals);
  return {
    n: totals.length,
    assigned: assigned ?? null,
    completionRate: assigned ? (100 * totals.length) / assigned : null,
    maxScore,
    mean: mean(totals),
    median: median(totals),
    variance,
    sd: variance === null ? null : Math.sqrt(variance),
    ...shape(totals),
    histogram: histogram(totals, { bins: opts.bins ?? 10, max: maxScore }),
  };
}

/**
 * Cronbach's alpha on Moodle's % scale: 100 · k/(k−1) · (1 − Σ var(xᵢ) / var(T)).
 * Null for fewer than two items or no spread in the totals. Capped at 100 because only
 * rounding can push it over; it can legitimately be negative.
 */
export function cronbachAlphaFromVariances(k: number, sumItemVariance: number, testVariance: number): number | null {
  if (!Number.isFinite(sumItemVariance) || !Number.isFinite(testVariance))
    throw new RangeError("variances must be finite");
  if (k < 2 || testVariance <= 0) return null;
  return Math.min(100, ((100 * k) / (k - 1)) * (1 - sumItemVariance / testVariance));
}

export type Reliability = {
  /** Coefficient of internal consistency (Cronbach's alpha), %. */
  cic: number | null;
  /** 100 · √(1 − cic/100), %. */
  errorRatio: number | null;
  /** errorRatio/100 · SD(T), marks. */
  standardError: number | null;
};

/** Moodle only computes these from three attempts on (they sit inside its skewness branch); we keep that rule. */
export function reliability(input: {
  n: number;
  k: number;
  sumItemVariance: number | null;
  testVariance: number | null;
}): Reliability {
  const none = { cic: null, errorRatio: null, standardError: null };
  const { n, k, sumItemVariance, testVariance } = input;
  if (n < 3 || sumItemVariance === null || testVariance === null) return none;
  const cic = cronbachAlphaFromVariances(k, sumItemVariance, testVariance);
  if (cic === null) return none;
  const errorRatio = 100 * Math.sqrt(1 - cic / 100);
  return { cic, errorRatio, standardError: (errorRatio / 100) * Math.sqrt(testVariance) };
}

export type StatsWarning = { code: string; level: "info" | "warning"; text: string };

/** Below these counts the report says so; see docs/statistics.md for why these numbers. */
export const SAMPLE_THRESHOLDS = { unreliable: 10, indicative: 30 } as const;

/** At most one attempt-count warning (the most severe that applies) plus one for a single-question test. */
export function sampleWarnings(n: number, k: number): StatsWarning[] {
  const out: StatsWarning[] = [];
  if (n === 0) {
    out.push({ code: "no_attempts", level: "warning", text: "No completed attempts yet." });
  } else if (n < 3) {
    out.push({
      code: "too_few_attempts",
      level: "warning",
      text: `Only ${n} attempt${n === 1 ? "" : "s"}: standard deviation and discrimination need at least 2 attempts, reliability at least 3.`,
    });
  } else if (n < SAMPLE_THRESHOLDS.unreliable) {
    out.push({
      code: "unreliable",
      level: "warning",
      text: `Statistics are unreliable below ${SAMPLE_THRESHOLDS.unreliable} attempts (there are ${n}).`,
    });
  } else if (n < SAMPLE_THRESHOLDS.indicative) {
    out.push({
      code: "indicative",
      level: "info",
      text: `With fewer than ${SAMPLE_THRESHOLDS.indicative} attempts, treat discrimination and reliability as indicative: one student can move them a lot.`,
    });
  }
  if (k < 2)
    out.push({ code: "single_question", level: "info", text: "Reliability (CIC) needs at least 2 questions." });
  return out;
}
