import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { displayOrderFor } from "@/lib/learn/display-order";
import { CHOICE_TRUE_FALSE, describeValue, inDisplayOrder } from "@/lib/learn/describe";
import { feedbackVisible } from "@/lib/learn/feedback";
import { clampResponseMs } from "@/lib/learn/timing";
import { gradeAnswer, type Question } from "@/lib/quiz";
import type { QuestionKind } from "@/lib/quiz/types";
import { db } from "../index";
import { articles, assignments, attemptItems, attempts, questions, questionVersions, type StoredOption } from "../schema";
import { recordReview } from "./reviews";

export type AttemptMode = "practice" | "review" | "assignment";

export type CreateAttemptInput = {
  userId: string;
  mode: AttemptMode;
  title: string;
  assignmentId?: string;
  articleIds?: string[] | null;
  kinds?: string[];
  items: { questionId: string; version: number }[];
  /** For assignments: how many attempts the student may make (null: unlimited). */
  attemptsAllowed?: number | null;
};

export class AttemptLimitError extends Error {
  constructor(readonly allowed: number) {
    super(`All ${allowed} attempt${allowed === 1 ? "" : "s"} have been used.`);
    this.name = "AttemptLimitError";
  }
}

/**
 * Creates an attempt and its items in one transaction. Each item's choices are
 * shuffled here, on the server, and stored, so a reload shows the same order.
 */
export async function createAttempt(input: CreateAttemptInput): Promise<{ attemptId: string }> {
  if (input.items.length === 0) throw new Error("An attempt needs at least one question.");
  return db.transaction(async (tx) => {
    if (input.assignmentId) {
      // One start at a time per student and assignment, so a double click or
      // two tabs cannot open two attempts or go past the attempts allowed.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${input.assignmentId}:${input.userId}`}))`);
      const previous = await tx
        .select({ id: attempts.id, status: attempts.status })
        .from(attempts)
        .where(and(eq(attempts.assignmentId, input.assignmentId), eq(attempts.userId, input.userId)));
      const open = previous.find((a) => a.status === "in_progress");
      if (open) return { attemptId: open.id };
      if (input.attemptsAllowed != null && previous.length >= input.attemptsAllowed) {
        throw new AttemptLimitError(input.attemptsAllowed);
      }
    }
    const ids = [...new Set(input.items.map((i) => i.questionId))];
    const versions = await tx
      .select({
        questionId: questionVersions.questionId,
        version: questionVersions.version,
        kind: questions.kind,
        options: questionVersions.options,
        right: questionVersions.right,
        items: questionVersions.items,
        answer: questionVersions.answer,
      })
      .from(questionVersions)
      .innerJoin(questions, eq(questions.id, questionVersions.questionId))
      .where(inArray(questionVersions.questionId, ids));
    const byKey = new Map(versions.map((v) => [`${v.questionId}@${v.version}`, v]));
    const [attempt] = await tx
      .insert(attempts)
      .values({
        userId: input.userId,
        mode: input.mode,
        title: input.title,
        assignmentId: input.assignmentId ?? null,
        articleIds: input.articleIds ?? null,
        kinds: input.kinds ?? null,
        questionCount: input.items.length,
      })
      .returning({ id: attempts.id });
    await tx.insert(attemptItems).values(
      input.items.map((item, position) => {
        const v = byKey.get(`${item.questionId}@${item.version}`);
        if (!v) throw new Error(`Question ${item.questionId} has no version ${item.version}.`);
        return { attemptId: attempt!.id, position, questionId: item.questionId, version: item.version, displayOrder: displayOrderFor(v) };
      }),
    );
    return { attemptId: attempt!.id };
  });
}

/**
 * Closes an attempt and stores its score: the sum of its item scores (partial
 * credit for matching and ordering; unanswered items count 0). Only the owner
 * can finish it, and only once: a finished attempt is never changed again.
 */
export async function finishAttempt(input: { attemptId: string; userId: string; now?: Date }): Promise<{ score: number } | null> {
  const [row] = await db
    .update(attempts)
    .set({
      status: "finished",
      finishedAt: input.now ?? new Date(),
      score: sql`(select coalesce(sum(ai.score), 0) from attempt_items ai where ai.attempt_id = "attempts"."id")`,
    })
    .where(and(eq(attempts.id, input.attemptId), eq(attempts.userId, input.userId), eq(attempts.status, "in_progress")))
    .returning({ score: attempts.score });
  if (row) return { score: row.score ?? 0 };
  const [done] = await db
    .select({ score: attempts.score })
    .from(attempts)
    .where(and(eq(attempts.id, input.attemptId), eq(attempts.userId, input.userId)));
  return done ? { score: done.score ?? 0 } : null;
}

// ---------------------------------------------------------------------------
// Reading an attempt. What a student may see before answering is selected for
// every item; the key, the explanation and the source only for items that are
// answered and whose feedback the student may see.

export type Choice = { id: string; text: string };

export type Feedback = {
  correct: boolean;
  score: number;
  correctAnswer: string[];
  acceptedAnswer: string | null;
  explanation: string;
  source: { sentence: string; href: string; articleTitle: string };
};

export type AttemptItemView = {
  position: number;
  kind: QuestionKind;
  prompt: string;
  choices: Choice[];
  left: Choice[];
  right: Choice[];
  items: Choice[];
  articleTitle: string;
  answered: null | { response: unknown; yourAnswer: string[]; feedback: Feedback | null };
};

export type AttemptView = {
  id: string;
  mode: AttemptMode;
  assignmentId: string | null;
  title: string;
  status: "in_progress" | "finished";
  questionCount: number;
  score: number | null;
  startedAt: Date;
  finishedAt: Date | null;
  feedbackVisible: boolean;
  dueAt: Date | null;
  items: AttemptItemView[];
};

async function attemptHeader(attemptId: string, userId: string) {
  const [a] = await db
    .select({
      id: attempts.id,
      mode: attempts.mode,
      assignmentId: attempts.assignmentId,
      title: attempts.title,
      status: attempts.status,
      questionCount: attempts.questionCount,
      score: attempts.score,
      startedAt: attempts.startedAt,
      finishedAt: attempts.finishedAt,
      feedbackTiming: assignments.feedbackTiming,
      dueAt: assignments.dueAt,
    })
    .from(attempts)
    .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .where(and(eq(attempts.id, attemptId), eq(attempts.userId, userId)));
  return a ?? null;
}

const sourceHref = (slug: string, start: number, end: number) => `/articles/${slug}?s=${start}-${end}#src`;

/** One of the user's attempts as the quiz and summary pages show it, or null when it is not theirs. */
export async function getAttemptView(input: { attemptId: string; userId: string; now?: Date }): Promise<AttemptView | null> {
  const now = input.now ?? new Date();
  const a = await attemptHeader(input.attemptId, input.userId);
  if (!a) return null;
  const visible = feedbackVisible(a, now);
  const rows = await db
    .select({
      position: attemptItems.position,
      displayOrder: attemptItems.displayOrder,
      response: attemptItems.response,
      correct: attemptItems.correct,
      score: attemptItems.score,
      acceptedAnswer: attemptItems.acceptedAnswer,
      answeredAt: attemptItems.answeredAt,
      kind: questions.kind,
      prompt: questionVersions.prompt,
      options: questionVersions.options,
      left: questionVersions.left,
      right: questionVersions.right,
      items: questionVersions.items,
      articleTitle: articles.title,
    })
    .from(attemptItems)
    .innerJoin(questions, eq(questions.id, attemptItems.questionId))
    .innerJoin(
      questionVersions,
      and(eq(questionVersions.questionId, attemptItems.questionId), eq(questionVersions.version, attemptItems.version)),
    )
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(eq(attemptItems.attemptId, a.id))
    .orderBy(asc(attemptItems.position));

  const revealed = visible
    ? await db
        .select({
          position: attemptItems.position,
          answer: questionVersions.answer,
          explanation: questionVersions.explanation,
          sourceSentence: questionVersions.sourceSentence,
          sourceStart: questionVersions.sourceStart,
          sourceEnd: questionVersions.sourceEnd,
          slug: articles.slug,
        })
        .from(attemptItems)
        .innerJoin(questions, eq(questions.id, attemptItems.questionId))
        .innerJoin(
          questionVersions,
          and(eq(questionVersions.questionId, attemptItems.questionId), eq(questionVersions.version, attemptItems.version)),
        )
        .innerJoin(articles, eq(articles.id, questions.articleId))
        .where(and(eq(attemptItems.attemptId, a.id), isNotNull(attemptItems.answeredAt)))
    : [];
  const secrets = new Map(revealed.map((r) => [r.position, r]));

  const items = rows.map((r): AttemptItemView => {
    const q = { kind: r.kind, options: r.options, left: r.left, right: r.right, items: r.items };
    const order = r.displayOrder;
    const secret = secrets.get(r.position);
    return {
      position: r.position,
      kind: r.kind,
      prompt: r.prompt,
      choices: r.kind === "true_false" ? CHOICE_TRUE_FALSE : r.kind === "single_choice" ? inDisplayOrder(r.options, order) : [],
      left: r.kind === "matching" ? (r.left ?? []) : [],
      right: r.kind === "matching" ? inDisplayOrder(r.right, order) : [],
      items: r.kind === "ordering" ? inDisplayOrder(r.items, order) : [],
      articleTitle: r.articleTitle,
      answered: r.answeredAt
        ? {
            response: r.response,
            yourAnswer: describeValue(q, r.response),
            feedback: secret
              ? {
                  correct: Boolean(r.correct),
                  score: r.score ?? 0,
                  correctAnswer: describeValue(q, secret.answer),
                  acceptedAnswer: r.acceptedAnswer,
                  explanation: secret.explanation,
                  source: {
                    sentence: secret.sourceSentence,
                    href: sourceHref(secret.slug, secret.sourceStart, secret.sourceEnd),
                    articleTitle: r.articleTitle,
                  },
                }
              : null,
          }
        : null,
    };
  });
  return {
    id: a.id,
    mode: a.mode,
    assignmentId: a.assignmentId,
    title: a.title,
    status: a.status,
    questionCount: a.questionCount,
    score: a.score,
    startedAt: a.startedAt,
    finishedAt: a.finishedAt,
    feedbackVisible: visible,
    dueAt: a.dueAt,
    items,
  };
}

// ---------------------------------------------------------------------------
// Answering.

export type SubmitResult =
  | { status: "recorded" | "already_answered"; item: AttemptItemView }
  | { status: "not_found" }
  | { status: "finished" };

/**
 * Grades and stores one answer, and schedules its fact for review. The same
 * answer sent twice (a double click, a retry after a dropped connection) is
 * stored once: the item is written only while `answered_at is null`, inside
 * one transaction with the review, so a second submission changes nothing and
 * gets the stored result back.
 */
export async function submitAnswer(input: {
  attemptId: string;
  userId: string;
  position: number;
  response: unknown;
  responseMs?: unknown;
  now?: Date;
}): Promise<SubmitResult> {
  const now = input.now ?? new Date();
  const responseMs = clampResponseMs(input.responseMs);
  const outcome = await db.transaction(async (tx) => {
    const [attempt] = await tx
      .select({ id: attempts.id, status: attempts.status })
      .from(attempts)
      .where(and(eq(attempts.id, input.attemptId), eq(attempts.userId, input.userId)));
    if (!attempt) return "not_found" as const;
    if (attempt.status !== "in_progress") return "finished" as const;
    const [item] = await tx
      .select({
        questionId: attemptItems.questionId,
        answeredAt: attemptItems.answeredAt,
        kind: questions.kind,
        factId: questions.factId,
        factKind: questions.factKind,
        articleId: questions.articleId,
        options: questionVersions.options,
        left: questionVersions.left,
        right: questionVersions.right,
        items: questionVersions.items,
        answer: questionVersions.answer,
        accept: questionVersions.accept,
      })
      .from(attemptItems)
      .innerJoin(questions, eq(questions.id, attemptItems.questionId))
      .innerJoin(
        questionVersions,
        and(eq(questionVersions.questionId, attemptItems.questionId), eq(questionVersions.version, attemptItems.version)),
      )
      .where(and(eq(attemptItems.attemptId, attempt.id), eq(attemptItems.position, input.position)));
    if (!item) return "not_found" as const;
    if (item.answeredAt) return "already_answered" as const;

    const gradable = {
      kind: item.kind,
      options: item.options ?? undefined,
      left: item.left ?? undefined,
      right: item.right ?? undefined,
      items: item.items ?? undefined,
      answer: item.answer,
      accept: item.accept ?? undefined,
    } as Question & { accept?: string[] };
    const graded = gradeAnswer(gradable, input.response);
    const stored = await tx
      .update(attemptItems)
      .set({
        response: input.response as object,
        correct: graded.correct,
        score: graded.score,
        acceptedAnswer: graded.accepted ?? null,
        responseMs,
        answeredAt: now,
      })
      .where(
        and(eq(attemptItems.attemptId, attempt.id), eq(attemptItems.position, input.position), isNull(attemptItems.answeredAt)),
      )
      .returning({ position: attemptItems.position });
    if (stored.length === 0) return "already_answered" as const;
    await recordReview(tx, {
      userId: input.userId,
      factId: item.factId,
      factKind: item.factKind,
      articleId: item.articleId,
      attemptId: attempt.id,
      kind: item.kind,
      correct: graded.correct,
      responseMs,
      now,
    });
    return "recorded" as const;
  });
  if (outcome === "not_found" || outcome === "finished") return { status: outcome };
  const view = await getAttemptView({ attemptId: input.attemptId, userId: input.userId, now });
  const item = view?.items.find((i) => i.position === input.position);
  if (!item) return { status: "not_found" };
  return { status: outcome, item };
}

// ---------------------------------------------------------------------------
// Lists.

export async function listAttempts(userId: string, limit = 50) {
  return db
    .select({
      id: attempts.id,
      mode: attempts.mode,
      title: attempts.title,
      status: attempts.status,
      questionCount: attempts.questionCount,
      score: attempts.score,
      startedAt: attempts.startedAt,
      finishedAt: attempts.finishedAt,
      answered: sql<number>`(select count(*)::int from attempt_items ai where ai.attempt_id = "attempts"."id" and ai.answered_at is not null)`,
    })
    .from(attempts)
    .where(eq(attempts.userId, userId))
    .orderBy(desc(attempts.startedAt))
    .limit(limit);
}

/** The newest unfinished practice or review attempt, to offer "carry on" (assignments are listed by their own page). */
export async function findInProgressAttempt(userId: string) {
  const [row] = await db
    .select({
      id: attempts.id,
      title: attempts.title,
      mode: attempts.mode,
      questionCount: attempts.questionCount,
      answered: sql<number>`(select count(*)::int from attempt_items ai where ai.attempt_id = "attempts"."id" and ai.answered_at is not null)`,
    })
    .from(attempts)
    .where(and(eq(attempts.userId, userId), eq(attempts.status, "in_progress"), inArray(attempts.mode, ["practice", "review"])))
    .orderBy(desc(attempts.startedAt))
    .limit(1);
  return row ?? null;
}

export type QuizCandidate = {
  questionId: string;
  version: number;
  kind: QuestionKind;
  factId: string;
  factKind: string;
  articleId: string;
};

/** Current versions of every question not retired, from these articles (null: every article) and kinds. */
export async function listQuizCandidates(input: { articleIds: string[] | null; kinds: string[] }): Promise<QuizCandidate[]> {
  if (input.kinds.length === 0 || input.articleIds?.length === 0) return [];
  const where = [
    sql`${questions.status} <> 'retired'`,
    inArray(questions.kind, input.kinds as QuestionKind[]),
    ...(input.articleIds ? [inArray(questions.articleId, input.articleIds)] : []),
  ];
  return db
    .select({
      questionId: questions.id,
      version: questions.currentVersion,
      kind: questions.kind,
      factId: questions.factId,
      factKind: questions.factKind,
      articleId: questions.articleId,
    })
    .from(questions)
    .where(and(...where))
    .orderBy(asc(questions.id));
}

export type { StoredOption };
