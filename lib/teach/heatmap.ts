/** Mastery bands for the class heatmap: a colour scale with words, so colour is never the only cue. */
export type MasteryBand = { level: 0 | 1 | 2 | 3 | 4 | 5; label: string };

export const MASTERY_BANDS: readonly { min: number; band: MasteryBand }[] = [
  { min: 90, band: { level: 5, label: "secure" } },
  { min: 75, band: { level: 4, label: "good" } },
  { min: 60, band: { level: 3, label: "developing" } },
  { min: 40, band: { level: 2, label: "weak" } },
  { min: 0, band: { level: 1, label: "not yet" } },
];

/** `percent` is mean mark as % of max; null when no student answered a question of that kind. */
export function masteryBand(percent: number | null): MasteryBand {
  if (percent === null || !Number.isFinite(percent)) return { level: 0, label: "no answers" };
  for (const { min, band } of MASTERY_BANDS) if (percent >= min) return band;
  return MASTERY_BANDS[MASTERY_BANDS.length - 1]!.band;
}
