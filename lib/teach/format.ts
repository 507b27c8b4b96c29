/** Numbers for the results tables: "—" wherever a statistic is undefined (never NaN). */
export function fmtPct(v: number | null | undefined, digits = 1): string {
  return v === null || v === undefined || !Number.isFinite(v) ? "—" : `${v.toFixed(digits)}%`;
}

export function fmtNum(v: number | null | undefined, digits = 2): string {
  return v === null || v === undefined || !Number.isFinite(v) ? "—" : v.toFixed(digits);
}

/** Marks: whole numbers stay whole, partial credit shows two decimals. */
export function fmtMarks(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "—";
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}

export const KIND_LABEL: Record<string, string> = {
  single_choice: "Multiple choice",
  true_false: "True or false",
  cloze: "Fill in the blank",
  matching: "Matching",
  ordering: "Ordering",
};

export const FACT_KIND_LABEL: Record<string, string> = {
  acronym: "Acronyms",
  role: "Roles",
  quote: "Quotes",
  event: "Events",
  description: "Descriptions",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Route params reach SQL as uuids; anything else is simply not found. */
export const isUuid = (s: string) => UUID.test(s);
