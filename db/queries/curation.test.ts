import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeTestDb, openTestDb, uniqueEmail } from "../testing/test-db";
import { db, type Handle } from "../index";
import { articles, attemptItems, attempts, questions, questionVersions } from "../schema";
import { createUser } from "./users";
import {
  approveQuestions,
  editQuestion,
  getArticleCuration,
  insertUploadedArticle,
  regenerateQuestion,
  setQuestionStatus,
} from "./curation";

let handle: Handle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => closeTestDb(handle));

const tag = randomUUID().slice(0, 8);
const record = (slug: string) => ({
  slug,
  title: "Upload",
  source: null,
  url: null,
  published: null,
  sourceText: "Text.",
  body: "Text.",
  paragraphs: [{ start: 0, end: 5, cruft: false }],
  wordCount: 1,
  contentHash: slug,
});

describe("curation", () => {
  it("edits make a new version, statistics stay per version, regenerate goes back", async () => {
    const user = await createUser({ email: uniqueEmail("cur"), name: "C", passwordHash: "h", role: "instructor" });
    const slug = await insertUploadedArticle(record(`cur-${tag}`), user.id);
    const [article] = await db.select().from(articles).where(eq(articles.slug, slug));
    expect(article).toMatchObject({ origin: "upload", createdBy: user.id });
    const id = `q_cur_${tag}`;
    await db
      .insert(questions)
      .values({ id, articleId: article!.id, factId: "f", factKind: "acronym", kind: "single_choice" });
    await db.insert(questionVersions).values({
      questionId: id,
      version: 1,
      origin: "generated",
      prompt: "What does NCA stand for?",
      options: [
        { id: "a", text: "National Crime Agency" },
        { id: "b", text: "National Crime Authority" },
      ],
      answer: "a",
      explanation: "e",
      sourceSentence: "The National Crime Agency (NCA) said.",
      sourceStart: 0,
      sourceEnd: 5,
      contentHash: "h1",
    });
    const [attempt] = await db
      .insert(attempts)
      .values({ userId: user.id, mode: "practice", title: "p", questionCount: 1 })
      .returning();
    await db.insert(attemptItems).values({
      attemptId: attempt!.id,
      position: 0,
      questionId: id,
      version: 1,
      score: 1,
      correct: true,
      answeredAt: new Date(),
    });

    const version = await editQuestion({
      questionId: id,
      userId: user.id,
      edit: {
        prompt: "NCA stands for…",
        explanation: "e2",
        options: [
          { id: "a", text: "National Crime Agency" },
          { id: "b", text: "Nat. Cyber Authority" },
        ],
        answer: "a",
      },
    });
    expect(version).toBe(2);
    let view = await getArticleCuration(slug, user.id);
    const q = view!.questions[0]!;
    expect(q).toMatchObject({ currentVersion: 2, generatedVersion: 1, origin: "edited", prompt: "NCA stands for…" });
    expect(q.stats).toEqual([{ version: 1, n: 1, facility: 100 }]);
    const [v2] = await db
      .select()
      .from(questionVersions)
      .where(and(eq(questionVersions.questionId, id), eq(questionVersions.version, 2)));
    expect(v2).toMatchObject({
      questionId: id,
      createdBy: user.id,
      sourceSentence: "The National Crime Agency (NCA) said.",
    });

    expect(await approveQuestions([id], user.id)).toBe(1);
    expect(await approveQuestions([id], user.id)).toBe(0);
    await regenerateQuestion(id, user.id);
    view = await getArticleCuration(slug, user.id);
    expect(view!.questions[0]).toMatchObject({
      currentVersion: 1,
      status: "approved",
      prompt: "What does NCA stand for?",
    });
    await setQuestionStatus(id, "retired", user.id);
    view = await getArticleCuration(slug, user.id);
    expect(view!.questions[0]).toMatchObject({ status: "retired", retiredReason: "instructor" });
  });

  it("never replaces an article when an upload's name is taken", async () => {
    const user = await createUser({ email: uniqueEmail("up"), name: "U", passwordHash: "h", role: "instructor" });
    const a = await insertUploadedArticle(record(`same-${tag}`), user.id);
    const b = await insertUploadedArticle(record(`same-${tag}`), user.id);
    const c = await insertUploadedArticle(record(`same-${tag}`), user.id);
    expect([a, b, c]).toEqual([`same-${tag}`, `same-${tag}-2`, `same-${tag}-3`]);
  });

  it("lets only the instructor who added an article curate its questions, and records who did what", async () => {
    const owner = await createUser({
      email: uniqueEmail("own"),
      name: "Olga Owner",
      passwordHash: "h",
      role: "instructor",
    });
    const other = await createUser({
      email: uniqueEmail("oth"),
      name: "Otto Other",
      passwordHash: "h",
      role: "instructor",
    });
    const slug = await insertUploadedArticle(record(`owned-${tag}`), owner.id);
    const id = await addQuestion(slug, `q_own_${tag}`);

    expect(await approveQuestions([id], other.id)).toBe(0);
    expect(await setQuestionStatus(id, "retired", other.id)).toBe(false);
    expect(await regenerateQuestion(id, other.id)).toBe(false);
    expect(
      await editQuestion({ questionId: id, userId: other.id, edit: { prompt: "Hijacked?", explanation: "x" } }),
    ).toBeNull();
    const [untouched] = await db.select().from(questions).where(eq(questions.id, id));
    expect(untouched).toMatchObject({ status: "draft", currentVersion: 1 });
    const versions = await db.select().from(questionVersions).where(eq(questionVersions.questionId, id));
    expect(versions).toHaveLength(1);
    let view = await getArticleCuration(slug, other.id);
    expect(view).toMatchObject({ canCurate: false });
    expect(view!.questions[0]!.history).toEqual([]);

    expect(await approveQuestions([id], owner.id)).toBe(1);
    expect(
      await editQuestion({ questionId: id, userId: owner.id, edit: { prompt: "Better?", explanation: "y" } }),
    ).toBe(2);
    expect(await setQuestionStatus(id, "retired", owner.id)).toBe(true);
    view = await getArticleCuration(slug, owner.id);
    expect(view).toMatchObject({ canCurate: true });
    const history = view!.questions[0]!.history;
    expect(history.map((h) => [h.action, h.by, h.version])).toEqual([
      ["approve", "Olga Owner", 1],
      ["edit", "Olga Owner", 2],
      ["retire", "Olga Owner", 2],
    ]);
    expect(history.every((h) => h.at instanceof Date)).toBe(true);
  });

  it("lets any instructor curate the shared library from the content folder, with their name on it", async () => {
    const other = await createUser({
      email: uniqueEmail("any"),
      name: "Ann Any",
      passwordHash: "h",
      role: "instructor",
    });
    const [article] = await db
      .insert(articles)
      .values({ ...record(`shared-${tag}`), origin: "content" })
      .returning({ slug: articles.slug });
    const id = await addQuestion(article!.slug, `q_shared_${tag}`);
    expect(await approveQuestions([id], other.id)).toBe(1);
    const view = await getArticleCuration(article!.slug, other.id);
    expect(view!.questions[0]!.history.map((h) => [h.action, h.by])).toEqual([["approve", "Ann Any"]]);
  });
});

async function addQuestion(slug: string, id: string): Promise<string> {
  const [article] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug));
  await db
    .insert(questions)
    .values({ id, articleId: article!.id, factId: `f_${id}`, factKind: "role", kind: "true_false" });
  await db.insert(questionVersions).values({
    questionId: id,
    version: 1,
    origin: "generated",
    prompt: "Is it so?",
    answer: true,
    explanation: "e",
    sourceSentence: "It is so.",
    sourceStart: 0,
    sourceEnd: 5,
    contentHash: `h-${id}`,
  });
  return id;
}
