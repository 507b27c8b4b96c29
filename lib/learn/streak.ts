/**
 * Days with at least one answer, in the student's own time zone: the current
 * streak counts back from today (or from yesterday, so an unbroken streak is
 * not shown as 0 before today's first answer).
 */
export function dayKey(date: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

function previousDay(key: string): string {
  const d = new Date(`${key}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function safeTimeZone(tz: string | undefined | null): string {
  if (!tz) return "UTC";
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone: tz });
    return tz;
  } catch {
    return "UTC";
  }
}

export function streak(
  answerDays: Iterable<string>,
  now: Date,
  timeZone: string,
): { current: number; longest: number; today: boolean } {
  const days = new Set(answerDays);
  const today = dayKey(now, timeZone);
  let start = days.has(today) ? today : previousDay(today);
  let current = 0;
  while (days.has(start)) {
    current++;
    start = previousDay(start);
  }
  let longest = 0;
  for (const d of days) {
    if (days.has(previousDay(d))) continue;
    let n = 0;
    for (let k = d; days.has(k);) {
      n++;
      const next = new Date(`${k}T12:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      k = next.toISOString().slice(0, 10);
    }
    longest = Math.max(longest, n);
  }
  return { current, longest, today: days.has(today) };
}

/** The last `n` day keys ending today, oldest first. */
export function lastDays(now: Date, timeZone: string, n: number): string[] {
  const out = [dayKey(now, timeZone)];
  while (out.length < n) out.unshift(previousDay(out[0]!));
  return out;
}
