import "server-only";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { MasteryRow } from "@/lib/learn/mastery";
import { db } from "../index";
import { articles, attemptItems, attempts, questions, reviewCards } from "../schema";
import { isUsable } from "./usable";

/**
 * Mastery per article and per kind of fact: how many facts there are to know
 * (facts with a usable question), how many the student has met,
 * how many are in long-term review, and how their answers went.
 */
export async function masteryBreakdown(userId: string) {
  const facts = db
    .selectDistinct({ factId: questions.factId, factKind: questions.factKind, articleId: questions.articleId })
    .from(questions)
    .where(isUsable)
    .as("facts");
  const perFact = await db
    .select({
      articleId: facts.articleId,
      title: articles.title,
      slug: articles.slug,
      factKind: facts.factKind,
      state: reviewCards.state,
    })
    .from(facts)
    .innerJoin(articles, eq(articles.id, facts.articleId))
    .leftJoin(reviewCards, and(eq(reviewCards.factId, facts.factId), eq(reviewCards.userId, userId)))
    .orderBy(asc(articles.title));
  const answers = await db
    .select({
      articleId: questions.articleId,
      factKind: questions.factKind,
      answered: sql<number>`count(*)::int`,
      correct: sql<number>`count(*) filter (where ${attemptItems.correct})::int`,
    })
    .from(attemptItems)
    .innerJoin(attempts, eq(attempts.id, attemptItems.attemptId))
    .innerJoin(questions, eq(questions.id, attemptItems.questionId))
    .where(and(eq(attempts.userId, userId), isNotNull(attemptItems.answeredAt)))
    .groupBy(questions.articleId, questions.factKind);

  const empty = (key: string): MasteryRow => ({ key, facts: 0, met: 0, mastered: 0, correct: 0, answered: 0 });
  const byArticle = new Map<string, MasteryRow & { title: string; slug: string }>();
  const byKind = new Map<string, MasteryRow>();
  for (const f of perFact) {
    const a = byArticle.get(f.articleId) ?? { ...empty(f.articleId), title: f.title, slug: f.slug };
    const k = byKind.get(f.factKind) ?? empty(f.factKind);
    for (const row of [a, k]) {
      row.facts++;
      if (f.state) row.met++;
      if (f.state === "Review") row.mastered++;
    }
    byArticle.set(f.articleId, a);
    byKind.set(f.factKind, k);
  }
  for (const r of answers) {
    for (const row of [byArticle.get(r.articleId), byKind.get(r.factKind)]) {
      if (!row) continue;
      row.answered += r.answered;
      row.correct += r.correct;
    }
  }
  return { articles: [...byArticle.values()], kinds: [...byKind.values()] };
}

/**
 * Answers per hour (right and total) since a date, for streaks and the
 * activity chart; the caller buckets hours into the student's local days.
 */
export async function answerHours(userId: string, since: Date | null) {
  const hour = sql<string>`date_trunc('hour', ${attemptItems.answeredAt})`;
  const rows = await db
    .select({
      hour,
      answered: sql<number>`count(*)::int`,
      correct: sql<number>`count(*) filter (where ${attemptItems.correct})::int`,
    })
    .from(attemptItems)
    .innerJoin(attempts, eq(attempts.id, attemptItems.attemptId))
    .where(
      and(
        eq(attempts.userId, userId),
        isNotNull(attemptItems.answeredAt),
        since ? sql`${attemptItems.answeredAt} >= ${since.toISOString()}::timestamptz` : undefined,
      ),
    )
    .groupBy(hour);
  return rows.map((r) => ({ hour: new Date(r.hour), answered: r.answered, correct: r.correct }));
}
