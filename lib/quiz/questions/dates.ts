/**
 * Dates as intervals of days, at the granularity the article gives them, so
 * that ordering only uses events whose order the article fixes, and wrong
 * dates are shifted at the same granularity ("2013" → "2012", "May, 2000" →
 * "August, 2000").
 */

export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_RE =
  "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export type Granularity = "year" | "part" | "month" | "day" | "range";
export type When = { start: number; end: number; gran: Granularity; relative: boolean };

const day = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m, d) / 86_400_000);
const monthIndex = (s: string) => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().slice(0, 3)));
const lastDay = (y: number, m: number) => day(y, m + 1, 1) - 1;

function parsePublished(published?: string): { y: number; m: number; d: number; n: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? "");
  if (!m) return undefined;
  const y = +m[1],
    mo = +m[2] - 1,
    d = +m[3];
  return { y, m: mo, d, n: day(y, mo, d) };
}

/** Is this expression relative to the time of writing ("today", "Friday", "last year")? */
export function isRelativeWhen(when: string): boolean {
  return (
    /\b(?:today|tonight|yesterday|tomorrow|last|this|next|earlier|later|past|recently|ago|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.test(
      when,
    ) && !/\b\d{4}\b/.test(when)
  );
}

/** Parse an event's `when` (as written) into a day interval; relative forms need `published`. */
export function parseWhen(when: string, published?: string): When | undefined {
  const w = when
    .trim()
    .toLowerCase()
    .replace(/(\d)(st|nd|rd|th)\b/g, "$1")
    .replace(/\s+/g, " ");
  const pub = parsePublished(published);
  let m: RegExpExecArray | null;
  if ((m = /^(?:from\s+)?(\d{4})\s*(?:-|–|to)\s*(\d{4})$/.exec(w))) {
    return { start: day(+m[1], 0, 1), end: lastDay(+m[2], 11), gran: "range", relative: false };
  }
  if (
    (m = new RegExp(`^(?:the\\s+)?(?:week of\\s+)?${MONTH_RE}\\s+(\\d{1,2}),?\\s+(\\d{4})$`).exec(w)) ||
    (m = new RegExp(`^(?:\\w+day,?\\s+)?(\\d{1,2})\\s+${MONTH_RE},?\\s+(\\d{4})$`).exec(w))
  ) {
    const [mo, d] = /^\d/.test(m[1]) ? [monthIndex(m[2]), +m[1]] : [monthIndex(m[1]), +m[2]];
    const n = day(+m[3], mo, d);
    return /\bweek of\b/.test(w)
      ? { start: n, end: n + 6, gran: "day", relative: false }
      : { start: n, end: n, gran: "day", relative: false };
  }
  if ((m = new RegExp(`^(?:in\\s+)?${MONTH_RE},?\\s+(\\d{4})$`).exec(w))) {
    const mo = monthIndex(m[1]);
    return { start: day(+m[2], mo, 1), end: lastDay(+m[2], mo), gran: "month", relative: false };
  }
  if (
    (m =
      /^(?:(?:in|by|since|back at|as early as)\s+)?(?:the\s+)?(end|start|beginning|early|mid|middle|late)(?:\s+of)?[\s-]+(\d{4})$/.exec(
        w,
      ))
  ) {
    const y = +m[2];
    const [a, b] = {
      end: [9, 11],
      start: [0, 2],
      beginning: [0, 2],
      early: [0, 3],
      mid: [4, 7],
      middle: [4, 7],
      late: [8, 11],
    }[m[1] as "end"];
    return { start: day(y, a, 1), end: lastDay(y, b), gran: "part", relative: false };
  }
  if ((m = /^(?:(?:in|by|since|as early as)\s+)?(\d{4})$/.exec(w))) {
    return { start: day(+m[1], 0, 1), end: lastDay(+m[1], 11), gran: "year", relative: false };
  }
  if (!pub) return undefined;
  if (
    (m = new RegExp(`^(?:on\\s+)?(?:\\w+day,?\\s+)?(?:${MONTH_RE}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH_RE})$`).exec(w))
  ) {
    const mo = monthIndex(m[1] ?? m[4]),
      d = +(m[2] ?? m[3]);
    const n = day(pub.y, mo, d);
    return { start: n, end: n, gran: "day", relative: true };
  }
  if (/^(?:today|this morning|tonight)$/.test(w)) return { start: pub.n, end: pub.n, gran: "day", relative: true };
  if (w === "yesterday") return { start: pub.n - 1, end: pub.n - 1, gran: "day", relative: true };
  if ((m = /^(?:on\s+)?(?:last\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(w))) {
    const target = WEEKDAYS.indexOf(m[1]);
    const pubDow = new Date(pub.n * 86_400_000).getUTCDay();
    let back = (pubDow - target + 7) % 7;
    if (w.includes("last") && back === 0) back = 7;
    return { start: pub.n - back, end: pub.n - back, gran: "day", relative: true };
  }
  if (w === "last year")
    return { start: day(pub.y - 1, 0, 1), end: lastDay(pub.y - 1, 11), gran: "year", relative: true };
  if (w === "earlier this year") return { start: day(pub.y, 0, 1), end: pub.n, gran: "part", relative: true };
  return undefined;
}

/** "2013-06-04" → "4 June 2013"; used to anchor relative words in stems. */
export function formatDay(n: number): string {
  const d = new Date(n * 86_400_000);
  const m = MONTHS[d.getUTCMonth()];
  return `${d.getUTCDate()} ${m[0].toUpperCase()}${m.slice(1)} ${d.getUTCFullYear()}`;
}

export function publishedDay(published?: string): number | undefined {
  return parsePublished(published)?.n;
}

/**
 * Wrong dates at the granularity of `when`, as written in the same style.
 * Years move by a few years, months by a few months, days by a few days.
 */
export function shiftedDates(when: string, n: number, seed: number, latest?: number): string[] {
  const out: string[] = [];
  // a past event is never offered a date after the article was written
  const add = (s: string) => {
    const start = latest === undefined ? undefined : parseWhen(s)?.start;
    if (s !== when && !out.includes(s) && (start === undefined || start <= latest!)) out.push(s);
  };
  const steps = [...[-2, -1, 1, 2, 3, -3].map((s, i) => [-2, -1, 1, 2, 3, -3][(i + seed) % 6]), -4, -5];
  const monthM = new RegExp(`\\b${MONTH_RE}\\b`, "i").exec(when);
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(when);
  const dayM = /\b(\d{1,2})(st|nd|rd|th)?\b(?!\d)/.exec(when.replace(/\b\d{4}\b/g, "____"));
  for (const s of steps) {
    if (out.length >= n) break;
    if (dayM && monthM) {
      const d = Math.min(28, Math.max(1, +dayM[1] + s * (/\bweek\b/i.test(when) ? 7 : 3)));
      add(when.replace(new RegExp(`\\b${dayM[1]}${dayM[2] ?? ""}\\b`), `${d}${dayM[2] ? ordinal(d) : ""}`));
    } else if (monthM) {
      const idx = monthIndex(monthM[1]);
      const to = MONTHS[(idx + s * 2 + 24) % 12];
      const cased = monthM[0][0] === monthM[0][0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to;
      add(when.replace(monthM[0], cased));
    } else if (year) {
      add(when.replace(year[1], String(+year[1] + s)));
    }
  }
  return out;
}

function ordinal(d: number): string {
  if (d % 100 >= 11 && d % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][d % 10] ?? "th";
}
