import "server-only";
import { and, eq, inArray, isNotNull, ne, notInArray, or, sql, isNull } from "drizzle-orm";
import type { ArticleFacts } from "@/lib/quiz/types";
import type { ArticleContext, QuizQuestion, StoredArticle } from "@/lib/quiz";
import { db } from "../index";
import { articles, questions, questionVersions, type StoredOption } from "../schema";

export type QuestionSyncSummary = {
  added: number;
  changed: number;
  retired: number;
  restored: number;
  unchanged: number;
};

export type GeneratedVersion = {
  prompt: string;
  options: StoredOption[] | null;
  left: StoredOption[] | null;
  right: StoredOption[] | null;
  items: StoredOption[] | null;
  difficulty: "easy" | "medium" | "hard" | null;
  answer: QuizQuestion["answer"];
  accept: string[] | null;
  explanation: string;
  sourceSentence: string;
  sourceStart: number;
  sourceEnd: number;
  contentHash: string;
};

/**
 * Brings the stored questions in line with what the pipeline generates now:
 * new questions are added as drafts, changed ones get a new version, and ones
 * no longer generated are retired — never deleted, so past answers keep their
 * meaning. An instructor's edit stays current until the instructor regenerates.
 * A question the pipeline holds back carries its reasons (`held`): a draft to
 * check before use. The reasons follow each run, and the status never does:
 * what an instructor approved or retired stays so.
 */
export async function syncGeneratedQuestions(input: {
  /** the articles generated, each with the content hash its text had */
  facts: { articleId: string; facts: ArticleFacts; context: ArticleContext; contentHash: string }[];
  generated: { articleId: string; question: QuizQuestion; version: GeneratedVersion; held?: string[] }[];
  generatorVersion: number;
}): Promise<QuestionSyncSummary> {
  const summary: QuestionSyncSummary = { added: 0, changed: 0, retired: 0, restored: 0, unchanged: 0 };
  const articleIds = input.facts.map((f) => f.articleId);
  await db.transaction(async (tx) => {
    for (const f of input.facts) {
      await tx
        .update(articles)
        .set({
          facts: f.facts,
          context: f.context,
          generatedHash: f.contentHash,
          generatorVersion: input.generatorVersion,
        })
        .where(eq(articles.id, f.articleId));
    }
    const existing = articleIds.length
      ? await tx
          .select({
            id: questions.id,
            status: questions.status,
            retiredReason: questions.retiredReason,
            heldReasons: questions.heldReasons,
            currentVersion: questions.currentVersion,
            generatedVersion: questions.generatedVersion,
            latestVersion: sql<number>`(select max(v.version) from ${questionVersions} v where v.question_id = ${questions.id})`,
            generatedHash: questionVersions.contentHash,
          })
          .from(questions)
          .innerJoin(
            questionVersions,
            and(
              eq(questionVersions.questionId, questions.id),
              eq(questionVersions.version, questions.generatedVersion),
            ),
          )
          .where(inArray(questions.articleId, articleIds))
      : [];
    const byId = new Map(existing.map((e) => [e.id, e]));
    const seen = new Set<string>();
    const newQuestions: (typeof questions.$inferInsert)[] = [];
    const newVersions: (typeof questionVersions.$inferInsert)[] = [];

    for (const g of input.generated) {
      const q = g.question;
      seen.add(q.id);
      const known = byId.get(q.id);
      const heldReasons = g.held?.length ? g.held : null;
      if (!known) {
        newQuestions.push({
          id: q.id,
          articleId: g.articleId,
          factId: q.fact.id,
          factKind: q.fact.kind,
          kind: q.kind,
          heldReasons,
        });
        newVersions.push({ questionId: q.id, version: 1, origin: "generated", ...g.version });
        summary.added++;
        continue;
      }
      const restore = known.status === "retired" && known.retiredReason === "not_generated";
      const heldChanged = JSON.stringify(known.heldReasons ?? null) !== JSON.stringify(heldReasons);
      if (known.generatedHash === g.version.contentHash) {
        if (restore || heldChanged) {
          await tx
            .update(questions)
            .set({
              ...(restore ? { status: "draft" as const, retiredReason: null } : {}),
              heldReasons,
              updatedAt: new Date(),
            })
            .where(eq(questions.id, q.id));
        }
        if (restore) summary.restored++;
        else summary.unchanged++;
        continue;
      }
      const version = Number(known.latestVersion) + 1;
      newVersions.push({ questionId: q.id, version, origin: "generated", ...g.version });
      const edited = known.currentVersion !== known.generatedVersion;
      await tx
        .update(questions)
        .set({
          generatedVersion: version,
          currentVersion: edited ? known.currentVersion : version,
          heldReasons,
          ...(restore ? { status: "draft" as const, retiredReason: null } : {}),
          updatedAt: new Date(),
        })
        .where(eq(questions.id, q.id));
      summary.changed++;
      if (restore) summary.restored++;
    }
    const gone = existing.filter((e) => !seen.has(e.id) && e.status !== "retired").map((e) => e.id);
    if (gone.length) {
      await tx
        .update(questions)
        .set({ status: "retired", retiredReason: "not_generated", updatedAt: new Date() })
        .where(inArray(questions.id, gone));
      summary.retired = gone.length;
    }
    for (let i = 0; i < newQuestions.length; i += 500)
      await tx.insert(questions).values(newQuestions.slice(i, i + 500));
    for (let i = 0; i < newVersions.length; i += 500)
      await tx.insert(questionVersions).values(newVersions.slice(i, i + 500));
  });
  return summary;
}

/** The pipeline input of these articles (every article without `ids`), in a stable order. */
export async function listArticleSources(ids?: readonly string[]) {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      sourceText: articles.sourceText,
      contentHash: articles.contentHash,
    })
    .from(articles)
    .where(ids ? inArray(articles.id, [...ids]) : undefined)
    .orderBy(articles.slug);
}

/**
 * The articles whose questions are not what this pipeline version makes of
 * their current text: never generated, changed since, or generated by another
 * pipeline version (`outdated`); and how many articles there are in all.
 */
export async function listStaleArticles(generatorVersion: number) {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      outdated: sql<boolean>`coalesce(${articles.generatorVersion} <> ${generatorVersion}, false)`,
    })
    .from(articles)
    .where(
      or(
        isNull(articles.generatedHash),
        ne(articles.generatedHash, articles.contentHash),
        isNull(articles.generatorVersion),
        ne(articles.generatorVersion, generatorVersion),
      ),
    )
    .orderBy(articles.slug);
}

export async function countArticles(): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(articles);
  return Number(row?.n ?? 0);
}

/** The stored facts and contexts of every generated article but these: the library they are built against. */
export async function listLibraryFacts(exceptArticleIds: readonly string[]): Promise<StoredArticle[]> {
  const rows = await db
    .select({ facts: articles.facts, context: articles.context })
    .from(articles)
    .where(and(notInArray(articles.id, [...exceptArticleIds]), isNotNull(articles.facts), isNotNull(articles.context)))
    .orderBy(articles.slug);
  return rows.map((r) => ({ facts: r.facts!, context: r.context! }));
}
