import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Handle } from "@/db";
import { getAssignmentResults } from "@/db/queries/results";
import { createUser } from "@/db/queries/users";
import { selectRows } from "@/db/rows";
import { makeQuestions } from "@/db/testing/quiz-fixture";
import { closeTestDb, openTestDb } from "@/db/testing/test-db";
import { scaleSummary, seedScale, SCALE_CLASS_PREFIX } from "./seed-scale";

let handle: Handle;
let instructorId: string;
let articleIds: string[];
beforeAll(async () => {
  handle = await openTestDb();
  const instructor = await createUser({
    email: `scale-${randomUUID()}@example.test`,
    name: "Scale Instructor",
    passwordHash: "h",
    role: "instructor",
  });
  instructorId = instructor.id;
  // Three fixture articles of three questions each: a pool of nine to draw quizzes from.
  articleIds = [];
  for (let i = 0; i < 3; i++) articleIds.push((await makeQuestions()).articleId);
});
afterAll(() => closeTestDb(handle));

const count = async (query: ReturnType<typeof sql>) => Number((await selectRows<{ n: number }>(query))[0]!.n);

describe("seedScale (npm run seed:results -- --answers N)", () => {
  it("seeds whole classes until the answers reach the target, and the counts it reports are in the database", async () => {
    const done = await seedScale({ instructorId, answers: 2000, passwordHash: "h", articleIds });
    expect(done.answers).toBeGreaterThanOrEqual(2000);
    expect(done.added).toEqual({
      classes: done.classes,
      assignments: done.assignments,
      attempts: done.attempts,
      answers: done.answers,
    });
    const mine = sql`select s.id from assignments s join classes c on c.id = s.class_id where c.instructor_id = ${instructorId}`;
    expect(await count(sql`select count(*)::int as n from classes where instructor_id = ${instructorId}`)).toBe(
      done.classes,
    );
    expect(await count(sql`select count(*)::int as n from (${mine}) m`)).toBe(done.assignments);
    expect(await count(sql`select count(*)::int as n from attempts where assignment_id in (${mine})`)).toBe(
      done.attempts,
    );
    expect(
      await count(sql`select count(*)::int as n from attempt_items ai join attempts a on a.id = ai.attempt_id
        where a.assignment_id in (${mine})`),
    ).toBe(done.answers);
    // Every attempt holds one item per question of its quiz; unfinished ones exist and have no score.
    expect(
      await count(sql`select count(*)::int as n from attempts a where a.assignment_id in (${mine})
        and (select count(*) from attempt_items ai where ai.attempt_id = a.id) <> a.question_count`),
    ).toBe(0);
    expect(
      await count(sql`select count(*)::int as n from attempts where assignment_id in (${mine}) and status = 'in_progress'
        and score is null`),
    ).toBeGreaterThan(0);
    // Abandoned attempts of closed quizzes are finished as the server's sweep leaves them, so a
    // server opening this database changes nothing.
    expect(
      await count(sql`select count(*)::int as n from attempts where assignment_id in (${mine}) and auto_finished`),
    ).toBeGreaterThan(0);
    expect(
      await count(sql`select count(*)::int as n from attempts a join assignments s on s.id = a.assignment_id
        where a.assignment_id in (${mine}) and a.status = 'in_progress' and s.due_at <= now()`),
    ).toBe(0);
    // A finished attempt's score is the sum of its marks, as the app computes it on finishing.
    expect(
      await count(sql`select count(*)::int as n from attempts a where a.assignment_id in (${mine}) and a.status = 'finished'
        and abs(a.score - (select sum(ai.score) from attempt_items ai where ai.attempt_id = a.id)) > 1e-4`),
    ).toBe(0);
  });

  it("continues from what an earlier run seeded rather than starting again", async () => {
    const before = await scaleSummary(instructorId);
    const done = await seedScale({ instructorId, answers: before.answers + 1, passwordHash: "h", articleIds });
    expect(done.added.classes).toBe(1);
    expect(done.classes).toBe(before.classes + 1);
    const names = await selectRows<{ name: string }>(
      sql`select name from classes where instructor_id = ${instructorId} order by created_at`,
    );
    expect(names.every((r) => r.name.startsWith(SCALE_CLASS_PREFIX))).toBe(true);
    expect(new Set(names.map((r) => r.name)).size).toBe(names.length);
    expect(await seedScale({ instructorId, answers: 1, passwordHash: "h", articleIds })).toMatchObject({
      added: { classes: 0, answers: 0 },
    });
  });

  it("gives the results query each seeded class's enrolled students and their finished attempts", async () => {
    const [quiz] = await selectRows<{ assignmentId: string; classId: string; policy: "first" | "best" | "last" }>(sql`
      select s.id as "assignmentId", s.class_id as "classId", s.attempt_policy as policy
      from assignments s join classes c on c.id = s.class_id
      where c.instructor_id = ${instructorId} order by c.created_at, s.opens_at limit 1`);
    const scope = { ...quiz!, instructorId };
    const r = await getAssignmentResults(scope);
    const enrolled = await count(sql`select count(*)::int as n from enrolments where class_id = ${scope.classId}`);
    const finishers = await count(sql`select count(distinct user_id)::int as n from attempts
      where assignment_id = ${scope.assignmentId} and status = 'finished'`);
    expect(enrolled).toBeGreaterThanOrEqual(12);
    expect(r.students).toHaveLength(enrolled);
    expect(r.students.filter((s) => s.countedAttemptId !== null)).toHaveLength(finishers);
    expect(finishers).toBeGreaterThan(enrolled / 2);
    expect(r.analysis.summary.n).toBe(finishers);
    expect(r.questions.length).toBeGreaterThanOrEqual(8);
  });
});
