import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type Handle } from "@/db";
import { listDemoCandidates } from "@/db/queries/demo-class";
import { getItemInsight } from "@/db/queries/item-insight";
import { getAssignmentResults } from "@/db/queries/results";
import { listOpenAssignmentsForStudent } from "@/db/queries/assignments";
import { createUser } from "@/db/queries/users";
import { assignments, attemptItems, attempts, classes, enrolments, questions, questionVersions } from "@/db/schema";
import { closeTestDb, openTestDb, removeTestArticles, uniqueEmail } from "@/db/testing/test-db";
import { gradeAnswer } from "@/lib/quiz/grade";
import { assembleInsight } from "@/lib/teach/item-insight";
import { asGradable } from "@/lib/teach/regrade";
import { importContentDir } from "./content/sync";
import { regenerateQuestions } from "./content/questions";
import { createDemoClass, planDemoClass } from "./demo-class";

// The seed articles under test-only slugs, so a shared PostgreSQL keeps no copies of them.
const run = `${process.pid}-${Date.now().toString(36)}`;
const slugs = fs.readdirSync("content").map((f) => `${path.basename(f, ".md")}-${run}`);
const now = new Date(Date.UTC(2026, 10, 20, 12));
let handle: Handle;
let dir: string;
let instructorId = "";
let studentId = "";

beforeAll(async () => {
  handle = await openTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sourced-demo-"));
  for (const f of fs.readdirSync("content"))
    fs.copyFileSync(path.join("content", f), path.join(dir, `${path.basename(f, ".md")}-${run}.md`));
  await importContentDir(dir);
  await regenerateQuestions();
  instructorId = (
    await createUser({ email: uniqueEmail("demo-i"), name: "Dana", passwordHash: "h", role: "instructor" })
  ).id;
  studentId = (await createUser({ email: uniqueEmail("demo-s"), name: "Sam", passwordHash: "h", role: "student" })).id;
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await removeTestArticles(handle, slugs);
  await closeTestDb(handle);
});

describe("the demo class", () => {
  it("is the same class every time for the same seed and start", async () => {
    const candidates = await listDemoCandidates(slugs);
    const make = () => planDemoClass({ candidates, instructorId, demoStudentId: studentId, now });
    const a = make()!;
    expect(make()).toEqual(a);
    expect(a.students).toHaveLength(30);
    expect(new Set(a.students.map((s) => s.email)).size).toBe(30);
    // A different moment shifts the dates, not the class.
    const later = planDemoClass({
      candidates,
      instructorId,
      demoStudentId: studentId,
      now: new Date(now.getTime() + 864e5),
    })!;
    expect(later.students.map((s) => s.name)).toEqual(a.students.map((s) => s.name));
    expect(later.assignments.map((x) => x.attempts.map((t) => t.items.map((i) => i.response)))).toEqual(
      a.assignments.map((x) => x.attempts.map((t) => t.items.map((i) => i.response))),
    );
  });

  it("is made once, with 30 students, two assignments, and the demo student enrolled with one open", async () => {
    const made = await createDemoClass({
      instructorId,
      demoStudentId: studentId,
      now,
      articleSlugs: slugs,
      emailDomain: `${run}.test`,
    });
    expect(made).not.toBeNull();
    expect(made!.assignmentIds).toHaveLength(2);
    expect(await createDemoClass({ instructorId, demoStudentId: studentId, now, articleSlugs: slugs })).toBeNull();
    const roster = await db.select().from(enrolments).where(eq(enrolments.classId, made!.classId));
    expect(roster).toHaveLength(31);
    const open = await listOpenAssignmentsForStudent(studentId, now);
    expect(open.map((a) => [a.title.startsWith("Week 2"), a.attemptsUsed])).toEqual([[true, 0]]);
    expect(
      await db.select({ id: classes.id }).from(classes).where(eq(classes.instructorId, instructorId)),
    ).toHaveLength(1);
  });

  it("stores marks the real grader gives, with a spread of abilities and answer times", async () => {
    const [klass] = await db.select({ id: classes.id }).from(classes).where(eq(classes.instructorId, instructorId));
    const list = await db.select().from(assignments).where(eq(assignments.classId, klass!.id));
    const items = await db
      .select({ item: attemptItems, v: questionVersions, kind: questions.kind })
      .from(attemptItems)
      .innerJoin(attempts, eq(attempts.id, attemptItems.attemptId))
      .innerJoin(questions, eq(questions.id, attemptItems.questionId))
      .innerJoin(
        questionVersions,
        and(
          eq(questionVersions.questionId, attemptItems.questionId),
          eq(questionVersions.version, attemptItems.version),
        ),
      )
      .where(
        inArray(
          attempts.assignmentId,
          list.map((a) => a.id),
        ),
      );
    const answered = items.filter((r) => r.item.answeredAt);
    for (const r of answered) {
      const g = gradeAnswer(asGradable({ ...r.v, kind: r.kind }), r.item.response);
      expect(r.item.score).toBeCloseTo(g.score, 6);
    }
    const ms = answered.map((r) => r.item.responseMs!).sort((a, b) => a - b);
    expect(ms[Math.floor(ms.length * 0.9)]! / ms[Math.floor(ms.length * 0.1)]!).toBeGreaterThan(2);

    for (const a of list) {
      const scope = { assignmentId: a.id, classId: klass!.id, instructorId, policy: a.attemptPolicy };
      const results = await getAssignmentResults(scope);
      expect(results.analysis.summary.n, a.title).toBeGreaterThanOrEqual(15);
      expect(results.analysis.summary.sd!, a.title).toBeGreaterThan(0.8);
      expect(results.heat.length).toBeGreaterThan(0);
      const insight = assembleInsight({ questions: results.questions, ...(await getItemInsight(scope)) });
      expect(insight.timing.every((t) => t.medianMs !== null)).toBe(true);
      for (const t of insight.typed) expect(t.total).toBeGreaterThan(0);
    }
    // Week 1 allows two attempts, and some students used them.
    const week1 = list.find((a) => a.title.startsWith("Week 1"))!;
    const tries = await db.select({ u: attempts.userId }).from(attempts).where(eq(attempts.assignmentId, week1.id));
    expect(tries.length).toBeGreaterThan(new Set(tries.map((t) => t.u)).size);
  });
});
