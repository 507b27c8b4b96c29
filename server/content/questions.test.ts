import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type Handle } from "@/db";
import { articles, questions, questionVersions } from "@/db/schema";
import { closeTestDb, openTestDb, removeTestArticles } from "@/db/testing/test-db";
import { importContentDir } from "./sync";
import { regenerateQuestions } from "./questions";

// Written for this test: an invented council story with an acronym, roles, quotes and dates.
const STORY = `---
title: "Harbour authority opens a flood barrier"
source: Example Coast News
published: 2024-05-10
---
The Coastal Flood Authority (CFA), the region's flood defence agency, opened its new barrier on Thursday.

CFA chief executive Maria Olsen said the barrier "will protect forty thousand homes from the worst storms for a generation."

Work on the barrier began in 2019, when the regional assembly approved the plan. The assembly's chair, Tomas Berg, said in March 2021 that "the costs have been kept under control despite the pandemic."

"We are proud of every engineer who worked on it," Olsen added.
`;

let handle: Handle;
let dir: string;
const slug = `harbour-${process.pid}-${Date.now().toString(36)}`;

beforeAll(async () => {
  handle = await openTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sourced-q-"));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await removeTestArticles(handle, [slug]);
  await closeTestDb(handle);
});

async function stored() {
  const [article] = await db
    .select({ id: articles.id, facts: articles.facts })
    .from(articles)
    .where(eq(articles.slug, slug));
  const rows = await db.select().from(questions).where(eq(questions.articleId, article!.id));
  return { article: article!, rows };
}

describe("storing generated questions", () => {
  it("stores facts and draft questions with their first version", async () => {
    fs.writeFileSync(path.join(dir, `${slug}.md`), STORY);
    await importContentDir(dir);
    const first = await regenerateQuestions();
    const { article, rows } = await stored();
    expect(article.facts?.acronyms.map((a) => a.short)).toContain("CFA");
    expect(rows.length).toBeGreaterThan(3);
    expect(first.added).toBeGreaterThanOrEqual(rows.length);
    expect(rows.every((r) => r.status === "draft" && r.currentVersion === 1)).toBe(true);
    const versions = await db
      .select()
      .from(questionVersions)
      .where(
        inArray(
          questionVersions.questionId,
          rows.map((r) => r.id),
        ),
      );
    expect(versions).toHaveLength(rows.length);
    for (const v of versions) expect(STORY).toContain(v.sourceSentence);
  });

  it("leaves everything as it is when nothing changed", async () => {
    const before = await stored();
    const again = await regenerateQuestions();
    expect(again.added).toBe(0);
    expect(again.retired).toBe(0);
    const after = await stored();
    expect(after.rows.map((r) => [r.id, r.currentVersion]).sort()).toEqual(
      before.rows.map((r) => [r.id, r.currentVersion]).sort(),
    );
  });

  it("retires questions whose fact is gone and restores them when it returns", async () => {
    const before = await stored();
    const withoutAcronym = STORY.replace(
      "The Coastal Flood Authority (CFA), the region's flood defence agency, opened",
      "A new barrier was opened",
    ).replaceAll("CFA chief executive", "Chief executive");
    fs.writeFileSync(path.join(dir, `${slug}.md`), withoutAcronym);
    await importContentDir(dir);
    const r = await regenerateQuestions();
    expect(r.retired).toBeGreaterThan(0);
    const mid = await stored();
    const retired = mid.rows.filter((q) => q.status === "retired");
    expect(retired.length).toBeGreaterThan(0);
    expect(retired.every((q) => q.retiredReason === "not_generated")).toBe(true);
    // Retired, not deleted: every question stored before is still there.
    expect(mid.rows.map((q) => q.id)).toEqual(expect.arrayContaining(before.rows.map((q) => q.id)));

    fs.writeFileSync(path.join(dir, `${slug}.md`), STORY);
    await importContentDir(dir);
    const back = await regenerateQuestions();
    expect(back.restored).toBeGreaterThan(0);
    const after = await stored();
    const original = new Set(before.rows.map((q) => q.id));
    expect(after.rows.filter((q) => original.has(q.id) && q.status === "retired")).toEqual([]);
    // What only the edited text produced is retired in its turn.
    const onlyMid = after.rows.filter((q) => !original.has(q.id));
    expect(onlyMid.length).toBeGreaterThan(0);
    expect(onlyMid.every((q) => q.status === "retired")).toBe(true);
  });
});
