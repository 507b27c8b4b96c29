import "server-only";
import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { db } from "../index";
import { articles, contentJobs } from "../schema";

/** How long a running job stays claimed without a heartbeat before another runner may take it. */
export const JOB_LEASE_MS = 30_000;
/** A job its runner died on this many times is failed rather than taken again. */
export const MAX_JOB_ATTEMPTS = 2;

/** Queues pipeline work on these articles, unless some is already waiting or running for one. */
export async function queueArticleJobs(articleIds: string[], requestedBy: string | null = null): Promise<number> {
  if (articleIds.length === 0) return 0;
  const busy = new Set(
    (
      await db
        .select({ articleId: contentJobs.articleId })
        .from(contentJobs)
        .where(and(inArray(contentJobs.articleId, articleIds), inArray(contentJobs.status, ["queued", "running"])))
    ).map((r) => r.articleId),
  );
  const fresh = articleIds.filter((id) => !busy.has(id));
  if (fresh.length) await db.insert(contentJobs).values(fresh.map((articleId) => ({ articleId, requestedBy })));
  return fresh.length;
}

/**
 * Takes the oldest job that is waiting, or whose runner stopped renewing its
 * lease (its server died), for `now` + the lease. Jobs abandoned too often are
 * failed first, with a reason the instructor sees.
 */
export async function claimNextJob(now: Date): Promise<{ id: string; articleId: string } | null> {
  return db.transaction(async (tx) => {
    const abandoned = and(eq(contentJobs.status, "running"), lt(contentJobs.leaseUntil, now));
    await tx
      .update(contentJobs)
      .set({
        status: "failed",
        error: "the server stopped while working on this article, more than once",
        leaseUntil: null,
        finishedAt: now,
      })
      .where(and(abandoned, sql`${contentJobs.attempts} >= ${MAX_JOB_ATTEMPTS}`));
    const [next] = await tx
      .select({ id: contentJobs.id })
      .from(contentJobs)
      .where(sql`${contentJobs.status} = 'queued' or (${abandoned})`)
      .orderBy(contentJobs.createdAt)
      .limit(1)
      .for("update", { skipLocked: true });
    if (!next) return null;
    const [job] = await tx
      .update(contentJobs)
      .set({
        status: "running",
        attempts: sql`${contentJobs.attempts} + 1`,
        leaseUntil: new Date(now.getTime() + JOB_LEASE_MS),
      })
      .where(eq(contentJobs.id, next.id))
      .returning({ id: contentJobs.id, articleId: contentJobs.articleId });
    return job ?? null;
  });
}

export async function renewJobLease(id: string, now: Date): Promise<void> {
  await db
    .update(contentJobs)
    .set({ leaseUntil: new Date(now.getTime() + JOB_LEASE_MS) })
    .where(and(eq(contentJobs.id, id), eq(contentJobs.status, "running")));
}

export async function finishJob(id: string, error: string | null = null): Promise<void> {
  await db
    .update(contentJobs)
    .set({ status: error === null ? "done" : "failed", error, leaseUntil: null, finishedAt: new Date() })
    .where(eq(contentJobs.id, id));
}

/** The server is stopping, not the job failing: back in the queue, the attempt not counted. */
export async function releaseJob(id: string): Promise<void> {
  await db
    .update(contentJobs)
    .set({ status: "queued", attempts: sql`greatest(${contentJobs.attempts} - 1, 0)`, leaseUntil: null })
    .where(and(eq(contentJobs.id, id), eq(contentJobs.status, "running")));
}

/** The latest pipeline job of an article, for its page: waiting, running, done or failed (with why). */
export async function latestJobOf(articleId: string) {
  const [job] = await db
    .select({
      status: contentJobs.status,
      error: contentJobs.error,
      createdAt: contentJobs.createdAt,
      finishedAt: contentJobs.finishedAt,
    })
    .from(contentJobs)
    .where(eq(contentJobs.articleId, articleId))
    .orderBy(desc(contentJobs.createdAt))
    .limit(1);
  return job ?? null;
}

/**
 * An instructor asks for an article's questions to be written again: queued
 * when they may curate it (the rule of db/queries/curation.ts) and no job is
 * waiting for it already. null: no such article, or not theirs to curate.
 */
export async function queueRegeneration(
  slug: string,
  instructorId: string,
): Promise<"queued" | "already queued" | null> {
  const [article] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        eq(articles.slug, slug),
        sql`(${articles.origin} = 'content' or ${articles.createdBy} is null or ${articles.createdBy} = ${instructorId})`,
      ),
    );
  if (!article) return null;
  return (await queueArticleJobs([article.id], instructorId)) ? "queued" : "already queued";
}
