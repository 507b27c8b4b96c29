import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyseTest, effectiveWeights } from "@/lib/stats";
import { assembleInsight } from "@/lib/teach/item-insight";
import { selectAttempts, type AttemptPolicy } from "@/lib/teach/attempt-policy";
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
} from "../schema";
import { createUser } from "./users";
import { getAssignmentResults, getStudentAnswers, loadResponsesForExport } from "./results";
import { getItemInsight } from "./item-insight";

let handle: Handle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => closeTestDb(handle));

const tag = randomUUID().slice(0, 8);
const opts = [
  { id: "a", text: "Alpha" },
  { id: "b", text: "Bravo" },
  { id: "c", text: "Charlie" },
  { id: "d", text: "Delta" },
];
// Kinds per item: partial credit (matching) makes marks like 0.25 and 0.75.
const ITEMS = [
  { kind: "single_choice" as const, answer: "a" },
  { kind: "true_false" as const, answer: true },
  { kind: "matching" as const, answer: { l1: "r1", l2: "r2", l3: "r3", l4: "r4" } },
  { kind: "single_choice" as const, answer: "c" },
  { kind: "cloze" as const, answer: "Hannigan" },
];

// Per student, per attempt: the mark on each item and the response to store. Attempt order is start order.
type Planned = { marks: number[]; startMin: number; finishMin: number | null };
const PLAN: Planned[][] = [
  [{ marks: [1, 1, 1, 1, 1], startMin: 0, finishMin: 10 }],
  [
    { marks: [1, 0, 0.5, 0, 0], startMin: 1, finishMin: 9 },
    { marks: [1, 1, 0.75, 1, 0], startMin: 20, finishMin: 30 },
  ],
  [
    { marks: [0, 1, 0.25, 0, 1], startMin: 2, finishMin: 12 },
    { marks: [0, 0, 0, 0, 0], startMin: 40, finishMin: 41 },
  ],
  [{ marks: [1, 0, 1, 1, 0], startMin: 3, finishMin: 13 }],
  [
    { marks: [0, 0, 0.5, 0, 0], startMin: 4, finishMin: 14 },
    { marks: [1, 1, 1, 0, 1], startMin: 50, finishMin: 55 },
    { marks: [1, 0, 0, 0, 0], startMin: 60, finishMin: null },
  ],
  [{ marks: [1, 1, 0.75, 1, 0], startMin: 5, finishMin: 15 }],
  [{ marks: [0, 1, 0, 1, 0], startMin: 6, finishMin: 16 }],
  [{ marks: [1, 1, 0.5, 0, 1], startMin: 7, finishMin: 17 }],
];
const at = (min: number) => new Date(Date.UTC(2026, 2, 1, 9, min));

function responseFor(item: number, mark: number, student: number): unknown {
  const kind = ITEMS[item]!.kind;
  if (kind === "single_choice") return mark === 1 ? ITEMS[item]!.answer : student % 2 ? "b" : "d";
  if (kind === "true_false") return mark === 1;
  // Typed the same way by the grader's lights, whatever the case and spacing.
  if (kind === "cloze") return mark === 1 ? (student % 3 ? "Hannigan" : " hannigan ") : "Cameron";
  return {};
}

let instructorId = "",
  otherInstructorId = "",
  classId = "",
  assignmentId = "";
const studentIds: string[] = [];
const attemptRows: { id: string; userId: string; startedAt: Date; finishedAt: Date; score: number; marks: number[] }[] =
  [];
let removedStudentId = "";

beforeAll(async () => {
  instructorId = (await createUser({ email: uniqueEmail("inst"), name: "Ina", passwordHash: "h", role: "instructor" }))
    .id;
  otherInstructorId = (
    await createUser({ email: uniqueEmail("other"), name: "Oli", passwordHash: "h", role: "instructor" })
  ).id;
  const [article] = await db
    .insert(articles)
    .values({
      slug: `results-${tag}`,
      title: "Results test",
      sourceText: "x",
      body: "x",
      paragraphs: [],
      wordCount: 1,
      contentHash: tag,
    })
    .returning({ id: articles.id });
  const qids = ITEMS.map((_, i) => `q_res_${tag}_${i}`);
  await db.insert(questions).values(
    ITEMS.map((it, i) => ({
      id: qids[i]!,
      articleId: article!.id,
      factId: `f_${tag}_${i}`,
      factKind: i % 2 ? ("role" as const) : ("quote" as const),
      kind: it.kind,
      status: "approved" as const,
    })),
  );
  await db.insert(questionVersions).values(
    ITEMS.map((it, i) => ({
      questionId: qids[i]!,
      version: 1,
      origin: "generated" as const,
      prompt: `Question ${i + 1}`,
      options: it.kind === "single_choice" ? opts : null,
      left: it.kind === "matching" ? [1, 2, 3, 4].map((n) => ({ id: `l${n}`, text: `L${n}` })) : null,
      right: it.kind === "matching" ? [1, 2, 3, 4].map((n) => ({ id: `r${n}`, text: `R${n}` })) : null,
      answer: it.answer,
      explanation: "because",
      sourceSentence: `Sentence ${i + 1}.`,
      sourceStart: 0,
      sourceEnd: 1,
      contentHash: `${tag}${i}`,
    })),
  );
  const [klass] = await db
    .insert(classes)
    .values({ instructorId, name: "Results class", joinCode: `R${tag}`.slice(0, 8).toUpperCase() })
    .returning({ id: classes.id });
  classId = klass!.id;
  const [asg] = await db
    .insert(assignments)
    .values({
      classId,
      title: "Week 1",
      kinds: ["single_choice", "true_false", "matching", "cloze"],
      questionCount: ITEMS.length,
    })
    .returning({ id: assignments.id });
  assignmentId = asg!.id;
  await db
    .insert(assignmentQuestions)
    .values(qids.map((questionId, position) => ({ assignmentId, position, questionId, version: 1 })));

  for (const [s, plan] of PLAN.entries()) {
    const user = await createUser({
      email: uniqueEmail(`stu${s}`),
      name: `Student ${String.fromCharCode(65 + s)}`,
      passwordHash: "h",
      role: "student",
    });
    studentIds.push(user.id);
    await db.insert(enrolments).values({ classId, userId: user.id });
    for (const p of plan) {
      const score = p.marks.reduce((a, b) => a + b, 0);
      const [row] = await db
        .insert(attempts)
        .values({
          userId: user.id,
          assignmentId,
          mode: "assignment",
          title: "Week 1",
          questionCount: ITEMS.length,
          status: p.finishMin === null ? "in_progress" : "finished",
          score: p.finishMin === null ? null : score,
          startedAt: at(p.startMin),
          finishedAt: p.finishMin === null ? null : at(p.finishMin),
        })
        .returning({ id: attempts.id });
      // Stored in a shuffled position order, as the quiz engine may: results match items by question.
      await db.insert(attemptItems).values(
        p.marks.map((mark, i) => ({
          attemptId: row!.id,
          position: (i + s) % ITEMS.length,
          questionId: qids[i]!,
          version: 1,
          response: responseFor(i, mark, s),
          correct: mark === 1,
          score: mark,
          answeredAt: at(p.startMin + 1),
          responseMs: 1000 * (i + 1) * (s + 1),
        })),
      );
      if (p.finishMin !== null)
        attemptRows.push({
          id: row!.id,
          userId: user.id,
          startedAt: at(p.startMin),
          finishedAt: at(p.finishMin),
          score,
          marks: p.marks,
        });
    }
  }
  // A removed student's attempt must not count.
  const removed = await createUser({ email: uniqueEmail("gone"), name: "Removed", passwordHash: "h", role: "student" });
  removedStudentId = removed.id;
  await db.insert(enrolments).values({ classId, userId: removed.id, removedAt: new Date() });
  const [gone] = await db
    .insert(attempts)
    .values({
      userId: removed.id,
      assignmentId,
      mode: "assignment",
      title: "Week 1",
      questionCount: 5,
      status: "finished",
      score: 0,
      startedAt: at(0),
      finishedAt: at(1),
    })
    .returning({ id: attempts.id });
  await db.insert(attemptItems).values(
    ITEMS.map((_, i) => ({
      attemptId: gone!.id,
      position: i,
      questionId: qids[i]!,
      version: 1,
      score: 0,
      correct: false,
      response: "d",
      answeredAt: at(1),
    })),
  );
});

const scope = (policy: AttemptPolicy) => ({ assignmentId, classId, instructorId, policy });

describe.each(["first", "best", "last"] as const)("class results, %s attempt", (policy) => {
  it("gives the same statistics as analyseTest over the counted attempts", async () => {
    const chosen = selectAttempts(attemptRows, policy);
    const byUser = new Map(chosen.map((a) => [a.userId, a]));
    // Matrix in the page's student order (by name).
    const matrix = studentIds.map((id) => byUser.get(id)!.marks);
    const want = analyseTest(
      matrix,
      ITEMS.map(() => 1),
      { assigned: studentIds.length },
    );
    const got = await getAssignmentResults(scope(policy));

    expect(got.students.map((s) => s.countedAttemptId)).toEqual(studentIds.map((id) => byUser.get(id)!.id));
    expect(got.students.map((s) => s.total)).toEqual(matrix.map((r) => r.reduce((a, b) => a + b, 0)));
    expect(got.analysis.summary.n).toBe(want.summary.n);
    for (const key of ["mean", "median", "sd", "completionRate"] as const) {
      expect(got.analysis.summary[key]).toBeCloseTo(want.summary[key]!, 9);
    }
    expect(got.analysis.summary.histogram.map((b) => b.count)).toEqual(
      analyseTest(
        matrix,
        ITEMS.map(() => 1),
        { bins: 5 },
      ).summary.histogram.map((b) => b.count),
    );
    got.analysis.items.forEach((item, j) => {
      const w = want.items[j]!;
      for (const key of [
        "n",
        "facility",
        "sd",
        "discriminationIndex",
        "discriminativeEfficiency",
        "variance",
      ] as const) {
        if (w[key] === null) expect(item.stats[key], `${key} of item ${j}`).toBeNull();
        else expect(item.stats[key], `${key} of item ${j}`).toBeCloseTo(w[key]!, 6);
      }
    });
    for (const key of ["cic", "errorRatio", "standardError"] as const) {
      expect(got.analysis.reliability[key]).toBeCloseTo(want.reliability[key]!, 6);
    }
    // Effective weight from the SQL sums against Cov(x, T) computed straight from the matrix.
    const totals = matrix.map((r) => r.reduce((a, b) => a + b, 0));
    const meanT = totals.reduce((a, b) => a + b, 0) / totals.length;
    const direct = ITEMS.map((_, j) => {
      const xs = matrix.map((r) => r[j]!);
      const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
      return xs.reduce((c, x, i) => c + (x - meanX) * (totals[i]! - meanT), 0) / (xs.length - 1);
    });
    effectiveWeights(direct).forEach((w, j) => {
      if (w === null) expect(got.analysis.items[j]!.effectiveWeight, `weight of item ${j}`).toBeNull();
      else expect(got.analysis.items[j]!.effectiveWeight, `weight of item ${j}`).toBeCloseTo(w, 6);
    });
  });

  it("groups the typed answers by the grader's normalisation and times each question", async () => {
    const chosen = selectAttempts(attemptRows, policy);
    const got = await getAssignmentResults(scope(policy));
    const insight = assembleInsight({ questions: got.questions, ...(await getItemInsight(scope(policy))) });
    const [typed] = insight.typed;
    const right = chosen.filter((a) => a.marks[4] === 1).length;
    const want: [string, number, string][] = [
      ["hannigan", right, "right"],
      ["cameron", chosen.length - right, "wrong"],
    ];
    expect(typed!.groups.map((g) => [g.key, g.n, g.verdict])).toEqual(
      want.filter(([, n]) => n).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    );
    expect(typed!.shareRight).toBeCloseTo((100 * right) / chosen.length, 9);
    // Question j of student s took 1000·(j+1)·(s+1) ms: the median over the counted students.
    const students = chosen.map((a) => studentIds.indexOf(a.userId) + 1).sort((a, b) => a - b);
    const mid =
      students.length % 2
        ? students[students.length >> 1]!
        : (students[students.length / 2 - 1]! + students[students.length / 2]!) / 2;
    expect(insight.timing.map((t) => t.medianMs)).toEqual(ITEMS.map((_, j) => 1000 * (j + 1) * mid));
  });

  it("counts each option from the counted attempts only", async () => {
    const chosen = selectAttempts(attemptRows, policy);
    const got = await getAssignmentResults(scope(policy));
    const q0 = got.questions[0]!.optionRows!;
    const right = chosen.filter((a) => a.marks[0] === 1).length;
    expect(q0.find((o) => o.text === "Alpha")).toMatchObject({ correct: true, n: right });
    expect(q0.reduce((s, o) => s + o.n, 0)).toBe(chosen.length);
    expect(q0.find((o) => o.text === "Charlie")!.n).toBe(0);
    const tf = got.questions[1]!.optionRows!;
    expect(tf.find((o) => o.text === "True")!.n).toBe(chosen.filter((a) => a.marks[1] === 1).length);
  });
});

describe("class results, scope", () => {
  it("flags a distractor nobody picked, with a link back to the question", async () => {
    const got = await getAssignmentResults(scope("first"));
    const flags = got.analysis.items[0]!.flags.map((f) => f.code);
    expect(flags).toContain("unused_distractor");
    expect(got.questions[0]!.sourceSentence).toBe("Sentence 1.");
  });

  it("shows another instructor nothing", async () => {
    const got = await getAssignmentResults({ ...scope("first"), instructorId: otherInstructorId });
    expect(got.questions).toEqual([]);
    expect(got.students).toEqual([]);
    expect(
      await getStudentAnswers({ assignmentId, classId, instructorId: otherInstructorId, studentId: studentIds[0]! }),
    ).toBeNull();
  });

  it("leaves removed students out", async () => {
    const got = await getAssignmentResults(scope("first"));
    expect(got.students.map((s) => s.userId)).not.toContain(removedStudentId);
    expect(got.analysis.summary.n).toBe(PLAN.length);
  });

  it("lists every attempt and answer of one student, in progress ones too", async () => {
    const detail = await getStudentAnswers({ assignmentId, classId, instructorId, studentId: studentIds[4]! });
    expect(detail!.attempts.map((a) => a.status)).toEqual(["finished", "finished", "in_progress"]);
    expect(detail!.attempts[1]!.answers.map((a) => a.score)).toEqual([1, 1, 1, 0, 1]);
  });

  it("exports one row per student per question of the counted attempt", async () => {
    const rows = await loadResponsesForExport(scope("last"));
    expect(rows).toHaveLength(PLAN.length * ITEMS.length);
    const b = rows.filter((r) => r.userId === studentIds[1]);
    expect(b.map((r) => r.score)).toEqual([1, 1, 0.75, 1, 0]);
  });
});
