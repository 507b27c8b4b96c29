import type { ArticleInput, ArticleMeta, Evidence, ParsedArticle } from "../types";
import { classifyParagraphs, DATELINE_ONLY } from "./cruft";
import { parseDate } from "./dates";
import { splitFrontMatter } from "./front-matter";
import { splitSentences } from "./sentences";

export { FrontMatterError } from "./front-matter";

/**
 * A wire dateline opening a paragraph: "WASHINGTON (AP) — ", "AUSTIN, TEXAS - ",
 * "FORT MEADE, Md. — ", "LONDON, June 3 (Reuters) - ". It is not part of the first sentence.
 */
const DATELINE_PREFIX =
  /^[A-Z][A-Z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,4}(?:,\s+[A-Z][a-z]{2,8}\.? \d{1,2})?(?:\s*\((?:AP|Reuters|AFP|Bloomberg|CNN|BBC|PA|UPI|dpa)\))?\s+[—–-]{1,2}\s+/;

/** A press-release wire dateline: "PITTSBURGH--(BUSINESS WIRE)--", "NEW YORK, May 2, 2024 /PRNewswire/ --". */
const RELEASE_DATELINE =
  /^[A-Z][A-Za-z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z.]*)?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})?\s*(?:--|[—–-])?\s*(?:\((?:BUSINESS WIRE|GLOBE NEWSWIRE|PRNewswire|PR Newswire|ACCESSWIRE|Marketwired|EQS-News)\)|\/(?:PRNewswire|PR Newswire|GLOBE NEWSWIRE)\/)\s*(?:--|[—–-])\s*/;

export function parseArticle(input: ArticleInput): ParsedArticle {
  const { data, bodyStart } = splitFrontMatter(input.text);
  const body = input.text.slice(bodyStart);
  const fmTitle = typeof data.title === "string" ? data.title.trim() : undefined;
  const paragraphs = classifyParagraphs(body, fmTitle);

  const sentences: Evidence[] = [];
  for (const p of paragraphs) {
    if (p.cruft) continue;
    const spans = splitSentences(body, p.start, p.end);
    spans.forEach((s, i) => {
      let start = s.start;
      if (i === 0) {
        const head = body.slice(s.start, Math.min(s.end, s.start + 100));
        const m = RELEASE_DATELINE.exec(head) ?? DATELINE_PREFIX.exec(head);
        if (m && /[A-Z]{2}/.test(m[0])) start += m[0].length;
      }
      if (s.end > start) sentences.push({ sentence: body.slice(start, s.end), start, end: s.end });
    });
  }

  const meta: ArticleMeta = { slug: input.slug, title: fmTitle || guessTitle(body, paragraphs) || input.slug };
  if (typeof data.source === "string") meta.source = data.source;
  if (typeof data.url === "string") meta.url = data.url;
  const published = publishedDate(data.published) ?? datelineDate(body, paragraphs);
  if (published) meta.published = published;
  return { meta, body, paragraphs, sentences };
}

function publishedDate(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v !== "string") return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  return parseDate(v);
}

/** The first headline-like cruft line: short, no sentence punctuation, not a known page label. */
function guessTitle(body: string, paragraphs: ParsedArticle["paragraphs"]): string | undefined {
  for (const p of paragraphs.slice(0, 8)) {
    if (!p.cruft) break;
    if (p.reason !== "headline or label" && p.reason !== "repeated headline") continue;
    const t = body.slice(p.start, p.end).trim();
    if (t.split(/\s+/).length >= 3) return t;
  }
  return undefined;
}

/** A date printed on its own line above the text, or in a wire dateline ("Brussels, 4 June 2011"). */
function datelineDate(body: string, paragraphs: ParsedArticle["paragraphs"]): string | undefined {
  for (const p of paragraphs.slice(0, 12)) {
    const t = body.slice(p.start, p.end);
    if (DATELINE_ONLY.test(t)) {
      const d = parseDate(t);
      if (d) return d;
    }
  }
  return undefined;
}
