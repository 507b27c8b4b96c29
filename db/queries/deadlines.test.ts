import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type Handle } from "@/db";
import { attemptItems, attempts } from "@/db/schema";
import { closeTestDb, openTestDb } from "@/db/testing/test-db";
import { makeAssignment, makeQuestions } from "@/db/testing/quiz-fixture";
import { submitAnswer } from "./answers";
import { getAttemptView } from "./attempt-view";
import { createAttempt, finishAttempt } from "./attempts";
import { finishOverdueAttempts } from "./deadlines";
import { getStudentAnswers, loadResponsesForExport, loadStudents } from "./results";

// Attacks on due dates (docs/security.md rows D1–D4): the server's clock and the
// assignment's rules decide, whatever the student's page still shows.

let handle: Handle;
let quiz: Awaited<ReturnType<typeof makeQuestions>>;
beforeAll(async () => {
  handle = await openTestDb();
  quiz = await makeQuestions();
});
afterAll(() => closeTestDb(handle));

const HOUR = 3600_000;
const minutesAfter = (at: Date, min: number) => new Date(at.getTime() + min * 60_000);

async function setup(rules: Parameters<typeof makeAssignment>[1], studentCount = 1) {
  const a = await makeAssignment(quiz.items, rules, studentCount);
  const start = async (userId: string) =>
    (
      await createAttempt({
        userId,
        mode: "assignment",
        title: "Due soon",
        assignmentId: a.assignmentId,
        items: quiz.items,
      })
    ).attemptId;
  return { ...a, start };
}

const answer = (attemptId: string, userId: string, position: number, now: Date) =>
  submitAnswer({ attemptId, userId, position, response: quiz.right[position], now });

async function attemptRow(id: string) {
  const [row] = await db.select().from(attempts).where(eq(attempts.id, id));
  return row!;
}

async function answeredAt(attemptId: string, position: number) {
  const [row] = await db
    .select({ answeredAt: attemptItems.answeredAt })
    .from(attemptItems)
    .where(and(eq(attemptItems.attemptId, attemptId), eq(attemptItems.position, position)));
  return row!.answeredAt;
}

describe("due dates", () => {
  it("refuses an answer after the close and finishes the attempt with the answers saved by then", async () => {
    const dueAt = new Date(Date.now() + HOUR);
    const a = await setup({ dueAt });
    const student = a.students[0]!;
    const attemptId = await a.start(student.id);
    expect((await answer(attemptId, student.id, 0, new Date())).status).toBe("recorded");

    const late = await answer(attemptId, student.id, 1, minutesAfter(dueAt, 1));
    expect(late.status).toBe("closed");
    expect(JSON.stringify(late)).not.toContain("The key of fixture question");
    expect(await answeredAt(attemptId, 1)).toBeNull();
    const row = await attemptRow(attemptId);
    expect(row.status).toBe("finished");
    expect(row.finishedAt).toEqual(dueAt);
    expect(row.score).toBe(1);
    expect(row.late).toBe(false);
    expect(row.autoFinished).toBe(true);
  });

  it("a finish after the close is dated at the close, not when it arrived", async () => {
    const dueAt = new Date(Date.now() + HOUR);
    const a = await setup({ dueAt });
    const student = a.students[0]!;
    const attemptId = await a.start(student.id);
    await answer(attemptId, student.id, 0, new Date());
    const done = await finishAttempt({ attemptId, userId: student.id, now: minutesAfter(dueAt, 30) });
    expect(done).toMatchObject({ score: 1, autoFinished: true, late: false });
    const row = await attemptRow(attemptId);
    expect(row.finishedAt).toEqual(dueAt);
  });

  it("counts work inside the grace period as on time", async () => {
    const dueAt = new Date(Date.now() + HOUR);
    const a = await setup({ dueAt, graceMinutes: 5 });
    const student = a.students[0]!;
    const attemptId = await a.start(student.id);
    expect((await answer(attemptId, student.id, 0, minutesAfter(dueAt, 3))).status).toBe("recorded");
    const done = await finishAttempt({ attemptId, userId: student.id, now: minutesAfter(dueAt, 4) });
    expect(done).toMatchObject({ late: false, autoFinished: false });
    expect((await attemptRow(attemptId)).finishedAt).toEqual(minutesAfter(dueAt, 4));
    expect((await answer(attemptId, student.id, 1, minutesAfter(dueAt, 6))).status).toBe("finished");
  });

  it("refuses to start, or to resume an open attempt, once the assignment has closed", async () => {
    const dueAt = new Date(Date.now() + HOUR);
    const a = await setup({ dueAt });
    const student = a.students[0]!;
    const attemptId = await a.start(student.id);
    await expect(
      createAttempt({
        userId: student.id,
        mode: "assignment",
        title: "Due soon",
        assignmentId: a.assignmentId,
        items: quiz.items,
        now: minutesAfter(dueAt, 1),
      }),
    ).rejects.toThrow(/closed/);
    expect((await attemptRow(attemptId)).status).toBe("finished");
  });

  it("accepts late work until the cut-off where the instructor allows it, and marks it late", async () => {
    const dueAt = new Date(Date.now() + HOUR);
    const lateUntil = new Date(dueAt.getTime() + 24 * HOUR);
    const a = await setup({ dueAt, lateUntil }, 2);
    const [onTime, tardy] = [a.students[0]!, a.students[1]!];
    const first = await a.start(onTime.id);
    for (const p of [0, 1, 2]) await answer(first, onTime.id, p, new Date());
    await finishAttempt({ attemptId: first, userId: onTime.id, now: new Date() });

    const second = await a.start(tardy.id);
    expect((await answer(second, tardy.id, 0, minutesAfter(dueAt, 90))).status).toBe("recorded");
    const done = await finishAttempt({ attemptId: second, userId: tardy.id, now: minutesAfter(dueAt, 95) });
    expect(done).toMatchObject({ score: 1, late: true, autoFinished: false });

    const scope = { assignmentId: a.assignmentId, classId: a.classId, instructorId: a.instructorId };
    const students = await loadStudents({ ...scope, policy: "first" });
    expect(students.find((s) => s.userId === tardy.id)?.late).toBe(true);
    expect(students.find((s) => s.userId === onTime.id)?.late).toBe(false);
    const rows = await loadResponsesForExport({ ...scope, policy: "first" });
    expect(rows.filter((r) => r.userId === tardy.id).every((r) => r.late)).toBe(true);
    expect(rows.filter((r) => r.userId === onTime.id).some((r) => r.late)).toBe(false);
    const detail = await getStudentAnswers({ ...scope, studentId: tardy.id });
    expect(detail?.attempts[0]).toMatchObject({ late: true, autoFinished: false });
  });

  it("keeps the key of an after-due assignment hidden while late work is still accepted", async () => {
    const dueAt = new Date(Date.now() + HOUR);
    const lateUntil = new Date(dueAt.getTime() + 24 * HOUR);
    const a = await setup({ dueAt, lateUntil, feedbackTiming: "after_due" });
    const student = a.students[0]!;
    const attemptId = await a.start(student.id);
    const given = await answer(attemptId, student.id, 0, minutesAfter(dueAt, 10));
    expect(given.status).toBe("recorded");
    expect(JSON.stringify(given)).not.toContain("The key of fixture question");
    const during = await getAttemptView({ attemptId, userId: student.id, now: minutesAfter(dueAt, 20) });
    expect(during?.items[0]?.answered?.feedback).toBeNull();
    const after = await getAttemptView({ attemptId, userId: student.id, now: minutesAfter(lateUntil, 1) });
    expect(after?.items[0]?.answered?.feedback?.explanation).toBe("The key of fixture question 1");
  });

  it("refuses a late answer of an after-due assignment without handing back the key", async () => {
    const dueAt = new Date(Date.now() + HOUR);
    const a = await setup({ dueAt, feedbackTiming: "after_due" });
    const student = a.students[0]!;
    const attemptId = await a.start(student.id);
    const late = await answer(attemptId, student.id, 0, minutesAfter(dueAt, 1));
    expect(late.status).toBe("closed");
    expect(JSON.stringify(late)).not.toContain("The key of fixture question");
  });

  it("finishes every overdue attempt in one sweep, dated at its close, and leaves open ones alone", async () => {
    const dueAt = new Date(Date.now() + HOUR);
    const closing = await setup({ dueAt }, 2);
    const open = await setup({ dueAt: new Date(dueAt.getTime() + 48 * HOUR) });
    const ids = await Promise.all(closing.students.map((s) => closing.start(s.id)));
    await answer(ids[0]!, closing.students[0]!.id, 2, new Date());
    const stillOpen = await open.start(open.students[0]!.id);

    const finished = await finishOverdueAttempts({ now: minutesAfter(dueAt, 5) });
    expect(finished).toBeGreaterThanOrEqual(2);
    for (const id of ids) {
      const row = await attemptRow(id);
      expect(row).toMatchObject({ status: "finished", autoFinished: true, late: false });
      expect(row.finishedAt).toEqual(dueAt);
    }
    expect((await attemptRow(ids[0]!)).score).toBe(1);
    expect((await attemptRow(stillOpen)).status).toBe("in_progress");
    expect(await finishOverdueAttempts({ now: minutesAfter(dueAt, 6), assignmentId: closing.assignmentId })).toBe(0);
  });
});
