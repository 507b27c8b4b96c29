import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectAttempts } from "@/lib/teach/attempt-policy";
import { closeTestDb, openTestDb, uniqueEmail } from "../testing/test-db";
import { db, type Handle } from "../index";
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
  regrades,
} from "../schema";
import { editQuestion } from "./curation";
import { getAssignmentResults } from "./results";
import { applyRegrade, previewRegrade } from "./regrade";
import { listRegradeNotes, listRegradeOffers } from "./regrade-records";
import { createUser } from "./users";

let handle: Handle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => closeTestDb(handle));

const tag = randomUUID().slice(0, 8);
const at = (min: number) => new Date(Date.UTC(2026, 3, 1, 9, min));
const qid = (i: number) => `q_rg_${tag}_${i}`;
// q0 single choice (key a, to be fixed to b), q1 true/false, q2 matching (partial credit), q3 typed.
const KEYS = ["a", true, { l1: "r1", l2: "r2" }, "Hannigan"] as const;

const ids = { inst: "", other: "", klass: "", asg: "", otherAsg: "" };
const students: Record<string, string> = {};
const att: Record<string, string> = {};

async function attempt(input: {
  key: string;
  user: string;
  assignmentId: string | null;
  mode?: "assignment" | "practice";
  start: number;
  finish: number | null;
  responses: (unknown | undefined)[];
  marks: (number | null)[];
}) {
  const finished = input.finish !== null;
  const score = input.marks.reduce<number>((s, m) => s + (m ?? 0), 0);
  const [row] = await db
    .insert(attempts)
    .values({
      userId: input.user,
      assignmentId: input.assignmentId,
      mode: input.mode ?? "assignment",
      title: "Regrade test",
      questionCount: input.responses.length,
      status: finished ? "finished" : "in_progress",
      score: finished ? score : null,
      startedAt: at(input.start),
      finishedAt: finished ? at(input.finish!) : null,
    })
    .returning({ id: attempts.id });
  att[input.key] = row!.id;
  await db.insert(attemptItems).values(
    input.responses.map((response, i) => ({
      attemptId: row!.id,
      // Stored in another order than the assignment's, as shuffled quizzes may be.
      position: (i + 1) % input.responses.length,
      questionId: qid(i),
      version: 1,
      response: response === undefined ? null : (response as object),
      score: input.marks[i] ?? null,
      correct: input.marks[i] === null ? null : input.marks[i] === 1,
      answeredAt: response === undefined ? null : at(input.start + 1),
    })),
  );
}

beforeAll(async () => {
  ids.inst = (await createUser({ email: uniqueEmail("ri"), name: "Ina", passwordHash: "h", role: "instructor" })).id;
  ids.other = (await createUser({ email: uniqueEmail("ro"), name: "Oli", passwordHash: "h", role: "instructor" })).id;
  for (const n of ["Ada", "Bea", "Cal", "Dee", "Eve"])
    students[n] = (await createUser({ email: uniqueEmail(n), name: n, passwordHash: "h", role: "student" })).id;
  const [article] = await db
    .insert(articles)
    .values({
      slug: `regrade-${tag}`,
      title: "Regrade test",
      sourceText: "x",
      body: "x",
      paragraphs: [],
      wordCount: 1,
      contentHash: tag,
    })
    .returning({ id: articles.id });
  const kinds = ["single_choice", "true_false", "matching", "cloze"] as const;
  await db.insert(questions).values(
    kinds.map((kind, i) => ({
      id: qid(i),
      articleId: article!.id,
      factId: `f_rg_${tag}_${i}`,
      factKind: "role" as const,
      kind,
      status: "approved" as const,
    })),
  );
  await db.insert(questionVersions).values(
    kinds.map((kind, i) => ({
      questionId: qid(i),
      version: 1,
      origin: "generated" as const,
      prompt: `Question ${i + 1}`,
      options:
        kind === "single_choice"
          ? [
              { id: "a", text: "Alpha" },
              { id: "b", text: "Bravo" },
              { id: "c", text: "Charlie" },
            ]
          : null,
      left: kind === "matching" ? [1, 2].map((n) => ({ id: `l${n}`, text: `L${n}` })) : null,
      right: kind === "matching" ? [1, 2].map((n) => ({ id: `r${n}`, text: `R${n}` })) : null,
      answer: KEYS[i] as string,
      accept: kind === "cloze" ? ["Hannigan"] : null,
      explanation: "because",
      sourceSentence: "S.",
      sourceStart: 0,
      sourceEnd: 1,
      contentHash: `${tag}${i}`,
    })),
  );
  const newClass = async (instructorId: string, code: string) =>
    (
      await db
        .insert(classes)
        .values({ instructorId, name: "Regrade class", joinCode: code })
        .returning({ id: classes.id })
    )[0]!.id;
  ids.klass = await newClass(ids.inst, `G${tag}`.slice(0, 8).toUpperCase());
  const otherClass = await newClass(ids.other, `H${tag}`.slice(0, 8).toUpperCase());
  const newAssignment = async (classId: string) => {
    const [a] = await db
      .insert(assignments)
      .values({ classId, title: "Week 1", kinds: [...kinds], questionCount: 4 })
      .returning({ id: assignments.id });
    await db
      .insert(assignmentQuestions)
      .values(kinds.map((_, position) => ({ assignmentId: a!.id, position, questionId: qid(position), version: 1 })));
    return a!.id;
  };
  ids.asg = await newAssignment(ids.klass);
  ids.otherAsg = await newAssignment(otherClass);
  for (const n of ["Ada", "Bea", "Cal", "Dee"])
    await db.insert(enrolments).values({ classId: ids.klass, userId: students[n]! });
  await db.insert(enrolments).values({ classId: otherClass, userId: students.Eve! });

  const full = [KEYS[1], { l1: "r1", l2: "r2" }, "Hannigan"];
  // Ada: first attempt picks a (right under the old key), the second b.
  await attempt({
    key: "ada1",
    user: students.Ada!,
    assignmentId: ids.asg,
    start: 0,
    finish: 10,
    responses: ["a", ...full],
    marks: [1, 1, 1, 1],
  });
  await attempt({
    key: "ada2",
    user: students.Ada!,
    assignmentId: ids.asg,
    start: 20,
    finish: 30,
    responses: ["b", ...full],
    marks: [0, 1, 1, 1],
  });
  // Bea: b, wrong elsewhere, half the matching.
  await attempt({
    key: "bea",
    user: students.Bea!,
    assignmentId: ids.asg,
    start: 1,
    finish: 11,
    responses: ["b", false, { l1: "r1", l2: "r1" }, "Cameron"],
    marks: [0, 0, 0.5, 0],
  });
  // Cal: in progress, only the first question answered.
  await attempt({
    key: "cal",
    user: students.Cal!,
    assignmentId: ids.asg,
    start: 2,
    finish: null,
    responses: ["a", undefined, undefined, undefined],
    marks: [1, null, null, null],
  });
  // Bea's own practice quiz, and Eve in another instructor's class: both answered b.
  await attempt({
    key: "practice",
    user: students.Bea!,
    assignmentId: null,
    mode: "practice",
    start: 3,
    finish: 4,
    responses: ["b", ...full],
    marks: [0, 1, 1, 1],
  });
  await attempt({
    key: "eve",
    user: students.Eve!,
    assignmentId: ids.otherAsg,
    start: 3,
    finish: 9,
    responses: ["b", ...full],
    marks: [0, 1, 1, 1],
  });

  // The instructor fixes the key: a new version whose right answer is b.
  await editQuestion({
    questionId: qid(0),
    userId: ids.inst,
    edit: { prompt: "Question 1", explanation: "b it is", answer: "b" },
  });
});

const scope = (over: Partial<{ scope: "assignment" | "everywhere"; instructorId: string }> = {}) => ({
  questionId: qid(0),
  instructorId: ids.inst,
  scope: "assignment" as const,
  assignmentId: ids.asg,
  ...over,
});

const scoreOf = async (key: string) =>
  (await db.select({ s: attempts.score }).from(attempts).where(eq(attempts.id, att[key]!)))[0]!.s;

describe("regrading a fixed key", () => {
  it("offers a regrade where older versions hold answers, only to the owner", async () => {
    expect(
      (await listRegradeOffers({ questionId: qid(0), instructorId: ids.inst })).map((o) => o.assignmentId),
    ).toEqual([ids.asg]);
    expect(await listRegradeOffers({ questionId: qid(0), instructorId: ids.other })).toEqual([
      expect.objectContaining({ assignmentId: ids.otherAsg }),
    ]);
  });

  it("dry run: counts the students whose marks would change, and writes nothing", async () => {
    const preview = await previewRegrade(scope());
    expect(preview!.question.targetVersion).toBe(2);
    expect(preview!.fromVersions).toEqual([1]);
    // Ada twice, Bea, Cal (in progress): all four answers flip.
    expect(preview!.summary).toEqual({ answers: 4, changedAnswers: 4, students: 3, changedStudents: 3 });
    expect(preview!.changes.map((c) => [c.name, c.oldScore, c.newScore]).sort()).toEqual([
      ["Ada", 3, 4],
      ["Ada", 4, 3],
      ["Bea", 0.5, 1.5],
      ["Cal", 1, 0],
    ]);
    expect(await scoreOf("ada1")).toBe(4);
    expect(
      await db
        .select()
        .from(regrades)
        .where(eq(regrades.questionId, qid(0))),
    ).toEqual([]);
    // Another instructor's view of this assignment: nothing.
    expect((await previewRegrade(scope({ instructorId: ids.other })))!.summary.answers).toBe(0);
  });

  it("refuses to apply when the key changed since the dry run", async () => {
    expect(await applyRegrade({ ...scope(), expectedVersion: 1 })).toEqual({ status: "stale" });
    expect(await scoreOf("ada1")).toBe(4);
  });

  it("applies in one go: marks, attempt scores, the counted attempt per policy, the audit row", async () => {
    const results = Object.fromEntries(
      await Promise.all(
        (["first", "best", "last"] as const).map(async (p) => [
          p,
          await getAssignmentResults({ assignmentId: ids.asg, classId: ids.klass, instructorId: ids.inst, policy: p }),
        ]),
      ),
    );
    expect(results.best.students.find((s: { name: string }) => s.name === "Ada").countedAttemptId).toBe(att.ada1);

    const out = await applyRegrade({ ...scope(), expectedVersion: 2, now: at(60) });
    expect(out).toMatchObject({ status: "regraded", summary: { changedStudents: 3, changedAnswers: 4 } });

    expect([await scoreOf("ada1"), await scoreOf("ada2"), await scoreOf("bea"), await scoreOf("cal")]).toEqual([
      3,
      4,
      1.5,
      null,
    ]);
    const item = async (key: string) =>
      (
        await db
          .select({ score: attemptItems.score, correct: attemptItems.correct, version: attemptItems.version })
          .from(attemptItems)
          .where(and(eq(attemptItems.attemptId, att[key]!), eq(attemptItems.questionId, qid(0))))
      )[0];
    expect(await item("ada1")).toEqual({ score: 0, correct: false, version: 2 });
    expect(await item("bea")).toEqual({ score: 1, correct: true, version: 2 });
    // Out of scope: the practice quiz and the other instructor's class keep their marks and version.
    expect(await item("practice")).toEqual({ score: 0, correct: false, version: 1 });
    expect(await item("eve")).toEqual({ score: 0, correct: false, version: 1 });
    const aq = await db
      .select({ a: assignmentQuestions.assignmentId, v: assignmentQuestions.version })
      .from(assignmentQuestions)
      .where(eq(assignmentQuestions.questionId, qid(0)));
    expect(Object.fromEntries(aq.map((r) => [r.a, r.v]))).toEqual({ [ids.asg]: 2, [ids.otherAsg]: 1 });

    // Each policy now counts what selectAttempts picks from the regraded scores, with those totals.
    const finished = [
      { id: att.ada1!, userId: students.Ada!, startedAt: at(0), finishedAt: at(10), score: 3 },
      { id: att.ada2!, userId: students.Ada!, startedAt: at(20), finishedAt: at(30), score: 4 },
      { id: att.bea!, userId: students.Bea!, startedAt: at(1), finishedAt: at(11), score: 1.5 },
    ];
    for (const policy of ["first", "best", "last"] as const) {
      const got = await getAssignmentResults({
        assignmentId: ids.asg,
        classId: ids.klass,
        instructorId: ids.inst,
        policy,
      });
      const want = new Map(selectAttempts(finished, policy).map((a) => [a.userId, a]));
      for (const s of got.students) {
        expect(s.countedAttemptId, `${policy}: ${s.name}`).toBe(want.get(s.userId)?.id ?? null);
        expect(s.total, `${policy}: ${s.name}`).toBe(want.get(s.userId)?.score ?? null);
      }
      // Statistics follow: question 1's facility is over the regraded marks.
      const rightOnQ1 = [...want.values()].filter((a) => a.id !== att.ada1).length;
      expect(got.analysis.items[0]!.stats.facility).toBeCloseTo((100 * rightOnQ1) / want.size, 9);
      expect(got.questions[0]!.version).toBe(2);
    }
    const [audit] = await db
      .select()
      .from(regrades)
      .where(eq(regrades.questionId, qid(0)));
    expect(audit).toMatchObject({
      instructorId: ids.inst,
      scope: "assignment",
      assignmentId: ids.asg,
      fromVersions: [1],
      toVersion: 2,
      answers: 4,
      changedAnswers: 4,
      changedStudents: 3,
    });
  });

  it("tells each affected student: regraded on the date, was X, now Y", async () => {
    const notes = await listRegradeNotes({ userId: students.Ada!, attemptIds: [att.ada1!, att.ada2!, att.bea!] });
    expect(notes.map((n) => [n.attemptId, n.oldScore, n.newScore, n.regradedAt.toISOString()])).toEqual(
      expect.arrayContaining([
        [att.ada1, 4, 3, at(60).toISOString()],
        [att.ada2, 3, 4, at(60).toISOString()],
      ]),
    );
    // Bea's attempt is not Ada's to see.
    expect(notes).toHaveLength(2);
  });

  it("regrades everywhere: the instructor's assignments and students' practice, never another's class", async () => {
    const preview = await previewRegrade(scope({ scope: "everywhere" }));
    expect(preview!.places).toEqual([{ place: "Practice and review", changedStudents: 1, changedAnswers: 1 }]);
    expect(preview!.changes).toEqual([]);
    await applyRegrade({ ...scope({ scope: "everywhere" }), expectedVersion: 2 });
    expect(await scoreOf("practice")).toBe(4);
    expect(await scoreOf("eve")).toBe(3);
    // Nothing left to regrade in scope.
    expect((await previewRegrade(scope({ scope: "everywhere" })))!.summary.answers).toBe(0);
  });
});
