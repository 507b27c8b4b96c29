/**
 * Descriptive statistics for a list of attempt totals, computed the way Moodle's
 * quiz statistics report does (mod/quiz/report/statistics/classes/calculator.php).
 * Every function returns a finite number or null, never NaN or Infinity.
 */

/** Relative size below which a variance is treated as rounding noise (see docs/statistics.md). */
const VARIANCE_EPSILON = 1e-12;

export function assertFiniteArray(values: readonly number[], what: string): void {
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`${what} must be finite numbers, got ${v}`);
  }
}

/**
 * Sums of squares lose the last few bits (one-pass SQL sums especially), so a set of
 * identical marks like 1/3 can come out with variance 1e-17 instead of 0. That would
 * turn "undefined" discrimination into random noise; snap it to exactly 0.
 */
export function cleanVariance(variance: number, meanSquare: number): number {
  return variance <= VARIANCE_EPSILON * Math.max(meanSquare, Number.MIN_VALUE) ? 0 : variance;
}

export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Moodle: middle value, or the mean of the two middle values for an even count. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Sums of powers of deviations from the mean; two-pass so it is exact enough to be the reference. */
function centralSums(xs: readonly number[]) {
  const m = mean(xs) ?? 0;
  let p2 = 0,
    p3 = 0,
    p4 = 0,
    sq = 0;
  for (const x of xs) {
    const d = x - m;
    p2 += d * d;
    p3 += d * d * d;
    p4 += d * d * d * d;
    sq += x * x;
  }
  const n = xs.length;
  return { n, p2: cleanVariance(p2 / n, sq / n) === 0 ? 0 : p2, p3, p4 };
}

/** Sample variance (n − 1). Null below two values. */
export function sampleVariance(xs: readonly number[]): number | null {
  const { n, p2 } = centralSums(xs);
  return n < 2 ? null : p2 / (n - 1);
}

export function sampleSd(xs: readonly number[]): number | null {
  const v = sampleVariance(xs);
  return v === null ? null : Math.sqrt(v);
}

/**
 * Moodle's skewness and kurtosis use the unbiased k-statistics k2, k3, k4:
 * skewness = k3 / k2^1.5 (needs n > 2), kurtosis = k4 / k2² (needs n > 3), both null when k2 = 0.
 */
export function shape(xs: readonly number[]): { skewness: number | null; kurtosis: number | null } {
  const { n, p2, p3, p4 } = centralSums(xs);
  if (n <= 2 || p2 === 0) return { skewness: null, kurtosis: null };
  const m2 = p2 / n,
    m3 = p3 / n,
    m4 = p4 / n;
  const k2 = (n * m2) / (n - 1);
  const k3 = (n * n * m3) / ((n - 1) * (n - 2));
  const skewness = k3 / Math.pow(k2, 1.5);
  if (n <= 3) return { skewness, kurtosis: null };
  const k4 = (n * n * ((n + 1) * m4 - 3 * (n - 1) * m2 * m2)) / ((n - 1) * (n - 2) * (n - 3));
  return { skewness, kurtosis: k4 / (k2 * k2) };
}

export type HistogramBin = { from: number; to: number; count: number };

/**
 * Equal-width bins over [min, max]. Each bin is [from, to) except the last, which also
 * takes `max` itself so a perfect score is counted. Out-of-range scores are clamped into
 * the first/last bin rather than dropped, so counts always add up to the attempt count.
 */
export function histogram(
  scores: readonly number[],
  opts: { bins: number; max: number; min?: number },
): HistogramBin[] {
  const min = opts.min ?? 0;
  const { bins, max } = opts;
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError("bins must be a positive integer");
  if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min) throw new RangeError("need finite min < max");
  assertFiniteArray(scores, "scores");
  const width = (max - min) / bins;
  const out = Array.from({ length: bins }, (_, i) => ({
    from: min + i * width,
    to: i === bins - 1 ? max : min + (i + 1) * width,
    count: 0,
  }));
  for (const s of scores) {
    const i = Math.min(bins - 1, Math.max(0, Math.floor(((s - min) * bins) / (max - min))));
    out[i]!.count++;
  }
  return out;
}
