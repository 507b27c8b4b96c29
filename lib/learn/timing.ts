/**
 * The browser measures how long a question was on screen before the answer was
 * sent. The server trusts it only within sane bounds: a value that is missing,
 * negative or faster than anyone can read counts as "no timing" (rated Good,
 * never Easy), and a tab left open for an hour counts as ten minutes.
 */
const MIN_RESPONSE_MS = 300;
export const MAX_RESPONSE_MS = 10 * 60 * 1000;

export function clampResponseMs(ms: unknown): number | null {
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms < MIN_RESPONSE_MS) return null;
  return Math.min(Math.round(ms), MAX_RESPONSE_MS);
}
