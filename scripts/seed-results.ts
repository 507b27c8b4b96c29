// Seeds a class of N students (default 500) who have taken A assignments (default 1) of K questions
// (default 20) into the database the environment names (PGlite at PGLITE_DIR, or DATABASE_URL), for
// `npm run bench:results` and for looking at full results and class overview pages.
//   PGLITE_DIR=.data/bench-results npx tsx --conditions=react-server scripts/seed-results.ts [--students 500] [--questions 20] [--assignments 1]
// With --answers N it instead seeds hundreds of classes of varying size with several quizzes each
// (scripts/lib/seed-scale.ts) until they hold N stored answers; run again, it continues from there.
//   PGLITE_DIR=.data/bench-scale npm run seed:results -- --answers 1000000
// Owned by the demo instructor (instructor@demo.sourced.test / demo-instructor), created if
// missing. Running it again adds another class. Answers come from the demo class's seeded model
// (lib/teach/simulate.ts) and are marked by gradeAnswer.
import { loadLocalEnv, parseFlags, runScript } from "./lib/script-env";

loadLocalEnv();
await runScript(async () => {
  const flags = parseFlags(process.argv.slice(2));
  const nStudents = Number(flags.students ?? 500);
  const nQuestions = Number(flags.questions ?? 20);
  const nAssignments = Number(flags.assignments ?? 1);
  if (
    ![nStudents, nQuestions, nAssignments].every(Number.isInteger) ||
    nStudents < 1 ||
    nQuestions < 2 ||
    nAssignments < 1
  )
    throw new Error("--students and --assignments must be ≥ 1 and --questions ≥ 2");
  const { env } = await import("@/env.js");
  const { dbHandle } = await import("@/db");
  const { migrateDb } = await import("@/db/migrate");
  const { and, eq, ne, sql } = await import("drizzle-orm");
  const schema = await import("@/db/schema");
  const { importContentDir } = await import("@/server/content/sync");
  const { regenerateQuestions } = await import("@/server/content/questions");
  const { hashPassword } = await import("@/server/auth/password");
  const { DEMO_ACCOUNTS } = await import("@/server/seed");
  const { nthName } = await import("@/server/demo-names");
  const { createClass } = await import("@/db/queries/classes");
  const { createAssignment } = await import("@/db/queries/assignments");
  const { gradeAnswer } = await import("@/lib/quiz/grade");
  const { mulberry32 } = await import("@/lib/random");
  const { asGradable } = await import("@/lib/teach/regrade");
  const sim = await import("@/lib/teach/simulate");

  const handle = dbHandle();
  await migrateDb(handle);
  const db = handle.db;
  const started = Date.now();
  await importContentDir(env().CONTENT_DIR);
  await regenerateQuestions();

  // The demo instructor owns the class, so the pages can be opened in a browser.
  const demo = DEMO_ACCOUNTS.find((a) => a.role === "instructor")!;
  await db
    .insert(schema.users)
    .values({ email: demo.email, name: demo.name, role: "instructor", passwordHash: await hashPassword(demo.password) })
    .onConflictDoNothing({ target: schema.users.email });
  const [instructor] = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.email, demo.email));
  // Approve the generated questions so the assignments draw from them as real ones would.
  await db.update(schema.questions).set({ status: "approved" }).where(ne(schema.questions.status, "retired"));
  if (flags.answers !== undefined) {
    const target = Number(flags.answers);
    if (!Number.isInteger(target) || target < 1) throw new Error("--answers must be a whole number ≥ 1");
    const { seedScale } = await import("./lib/seed-scale");
    const done = await seedScale({
      instructorId: instructor!.id,
      answers: target,
      passwordHash: await hashPassword("bench-student-pass"),
      log: (line) => console.log(line),
    });
    const seeding = (Date.now() - started) / 1000;
    await db.execute(sql`analyze`);
    await handle.close();
    console.log(
      `seeded ${done.added.classes} classes, ${done.added.assignments} assignments, ${done.added.attempts} attempts, ` +
        `${done.added.answers} answers in ${seeding.toFixed(1)} s (analyse: ${((Date.now() - started) / 1000 - seeding).toFixed(1)} s); ` +
        `the database now holds ${done.classes} such classes, ${done.assignments} assignments, ${done.attempts} attempts, ` +
        `${done.answers} answers (sign in as ${demo.email} / ${demo.password})`,
    );
    return;
  }

  const run = Date.now().toString(36);
  const klass = await createClass({
    instructorId: instructor!.id,
    name: `Year 11 Media Studies (${nStudents} students)`,
  });
  const passwordHash = await hashPassword("bench-student-pass");
  const rng = mulberry32(20261122);
  const studentIds: string[] = [];
  for (let from = 0; from < nStudents; from += 500) {
    const batch = Array.from({ length: Math.min(500, nStudents - from) }, (_, j) => ({
      email: `bench-${run}-${from + j}@example.test`,
      name: nthName(from + j),
      role: "student" as const,
      passwordHash,
    }));
    const made = await db.insert(schema.users).values(batch).returning({ id: schema.users.id });
    await db.insert(schema.enrolments).values(made.map((u) => ({ classId: klass.id, userId: u.id })));
    studentIds.push(...made.map((u) => u.id));
  }
  const cohort = studentIds.map((id) => ({ id, ...sim.simStudent(rng), drift: 0.3 * sim.normal(rng) }));
  const DAY = 86_400_000;
  const first = Date.now() - (7 * nAssignments + 3) * DAY;
  let attemptCount = 0,
    itemCount = 0;
  const assignmentIds: string[] = [];

  for (let k = 0; k < nAssignments; k++) {
    const title =
      nAssignments === 1 ? `Bench: ${nStudents} × ${nQuestions}` : `Bench ${k + 1}: ${nStudents} × ${nQuestions}`;
    const opensAt = new Date(first + 7 * k * DAY);
    const created = await createAssignment({
      instructorId: instructor!.id,
      classId: klass.id,
      title,
      articleIds: null,
      kinds: ["single_choice", "true_false", "cloze", "matching", "ordering"],
      questionCount: nQuestions,
      opensAt,
      dueAt: new Date(opensAt.getTime() + 6 * DAY),
      attemptsAllowed: 2,
      feedbackTiming: "after_due",
      attemptPolicy: (["first", "best", "last"] as const)[k % 3]!,
      useAllGenerated: false,
    });
    if (created.status !== "created")
      throw new Error(`not enough questions for ${nQuestions} (${JSON.stringify(created)})`);
    assignmentIds.push(created.assignmentId);
    const items = await db
      .select({
        questionId: schema.assignmentQuestions.questionId,
        version: schema.assignmentQuestions.version,
        kind: schema.questions.kind,
        options: schema.questionVersions.options,
        left: schema.questionVersions.left,
        right: schema.questionVersions.right,
        items: schema.questionVersions.items,
        answer: schema.questionVersions.answer,
        accept: schema.questionVersions.accept,
        difficulty: schema.questionVersions.difficulty,
      })
      .from(schema.assignmentQuestions)
      .innerJoin(schema.questions, eq(schema.questions.id, schema.assignmentQuestions.questionId))
      .innerJoin(
        schema.questionVersions,
        and(
          eq(schema.questionVersions.questionId, schema.assignmentQuestions.questionId),
          eq(schema.questionVersions.version, schema.assignmentQuestions.version),
        ),
      )
      .where(eq(schema.assignmentQuestions.assignmentId, created.assignmentId))
      .orderBy(schema.assignmentQuestions.position);
    // Most items discriminate; item 3 is near-trivial, item 5 runs backwards and every third
    // multiple-choice item has a distractor nobody falls for, so the report has something to flag.
    const models = items.map((q, i) => {
      const m = sim.itemModel(rng, q);
      if (i === 3) m.difficulty = -4;
      if (i === 5) m.slope = -0.6;
      if (q.kind === "single_choice" && i % 3 === 0) {
        const wrong = (q.options ?? []).map((o, j) => (o.id === q.answer ? -1 : j)).filter((j) => j >= 0);
        if (wrong.length > 1) m.pull[wrong.at(-1)!] = 0;
      }
      return m;
    });
    const pool = items.filter((q) => q.kind === "cloze").map((q) => String(q.answer));

    for (let from = 0; from < cohort.length; from += 100) {
      const attemptRows: (typeof schema.attempts.$inferInsert)[] = [];
      const itemRows: Omit<typeof schema.attemptItems.$inferInsert, "attemptId">[][] = [];
      for (const s of cohort.slice(from, from + 100)) {
        const roll = rng();
        if (roll < 0.06) continue; // not started
        const tries = roll > 0.7 ? 2 : 1;
        for (let t = 0; t < tries; t++) {
          const finished = !(roll < 0.09 && t === 0);
          const start = new Date(opensAt.getTime() + rng() * 5 * DAY + t * DAY);
          let clock = start.getTime();
          const ability = s.ability + k * s.drift + 0.4 * t;
          itemRows.push(
            items.map((q, i) => {
              const unanswered = !finished && i >= items.length / 2;
              if (unanswered) return { position: i, questionId: q.questionId, version: q.version };
              const response = sim.simulateResponse(rng, q, models[i]!, ability, pool);
              const g = gradeAnswer(asGradable(q), response);
              const responseMs = sim.simulateTimeMs(rng, models[i]!, s.pace, g.correct);
              clock += responseMs;
              return {
                position: i,
                questionId: q.questionId,
                version: q.version,
                response: response as object,
                correct: g.correct,
                score: g.score,
                acceptedAnswer: g.accepted ?? null,
                responseMs,
                answeredAt: new Date(clock),
              };
            }),
          );
          attemptRows.push({
            userId: s.id,
            assignmentId: created.assignmentId,
            mode: "assignment",
            title,
            questionCount: items.length,
            status: finished ? "finished" : "in_progress",
            startedAt: start,
            finishedAt: finished ? new Date(clock + 30_000) : null,
          });
          if (!finished) break;
        }
      }
      if (attemptRows.length === 0) continue;
      await db.transaction(async (tx) => {
        const inserted = await tx.insert(schema.attempts).values(attemptRows).returning({ id: schema.attempts.id });
        const rows = inserted.flatMap((a, j) => itemRows[j]!.map((it) => ({ ...it, attemptId: a.id })));
        for (let s = 0; s < rows.length; s += 1000)
          await tx.insert(schema.attemptItems).values(rows.slice(s, s + 1000));
        await tx.execute(sql`
          update attempts a set score = (select coalesce(sum(ai.score), 0) from attempt_items ai where ai.attempt_id = a.id)
          where a.assignment_id = ${created.assignmentId} and a.status = 'finished' and a.score is null`);
        attemptCount += inserted.length;
        itemCount += rows.length;
      });
    }
  }
  // Fresh planner statistics, as autovacuum would leave them (PGlite has none).
  await db.execute(sql`analyze`);
  await handle.close();
  console.log(
    `seeded class ${klass.id}: ${nStudents} students, ${nAssignments} assignment(s) of ${nQuestions} questions, ` +
      `${attemptCount} attempts, ${itemCount} answers in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
      `results page: /teach/classes/${klass.id}/assignments/${assignmentIds[0]}\n` +
      `class overview: /teach/classes/${klass.id}/overview (sign in as ${demo.email} / ${demo.password})`,
  );
});
