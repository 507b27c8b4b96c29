import { randomUUID } from "node:crypto";
import { db } from "../index";
import {
  articles,
  assignmentQuestions,
  assignments,
  classes,
  enrolments,
  questions,
  questionVersions,
} from "../schema";
import { createUser } from "../queries/users";

/**
 * A small hand-made article with three questions (single choice, true/false,
 * fill in the blank), for query tests that need answerable items but not the
 * content pipeline. Every id is unique, so a shared PostgreSQL is fine.
 */
export async function makeQuestions(options: { createdBy?: string; origin?: "content" | "upload" } = {}) {
  const tag = randomUUID().slice(0, 8);
  const [article] = await db
    .insert(articles)
    .values({
      slug: `fixture-${tag}`,
      title: `Fixture ${tag}`,
      sourceText: "x",
      body: "x",
      paragraphs: [],
      wordCount: 1,
      contentHash: tag,
      origin: options.origin ?? "content",
      createdBy: options.createdBy ?? null,
    })
    .returning({ id: articles.id, slug: articles.slug });
  const specs = [
    { kind: "single_choice" as const, answer: "a", right: "a", wrong: "b" },
    { kind: "true_false" as const, answer: true, right: true, wrong: false },
    { kind: "cloze" as const, answer: "Hannigan", right: "Hannigan", wrong: "Cameron" },
  ];
  const ids = specs.map((_, i) => `q_fix_${tag}_${i}`);
  await db.insert(questions).values(
    specs.map((s, i) => ({
      id: ids[i]!,
      articleId: article!.id,
      factId: `f_fix_${tag}_${i}`,
      factKind: "role" as const,
      kind: s.kind,
      status: "approved" as const,
    })),
  );
  await db.insert(questionVersions).values(
    specs.map((s, i) => ({
      questionId: ids[i]!,
      version: 1,
      origin: "generated" as const,
      prompt: `Fixture question ${i + 1}`,
      options:
        s.kind === "single_choice"
          ? [
              { id: "a", text: "Alpha" },
              { id: "b", text: "Bravo" },
            ]
          : null,
      answer: s.answer,
      explanation: `The key of fixture question ${i + 1}`,
      sourceSentence: `Fixture sentence ${i + 1}.`,
      sourceStart: 0,
      sourceEnd: 1,
      contentHash: `${tag}${i}`,
    })),
  );
  return {
    articleId: article!.id,
    slug: article!.slug,
    items: ids.map((questionId) => ({ questionId, version: 1 })),
    right: specs.map((s) => s.right),
    wrong: specs.map((s) => s.wrong),
  };
}

export type AssignmentRules = {
  dueAt?: Date | null;
  graceMinutes?: number;
  lateUntil?: Date | null;
  feedbackTiming?: "immediate" | "after_due";
  opensAt?: Date;
  attemptsAllowed?: number | null;
};

/** An instructor's class with one enrolled student and one assignment over these questions. */
export async function makeAssignment(
  items: { questionId: string; version: number }[],
  rules: AssignmentRules = {},
  studentCount = 1,
) {
  const instructor = await createUser({
    email: `inst-${randomUUID()}@example.test`,
    name: "Ina Instructor",
    passwordHash: "h",
    role: "instructor",
  });
  const [klass] = await db
    .insert(classes)
    .values({ instructorId: instructor.id, name: "Deadline class", joinCode: randomUUID().slice(0, 8).toUpperCase() })
    .returning({ id: classes.id });
  const [assignment] = await db
    .insert(assignments)
    .values({
      classId: klass!.id,
      title: "Due soon",
      kinds: ["single_choice", "true_false", "cloze"],
      questionCount: items.length,
      opensAt: rules.opensAt ?? new Date(Date.now() - 3600_000),
      dueAt: rules.dueAt ?? null,
      graceMinutes: rules.graceMinutes ?? 0,
      lateUntil: rules.lateUntil ?? null,
      feedbackTiming: rules.feedbackTiming ?? "immediate",
      attemptsAllowed: rules.attemptsAllowed ?? null,
    })
    .returning({ id: assignments.id });
  await db
    .insert(assignmentQuestions)
    .values(items.map((it, position) => ({ assignmentId: assignment!.id, position, ...it })));
  const students = [];
  for (let i = 0; i < studentCount; i++) {
    const s = await createUser({
      email: `stu-${randomUUID()}@example.test`,
      name: `Student ${i + 1}`,
      passwordHash: "h",
      role: "student",
    });
    await db.insert(enrolments).values({ classId: klass!.id, userId: s.id });
    students.push(s);
  }
  return { instructorId: instructor.id, classId: klass!.id, assignmentId: assignment!.id, students };
}
