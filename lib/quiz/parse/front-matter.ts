import { parse as parseYaml, YAMLParseError } from "yaml";

/** A front matter problem, with the 1-based line of the file it is on (the importer prints "file:line: reason"). */
export class FrontMatterError extends Error {
  readonly line: number;
  readonly reason: string;
  constructor(line: number, reason: string) {
    super(`line ${line}: ${reason}`);
    this.name = "FrontMatterError";
    this.line = line;
    this.reason = reason;
  }
}

export type FrontMatter = {
  data: Record<string, unknown>;
  /** Offset in the file where the body starts; body offsets are relative to it. */
  bodyStart: number;
};

const FENCE = /^---[ \t]*$/;
// An article's link: an absolute web address. Anything else (javascript:, data:, a relative path) would become a
// link on the reader page that does something other than open the source.
const WEB_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
const STRING_FIELDS = ["title", "source", "url", "published"] as const;

/**
 * Splits YAML front matter off the file text. A file without a leading `---` line has no
 * front matter and the whole text is the body. A BOM before the fence is tolerated because
 * editors on Windows add one.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const lead = text.startsWith("\uFEFF") ? 1 : 0;
  const firstEnd = lineEnd(text, lead);
  if (!FENCE.test(text.slice(lead, firstEnd).replace(/\r$/, ""))) return { data: {}, bodyStart: 0 };

  let pos = nextLine(text, firstEnd);
  let close = -1;
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    if (FENCE.test(text.slice(pos, end).replace(/\r$/, ""))) {
      close = pos;
      break;
    }
    pos = nextLine(text, end);
  }
  if (close < 0) throw new FrontMatterError(1, "front matter opened with --- is never closed");

  const yamlText = text.slice(nextLine(text, firstEnd), close);
  let data: unknown;
  try {
    data = parseYaml(yamlText) ?? {};
  } catch (e) {
    const line = e instanceof YAMLParseError && e.linePos ? e.linePos[0].line + 1 : 2;
    // The YAML library's own "at line N, column M" counts from the block, not the file: the
    // file line is reported separately, so that part is dropped.
    const reason =
      e instanceof Error ? e.message.split("\n")[0].replace(/\s*at line \d+, column \d+:?\s*$/, "") : String(e);
    throw new FrontMatterError(line, `invalid YAML in front matter: ${reason}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new FrontMatterError(2, "front matter must be a YAML mapping of keys to values");
  }
  const record = data as Record<string, unknown>;
  for (const field of STRING_FIELDS) {
    const v = record[field];
    if (v === undefined || v === null) continue;
    if (field === "published" && v instanceof Date) continue;
    if (typeof v !== "string") {
      throw new FrontMatterError(
        fieldLine(yamlText, field) + 1,
        `"${field}" must be a string, got ${Array.isArray(v) ? "a list" : typeof v}`,
      );
    }
  }
  if (typeof record.url === "string" && !isWebUrl(record.url)) {
    throw new FrontMatterError(fieldLine(yamlText, "url") + 1, `"url" must be an http:// or https:// address`);
  }
  return { data: record, bodyStart: nextLine(text, lineEnd(text, close)) };
}

/** Whether an article's url is one the reader may link to. */
export function isWebUrl(url: string): boolean {
  return WEB_URL.test(url.trim());
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf("\n", from);
  return i < 0 ? text.length : i;
}

function nextLine(text: string, end: number): number {
  return end < text.length ? end + 1 : end;
}

/** 1-based line of a top-level key inside the YAML block (the block starts on file line 2). */
function fieldLine(yamlText: string, field: string): number {
  const lines = yamlText.split("\n");
  const i = lines.findIndex((l) => l.startsWith(`${field}:`));
  return (i < 0 ? 0 : i) + 1;
}
