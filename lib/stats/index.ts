/** Item analysis as Moodle's quiz statistics report computes it; formulas in docs/statistics.md. */
export { histogram, type HistogramBin } from "./descriptive";
export {
  itemStatsFromSums,
  covarianceMaxFromMarginals,
  discriminativeEfficiencyFromMarginals,
  randomGuessScore,
  flagItem,
  FLAG_THRESHOLDS,
  ITEM_FLAG_LABEL,
  type ItemStats,
  type ItemSums,
  type Frequencies,
  type ItemFlag,
  type ItemFlagCode,
} from "./items";
export {
  summariseScores,
  cronbachAlphaFromVariances,
  reliability,
  sampleWarnings,
  SAMPLE_THRESHOLDS,
  type ScoreSummary,
  type Reliability,
  type StatsWarning,
} from "./summary";
export { analyseTest, type TestAnalysis } from "./analyse";
export { covarianceWithTotal, effectiveWeights } from "./effective-weight";
export { medianOf, slowItems, SLOW_ITEM } from "./timing";
