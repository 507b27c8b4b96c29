import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type Handle } from "@/db";
import { articles, contentJobs } from "@/db/schema";
import { closeTestDb, openTestDb, removeTestArticles } from "@/db/testing/test-db";
import {
  claimNextJob,
  finishJob,
  JOB_LEASE_MS,
  latestJobOf,
  MAX_JOB_ATTEMPTS,
  queueArticleJobs,
  releaseJob,
} from "./content-jobs";

let handle: Handle;
const slug = `jobs-${process.pid}-${Date.now().toString(36)}`;
let articleId: string;

beforeAll(async () => {
  handle = await openTestDb();
  const [row] = await db
    .insert(articles)
    .values({
      slug,
      title: "Jobs",
      sourceText: "x",
      body: "x",
      paragraphs: [],
      wordCount: 1,
      contentHash: "h",
    })
    .returning({ id: articles.id });
  articleId = row!.id;
});
afterAll(async () => {
  await removeTestArticles(handle, [slug]);
  await closeTestDb(handle);
});

/** Claims until this test's job comes up (a shared PostgreSQL may hold other runs' jobs). */
async function claimOurs(now: Date) {
  for (let job = await claimNextJob(now); job; job = await claimNextJob(now))
    if (job.articleId === articleId) return job;
  return null;
}

describe("content jobs", () => {
  it("queues one job per article at a time, and a claimed job is not claimed twice", async () => {
    expect(await queueArticleJobs([articleId])).toBe(1);
    expect(await queueArticleJobs([articleId])).toBe(0);
    const now = new Date();
    const job = await claimOurs(now);
    expect(job).not.toBeNull();
    expect(await claimOurs(now)).toBeNull();
    expect((await latestJobOf(articleId))!.status).toBe("running");
    await finishJob(job!.id);
    expect((await latestJobOf(articleId))!.status).toBe("done");
  });

  it("takes again a job whose server died (lease run out), and fails it after too many deaths", async () => {
    await queueArticleJobs([articleId]);
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_JOB_ATTEMPTS; attempt++) {
      const job = await claimOurs(now);
      expect(job).not.toBeNull();
      // nobody renews the lease: the server running it is gone
      now = new Date(now.getTime() + JOB_LEASE_MS + 1000);
    }
    expect(await claimOurs(now)).toBeNull();
    const last = await latestJobOf(articleId);
    expect(last).toMatchObject({ status: "failed", error: expect.stringContaining("server stopped") });
  });

  it("puts a job stopped by a shutdown back in the queue without counting the attempt", async () => {
    await queueArticleJobs([articleId]);
    const job = await claimOurs(new Date());
    await releaseJob(job!.id);
    const [row] = await db.select().from(contentJobs).where(eq(contentJobs.id, job!.id));
    expect(row).toMatchObject({ status: "queued", attempts: 0, leaseUntil: null });
    const again = await claimOurs(new Date());
    expect(again!.id).toBe(job!.id);
    await finishJob(again!.id, "the pipeline took longer than 120 seconds and was stopped");
    expect(await latestJobOf(articleId)).toMatchObject({ status: "failed" });
    await db.delete(contentJobs).where(inArray(contentJobs.articleId, [articleId]));
  });
});
