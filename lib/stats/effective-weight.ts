/**
 * Moodle's effective weight (question/classes/statistics/questions/calculator.php): how much of
 * the spread of the attempts' total scores each question accounts for, as a percentage that adds
 * up to 100 over the questions. With covᵢ = Cov(xᵢ, T), T the attempt's total *including* question i
 * (sample covariance, n − 1):
 *
 *   EWᵢ = 100 · √covᵢ / Σ_{j : covⱼ ≥ 0} √covⱼ
 *
 * A question whose covariance with the total is negative gets no weight and is left out of the sum
 * (Moodle shows "negative covariance"); when no question has a positive covariance, none gets one.
 */
import type { ItemStats } from "./items";

/**
 * Cov(x, T) from what item statistics already hold: T = x + R, so Cov(x, T) = Cov(x, R) + Var(x).
 * Null below two attempts, where Moodle has no covariance either.
 */
export function covarianceWithTotal(item: Pick<ItemStats, "n" | "variance" | "covarianceWithRest">): number | null {
  if (item.n < 2 || item.variance === null || item.covarianceWithRest === null) return null;
  const c = item.covarianceWithRest + item.variance;
  // Cov(x, R) = −Var(x) exactly gives 0; in floating point it can come out as −1e-17, which
  // would read as "negative covariance".
  return Math.abs(c) <= 1e-12 * Math.max(item.variance, Math.abs(item.covarianceWithRest)) ? 0 : c;
}

/** Effective weight per question, % (null where Moodle shows none), from each question's Cov(x, T). */
export function effectiveWeights(covariances: readonly (number | null)[]): (number | null)[] {
  for (const c of covariances)
    if (c !== null && !Number.isFinite(c)) throw new RangeError(`covariance must be finite, got ${c}`);
  const sum = covariances.reduce<number>((s, c) => (c !== null && c >= 0 ? s + Math.sqrt(c) : s), 0);
  return covariances.map((c) => (c === null || c < 0 || sum === 0 ? null : (100 * Math.sqrt(c)) / sum));
}
