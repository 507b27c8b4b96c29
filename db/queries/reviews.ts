import "server-only";
import { and, asc, count, desc, eq, gt, inArray, lte, sql } from "drizzle-orm";
import { dueHorizon } from "@/lib/learn/review";
import { newCard, reviewCard, type CardState, type StoredCard } from "@/lib/scheduling";
import type { QuestionKind } from "@/lib/quiz/types";
import { db, type Db } from "../index";
import { articles, attemptItems, attempts, questions, reviewCards, reviewLogs } from "../schema";
import { notReportedBy } from "./reports";
import { isUsable } from "./usable";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Schedules a fact after an answer: the student's card for it (created at the
 * first meeting) is reviewed with FSRS and a log row is written. Runs inside
 * the transaction that stores the answer, so an answer counts once.
 */
export async function recordReview(
  tx: Tx,
  input: {
    userId: string;
    factId: string;
    factKind: (typeof reviewCards.$inferSelect)["factKind"];
    articleId: string;
    attemptId: string;
    kind: QuestionKind;
    correct: boolean;
    responseMs: number | null;
    now: Date;
  },
): Promise<void> {
  const [existing] = await tx
    .select()
    .from(reviewCards)
    .where(and(eq(reviewCards.userId, input.userId), eq(reviewCards.factId, input.factId)))
    .for("update");
  const before: StoredCard = existing ? { ...existing, state: existing.state as CardState } : newCard(input.now);
  const { card, log } = reviewCard(
    before,
    { correct: input.correct, responseMs: input.responseMs ?? 0, kind: input.kind },
    input.now,
  );
  const values = {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.lastReview ? new Date(card.lastReview) : null,
  };
  await tx
    .insert(reviewCards)
    .values({
      userId: input.userId,
      factId: input.factId,
      articleId: input.articleId,
      factKind: input.factKind,
      ...values,
    })
    .onConflictDoUpdate({ target: [reviewCards.userId, reviewCards.factId], set: values });
  await tx.insert(reviewLogs).values({
    userId: input.userId,
    factId: input.factId,
    attemptId: input.attemptId,
    rating: log.rating,
    stateBefore: before.state,
    due: new Date(before.due),
    responseMs: input.responseMs,
    reviewedAt: input.now,
  });
}

/** Cards the review page serves now: due, or due within the learn-ahead window (lib/learn/review.ts). */
export async function countDueCards(userId: string, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(reviewCards)
    .where(and(eq(reviewCards.userId, userId), lte(reviewCards.due, dueHorizon(now))));
  return row?.n ?? 0;
}

export async function reviewOverview(userId: string, now: Date) {
  const horizon = dueHorizon(now);
  const horizonSql = sql`${horizon.toISOString()}::timestamptz`;
  const [totals] = await db
    .select({
      total: count(),
      due: sql<number>`count(*) filter (where ${reviewCards.due} <= ${horizonSql})::int`,
      learning: sql<number>`count(*) filter (where ${reviewCards.state} in ('Learning', 'Relearning'))::int`,
      nextDue: sql<string | null>`min(${reviewCards.due}) filter (where ${reviewCards.due} > ${horizonSql})`,
    })
    .from(reviewCards)
    .where(eq(reviewCards.userId, userId));
  // Cards coming due in the next 7 days, by day offset from now (0 = within 24 h).
  const upcoming = await db
    .select({
      day: sql<number>`floor(extract(epoch from (${reviewCards.due} - ${now.toISOString()}::timestamptz)) / 86400)::int`,
      n: count(),
    })
    .from(reviewCards)
    .where(
      and(
        eq(reviewCards.userId, userId),
        gt(reviewCards.due, horizon),
        lte(reviewCards.due, new Date(now.getTime() + 7 * 86400_000)),
      ),
    )
    .groupBy(sql`1`);
  const dueByArticle = await db
    .select({ title: articles.title, slug: articles.slug, n: count() })
    .from(reviewCards)
    .innerJoin(articles, eq(articles.id, reviewCards.articleId))
    .where(and(eq(reviewCards.userId, userId), lte(reviewCards.due, horizon)))
    .groupBy(articles.title, articles.slug)
    .orderBy(desc(count()));
  return {
    total: totals?.total ?? 0,
    due: totals?.due ?? 0,
    learning: totals?.learning ?? 0,
    nextDue: totals?.nextDue ? new Date(totals.nextDue) : null,
    upcoming: upcoming.map((u) => ({ day: Number(u.day), n: u.n })),
    dueByArticle,
  };
}

export type DueFact = {
  factId: string;
  due: Date;
  lastKind: QuestionKind | null;
  candidates: { questionId: string; version: number; kind: QuestionKind }[];
};

/**
 * The user's due facts, most overdue first, each with the questions that can
 * ask about it now (current versions, not retired, not reported by this
 * student and still awaiting an instructor) and the kind of question
 * last used for it, so the review can ask the same fact a different way.
 */
export async function listDueFacts(userId: string, now: Date, limit: number): Promise<DueFact[]> {
  const due = await db
    .select({ factId: reviewCards.factId, due: reviewCards.due })
    .from(reviewCards)
    .where(and(eq(reviewCards.userId, userId), lte(reviewCards.due, dueHorizon(now))))
    .orderBy(asc(reviewCards.due))
    .limit(limit * 2);
  if (due.length === 0) return [];
  const factIds = due.map((d) => d.factId);
  const candidates = await db
    .select({
      factId: questions.factId,
      questionId: questions.id,
      version: questions.currentVersion,
      kind: questions.kind,
    })
    .from(questions)
    .where(and(inArray(questions.factId, factIds), isUsable, notReportedBy(userId)));
  const last = await db
    .selectDistinctOn([questions.factId], { factId: questions.factId, kind: questions.kind })
    .from(attemptItems)
    .innerJoin(attempts, eq(attempts.id, attemptItems.attemptId))
    .innerJoin(questions, eq(questions.id, attemptItems.questionId))
    .where(
      and(eq(attempts.userId, userId), inArray(questions.factId, factIds), sql`${attemptItems.answeredAt} is not null`),
    )
    .orderBy(questions.factId, desc(attemptItems.answeredAt));
  const lastKind = new Map(last.map((l) => [l.factId, l.kind]));
  return due
    .map((d) => ({
      factId: d.factId,
      due: d.due,
      lastKind: lastKind.get(d.factId) ?? null,
      candidates: candidates.filter((c) => c.factId === d.factId).map(({ factId: _f, ...c }) => c),
    }))
    .filter((d) => d.candidates.length > 0)
    .slice(0, limit);
}
