/**
 * CSV as spreadsheets expect it: RFC 4180 quoting, CRLF line ends, a UTF-8
 * byte-order mark so Excel reads accents correctly, and cells that would start
 * a formula (= + - @, and tab/CR which some spreadsheets strip first) prefixed
 * with an apostrophe so a student's answer cannot run in the instructor's sheet.
 */
export type CsvValue = string | number | boolean | null | undefined | Date;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === "number") {
    // Numbers are ours, never user input: a negative number stays a number.
    if (!Number.isFinite(value)) return "";
    return String(value);
  } else text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}

const CSV_BOM = "\uFEFF";

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let out = CSV_BOM + csvRow(header);
  for (const row of rows) out += csvRow(row);
  return out;
}

/** A file name safe in a Content-Disposition header on every browser. */
export function csvFileName(...parts: string[]): string {
  const base = parts
    .join("-")
    .normalize("NFKD")
    .replace(/[^\w.-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
    .slice(0, 80);
  return `${base || "export"}.csv`;
}
