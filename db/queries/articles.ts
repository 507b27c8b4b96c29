import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "../index";
import { articles, type ArticleParagraph } from "../schema";

export type ArticleRecord = {
  slug: string;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  sourceText: string;
  body: string;
  paragraphs: ArticleParagraph[];
  wordCount: number;
  contentHash: string;
};

export type ImportSummary = { added: string[]; updated: string[]; unchanged: string[] };

/** A content file whose slug belongs to an article an instructor added in the app. */
export class SlugTakenError extends Error {
  constructor(readonly slug: string) {
    super(`${slug}: an instructor already added an article named "${slug}" in the app; rename the file`);
    this.name = "SlugTakenError";
  }
}

/**
 * Inserts new articles and updates changed ones (by slug, compared by content
 * hash) in one transaction: either every file lands or none does.
 */
export async function upsertArticles(records: ArticleRecord[]): Promise<ImportSummary> {
  const summary: ImportSummary = { added: [], updated: [], unchanged: [] };
  if (records.length === 0) return summary;
  await db.transaction(async (tx) => {
    const existing = await tx
      .select({ slug: articles.slug, contentHash: articles.contentHash, origin: articles.origin })
      .from(articles)
      .where(
        inArray(
          articles.slug,
          records.map((r) => r.slug),
        ),
      );
    // Never overwrite an uploaded article with a file that happens to share its name.
    const taken = existing.find((e) => e.origin === "upload");
    if (taken) throw new SlugTakenError(taken.slug);
    const hashes = new Map(existing.map((e) => [e.slug, e.contentHash]));
    for (const record of records) {
      const known = hashes.get(record.slug);
      if (known === record.contentHash) {
        summary.unchanged.push(record.slug);
      } else if (known === undefined) {
        await tx.insert(articles).values(record);
        summary.added.push(record.slug);
      } else {
        await tx
          .update(articles)
          .set({ ...record, updatedAt: new Date() })
          .where(eq(articles.slug, record.slug));
        summary.updated.push(record.slug);
      }
    }
  });
  return summary;
}

export async function listArticles() {
  return db
    .select({
      slug: articles.slug,
      title: articles.title,
      source: articles.source,
      published: articles.published,
      wordCount: articles.wordCount,
      importedAt: articles.importedAt,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .orderBy(asc(articles.title));
}
