import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type Handle } from "@/db";
import { articles, assignments, attemptItems, classes, questionVersions, reviewCards, reviewLogs } from "@/db/schema";
import { closeTestDb, openTestDb, removeTestArticles, uniqueEmail } from "@/db/testing/test-db";
import { importContentDir } from "@/server/content/sync";
import { regenerateQuestions } from "@/server/content/questions";
import { pickReviewQuestions } from "@/lib/learn/review";
import {
  AttemptLimitError,
  createAttempt,
  findInProgressAttempt,
  finishAttempt,
  listAttempts,
  listQuizCandidates,
  type QuizCandidate,
} from "./attempts";
import { submitAnswer } from "./answers";
import { getAttemptView } from "./attempt-view";
import { answerHours, masteryBreakdown } from "./progress";
import { getArticleForReader, listArticleChoices } from "./reader";
import { countDueCards, listDueFacts, reviewOverview } from "./reviews";
import { createUser } from "./users";

// Written for this test: an invented story with an acronym, roles, quotes and dates.
const STORY = `---
title: "Lake board reopens the old canal lock"
source: Example Valley Post
published: 2024-06-14
---
The Lakeside Water Board (LWB), the valley's canal authority, reopened the restored Mill Lane lock on Friday.

LWB director Priya Raman said the lock "will carry two hundred boats a week once the summer season begins."

Restoration began in 2018, when the county council voted for the project. The council's leader, Hugo Lind, said in May 2020 that "the canal will bring visitors back to the valley towns."

The Valley Heritage Trust (VHT), which owns the lock keeper's cottage, will open it as a museum from 2025.

"Every volunteer who cleared the channel made this possible," Raman added.
`;
let handle: Handle;
let dir: string;
let articleId: string;
let candidates: QuizCandidate[];
const slug = `canal-${process.pid}-${Date.now().toString(36)}`;

const student = () => createUser({ email: uniqueEmail("learner"), name: "L", passwordHash: "h", role: "student" });

async function versionOf(questionId: string, version: number) {
  const [v] = await db
    .select()
    .from(questionVersions)
    .where(and(eq(questionVersions.questionId, questionId), eq(questionVersions.version, version)));
  return v!;
}

/** A response that is right (or wrong) for a stored version. */
function responseFor(v: Awaited<ReturnType<typeof versionOf>>, kind: string, right: boolean): unknown {
  const a = v.answer;
  switch (kind) {
    case "single_choice":
      return right ? a : v.options!.find((o) => o.id !== a)!.id;
    case "true_false":
      return right ? a : !a;
    case "cloze":
      return right ? String(a) : "certainly not this";
    case "matching":
      return right ? a : Object.fromEntries(Object.keys(a as object).map((k) => [k, "nope"]));
    default:
      return right ? a : [...(a as string[])].reverse();
  }
}

beforeAll(async () => {
  handle = await openTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sourced-attempts-"));
  fs.writeFileSync(path.join(dir, `${slug}.md`), STORY);
  await importContentDir(dir);
  await regenerateQuestions();
  const [a] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug));
  articleId = a!.id;
  candidates = await listQuizCandidates({
    articleIds: [articleId],
    kinds: ["single_choice", "true_false", "cloze", "matching", "ordering"],
  });
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await removeTestArticles(handle, [slug]);
  await closeTestDb(handle);
});

describe("attempts", () => {
  it("creates items with a server-side shuffle and shows no key before an answer", async () => {
    const user = await student();
    expect(candidates.length).toBeGreaterThan(4);
    const { attemptId } = await createAttempt({ userId: user.id, mode: "practice", title: "Canal", items: candidates });
    const view = await getAttemptView({ attemptId, userId: user.id });
    expect(view?.items).toHaveLength(candidates.length);
    for (const [i, c] of candidates.entries()) {
      const item = view!.items[i]!;
      const v = await versionOf(c.questionId, c.version);
      expect(item.answered).toBeNull();
      if (c.kind === "single_choice")
        expect(item.choices.map((o) => o.id).sort()).toEqual(v.options!.map((o) => o.id).sort());
      if (c.kind === "ordering") expect(item.items.map((o) => o.id)).not.toEqual(v.answer);
      const json = JSON.stringify(item);
      expect(json).not.toContain(v.explanation);
      expect(json).not.toContain(v.sourceSentence);
    }
  });

  it("grades on the server, reveals feedback once answered, and schedules the fact", async () => {
    const user = await student();
    const { attemptId } = await createAttempt({ userId: user.id, mode: "practice", title: "Canal", items: candidates });
    const now = new Date();
    for (const [position, c] of candidates.entries()) {
      const v = await versionOf(c.questionId, c.version);
      const right = position % 2 === 0;
      const result = await submitAnswer({
        attemptId,
        userId: user.id,
        position,
        response: responseFor(v, c.kind, right),
        responseMs: 9000,
        now,
      });
      expect(result.status).toBe("recorded");
      if (result.status !== "recorded") continue;
      expect([c.kind, result.item.answered?.feedback?.correct]).toEqual([c.kind, right]);
      expect(result.item.answered?.feedback?.explanation).toBe(v.explanation);
      expect(result.item.answered?.feedback?.source.href).toBe(
        `/articles/${slug}?s=${v.sourceStart}-${v.sourceEnd}#src`,
      );
      // The reply reads only this item, and shows it exactly as the whole quiz's view does.
      const whole = await getAttemptView({ attemptId, userId: user.id, now });
      expect(result.item).toEqual(whole!.items[position]);
    }
    const cards = await db.select().from(reviewCards).where(eq(reviewCards.userId, user.id));
    expect(cards.length).toBe(new Set(candidates.map((c) => c.factId)).size);
    // A fact missed is back within the learn-ahead window; one answered right is not.
    const dueFacts = await listDueFacts(user.id, now, 50);
    // A fact asked twice is due when its last answer was wrong.
    const lastRight = new Map(candidates.map((c, i) => [c.factId, i % 2 === 0]));
    const missed = new Set([...lastRight].filter(([, right]) => !right).map(([f]) => f));
    expect(missed.size).toBeGreaterThan(0);
    expect(dueFacts.map((f) => f.factId).sort()).toEqual([...missed].sort());
    expect(await countDueCards(user.id, now)).toBe(missed.size);

    const finished = await finishAttempt({ attemptId, userId: user.id });
    const items = await db.select().from(attemptItems).where(eq(attemptItems.attemptId, attemptId));
    expect(finished?.score).toBeCloseTo(
      items.reduce((s, i) => s + (i.score ?? 0), 0),
      5,
    );
    const again = await submitAnswer({ attemptId, userId: user.id, position: 0, response: "x", responseMs: 1000 });
    expect(again.status).toBe("finished");
    expect((await finishAttempt({ attemptId, userId: user.id }))?.score).toBe(finished?.score);
  });

  it("grades a typed answer tolerantly and says what it accepted", async () => {
    const user = await student();
    const cloze = candidates.find((c) => c.kind === "cloze");
    expect(cloze).toBeDefined();
    const v = await versionOf(cloze!.questionId, cloze!.version);
    const answer = String(v.answer);
    const { attemptId } = await createAttempt({ userId: user.id, mode: "practice", title: "Cloze", items: [cloze!] });
    const sloppy = `  the ${answer.toUpperCase()}!! `;
    const result = await submitAnswer({ attemptId, userId: user.id, position: 0, response: sloppy, responseMs: 4000 });
    expect(result.status).toBe("recorded");
    if (result.status !== "recorded") return;
    expect(result.item.answered?.feedback?.correct).toBe(true);
    expect(result.item.answered?.feedback?.acceptedAnswer).toBe(answer);
    expect(result.item.answered?.yourAnswer).toEqual([sloppy.trim()]);
  });

  it("stores ten concurrent identical submissions once", async () => {
    const user = await student();
    const c = candidates[0]!;
    const v = await versionOf(c.questionId, c.version);
    const { attemptId } = await createAttempt({ userId: user.id, mode: "practice", title: "Twice", items: [c] });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        submitAnswer({
          attemptId,
          userId: user.id,
          position: 0,
          response: responseFor(v, c.kind, false),
          responseMs: 5000,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "recorded")).toHaveLength(1);
    expect(results.filter((r) => r.status === "already_answered")).toHaveLength(9);
    const logs = await db.select().from(reviewLogs).where(eq(reviewLogs.attemptId, attemptId));
    expect(logs).toHaveLength(1);
    const [card] = await db
      .select()
      .from(reviewCards)
      .where(and(eq(reviewCards.userId, user.id), eq(reviewCards.factId, c.factId)));
    expect(card?.reps).toBe(1);
    expect(card?.lapses).toBe(0);
  });

  it("keeps one student out of another's attempt", async () => {
    const owner = await student();
    const other = await student();
    const { attemptId } = await createAttempt({
      userId: owner.id,
      mode: "practice",
      title: "Mine",
      items: [candidates[0]!],
    });
    expect(await getAttemptView({ attemptId, userId: other.id })).toBeNull();
    expect(
      (await submitAnswer({ attemptId, userId: other.id, position: 0, response: "a", responseMs: 1 })).status,
    ).toBe("not_found");
    expect(await finishAttempt({ attemptId, userId: other.id })).toBeNull();
    expect((await getAttemptView({ attemptId, userId: owner.id }))?.items[0]?.answered).toBeNull();
  });

  it("hides correctness of an after-due assignment until the due date", async () => {
    const teacher = await createUser({
      email: uniqueEmail("teacher"),
      name: "T",
      passwordHash: "h",
      role: "instructor",
    });
    const user = await student();
    const [cls] = await db
      .insert(classes)
      .values({ instructorId: teacher.id, name: "C", joinCode: `J${Date.now()}${process.pid}` })
      .returning();
    const dueAt = new Date(Date.now() + 3600_000);
    const [assignment] = await db
      .insert(assignments)
      .values({
        classId: cls!.id,
        title: "Homework",
        kinds: ["single_choice"],
        questionCount: 1,
        dueAt,
        feedbackTiming: "after_due",
      })
      .returning();
    const c = candidates[0]!;
    const v = await versionOf(c.questionId, c.version);
    const { attemptId } = await createAttempt({
      userId: user.id,
      mode: "assignment",
      assignmentId: assignment!.id,
      title: "Homework",
      items: [c],
    });
    const result = await submitAnswer({
      attemptId,
      userId: user.id,
      position: 0,
      response: responseFor(v, c.kind, true),
      responseMs: 5000,
    });
    expect(result.status).toBe("recorded");
    if (result.status === "recorded") {
      expect(result.item.answered?.feedback).toBeNull();
      expect(JSON.stringify(result.item)).not.toContain(v.explanation);
    }
    const before = await getAttemptView({ attemptId, userId: user.id });
    expect(before?.feedbackVisible).toBe(false);
    const after = await getAttemptView({ attemptId, userId: user.id, now: new Date(dueAt.getTime() + 1000) });
    expect(after?.items[0]?.answered?.feedback?.correct).toBe(true);
  });

  it("starts one assignment attempt for concurrent starts and refuses one past the limit", async () => {
    const teacher = await createUser({
      email: uniqueEmail("teacher"),
      name: "T",
      passwordHash: "h",
      role: "instructor",
    });
    const user = await student();
    const [cls] = await db
      .insert(classes)
      .values({ instructorId: teacher.id, name: "C", joinCode: `K${Date.now()}${process.pid}` })
      .returning();
    const [assignment] = await db
      .insert(assignments)
      .values({ classId: cls!.id, title: "Quiz", kinds: ["single_choice"], questionCount: 1, attemptsAllowed: 1 })
      .returning();
    const start = () =>
      createAttempt({
        userId: user.id,
        mode: "assignment",
        assignmentId: assignment!.id,
        title: "Quiz",
        items: [candidates[0]!],
      });
    // A double click: five starts at once give the same single attempt.
    const ids = new Set((await Promise.all(Array.from({ length: 5 }, start))).map((r) => r.attemptId));
    expect(ids.size).toBe(1);
    await finishAttempt({ attemptId: [...ids][0]!, userId: user.id });
    await expect(start()).rejects.toBeInstanceOf(AttemptLimitError);
  });

  it("reviews a missed fact with a different kind of question where one exists", async () => {
    const user = await student();
    const byFact = new Map<string, QuizCandidate[]>();
    for (const c of candidates) byFact.set(c.factId, [...(byFact.get(c.factId) ?? []), c]);
    const [factId, qs] = [...byFact.entries()].find(([, list]) => new Set(list.map((q) => q.kind)).size > 1) ?? [];
    expect(qs).toBeDefined();
    const first = qs![0]!;
    const v = await versionOf(first.questionId, first.version);
    const { attemptId } = await createAttempt({ userId: user.id, mode: "practice", title: "Miss", items: [first] });
    await submitAnswer({
      attemptId,
      userId: user.id,
      position: 0,
      response: responseFor(v, first.kind, false),
      responseMs: 5000,
    });
    const due = await listDueFacts(user.id, new Date(), 10);
    expect(due.map((d) => d.factId)).toEqual([factId]);
    expect(due[0]?.lastKind).toBe(first.kind);
    for (let i = 0; i < 5; i++) expect(pickReviewQuestions(due)[0]?.kind).not.toBe(first.kind);
  });
});

describe("progress and review pages' queries", () => {
  it("report history, mastery, activity and the review schedule of one student only", async () => {
    const user = await student();
    const bystander = await student();
    const now = new Date();
    const first = await createAttempt({
      userId: user.id,
      mode: "practice",
      title: "One",
      items: candidates.slice(0, 3),
    });
    for (const [position, c] of candidates.slice(0, 3).entries()) {
      const v = await versionOf(c.questionId, c.version);
      await submitAnswer({
        attemptId: first.attemptId,
        userId: user.id,
        position,
        response: responseFor(v, c.kind, position !== 1),
        responseMs: 8000,
        now,
      });
    }
    await finishAttempt({ attemptId: first.attemptId, userId: user.id });
    const second = await createAttempt({
      userId: user.id,
      mode: "practice",
      title: "Two",
      items: candidates.slice(3, 5),
    });
    await submitAnswer({
      attemptId: second.attemptId,
      userId: user.id,
      position: 0,
      response: "zzz",
      responseMs: 8000,
      now,
    });
    await createAttempt({ userId: bystander.id, mode: "practice", title: "Not yours", items: candidates.slice(0, 1) });

    const history = await listAttempts(user.id);
    expect(history.map((h) => [h.title, h.status, h.answered])).toEqual([
      ["Two", "in_progress", 1],
      ["One", "finished", 3],
    ]);
    expect((await findInProgressAttempt(user.id))?.id).toBe(second.attemptId);

    const mastery = await masteryBreakdown(user.id);
    const article = mastery.articles.find((a) => a.key === articleId)!;
    expect(article.answered).toBe(4);
    expect(article.correct).toBe(2);
    expect(article.met).toBe(new Set(candidates.slice(0, 4).map((c) => c.factId)).size);
    expect(article.facts).toBe(new Set(candidates.map((c) => c.factId)).size);
    expect(mastery.kinds.reduce((n, k) => n + k.answered, 0)).toBe(4);

    const hours = await answerHours(user.id, null);
    expect(hours.reduce((n, h) => n + h.answered, 0)).toBe(4);
    expect(await answerHours(bystander.id, null)).toEqual([]);

    const overview = await reviewOverview(user.id, now);
    expect(overview.total).toBe(article.met);
    expect(overview.due).toBe(await countDueCards(user.id, now));
    expect(overview.dueByArticle.reduce((n, a) => n + a.n, 0)).toBe(overview.due);
    // "Upcoming" covers the next 7 days; a fast right answer (Easy) can schedule a new card further out.
    const cards = await db.select({ due: reviewCards.due }).from(reviewCards).where(eq(reviewCards.userId, user.id));
    const beyondWeek = cards.filter((c) => c.due.getTime() > now.getTime() + 7 * 86400_000).length;
    expect(overview.upcoming.reduce((n, u) => n + u.n, 0)).toBe(overview.total - overview.due - beyondWeek);

    const choices = await listArticleChoices();
    expect(choices.find((c) => c.id === articleId)?.questions).toBe(candidates.length);
    const reader = await getArticleForReader(slug);
    expect(reader?.facts?.acronyms.map((a) => a.short)).toContain("LWB");
  });
});
