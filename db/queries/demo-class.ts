import "server-only";
import { randomInt } from "node:crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { SimQuestion } from "@/lib/teach/simulate";
import { generateJoinCode } from "@/lib/teach/join-code";
import { db } from "../index";
import {
  articles,
  assignmentQuestions,
  assignments,
  attemptItems,
  attempts,
  classes,
  enrolments,
  questions,
  questionVersions,
  users,
  type AttemptItemRow,
} from "../schema";
import { isUsable } from "./usable";

/** The demo class is made once: not again once its instructor owns any class. */
export async function ownsAnyClass(instructorId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: classes.id })
    .from(classes)
    .where(eq(classes.instructorId, instructorId))
    .limit(1);
  return Boolean(row);
}

export type DemoCandidate = SimQuestion & {
  questionId: string;
  version: number;
  articleId: string;
  articleSlug: string;
  articleTitle: string;
  factId: string;
};

/**
 * The current version of every question not retired, of the articles imported from content/ (or
 * of these articles), in a stable order.
 */
export async function listDemoCandidates(slugs?: string[]): Promise<DemoCandidate[]> {
  const rows = await db
    .select({
      questionId: questions.id,
      version: questions.currentVersion,
      articleId: questions.articleId,
      articleSlug: articles.slug,
      articleTitle: articles.title,
      factId: questions.factId,
      kind: questions.kind,
      options: questionVersions.options,
      left: questionVersions.left,
      right: questionVersions.right,
      items: questionVersions.items,
      answer: questionVersions.answer,
      accept: questionVersions.accept,
      difficulty: questionVersions.difficulty,
    })
    .from(questions)
    .innerJoin(articles, and(eq(articles.id, questions.articleId), eq(articles.origin, "content")))
    .innerJoin(
      questionVersions,
      and(eq(questionVersions.questionId, questions.id), eq(questionVersions.version, questions.currentVersion)),
    )
    .where(and(isUsable, slugs ? inArray(articles.slug, slugs) : undefined))
    .orderBy(asc(articles.slug), asc(questions.id));
  return rows;
}

type Item = Pick<
  AttemptItemRow,
  | "questionId"
  | "version"
  | "displayOrder"
  | "response"
  | "correct"
  | "score"
  | "acceptedAnswer"
  | "responseMs"
  | "answeredAt"
>;

export type DemoAttempt = { student: number; startedAt: Date; finishedAt: Date | null; items: Item[] };

export type DemoAssignment = {
  title: string;
  articleIds: string[];
  kinds: string[];
  opensAt: Date;
  dueAt: Date;
  attemptsAllowed: number;
  attemptPolicy: "first" | "best" | "last";
  questions: { questionId: string; version: number }[];
  attempts: DemoAttempt[];
};

export type DemoClassPlan = {
  instructorId: string;
  /** The demo student, enrolled alongside the generated ones. */
  demoStudentId: string | null;
  name: string;
  createdAt: Date;
  students: { name: string; email: string; joinedAt: Date }[];
  assignments: DemoAssignment[];
};

/**
 * Writes the whole class in one transaction, so a failed start leaves no half class behind. The
 * generated students cannot sign in: their password hash is no argon2 hash, so every password fails.
 */
export async function insertDemoClass(plan: DemoClassPlan): Promise<{ classId: string; assignmentIds: string[] }> {
  return db.transaction(async (tx) => {
    const [klass] = await tx
      .insert(classes)
      .values({
        instructorId: plan.instructorId,
        name: plan.name,
        joinCode: generateJoinCode(randomInt),
        createdAt: plan.createdAt,
      })
      .returning({ id: classes.id });
    const made = await tx
      .insert(users)
      .values(
        plan.students.map((s) => ({
          email: s.email,
          name: s.name,
          role: "student" as const,
          passwordHash: "!demo-student-no-sign-in",
          createdAt: s.joinedAt,
        })),
      )
      .returning({ id: users.id });
    await tx
      .insert(enrolments)
      .values([
        ...made.map((u, i) => ({ classId: klass!.id, userId: u.id, joinedAt: plan.students[i]!.joinedAt })),
        ...(plan.demoStudentId ? [{ classId: klass!.id, userId: plan.demoStudentId, joinedAt: plan.createdAt }] : []),
      ]);
    const assignmentIds: string[] = [];
    for (const a of plan.assignments) {
      const [row] = await tx
        .insert(assignments)
        .values({
          classId: klass!.id,
          title: a.title,
          articleIds: a.articleIds,
          kinds: a.kinds,
          questionCount: a.questions.length,
          opensAt: a.opensAt,
          dueAt: a.dueAt,
          attemptsAllowed: a.attemptsAllowed,
          feedbackTiming: "immediate",
          attemptPolicy: a.attemptPolicy,
          useAllGenerated: true,
          createdAt: a.opensAt,
        })
        .returning({ id: assignments.id });
      assignmentIds.push(row!.id);
      await tx
        .insert(assignmentQuestions)
        .values(a.questions.map((q, position) => ({ assignmentId: row!.id, position, ...q })));
      if (a.attempts.length === 0) continue;
      const ids = await tx
        .insert(attempts)
        .values(
          a.attempts.map((t) => ({
            userId: made[t.student]!.id,
            assignmentId: row!.id,
            mode: "assignment" as const,
            title: a.title,
            questionCount: a.questions.length,
            status: t.finishedAt ? ("finished" as const) : ("in_progress" as const),
            startedAt: t.startedAt,
            finishedAt: t.finishedAt,
          })),
        )
        .returning({ id: attempts.id });
      await tx
        .insert(attemptItems)
        .values(
          a.attempts.flatMap((t, k) => t.items.map((it, position) => ({ attemptId: ids[k]!.id, position, ...it }))),
        );
      // The stored score is the sum of the item scores, as finishing an attempt stores it.
      await tx.execute(sql`
        update attempts a set score = (select coalesce(sum(ai.score), 0) from attempt_items ai where ai.attempt_id = a.id)
        where a.assignment_id = ${row!.id} and a.status = 'finished'`);
    }
    return { classId: klass!.id, assignmentIds };
  });
}
