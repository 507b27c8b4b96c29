import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeTestDb, openTestDb, uniqueEmail } from "../testing/test-db";
import { db, type Handle } from "../index";
import { articles, attempts, questions, questionVersions } from "../schema";
import { createUser } from "./users";
import {
  createClass,
  findClassByCode,
  getClassForInstructor,
  joinClass,
  listClassesForInstructor,
  listRoster,
  listStudentClasses,
  removeStudent,
} from "./classes";
import {
  assignmentItems,
  createAssignment,
  getAssignmentForInstructor,
  getAssignmentForStudent,
  listAssignmentsForClass,
  listOpenAssignmentsForStudent,
  type AssignmentInput,
} from "./assignments";

let handle: Handle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => closeTestDb(handle));

const tag = randomUUID().slice(0, 8);
const user = (role: "student" | "instructor", name: string = role) =>
  createUser({ email: uniqueEmail(role), name, passwordHash: "h", role });

describe("classes", () => {
  it("creates a class with a join code that students use to enrol, visible only to its instructor", async () => {
    const teacher = await user("instructor");
    const other = await user("instructor");
    const klass = await createClass({ instructorId: teacher.id, name: "History 10" });
    expect(klass.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(await getClassForInstructor({ classId: klass.id, instructorId: other.id })).toBeNull();
    expect((await listClassesForInstructor(other.id)).map((c) => c.id)).not.toContain(klass.id);

    const a = await user("student", "Ann");
    const b = await user("student", "Bob");
    expect(await joinClass({ joinCode: klass.joinCode, userId: a.id })).toMatchObject({
      status: "joined",
      className: "History 10",
    });
    expect(await joinClass({ joinCode: klass.joinCode, userId: a.id })).toMatchObject({ status: "already" });
    expect(await joinClass({ joinCode: "ZZZZZZ", userId: a.id })).toMatchObject({ status: "not_found" });
    await joinClass({ joinCode: klass.joinCode, userId: b.id });
    expect((await listRoster({ classId: klass.id, instructorId: teacher.id })).map((r) => r.name)).toEqual([
      "Ann",
      "Bob",
    ]);
    // Another instructor's roster query of this class finds no one.
    expect(await listRoster({ classId: klass.id, instructorId: other.id })).toEqual([]);
    expect((await findClassByCode(klass.joinCode))?.id).toBe(klass.id);
    expect((await listStudentClasses(a.id)).map((c) => c.name)).toEqual(["History 10"]);

    // Another instructor cannot remove; the owner can, and the student can rejoin.
    expect(await removeStudent({ classId: klass.id, instructorId: other.id, userId: b.id })).toBe(false);
    expect(await removeStudent({ classId: klass.id, instructorId: teacher.id, userId: b.id })).toBe(true);
    expect((await listRoster({ classId: klass.id, instructorId: teacher.id })).map((r) => r.name)).toEqual(["Ann"]);
    expect(await listStudentClasses(b.id)).toEqual([]);
    expect(await joinClass({ joinCode: klass.joinCode, userId: b.id })).toMatchObject({ status: "joined" });

    const [listed] = (await listClassesForInstructor(teacher.id)).filter((c) => c.id === klass.id);
    expect(listed).toMatchObject({ students: 2, assignments: 0 });
  });
});

describe("assignments", () => {
  let teacherId = "",
    classId = "",
    studentId = "",
    articleId = "";
  const base = (): AssignmentInput => ({
    instructorId: teacherId,
    classId,
    title: "Week 1",
    articleIds: null,
    kinds: ["single_choice", "true_false"],
    questionCount: 3,
    opensAt: new Date(Date.now() - 60_000),
    dueAt: new Date(Date.now() + 86400e3),
    attemptsAllowed: 2,
    feedbackTiming: "immediate",
    attemptPolicy: "first",
    useAllGenerated: false,
  });

  beforeAll(async () => {
    teacherId = (await user("instructor")).id;
    const klass = await createClass({ instructorId: teacherId, name: "Assign" });
    classId = klass.id;
    studentId = (await user("student")).id;
    await joinClass({ joinCode: klass.joinCode, userId: studentId });
    const [a] = await db
      .insert(articles)
      .values({
        slug: `assign-${tag}`,
        title: "A",
        sourceText: "x",
        body: "x",
        paragraphs: [],
        wordCount: 1,
        contentHash: tag,
      })
      .returning({ id: articles.id });
    articleId = a!.id;
    const rows = [
      ["approved", "single_choice"],
      ["approved", "true_false"],
      ["approved", "single_choice"],
      ["draft", "single_choice"],
      ["draft", "true_false"],
      ["retired", "single_choice"],
      ["approved", "cloze"],
    ] as const;
    await db.insert(questions).values(
      rows.map(([status, kind], i) => ({
        id: `q_as_${tag}_${i}`,
        articleId,
        factId: `f_${tag}_${i}`,
        factKind: "role" as const,
        kind,
        status,
        currentVersion: i === 0 ? 2 : 1,
      })),
    );
    await db.insert(questionVersions).values(
      rows.flatMap((_, i) =>
        [1, ...(i === 0 ? [2] : [])].map((version) => ({
          questionId: `q_as_${tag}_${i}`,
          version,
          origin: "generated" as const,
          prompt: `Q${i}`,
          answer: "a",
          explanation: "e",
          sourceSentence: "S.",
          sourceStart: 0,
          sourceEnd: 1,
          contentHash: `${tag}${i}${version}`,
        })),
      ),
    );
  });

  // Only this test's article, so other rows in a shared database do not count.
  const mine = () => ({ ...base(), articleIds: [articleId] });

  it("fixes approved questions at their current version, and only those", async () => {
    const r = await createAssignment(mine());
    expect(r.status).toBe("created");
    if (r.status !== "created") return;
    const items = await assignmentItems(r.assignmentId);
    expect(items.map((i) => i.questionId).sort()).toEqual([0, 1, 2].map((i) => `q_as_${tag}_${i}`));
    expect(items.find((i) => i.questionId === `q_as_${tag}_0`)?.version).toBe(2);
  });

  it("says how many there are when too few match", async () => {
    expect(await createAssignment({ ...mine(), questionCount: 4 })).toEqual({ status: "not_enough", available: 3 });
    expect(await createAssignment({ ...mine(), kinds: ["ordering"] })).toEqual({ status: "not_enough", available: 0 });
  });

  it("uses drafts when asked, never retired questions", async () => {
    expect(await createAssignment({ ...mine(), questionCount: 6, useAllGenerated: true })).toEqual({
      status: "not_enough",
      available: 5,
    });
    const r = await createAssignment({ ...mine(), questionCount: 5, useAllGenerated: true });
    expect(r.status).toBe("created");
    if (r.status === "created")
      expect((await assignmentItems(r.assignmentId)).map((i) => i.questionId)).not.toContain(`q_as_${tag}_5`);
  });

  it("refuses another instructor's class", async () => {
    const other = await user("instructor");
    expect(await createAssignment({ ...mine(), instructorId: other.id })).toEqual({ status: "not_found" });
  });

  it("lists open assignments to enrolled students with attempts used, and counts finishers per class", async () => {
    const open = await createAssignment({ ...mine(), title: "Open one", questionCount: 1 });
    const later = await createAssignment({
      ...mine(),
      title: "Not yet",
      questionCount: 1,
      opensAt: new Date(Date.now() + 86400e3),
      dueAt: null,
    });
    if (open.status !== "created" || later.status !== "created") throw new Error("setup");
    await db.insert(attempts).values({
      userId: studentId,
      assignmentId: open.assignmentId,
      mode: "assignment",
      title: "t",
      questionCount: 1,
      status: "finished",
      score: 1,
      finishedAt: new Date(),
    });
    const list = await listOpenAssignmentsForStudent(studentId);
    const row = list.find((a) => a.id === open.assignmentId);
    expect(row).toMatchObject({ title: "Open one", attemptsUsed: 1, finished: true, attemptsAllowed: 2 });
    expect(list.map((a) => a.id)).not.toContain(later.assignmentId);
    expect(list.filter((a) => a.id !== open.assignmentId).every((a) => a.attemptsUsed === 0 && !a.finished)).toBe(true);

    const byClass = await listAssignmentsForClass({ classId, instructorId: teacherId });
    expect(await listAssignmentsForClass({ classId, instructorId: (await user("instructor")).id })).toEqual([]);
    expect(byClass.find((a) => a.id === open.assignmentId)?.finishedStudents).toBe(1);
    expect(byClass.find((a) => a.id === later.assignmentId)?.finishedStudents).toBe(0);
    expect((await listClassesForInstructor(teacherId)).find((c) => c.id === classId)?.assignments).toBe(byClass.length);

    const outsider = await user("student");
    expect(await getAssignmentForStudent({ assignmentId: open.assignmentId, userId: outsider.id })).toBeNull();
    expect(
      (await getAssignmentForStudent({ assignmentId: open.assignmentId, userId: studentId }))?.attempts,
    ).toHaveLength(1);
    expect(
      await getAssignmentForInstructor({
        assignmentId: open.assignmentId,
        classId,
        instructorId: (await user("instructor")).id,
      }),
    ).toBeNull();
    expect(await listOpenAssignmentsForStudent(outsider.id)).toEqual([]);
  });
});
