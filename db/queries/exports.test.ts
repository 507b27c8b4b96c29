import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { toGift } from "@/lib/export";
import { closeTestDb, openTestDb, uniqueEmail } from "../testing/test-db";
import { db, type Handle } from "../index";
import { articles, assignmentQuestions, assignments, classes, questions, questionVersions } from "../schema";
import { createUser } from "./users";
import { getArticleExport, getAssignmentExport } from "./exports";

let handle: Handle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => closeTestDb(handle));

const tag = randomUUID().slice(0, 8);

async function article(slug: string, title: string) {
  const [row] = await db
    .insert(articles)
    .values({
      slug,
      title,
      sourceText: "Text.",
      body: "Text.",
      paragraphs: [{ start: 0, end: 5, cruft: false }],
      wordCount: 1,
      contentHash: slug,
    })
    .returning({ id: articles.id });
  return row!.id;
}

async function question(articleId: string, id: string, status: "draft" | "approved" | "retired", prompts: string[]) {
  await db.insert(questions).values({
    id,
    articleId,
    factId: `f-${id}`,
    factKind: "acronym",
    kind: "true_false",
    status,
    currentVersion: prompts.length,
  });
  await db.insert(questionVersions).values(
    prompts.map((prompt, i) => ({
      questionId: id,
      version: i + 1,
      origin: i === 0 ? ("generated" as const) : ("edited" as const),
      prompt,
      answer: true,
      explanation: "Because the article says so.",
      sourceSentence: `Sentence of ${id}.`,
      sourceStart: i,
      sourceEnd: i + 5,
      contentHash: `${id}-${i}`,
    })),
  );
}

describe("export queries", () => {
  it("gives the approved set or every question not retired, at the current version", async () => {
    const slug = `exp-${tag}`;
    const a = await article(slug, "Harbour strike");
    await question(a, `qa_${tag}`, "approved", ["Old wording?", "The strike began on Monday?"]);
    await question(a, `qd_${tag}`, "draft", ["Is it a draft?"]);
    await question(a, `qr_${tag}`, "retired", ["Was it retired?"]);

    const approved = await getArticleExport({ slug, scope: "approved" });
    expect(approved?.article).toEqual({ slug, title: "Harbour strike" });
    expect(approved?.questions.map((q) => [q.id, q.prompt])).toEqual([[`qa_${tag}`, "The strike began on Monday?"]]);
    expect(approved?.questions[0]).toMatchObject({
      kind: "true_false",
      answer: true,
      source: { article: slug, sentence: `Sentence of qa_${tag}.` },
    });

    const all = await getArticleExport({ slug, scope: "selection" });
    expect(all?.questions.map((q) => q.id).sort()).toEqual([`qa_${tag}`, `qd_${tag}`].sort());
    expect(await getArticleExport({ slug: `none-${tag}`, scope: "approved" })).toBeNull();

    // What comes out goes straight into an exporter.
    expect(toGift({ ...approved!, selection: undefined }).exported).toBe(1);
  });

  it("gives an assignment's fixed versions in its order, to its instructor only", async () => {
    const owner = await createUser({ email: uniqueEmail("exp"), name: "O", passwordHash: "h", role: "instructor" });
    const other = await createUser({ email: uniqueEmail("exp"), name: "X", passwordHash: "h", role: "instructor" });
    const a = await article(`exp-a-${tag}`, "First story");
    const b = await article(`exp-b-${tag}`, "Second story");
    await question(a, `qa1_${tag}`, "approved", ["Version one?", "Version two?"]);
    await question(b, `qb1_${tag}`, "approved", ["From the second story?"]);
    const [klass] = await db
      .insert(classes)
      .values({ instructorId: owner.id, name: "C", joinCode: tag.slice(0, 6).toUpperCase() })
      .returning();
    const [assignment] = await db
      .insert(assignments)
      .values({ classId: klass!.id, title: "Week 1: quiz", kinds: ["true_false"], questionCount: 2 })
      .returning();
    await db.insert(assignmentQuestions).values([
      { assignmentId: assignment!.id, position: 0, questionId: `qb1_${tag}`, version: 1 },
      { assignmentId: assignment!.id, position: 1, questionId: `qa1_${tag}`, version: 1 },
    ]);
    const scope = { assignmentId: assignment!.id, classId: klass!.id };
    const got = await getAssignmentExport({ ...scope, instructorId: owner.id });
    expect(got?.article.title).toBe("Week 1: quiz");
    expect(got?.questions.map((q) => [q.prompt, q.articleTitle])).toEqual([
      ["From the second story?", "Second story"],
      ["Version one?", "First story"],
    ]);
    expect(toGift(got!).fileName).toBe("sourced-week-1-quiz-gift.txt");
    expect(await getAssignmentExport({ ...scope, instructorId: other.id })).toBeNull();
    await db.delete(classes).where(eq(classes.id, klass!.id));
  });
});
