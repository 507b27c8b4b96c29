import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mulberry32 } from "@/lib/random";
import type { AttemptPolicy } from "@/lib/teach/attempt-policy";
import { classGradebookCsv } from "@/lib/teach/class-overview";
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
import { getClassOverview } from "./class-overview";
import { getAssignmentResults } from "./results";
import { createUser } from "./users";

let handle: Handle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => closeTestDb(handle));

const tag = randomUUID().slice(0, 8);
const day = (d: number, min = 0) => new Date(Date.UTC(2026, 9, d, 9, min));
const KINDS = ["role", "quote", "acronym"] as const;
const POLICIES: AttemptPolicy[] = ["first", "best", "last"];
let instructorId = "",
  otherId = "",
  classId = "";
const assignmentIds: string[] = [];

beforeAll(async () => {
  instructorId = (await createUser({ email: uniqueEmail("oi"), name: "Ola", passwordHash: "h", role: "instructor" }))
    .id;
  otherId = (await createUser({ email: uniqueEmail("oo"), name: "Oz", passwordHash: "h", role: "instructor" })).id;
  const articleIds: string[] = [];
  for (const n of [0, 1]) {
    const [a] = await db
      .insert(articles)
      .values({
        slug: `overview-${tag}-${n}`,
        title: `Overview article ${n}`,
        sourceText: "x",
        body: "x",
        paragraphs: [],
        wordCount: 1,
        contentHash: `${tag}${n}`,
      })
      .returning({ id: articles.id });
    articleIds.push(a!.id);
  }
  // Six true/false questions: fact kinds and articles alternate.
  const qids = Array.from({ length: 6 }, (_, i) => `q_ov_${tag}_${i}`);
  await db.insert(questions).values(
    qids.map((id, i) => ({
      id,
      articleId: articleIds[i % 2]!,
      factId: `f_ov_${tag}_${i}`,
      factKind: KINDS[i % 3]!,
      kind: "true_false" as const,
      status: "approved" as const,
    })),
  );
  await db.insert(questionVersions).values(
    qids.map((id, i) => ({
      questionId: id,
      version: 1,
      origin: "generated" as const,
      prompt: `Statement ${i}`,
      answer: true,
      explanation: "e",
      sourceSentence: "S.",
      sourceStart: 0,
      sourceEnd: 1,
      contentHash: `${tag}q${i}`,
    })),
  );
  const [klass] = await db
    .insert(classes)
    .values({ instructorId, name: "Overview class", joinCode: `V${tag}`.slice(0, 8).toUpperCase() })
    .returning({ id: classes.id });
  classId = klass!.id;
  // Three assignments, one per policy, each of four of the six questions.
  for (const [k, policy] of POLICIES.entries()) {
    const [a] = await db
      .insert(assignments)
      .values({
        classId,
        title: `Week ${k + 1}`,
        kinds: ["true_false"],
        questionCount: 4,
        attemptPolicy: policy,
        opensAt: day(1 + 7 * k),
        dueAt: day(8 + 7 * k),
      })
      .returning({ id: assignments.id });
    assignmentIds.push(a!.id);
    await db
      .insert(assignmentQuestions)
      .values(
        [0, 1, 2, 3].map((p) => ({ assignmentId: a!.id, position: p, questionId: qids[(p + k) % 6]!, version: 1 })),
      );
  }
  const rng = mulberry32(7);
  for (let s = 0; s < 7; s++) {
    const user = await createUser({
      email: uniqueEmail(`ov${s}`),
      name: `Student ${s}`,
      passwordHash: "h",
      role: "student",
    });
    // Student 6 is removed from the class: their attempts must not count.
    await db.insert(enrolments).values({ classId, userId: user.id, removedAt: s === 6 ? day(2) : null });
    for (const [k, asg] of assignmentIds.entries()) {
      if (rng() < 0.2) continue;
      const tries = 1 + Math.floor(rng() * 3);
      for (let t = 0; t < tries; t++) {
        const marks = [0, 1, 2, 3].map(() => (rng() < 0.6 ? 1 : 0));
        // Some answers left out: an unanswered question counts 0.
        const answered = marks.map(() => rng() < 0.9);
        const finished = !(t === tries - 1 && rng() < 0.15);
        const start = day(2 + 7 * k, 10 * t + s);
        const [row] = await db
          .insert(attempts)
          .values({
            userId: user.id,
            assignmentId: asg,
            mode: "assignment",
            title: `Week ${k + 1}`,
            questionCount: 4,
            status: finished ? "finished" : "in_progress",
            score: finished ? marks.reduce<number>((a, m, i) => a + (answered[i] ? m : 0), 0) : null,
            startedAt: start,
            finishedAt: finished ? new Date(start.getTime() + (5 - t) * 60_000 + s * 1000) : null,
          })
          .returning({ id: attempts.id });
        await db.insert(attemptItems).values(
          marks.map((m, p) => ({
            attemptId: row!.id,
            position: p,
            questionId: qids[(p + k) % 6]!,
            version: 1,
            response: answered[p] ? m === 1 : null,
            correct: answered[p] ? m === 1 : null,
            score: answered[p] ? m : null,
            answeredAt: answered[p] ? start : null,
          })),
        );
      }
    }
  }
});

describe("class overview", () => {
  it("counts each assignment by its own policy, exactly as its results page does", async () => {
    const overview = await getClassOverview({ classId, instructorId, now: day(30) });
    expect(overview.students).toHaveLength(6);
    let policyMatters = 0;
    for (const [k, a] of overview.assignments.entries()) {
      const results = await getAssignmentResults({ assignmentId: a.id, classId, instructorId, policy: a.policy });
      expect(a.policy).toBe(POLICIES[k]);
      expect(overview.students.map((s) => s.marks[k])).toEqual(results.students.map((s) => s.total));
      expect(a.finished).toBe(results.analysis.summary.n);
      const otherPolicy = await getAssignmentResults({
        assignmentId: a.id,
        classId,
        instructorId,
        policy: a.policy === "best" ? "first" : "best",
      });
      if (otherPolicy.students.some((s, i) => s.total !== results.students[i]!.total)) policyMatters++;
      expect(a.completion).toBeCloseTo(results.analysis.summary.completionRate!, 9);
      // Mastery per kind of fact: the results heatmap's cells of that kind, pooled over articles.
      for (const line of overview.byKind) {
        const cells = results.heat.filter((c) => c.factKind === line.key);
        const n = cells.reduce((t, c) => t + c.n, 0);
        const want = n ? (100 * cells.reduce((t, c) => t + c.mean * c.n, 0)) / n : null;
        if (want === null) expect(line.percents[k]).toBeNull();
        else expect(line.percents[k], `${line.key}, week ${k + 1}`).toBeCloseTo(want, 9);
      }
    }
    // The fixture is only a test of the policies if choosing another one changes some totals.
    expect(policyMatters).toBeGreaterThan(0);
  });

  it("writes the cross-assignment gradebook from the same figures", async () => {
    const overview = await getClassOverview({ classId, instructorId, now: day(30) });
    const lines = classGradebookCsv(overview).split("\r\n");
    expect(lines[0]).toContain("Week 2 (best attempt; out of 4)");
    expect(lines).toHaveLength(overview.students.length + 2);
    overview.students.forEach((st, i) => {
      const mean = st.mean === null ? "" : String(Math.round(st.mean * 10) / 10);
      expect(lines[i + 1]).toBe([st.name, st.email, ...st.marks.map((m) => m ?? ""), st.finished, mean].join(","));
    });
  });

  it("shows another instructor nothing", async () => {
    const overview = await getClassOverview({ classId, instructorId: otherId, now: day(30) });
    expect(overview.assignments).toEqual([]);
    expect(overview.students).toEqual([]);
    expect(overview.byKind).toEqual([]);
  });
});
