import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, inArray, isNotNull, like, ne, or, sql } from "drizzle-orm";
import type { CurationAction } from "@/lib/kinds";
import type { ArticleRecord } from "./articles";
import { db, type Db } from "../index";
import { isCurrentVersion } from "./joins";
import { resolveQuestionReports } from "./reports";
import {
  articles,
  attemptItems,
  contentJobs,
  curationLog,
  questions,
  questionVersions,
  users,
  type StoredOption,
} from "../schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Who may change an article's questions: the instructor who added it in the
 * app; for the shared library imported from the content folder (and an upload
 * whose instructor's account is gone), any instructor. Every curation query
 * below carries this condition, so the rule holds whatever a form sends.
 */
const mayCurate = (instructorId: string) =>
  sql`exists (select 1 from articles a where a.id = ${questions.articleId}
    and (a.origin = 'content' or a.created_by is null or a.created_by = ${instructorId}))`;

/** One row of a question's history per change: who, what, when, and the version current after it. */
async function logChanges(
  tx: Tx,
  userId: string,
  action: CurationAction,
  changed: { id: string; currentVersion: number }[],
): Promise<void> {
  if (changed.length === 0) return;
  await tx
    .insert(curationLog)
    .values(changed.map((q) => ({ questionId: q.id, userId, action, version: q.currentVersion })));
}

/** The content library for instructors: every article with its questions by status. */
export async function listLibrary() {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      source: articles.source,
      origin: articles.origin,
      addedBy: users.name,
      wordCount: articles.wordCount,
      updatedAt: articles.updatedAt,
      // held-back drafts (a fact not sure enough) are counted apart: they wait for a check, not a review
      draft: sql<number>`count(${questions.id}) filter (where ${questions.status} = 'draft' and coalesce(jsonb_array_length(${questions.heldReasons}), 0) = 0)::int`,
      held: sql<number>`count(${questions.id}) filter (where ${questions.status} = 'draft' and jsonb_array_length(${questions.heldReasons}) > 0)::int`,
      approved: sql<number>`count(${questions.id}) filter (where ${questions.status} = 'approved')::int`,
      retired: sql<number>`count(${questions.id}) filter (where ${questions.status} = 'retired')::int`,
    })
    .from(articles)
    .leftJoin(questions, eq(questions.articleId, articles.id))
    .leftJoin(users, eq(users.id, articles.createdBy))
    .groupBy(articles.id, users.name)
    .orderBy(asc(articles.title));
}

export type CurationQuestion =
  Awaited<ReturnType<typeof getArticleCuration>> extends infer R
    ? R extends { questions: (infer Q)[] }
      ? Q
      : never
    : never;

/**
 * An article's questions with their current version, live statistics per
 * version and history, and whether this instructor may change them.
 */
export async function getArticleCuration(slug: string, instructorId: string) {
  const [article] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      source: articles.source,
      origin: articles.origin,
      facts: articles.facts,
      createdBy: articles.createdBy,
      addedBy: users.name,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.createdBy))
    .where(eq(articles.slug, slug));
  if (!article) return null;
  const canCurate = article.origin === "content" || article.createdBy === null || article.createdBy === instructorId;
  const list = await db
    .select({
      id: questions.id,
      kind: questions.kind,
      factKind: questions.factKind,
      status: questions.status,
      retiredReason: questions.retiredReason,
      heldReasons: questions.heldReasons,
      currentVersion: questions.currentVersion,
      generatedVersion: questions.generatedVersion,
      origin: questionVersions.origin,
      prompt: questionVersions.prompt,
      options: questionVersions.options,
      left: questionVersions.left,
      right: questionVersions.right,
      items: questionVersions.items,
      answer: questionVersions.answer,
      accept: questionVersions.accept,
      explanation: questionVersions.explanation,
      sourceSentence: questionVersions.sourceSentence,
      difficulty: questionVersions.difficulty,
    })
    .from(questions)
    .innerJoin(questionVersions, isCurrentVersion)
    .where(eq(questions.articleId, article.id))
    .orderBy(
      sql`case ${questions.status} when 'draft' then 0 when 'approved' then 1 else 2 end`,
      questionVersions.sourceStart,
      questions.kind,
      questions.id,
    );
  const stats = await db
    .select({
      questionId: attemptItems.questionId,
      version: attemptItems.version,
      n: sql<number>`count(*)::int`,
      mean: sql<number>`avg(coalesce(${attemptItems.score}, 0))::float8`,
    })
    .from(attemptItems)
    .innerJoin(questions, eq(questions.id, attemptItems.questionId))
    .where(and(eq(questions.articleId, article.id), isNotNull(attemptItems.answeredAt)))
    .groupBy(attemptItems.questionId, attemptItems.version)
    .orderBy(attemptItems.questionId, attemptItems.version);
  const byQuestion = new Map<string, { version: number; n: number; facility: number }[]>();
  for (const s of stats) {
    byQuestion.set(s.questionId, [
      ...(byQuestion.get(s.questionId) ?? []),
      { version: s.version, n: s.n, facility: 100 * Number(s.mean) },
    ]);
  }
  const history = await db
    .select({
      questionId: curationLog.questionId,
      action: curationLog.action,
      version: curationLog.version,
      at: curationLog.at,
      by: users.name,
    })
    .from(curationLog)
    .innerJoin(questions, eq(questions.id, curationLog.questionId))
    .leftJoin(users, eq(users.id, curationLog.userId))
    .where(eq(questions.articleId, article.id))
    .orderBy(asc(curationLog.at), asc(curationLog.id));
  const historyOf = (id: string) =>
    history
      .filter((h) => h.questionId === id)
      .map(({ questionId: _q, by, ...h }) => ({ ...h, by: by ?? "A former instructor" }));
  return {
    article,
    canCurate,
    questions: list.map((q) => ({ ...q, stats: byQuestion.get(q.id) ?? [], history: historyOf(q.id) })),
  };
}

export async function approveQuestions(ids: string[], instructorId: string): Promise<number> {
  if (ids.length === 0) return 0;
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(questions)
      .set({ status: "approved", retiredReason: null, updatedAt: new Date() })
      .where(and(inArray(questions.id, ids), ne(questions.status, "approved"), mayCurate(instructorId)))
      .returning({ id: questions.id, currentVersion: questions.currentVersion });
    await logChanges(tx, instructorId, "approve", rows);
    return rows.length;
  });
}

export async function setQuestionStatus(
  id: string,
  status: "draft" | "retired",
  instructorId: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(questions)
      .set({ status, retiredReason: status === "retired" ? "instructor" : null, updatedAt: new Date() })
      .where(and(eq(questions.id, id), ne(questions.status, status), mayCurate(instructorId)))
      .returning({ id: questions.id, currentVersion: questions.currentVersion });
    await logChanges(tx, instructorId, status === "retired" ? "retire" : "restore", rows);
    if (status === "retired" && rows.length > 0)
      await resolveQuestionReports(tx, { questionId: id, userId: instructorId, resolution: "retired" });
    return rows.length > 0;
  });
}

/** Back to what the pipeline generated most recently; the instructor's edits stay as older versions. */
export async function regenerateQuestion(id: string, instructorId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(questions)
      .set({ currentVersion: sql`${questions.generatedVersion}`, updatedAt: new Date() })
      .where(
        and(eq(questions.id, id), ne(questions.currentVersion, questions.generatedVersion), mayCurate(instructorId)),
      )
      .returning({ id: questions.id, currentVersion: questions.currentVersion });
    await logChanges(tx, instructorId, "regenerate", rows);
    return rows.length > 0;
  });
}

export type QuestionEdit = {
  prompt: string;
  explanation: string;
  options?: StoredOption[];
  answer?: string | boolean;
  accept?: string[];
};

/**
 * An edit is a new version (origin "edited") that becomes current; answers
 * already given keep pointing at the version they were given, so statistics
 * stay per version.
 */
export async function editQuestion(input: {
  questionId: string;
  userId: string;
  edit: QuestionEdit;
}): Promise<number | null> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({
        v: questionVersions,
        latest: sql<number>`(select max(x.version) from question_versions x where x.question_id = questions.id)`,
      })
      .from(questions)
      .innerJoin(questionVersions, isCurrentVersion)
      .where(and(eq(questions.id, input.questionId), mayCurate(input.userId)))
      .for("update", { of: questions });
    if (!current) return null;
    const { createdAt: _c, createdBy: _b, contentHash: _h, version: _v, origin: _o, ...base } = current.v;
    const next = {
      ...base,
      prompt: input.edit.prompt,
      explanation: input.edit.explanation,
      options: input.edit.options ?? base.options,
      answer: input.edit.answer ?? base.answer,
      accept: input.edit.accept ?? base.accept,
    };
    const version = Number(current.latest) + 1;
    const contentHash = createHash("sha256").update(JSON.stringify(next)).digest("hex");
    await tx
      .insert(questionVersions)
      .values({ ...next, version, origin: "edited", contentHash, createdBy: input.userId });
    await tx
      .update(questions)
      .set({ currentVersion: version, updatedAt: new Date() })
      .where(eq(questions.id, input.questionId));
    await logChanges(tx, input.userId, "edit", [{ id: input.questionId, currentVersion: version }]);
    // The versions students reported are no longer served: the edit answers their reports.
    await resolveQuestionReports(tx, {
      questionId: input.questionId,
      userId: input.userId,
      resolution: "edited",
      beforeVersion: version,
    });
    return version;
  });
}

/** The question's article, for redirects after an edit. */
export async function articleSlugOfQuestion(id: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: articles.slug })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(eq(questions.id, id));
  return row?.slug ?? null;
}

/**
 * Stores an instructor's article with the job that will write its questions
 * (server/content/jobs.ts), in one transaction: an article is never stored
 * without its work queued. The slug gets a numeric suffix when taken, so an
 * upload never replaces an existing article.
 */
export async function insertUploadedArticle(record: ArticleRecord, createdBy: string): Promise<string> {
  return db.transaction(async (tx) => {
    const taken = new Set(
      (
        await tx
          .select({ slug: articles.slug })
          .from(articles)
          .where(or(eq(articles.slug, record.slug), like(articles.slug, `${record.slug}-%`)))
      ).map((r) => r.slug),
    );
    let slug = record.slug;
    for (let i = 2; taken.has(slug); i++) slug = `${record.slug}-${i}`;
    const [row] = await tx
      .insert(articles)
      .values({ ...record, slug, origin: "upload", createdBy })
      .returning({ id: articles.id });
    await tx.insert(contentJobs).values({ articleId: row!.id, requestedBy: createdBy });
    return slug;
  });
}
