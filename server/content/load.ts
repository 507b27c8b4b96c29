import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { FrontMatterError, parseArticle } from "@/lib/quiz";
import type { ArticleRecord } from "@/db/queries/articles";
import { decodeArticleText, NotArticleTextError } from "@/lib/quiz/parse/decode";

/** A content file that cannot be imported, with where and why. */
export class ContentFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${reason}`);
    this.name = "ContentFileError";
  }
}

const ARTICLE_EXTENSIONS = new Set([".md", ".txt"]);
const SLUG = /^[a-z0-9][a-z0-9_-]*$/;

/** Decodes and checks one article file; throws ContentFileError naming the problem. */
export function articleFromText(file: string, bytes: Buffer): ArticleRecord {
  const name = path.basename(file);
  const slug = name.replace(/\.(md|txt)$/i, "").toLowerCase();
  if (!SLUG.test(slug)) {
    throw new ContentFileError(
      name,
      null,
      "the file name must be letters, digits, '-' or '_' (it becomes the article's URL)",
    );
  }
  let text: string;
  try {
    text = decodeArticleText(bytes);
  } catch (e) {
    if (e instanceof NotArticleTextError) throw new ContentFileError(name, null, `the file ${e.message}`);
    throw e;
  }
  let parsed;
  try {
    parsed = parseArticle({ slug, text });
  } catch (e) {
    if (e instanceof FrontMatterError) throw new ContentFileError(name, e.line, e.reason);
    throw e;
  }
  const clean = parsed.paragraphs.filter((p) => !p.cruft);
  if (clean.length === 0)
    throw new ContentFileError(name, null, "no article text is left once page furniture is removed");
  const wordCount = clean.reduce((n, p) => n + (parsed.body.slice(p.start, p.end).match(/\S+/g)?.length ?? 0), 0);
  return {
    slug,
    title: parsed.meta.title,
    source: parsed.meta.source ?? null,
    url: parsed.meta.url ?? null,
    published: parsed.meta.published ?? null,
    sourceText: text,
    body: parsed.body,
    paragraphs: parsed.paragraphs.map(({ start, end, cruft }) => ({ start, end, cruft })),
    wordCount,
    contentHash: createHash("sha256").update(bytes).digest("hex"),
  };
}

/**
 * Reads and parses every article in a folder before anything is written, so
 * one bad file stops the import with nothing half-done.
 */
export function loadContentDir(dir: string): ArticleRecord[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => ARTICLE_EXTENSIONS.has(path.extname(n).toLowerCase()));
  } catch (e) {
    throw new ContentFileError(dir, null, `cannot read the content folder (${(e as Error).message})`);
  }
  const seen = new Map<string, string>();
  return names.sort().map((name) => {
    const slug = name.replace(/\.(md|txt)$/i, "").toLowerCase();
    const other = seen.get(slug);
    if (other) throw new ContentFileError(name, null, `has the same name as ${other}; article names must be unique`);
    seen.set(slug, name);
    const file = path.join(dir, name);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      throw new ContentFileError(
        name,
        null,
        `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
    }
    return articleFromText(file, bytes);
  });
}
