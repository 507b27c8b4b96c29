/**
 * Turns the results page's SQL aggregates into Moodle's quiz statistics, using
 * lib/stats for every formula. Plain data in, plain data out.
 */
import {
  covarianceWithTotal,
  effectiveWeights,
  flagItem,
  itemStatsFromSums,
  randomGuessScore,
  reliability,
  sampleWarnings,
  summariseScores,
  type Frequencies,
  type ItemFlag,
  type ItemStats,
  type ItemSums,
  type Reliability,
  type ScoreSummary,
  type StatsWarning,
} from "@/lib/stats";
import type { QuestionKind } from "@/lib/quiz/types";

export type ItemAggregate = {
  position: number;
  kind: QuestionKind;
  /** Options (single choice, cloze word list), right-hand items (matching) or items (ordering); 0 for typed answers. */
  choices: number;
  sums: ItemSums;
  marginals: { x: Frequencies; rest: Frequencies };
  /** Wrong options by label → picks; only for kinds with options. */
  distractorPicks?: Record<string, number>;
};

export type ItemReport = {
  position: number;
  stats: ItemStats;
  randomGuess: number;
  /** Moodle's effective weight, %: the question's share of the spread of total scores. */
  effectiveWeight: number | null;
  flags: ItemFlag[];
};

export type ResultsAnalysis = {
  summary: ScoreSummary;
  reliability: Reliability;
  items: ItemReport[];
  warnings: StatsWarning[];
};

/**
 * Expected mark of a blind guess, % of max. Our grader gives ordering items
 * credit per pair in the right relative order (lib/quiz/grade.ts), so a random
 * order scores 50% on average, not lib/stats' per-position 100/m.
 */
export function guessScore(kind: QuestionKind, choices: number): number {
  if (kind === "ordering") return choices >= 2 ? 50 : 0;
  return randomGuessScore(kind, choices, kind === "matching" ? "partial" : "all_or_nothing");
}

export function analyseAggregates(input: {
  items: readonly ItemAggregate[];
  /** Counted attempt totals, in marks. */
  totals: readonly number[];
  maxScore: number;
  assigned?: number;
  bins?: number;
}): ResultsAnalysis {
  const n = input.totals.length;
  const k = input.items.length;
  const items = input.items.map((it) => {
    const stats = itemStatsFromSums(it.sums, it.sums.n >= 2 ? it.marginals : undefined);
    const flags = flagItem(stats, { distractorPicks: it.sums.n > 0 ? it.distractorPicks : undefined });
    return { position: it.position, stats, randomGuess: guessScore(it.kind, it.choices), flags };
  });
  const weights = effectiveWeights(items.map((it) => covarianceWithTotal(it.stats)));
  const summary = summariseScores(input.totals, {
    maxScore: input.maxScore > 0 ? input.maxScore : 1,
    bins: input.bins ?? Math.min(10, Math.max(1, Math.round(input.maxScore))),
    assigned: input.assigned,
  });
  const sumItemVariance = n < 2 ? null : items.reduce((s, it) => s + (it.stats.variance ?? 0), 0);
  return {
    summary,
    reliability: reliability({ n, k, sumItemVariance, testVariance: summary.variance }),
    items: items.map((it, i) => ({ ...it, effectiveWeight: weights[i]! })),
    warnings: sampleWarnings(n, k),
  };
}
