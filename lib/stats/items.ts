/**
 * Per-question statistics as in Moodle's question/classes/statistics/questions/calculator.php.
 * All percentages are on Moodle's display scale (0–100); marks stay in marks.
 */
import type { QuestionKind } from "@/lib/quiz/types";
import { cleanVariance } from "./descriptive";

export type ItemStats = {
  n: number;
  /** Maximum mark of the item. */
  max: number;
  /** Mean mark, in marks. */
  mean: number | null;
  /** Sample variance of the mark, in marks²; Cronbach's alpha sums these. */
  variance: number | null;
  /** Facility index, % of max. */
  facility: number | null;
  /** Sample SD of the mark, % of max. */
  sd: number | null;
  /** 100 × Pearson r between the mark and the rest of the test. */
  discriminationIndex: number | null;
  /** 100 × Cov(mark, rest) / the largest covariance the two marginals allow. */
  discriminativeEfficiency: number | null;
  /** Sample Cov(mark, rest of test), in marks². */
  covarianceWithRest: number | null;
};

/** What one SQL aggregate row per item gives: T is the attempt total including this item. */
export type ItemSums = {
  n: number;
  max: number;
  sumX: number;
  sumX2: number;
  sumT: number;
  sumT2: number;
  sumXT: number;
};

/** A score distribution as value → count: a Map, or [value, count] pairs (duplicates are merged). */
export type Frequencies = Iterable<readonly [value: number, count: number]>;

/** Moments of x and of the rest-of-test score r = T − x, in marks. */
export type ItemMoments = { n: number; max: number; mean: number; varX: number; varR: number; cov: number };

/**
 * Shared by the raw-array and the SQL-sums paths so both apply identical null rules.
 * `cmax` is undefined when the caller has no marginals to compute it from.
 */
export function finishItem(m: ItemMoments, cmax?: number | null): ItemStats {
  const { n, max, mean, varX, varR } = m;
  const base = { n, max, mean: n > 0 ? mean : null, facility: n > 0 ? (100 * mean) / max : null };
  if (n < 2) {
    return {
      ...base,
      variance: null,
      sd: null,
      discriminationIndex: null,
      discriminativeEfficiency: null,
      covarianceWithRest: null,
    };
  }
  const defined = varX > 0 && varR > 0;
  // With a constant side the covariance is 0 by definition; a correlation of 1e-15 is rounding
  // noise that would otherwise trip the "negative DI" flag.
  const cov = !defined || Math.abs(m.cov) <= 1e-9 * Math.sqrt(varX * varR) ? 0 : m.cov;
  return {
    ...base,
    variance: varX,
    sd: (100 * Math.sqrt(varX)) / max,
    covarianceWithRest: cov,
    discriminationIndex: defined ? clamp((100 * cov) / Math.sqrt(varX * varR), -100, 100) : null,
    discriminativeEfficiency: defined && cmax != null && cmax > 0 ? Math.min(100, (100 * cov) / cmax) : null,
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function checkFinite(obj: Record<string, number>): void {
  for (const [k, v] of Object.entries(obj))
    if (!Number.isFinite(v)) throw new RangeError(`${k} must be finite, got ${v}`);
}

/**
 * Item statistics from one-pass SQL sums. Rest-of-test sums follow from R = T − x:
 * ΣR = ΣT − Σx, ΣR² = ΣT² − 2ΣxT + Σx², ΣxR = ΣxT − Σx².
 * Pass `marginals` to get discriminative efficiency as well.
 */
export function itemStatsFromSums(s: ItemSums, marginals?: { x: Frequencies; rest: Frequencies }): ItemStats {
  checkFinite(s);
  if (!Number.isInteger(s.n) || s.n < 0) throw new RangeError("n must be a non-negative integer");
  if (s.max <= 0) throw new RangeError("max must be positive");
  const { n } = s;
  const sumR = s.sumT - s.sumX;
  const sumR2 = s.sumT2 - 2 * s.sumXT + s.sumX2;
  const sumXR = s.sumXT - s.sumX2;
  const moments: ItemMoments = { n, max: s.max, mean: n > 0 ? s.sumX / n : 0, varX: 0, varR: 0, cov: 0 };
  if (n >= 2) {
    moments.varX = Math.max(0, cleanVariance((s.sumX2 - (s.sumX * s.sumX) / n) / (n - 1), s.sumX2 / n));
    moments.varR = Math.max(0, cleanVariance((sumR2 - (sumR * sumR) / n) / (n - 1), sumR2 / n));
    moments.cov = (sumXR - (s.sumX * sumR) / n) / (n - 1);
  }
  const cmax = marginals ? covarianceMaxFromMarginals(marginals.x, marginals.rest) : undefined;
  return finishItem(moments, cmax);
}

function normalise(f: Frequencies): Array<[number, number]> {
  const merged = new Map<number, number>();
  for (const [value, count] of f) {
    if (!Number.isFinite(value)) throw new RangeError(`frequency value must be finite, got ${value}`);
    if (!Number.isInteger(count) || count < 0)
      throw new RangeError(`count must be a non-negative integer, got ${count}`);
    if (count > 0) merged.set(value, (merged.get(value) ?? 0) + count);
  }
  return [...merged].sort((a, b) => a[0] - b[0]);
}

function momentsOf(d: Array<[number, number]>) {
  let n = 0,
    s = 0,
    sq = 0;
  for (const [v, c] of d) {
    n += c;
    s += v * c;
    sq += v * v * c;
  }
  const m = n > 0 ? s / n : 0;
  let dev = 0;
  for (const [v, c] of d) dev += c * (v - m) * (v - m);
  return { n, mean: m, constant: n < 2 || cleanVariance(dev / n, sq / n) === 0 };
}

/**
 * Moodle's covariancemax: sort the marks and the rest scores independently, pair them by
 * rank and take the sample covariance. Pairing by rank only depends on the two marginal
 * distributions, so walk both sorted histograms in step, weighting each overlap by its length.
 * Null when n < 2 or either marginal is constant (then the maximum is 0).
 */
export function covarianceMaxFromMarginals(x: Frequencies, rest: Frequencies): number | null {
  const dx = normalise(x),
    dr = normalise(rest);
  const mx = momentsOf(dx),
    mr = momentsOf(dr);
  if (mx.n !== mr.n) throw new RangeError(`marginals disagree on the attempt count (${mx.n} vs ${mr.n})`);
  if (mx.constant || mr.constant) return null;
  let i = 0,
    j = 0,
    ci = dx[0]![1],
    cj = dr[0]![1],
    acc = 0;
  while (i < dx.length && j < dr.length) {
    const t = Math.min(ci, cj);
    acc += t * (dx[i]![0] - mx.mean) * (dr[j]![0] - mr.mean);
    ci -= t;
    cj -= t;
    if (ci === 0 && ++i < dx.length) ci = dx[i]![1];
    if (cj === 0 && ++j < dr.length) cj = dr[j]![1];
  }
  return acc / (mx.n - 1);
}

/** 100 × covariance / covariancemax; null where Moodle shows nothing. */
export function discriminativeEfficiencyFromMarginals(
  covariance: number,
  x: Frequencies,
  rest: Frequencies,
): number | null {
  if (!Number.isFinite(covariance)) throw new RangeError("covariance must be finite");
  const cmax = covarianceMaxFromMarginals(x, rest);
  return cmax === null || cmax <= 0 ? null : Math.min(100, (100 * covariance) / cmax);
}

/**
 * Expected score of a blind guess, % of max (Moodle's "random guess score").
 * `choices`: options for single_choice / cloze with a word list (0 = typed answer, no guessing
 * chance, so 0 as Moodle's shortanswer), right-hand items for matching, items for ordering.
 * `all_or_nothing`: only a fully right answer scores. `partial`: credit per correct pair or position,
 * where a random permutation gets each one right with probability 1/choices.
 */
export function randomGuessScore(
  kind: QuestionKind,
  choices: number,
  scoring: "all_or_nothing" | "partial" = "all_or_nothing",
): number {
  if (!Number.isInteger(choices) || choices < 0) throw new RangeError("choices must be a non-negative integer");
  switch (kind) {
    case "true_false":
      return 50;
    case "single_choice":
    case "cloze":
      return choices === 0 ? 0 : 100 / choices;
    case "matching":
    case "ordering":
      if (choices === 0) return 0;
      return scoring === "partial" ? 100 / choices : 100 / factorial(choices);
  }
}

function factorial(k: number): number {
  let f = 1;
  for (let i = 2; i <= k; i++) f *= i;
  return f;
}

export const FLAG_THRESHOLDS = { minEfficiency: 15, minFacility: 5, maxFacility: 95 } as const;

export type ItemFlagCode =
  "negative_discrimination" | "low_discriminative_efficiency" | "too_hard" | "too_easy" | "unused_distractor";

/** Each flag's name in the results tables, beside its code. */
export const ITEM_FLAG_LABEL: Record<ItemFlagCode, string> = {
  negative_discrimination: "Negative discrimination",
  low_discriminative_efficiency: "Low discriminative efficiency",
  too_hard: "Too hard",
  too_easy: "Too easy",
  unused_distractor: "Distractor nobody picks",
};

export type ItemFlag = { code: ItemFlagCode; text: string; options?: string[] };

const pct = (v: number) => `${Math.round(v * 10) / 10}%`;

/**
 * Review prompts for one item. `distractorPicks` maps each wrong option's label to how many
 * attempts chose it. Low efficiency is not repeated for an item already flagged as negatively
 * discriminating: a negative DI always means a negative DE, so the second flag adds nothing.
 */
export function flagItem(
  stats: Pick<ItemStats, "facility" | "discriminationIndex" | "discriminativeEfficiency">,
  opts: { distractorPicks?: Readonly<Record<string, number>> } = {},
): ItemFlag[] {
  const flags: ItemFlag[] = [];
  const { facility: f, discriminationIndex: di, discriminativeEfficiency: de } = stats;
  const t = FLAG_THRESHOLDS;
  if (di !== null && di < 0) {
    flags.push({
      code: "negative_discrimination",
      text: `Discrimination index is ${pct(di)}: students who did worse on the rest of the quiz did better on this question. Check the answer key and wording.`,
    });
  } else if (de !== null && de < t.minEfficiency) {
    flags.push({
      code: "low_discriminative_efficiency",
      text: `Discriminative efficiency is ${pct(de)} (below ${t.minEfficiency}%): this question barely separates stronger from weaker students.`,
    });
  }
  if (f !== null && f < t.minFacility) {
    flags.push({
      code: "too_hard",
      text: `Facility is ${pct(f)} (below ${t.minFacility}%): almost nobody gets this right.`,
    });
  } else if (f !== null && f > t.maxFacility) {
    flags.push({
      code: "too_easy",
      text: `Facility is ${pct(f)} (above ${t.maxFacility}%): almost everybody gets this right.`,
    });
  }
  const unused = Object.entries(opts.distractorPicks ?? {})
    .filter(([, c]) => c === 0)
    .map(([label]) => label);
  if (unused.length > 0) {
    const list = unused.map((l) => `"${l}"`).join(", ");
    flags.push({
      code: "unused_distractor",
      options: unused,
      text: `Nobody chose ${list}: ${unused.length > 1 ? "these wrong options do" : "this wrong option does"} not distract anyone.`,
    });
  }
  return flags;
}
