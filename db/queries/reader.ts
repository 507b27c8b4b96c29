import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "../index";
import { articles } from "../schema";

/** An article as the reader shows it: the body, its paragraphs and the facts to mark. */
export async function getArticleForReader(slug: string) {
  const [row] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      source: articles.source,
      url: articles.url,
      published: articles.published,
      body: articles.body,
      paragraphs: articles.paragraphs,
      facts: articles.facts,
      wordCount: articles.wordCount,
    })
    .from(articles)
    .where(eq(articles.slug, slug));
  return row ?? null;
}

/** Articles to quiz on, with how many usable questions each has (not retired, not held back unapproved). */
export async function listArticleChoices() {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      questions: sql<number>`(select count(*)::int from questions q where q.article_id = "articles"."id" and q.status <> 'retired'
        and (q.held_reasons is null or q.status = 'approved'))`,
    })
    .from(articles)
    .orderBy(asc(articles.title));
}
