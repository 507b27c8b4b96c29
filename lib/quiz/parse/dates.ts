/** Small date helpers shared by the parser (page dates) and the event extractor. */

export const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

export const pad = (n: number) => String(n).padStart(2, "0");
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** A full calendar date written out ("4 June 2011", "December 23, 2003", "Monday, May 30, 2001") as YYYY-MM-DD. */
export function parseDate(text: string): string | undefined {
  const dmy = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (dmy && MONTHS[dmy[2].toLowerCase()]) return valid(+dmy[3], MONTHS[dmy[2].toLowerCase()], +dmy[1]);
  const mdy = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (mdy && MONTHS[mdy[1].toLowerCase()]) return valid(+mdy[3], MONTHS[mdy[1].toLowerCase()], +mdy[2]);
  return undefined;
}

function valid(y: number, m: number, d: number): string | undefined {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? iso(y, m, d) : undefined;
}
