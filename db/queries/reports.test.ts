import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeTestDb, openTestDb } from "../testing/test-db";
import { makeAssignment, makeQuestions } from "../testing/quiz-fixture";
import { db, type Handle } from "../index";
import { attemptItems, attempts, classes, enrolments, questionReports, reviewCards } from "../schema";
import { createUser } from "./users";
import { editQuestion, setQuestionStatus } from "./curation";
import { listQuizCandidates } from "./attempts";
import { listDueFacts } from "./reviews";
import { getAttemptView } from "./attempt-view";
import { dismissReports, listArticleReports, listAssignmentReports, reportQuestion } from "./reports";

let handle: Handle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => closeTestDb(handle));

/** An attempt of this student over these question versions, every item answered. */
async function answeredAttempt(
  userId: string,
  items: { questionId: string; version: number }[],
  assignmentId: string | null = null,
) {
  const [attempt] = await db
    .insert(attempts)
    .values({
      userId,
      assignmentId,
      mode: assignmentId ? "assignment" : "practice",
      title: "t",
      questionCount: items.length,
    })
    .returning({ id: attempts.id });
  await db.insert(attemptItems).values(
    items.map((it, position) => ({
      attemptId: attempt!.id,
      position,
      ...it,
      response: "x",
      correct: false,
      score: 0,
      answeredAt: new Date(),
    })),
  );
  return attempt!.id;
}

/** One assignment over three fresh questions, its student's answered attempt, and a second instructor. */
async function setUp() {
  const q = await makeQuestions();
  const a = await makeAssignment(q.items);
  const student = a.students[0]!;
  const attemptId = await answeredAttempt(student.id, q.items, a.assignmentId);
  const other = await createUser({
    email: `other-${crypto.randomUUID()}@example.test`,
    name: "Otto Other",
    passwordHash: "h",
    role: "instructor",
  });
  return { q, a, student, attemptId, otherInstructorId: other.id };
}

const candidateIds = async (articleId: string, userId?: string) =>
  (await listQuizCandidates({ articleIds: [articleId], kinds: ["single_choice", "true_false", "cloze"], userId })).map(
    (c) => c.questionId,
  );

describe("question reports", () => {
  it("stores a report of the version in the attempt, shown to the owning instructor only", async () => {
    const { q, a, student, attemptId, otherInstructorId } = await setUp();
    const result = await reportQuestion({
      userId: student.id,
      attemptId,
      position: 1,
      reason: "wrong_answer",
      comment: "True is right here",
    });
    expect(result).toEqual({ status: "ok" });
    const [row] = await db.select().from(questionReports).where(eq(questionReports.userId, student.id));
    expect(row).toMatchObject({
      questionId: q.items[1]!.questionId,
      version: 1,
      attemptId,
      reason: "wrong_answer",
      comment: "True is right here",
      resolution: null,
    });

    const onResults = await listAssignmentReports(a.assignmentId);
    expect(onResults).toHaveLength(1);
    expect(onResults[0]).toMatchObject({ prompt: "Fixture question 2", student: "Student 1", resolution: null });
    const onCuration = await listArticleReports({ articleId: q.articleId, instructorId: a.instructorId });
    expect(onCuration.map((r) => r.questionId)).toEqual([q.items[1]!.questionId]);
    expect(await listArticleReports({ articleId: q.articleId, instructorId: otherInstructorId })).toEqual([]);

    const view = await getAttemptView({ attemptId, userId: student.id });
    expect(view!.items.map((i) => i.answered?.feedback?.reported)).toEqual([false, true, false]);
  });

  it("refuses a second report of the same version, and keeps the first", async () => {
    const { q, student, attemptId } = await setUp();
    const first = { userId: student.id, attemptId, position: 0, reason: "unclear" as const, comment: "first" };
    expect(await reportQuestion(first)).toEqual({ status: "ok" });
    expect(await reportQuestion({ ...first, reason: "other", comment: "second" })).toEqual({ status: "duplicate" });
    // The same version met again in another attempt is still the same version.
    const later = await answeredAttempt(student.id, [q.items[0]!]);
    expect(await reportQuestion({ ...first, attemptId: later })).toEqual({ status: "duplicate" });
    const rows = await db.select().from(questionReports).where(eq(questionReports.userId, student.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reason: "unclear", comment: "first", attemptId });
  });

  it("refuses a report of a question that is not in the student's own attempt", async () => {
    const { q, student, attemptId } = await setUp();
    const stranger = await setUp();
    // Someone else's attempt, and a position this attempt does not have.
    expect(
      await reportQuestion({ userId: stranger.student.id, attemptId, position: 0, reason: "other", comment: null }),
    ).toEqual({ status: "not_in_attempt" });
    expect(
      await reportQuestion({ userId: student.id, attemptId, position: 7, reason: "other", comment: null }),
    ).toEqual({ status: "not_in_attempt" });
    const rows = await db.select().from(questionReports).where(eq(questionReports.questionId, q.items[0]!.questionId));
    expect(rows).toEqual([]);
  });

  it("keeps a reported question out of that student's practice and review until an instructor deals with it", async () => {
    const { q, a, student, attemptId } = await setUp();
    const reported = q.items[0]!.questionId;
    const now = new Date();
    await db.insert(reviewCards).values({
      userId: student.id,
      factId: reported.replace("q_fix_", "f_fix_"),
      articleId: q.articleId,
      factKind: "role",
      due: new Date(now.getTime() - 86400_000),
      stability: 1,
      difficulty: 5,
      elapsedDays: 1,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 1,
      lapses: 1,
      state: "Review",
    });
    const dueQuestions = async () =>
      (await listDueFacts(student.id, now, 10)).flatMap((d) => d.candidates.map((c) => c.questionId));
    expect(await dueQuestions()).toEqual([reported]);
    expect(await candidateIds(q.articleId, student.id)).toContain(reported);

    await reportQuestion({ userId: student.id, attemptId, position: 0, reason: "unclear", comment: null });
    expect(await candidateIds(q.articleId, student.id)).not.toContain(reported);
    expect(await candidateIds(q.articleId, student.id)).toHaveLength(2);
    expect(await dueQuestions()).toEqual([]);
    // Other students, and callers that name no student, still get it.
    expect(await candidateIds(q.articleId)).toContain(reported);

    expect(await dismissReports({ questionId: reported, instructorId: a.instructorId })).toBe(1);
    expect(await candidateIds(q.articleId, student.id)).toContain(reported);
    expect(await dueQuestions()).toEqual([reported]);
  });

  it("an edit resolves the reports on the versions it replaced, and the new version can be reported", async () => {
    const { q, a, student, attemptId } = await setUp();
    const id = q.items[0]!.questionId;
    await reportQuestion({ userId: student.id, attemptId, position: 0, reason: "wrong_answer", comment: null });
    const version = await editQuestion({
      questionId: id,
      userId: a.instructorId,
      edit: { prompt: "Fixture question 1, clearer", explanation: "Better" },
    });
    expect(version).toBe(2);
    const [report] = await listAssignmentReports(a.assignmentId);
    expect(report).toMatchObject({ version: 1, resolution: "edited", resolvedBy: "Ina Instructor" });
    expect(report!.resolvedAt).toBeInstanceOf(Date);
    expect(await candidateIds(q.articleId, student.id)).toContain(id);

    const again = await answeredAttempt(student.id, [{ questionId: id, version: 2 }], a.assignmentId);
    expect(
      await reportQuestion({ userId: student.id, attemptId: again, position: 0, reason: "unclear", comment: null }),
    ).toEqual({ status: "ok" });
    const open = (await listAssignmentReports(a.assignmentId)).filter((r) => r.resolution === null);
    expect(open.map((r) => r.version)).toEqual([2]);
  });

  it("retiring resolves every open report on the question", async () => {
    const { q, a, student, attemptId } = await setUp();
    const id = q.items[2]!.questionId;
    await reportQuestion({ userId: student.id, attemptId, position: 2, reason: "other", comment: "typo" });
    expect(await setQuestionStatus(id, "retired", a.instructorId)).toBe(true);
    const [report] = await listAssignmentReports(a.assignmentId);
    expect(report).toMatchObject({ resolution: "retired", comment: "typo" });
  });

  it("an instructor dismisses only the reports they see; practice reports go to the student's instructors", async () => {
    const { q, a, student, attemptId, otherInstructorId } = await setUp();
    const id = q.items[0]!.questionId;
    await reportQuestion({ userId: student.id, attemptId, position: 0, reason: "unclear", comment: null });
    // A second student, in the other instructor's class, reports the same version from practice.
    const outsider = await createUser({
      email: `prac-${crypto.randomUUID()}@example.test`,
      name: "Pat Practice",
      passwordHash: "h",
      role: "student",
    });
    const [klass] = await db
      .insert(classes)
      .values({ instructorId: otherInstructorId, name: "Other class", joinCode: crypto.randomUUID().slice(0, 8) })
      .returning({ id: classes.id });
    await db.insert(enrolments).values({ classId: klass!.id, userId: outsider.id });
    const practice = await answeredAttempt(outsider.id, [q.items[0]!]);
    await reportQuestion({ userId: outsider.id, attemptId: practice, position: 0, reason: "other", comment: null });

    const seenBy = async (instructorId: string) =>
      (await listArticleReports({ articleId: q.articleId, instructorId })).map((r) => r.student);
    expect(await seenBy(a.instructorId)).toEqual(["Student 1"]);
    expect(await seenBy(otherInstructorId)).toEqual(["Pat Practice"]);

    expect(await dismissReports({ questionId: id, instructorId: a.instructorId })).toBe(1);
    const rows = await db
      .select({ userId: questionReports.userId, resolution: questionReports.resolution })
      .from(questionReports)
      .where(and(eq(questionReports.questionId, id)));
    expect(rows.find((r) => r.userId === student.id)?.resolution).toBe("dismissed");
    expect(rows.find((r) => r.userId === outsider.id)?.resolution).toBeNull();
  });
});
