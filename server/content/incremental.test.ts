import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc, eq, inArray, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type Handle } from "@/db";
import { approveQuestions } from "@/db/queries/curation";
import { createUser } from "@/db/queries/users";
import { articles, questions, questionVersions } from "@/db/schema";
import { closeTestDb, openTestDb, removeTestArticles, uniqueEmail } from "@/db/testing/test-db";
import { planRegeneration, regenerateQuestions } from "./questions";
import { importContentDir, syncContent } from "./sync";

// A library at the scale of a term: 200 stored articles, made of the real
// fixture articles (copied under new names to reach 200), and one more real
// article that none of them is a copy of.
const FIXTURES = path.resolve(import.meta.dirname, "../../lib/quiz/fixtures");
const LIBRARY_SIZE = 200;
const run = `${process.pid}-${Date.now().toString(36)}`;

function fixtureFiles(): string[] {
  return fs
    .readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      fs
        .readdirSync(path.join(FIXTURES, d.name, "articles"))
        .filter((f) => /\.(md|txt)$/.test(f))
        .sort()
        .map((f) => path.join(FIXTURES, d.name, "articles", f)),
    )
    .sort();
}

let handle: Handle;
let dir: string;
const slugs: string[] = [];
let added: string;
let addedFile: string;

/** Every question and version row of the articles but one, as stored, timestamps included. */
async function snapshotExcept(slug: string) {
  const ids = db.select({ id: articles.id }).from(articles).where(ne(articles.slug, slug));
  const qs = await db.select().from(questions).where(inArray(questions.articleId, ids)).orderBy(asc(questions.id));
  const vs = await db
    .select()
    .from(questionVersions)
    .where(
      inArray(
        questionVersions.questionId,
        qs.map((q) => q.id),
      ),
    )
    .orderBy(asc(questionVersions.questionId), asc(questionVersions.version));
  return JSON.stringify({ qs, vs });
}

async function questionRowsOf(slug: string) {
  const [a] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug));
  return db.select().from(questions).where(eq(questions.articleId, a!.id));
}

beforeAll(async () => {
  handle = await openTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sourced-incr-"));
  const files = fixtureFiles();
  addedFile = files.pop()!;
  for (let copy = 0; slugs.length < LIBRARY_SIZE; copy++)
    for (const file of files) {
      if (slugs.length === LIBRARY_SIZE) break;
      const slug = `lib-${run}-${copy}-${path.basename(file).replace(/\.(md|txt)$/, "")}`.toLowerCase();
      fs.copyFileSync(file, path.join(dir, `${slug}.md`));
      slugs.push(slug);
    }
  added = `added-${run}`;
  await importContentDir(dir);
  await regenerateQuestions();
}, 600_000);

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await removeTestArticles(handle, [...slugs, added]);
  await closeTestDb(handle);
});

describe("a library of 200 articles", () => {
  it("adds one article by writing only its questions; approved questions elsewhere stay byte for byte", async () => {
    const instructor = await createUser({
      email: uniqueEmail("incr"),
      name: "I",
      passwordHash: "h",
      role: "instructor",
    });
    // approve every question of a spread of articles, as instructors would over a term
    const chosen = slugs.filter((_, i) => i % 20 === 0);
    const toApprove = (
      await db
        .select({ id: questions.id })
        .from(questions)
        .innerJoin(articles, eq(articles.id, questions.articleId))
        .where(inArray(articles.slug, chosen))
    ).map((r) => r.id);
    expect(toApprove.length).toBeGreaterThan(10);
    await approveQuestions(toApprove, instructor.id);
    const before = await snapshotExcept(added);

    fs.copyFileSync(addedFile, path.join(dir, `${added}.md`));
    const plan = await (async () => {
      await importContentDir(dir);
      return planRegeneration();
    })();
    expect(plan.full).toBe(false);
    expect(plan.articleIds).toHaveLength(1);
    const sync = await syncContent(handle, { dir, onBadFile: "throw" });

    expect(sync.questions!.articles).toBe(1);
    const own = await questionRowsOf(added);
    expect(own.length).toBeGreaterThan(0);
    expect(sync.questions!.added).toBe(own.length);
    expect(await snapshotExcept(added)).toBe(before);
    const [stored] = await db
      .select({ facts: articles.facts, context: articles.context })
      .from(articles)
      .where(eq(articles.slug, added));
    expect(stored!.facts!.article.slug).toBe(added);
    expect(stored!.context!.sentences!.length).toBeGreaterThan(0);
  }, 300_000);

  it("starts again with unchanged content without writing a question row", async () => {
    const before = await snapshotExcept("");
    const sync = await syncContent(handle, { dir, onBadFile: "throw" });
    expect(sync.imported!.added).toHaveLength(0);
    expect(sync.questions).toMatchObject({ articles: 0, added: 0, changed: 0, retired: 0 });
    expect(await snapshotExcept("")).toBe(before);
  }, 300_000);

  it("regenerates a changed article alone, and the whole library once when the pipeline version differs", async () => {
    const file = path.join(dir, `${slugs[3]}.md`);
    fs.appendFileSync(file, "\nThe Harbour Board (HB) met on Friday.\n");
    await importContentDir(dir);
    expect(await planRegeneration()).toMatchObject({ full: false, articleIds: [expect.any(String)] });
    const before = await snapshotExcept(slugs[3]!);
    const sync = await syncContent(handle, { dir, onBadFile: "throw" });
    expect(sync.questions!.articles).toBe(1);
    expect(await snapshotExcept(slugs[3]!)).toBe(before);

    await db.update(articles).set({ generatorVersion: 0 }).where(eq(articles.slug, slugs[0]!));
    expect((await planRegeneration()).full).toBe(true);
    const before2 = await snapshotExcept("");
    const deferred = await syncContent(handle, { dir, onBadFile: "throw", defer: true });
    expect(deferred.plan.full).toBe(true);
    expect(deferred.questions).toBeNull();
    expect(await snapshotExcept("")).toBe(before2);
  }, 300_000);
});
