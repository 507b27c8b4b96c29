import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type Handle } from "@/db";
import { listQuizCandidates } from "@/db/queries/attempts";
import { approveQuestions, getArticleCuration, listLibrary, setQuestionStatus } from "@/db/queries/curation";
import { listArticleChoices } from "@/db/queries/reader";
import { listDueFacts } from "@/db/queries/reviews";
import { createUser } from "@/db/queries/users";
import { articles, questions, reviewCards } from "@/db/schema";
import { QUESTION_KINDS } from "@/lib/kinds";
import { closeTestDb, openTestDb, removeTestArticles, uniqueEmail } from "@/db/testing/test-db";
import { importContentDir } from "./sync";
import { regenerateArticle } from "./questions";

// Written for this test: "she said" after two women are named, so the pipeline
// cannot be sure who said the second quote and holds its questions back.
const story = (rivalNamed: boolean, ending: string) => `---
title: "Harbour authority opens a flood barrier"
source: Example Coast News
published: 2024-05-10
---
The Coastal Flood Authority (CFA), the region's flood defence agency, opened its new barrier on Thursday.

CFA chief executive Maria Olsen said the barrier "will protect forty thousand homes from the worst storms for a generation."

Council leader Anna Harper${rivalNamed ? " and her deputy Clara Lind" : ""} criticised the cost of the scheme. "Residents deserve to know where the money went," she said.

Work on the barrier began in 2019, when the regional assembly approved the plan. The assembly's chair, Tomas Berg, said in March 2021 that "the costs have been kept under control despite the pandemic."

${ending}
`;

let handle: Handle;
let dir: string;
const slug = `held-${process.pid}-${Date.now().toString(36)}`;
const file = () => path.join(dir, `${slug}.md`);

beforeAll(async () => {
  handle = await openTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sourced-held-"));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await removeTestArticles(handle, [slug]);
  await closeTestDb(handle);
});

async function generate(text: string) {
  fs.writeFileSync(file(), text);
  await importContentDir(dir);
  const [article] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug));
  await regenerateArticle(article!.id);
  const rows = await db.select().from(questions).where(eq(questions.articleId, article!.id));
  return { articleId: article!.id, rows };
}

const practiceIds = async (articleId: string) =>
  new Set((await listQuizCandidates({ articleIds: [articleId], kinds: [...QUESTION_KINDS] })).map((c) => c.questionId));

describe("questions the pipeline holds back", () => {
  let articleId: string;
  /** the doubted quote's questions */
  let heldIds: string[];
  /** every held question, those held by their form too */
  let allHeldIds: string[];

  it("are stored as drafts with the pipeline's reasons, and practice leaves them out", async () => {
    const first = await generate(story(true, `"We are proud of every engineer who worked on it," Olsen added.`));
    articleId = first.articleId;
    // the doubted quote's questions; the forms held for a teacher whatever the fact (choices among titles and
    // among dates) and dates of side details are held too, with their own reason
    const all = first.rows.filter((r) => r.heldReasons);
    expect(all.every((r) => r.status === "draft")).toBe(true);
    const byForm = all.filter((r) => r.heldReasons!.every((x) => /are checked before use|a side detail/.test(x)));
    expect(byForm.every((r) => r.factKind === "role" || r.factKind === "event")).toBe(true);
    const held = all.filter((r) => !byForm.includes(r));
    heldIds = held.map((r) => r.id).sort();
    allHeldIds = all.map((r) => r.id).sort();
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((r) => r.factKind === "quote")).toBe(true);
    expect(held[0]!.heldReasons!.join()).toMatch(/“she said” may be Clara Lind as well as Anna Harper/);
    const sure = first.rows.filter((r) => !r.heldReasons);
    expect(sure.length).toBeGreaterThan(0);

    const practice = await practiceIds(articleId);
    expect(allHeldIds.some((id) => practice.has(id))).toBe(false);
    expect(sure.filter((r) => r.status !== "retired").every((r) => practice.has(r.id))).toBe(true);
    const choice = (await listArticleChoices()).find((a) => a.id === articleId);
    expect(choice?.questions).toBe(practice.size);
  });

  it("are listed for the instructor with their reasons", async () => {
    const teacher = await createUser({ email: uniqueEmail("held"), name: "T", passwordHash: "h", role: "instructor" });
    const curation = await getArticleCuration(slug, teacher.id);
    const listed = curation!.questions.filter((q) => q.heldReasons?.length).map((q) => q.id);
    expect(listed.sort()).toEqual(allHeldIds);
    // the content library counts them apart from the drafts waiting for a review
    const row = (await listLibrary()).find((a) => a.id === articleId)!;
    const rows = await db.select().from(questions).where(eq(questions.articleId, articleId));
    const drafts = rows.filter((r) => r.status === "draft");
    expect(row.held).toBe(allHeldIds.length);
    expect(row.draft).toBe(drafts.length - allHeldIds.length);
  });

  it("are used once approved, and stay approved or retired through regeneration", async () => {
    const teacher = await createUser({ email: uniqueEmail("held"), name: "T", passwordHash: "h", role: "instructor" });
    const student = await createUser({ email: uniqueEmail("held"), name: "S", passwordHash: "h", role: "student" });
    const [approved, retired] = heldIds as [string, string];
    const factId = (await db.select().from(questions).where(eq(questions.id, approved)))[0]!.factId;
    const now = new Date();
    await db.insert(reviewCards).values({
      userId: student.id,
      factId,
      articleId,
      factKind: "quote",
      due: new Date(now.getTime() - 60_000),
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: "review",
    });
    const dueCandidates = async () =>
      (await listDueFacts(student.id, now, 50)).find((d) => d.factId === factId)?.candidates.map((c) => c.questionId);
    expect(await dueCandidates()).toBeUndefined();

    expect(await approveQuestions([approved], teacher.id)).toBe(1);
    expect(await setQuestionStatus(retired, "retired", teacher.id)).toBe(true);
    expect(await practiceIds(articleId)).toContain(approved);
    expect(await dueCandidates()).toEqual([approved]);

    // an edit elsewhere in the article: the held fact is unchanged, so are its ids
    const again = await generate(story(true, `"We are proud of all who built it," Olsen added.`));
    const byId = new Map(again.rows.map((r) => [r.id, r]));
    expect(byId.get(approved)).toMatchObject({ status: "approved" });
    expect(byId.get(approved)!.heldReasons?.length).toBeGreaterThan(0);
    expect(byId.get(retired)).toMatchObject({ status: "retired", retiredReason: "instructor" });
    const practice = await practiceIds(articleId);
    expect(practice.has(approved)).toBe(true);
    expect(practice.has(retired)).toBe(false);
  });

  it("lose their reasons when a new run no longer doubts their fact, and are used", async () => {
    const fixed = await generate(story(false, `"We are proud of all who built it," Olsen added.`));
    // a retired row tells nothing of whether this run generated it again
    const formerlyHeld = fixed.rows.filter((r) => heldIds.includes(r.id) && r.status !== "retired");
    expect(formerlyHeld.length).toBeGreaterThan(0);
    expect(formerlyHeld.map((r) => r.heldReasons)).toEqual(formerlyHeld.map(() => null));
    const practice = await practiceIds(articleId);
    expect(formerlyHeld.every((r) => practice.has(r.id))).toBe(true);
  });
});
