/**
 * Time spent per question: the median of the answer times (robust to the student who left the tab
 * open), and a flag for questions that take far longer than the rest of the test, which usually
 * means a long prompt, a confusing layout or a key that sends students back to the article.
 */

export const SLOW_ITEM = {
  /** Flagged at this multiple of the typical question's median time… */
  factor: 2,
  /** …and at least this much slower, so a 4 s question is not "slow" next to 2 s ones. */
  minExtraMs: 10_000,
  /** The typical time needs this many other questions with timings. */
  minOthers: 2,
} as const;

/** Middle value; the mean of the two middle values for an even count. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * For each question (by its median answer time, null when nobody's time was measured): is it far
 * slower than the others? Each question is compared with the median of the *other* questions'
 * medians, so one slow question does not raise its own yardstick.
 */
export function slowItems(medians: readonly (number | null)[]): boolean[] {
  return medians.map((m, i) => {
    if (m === null) return false;
    const others = medians.filter((o, j): o is number => j !== i && o !== null);
    if (others.length < SLOW_ITEM.minOthers) return false;
    const typical = medianOf(others)!;
    return m >= SLOW_ITEM.factor * typical && m - typical >= SLOW_ITEM.minExtraMs;
  });
}
