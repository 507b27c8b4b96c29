// Seeds a class of N students (default 500) who have all taken one assignment of
// K questions (default 20) into the database the environment names (PGlite at
// PGLITE_DIR), for `npm run bench:results` and for looking at a full results page.
//   PGLITE_DIR=.data/bench-results npx tsx --conditions=react-server scripts/seed-results.ts [--students 500] [--questions 20]
// Owned by the demo instructor (instructor@demo.sourced.test / demo-instructor),
// created if missing. Running it again adds another class.
import { loadLocalEnv, parseFlags, runScript } from "./lib/script-env";

loadLocalEnv();
await runScript(async () => {
  const flags = parseFlags(process.argv.slice(2));
  const nStudents = Number(flags.students ?? 500);
  const nQuestions = Number(flags.questions ?? 20);
  if (!Number.isInteger(nStudents) || nStudents < 1 || !Number.isInteger(nQuestions) || nQuestions < 2) {
    throw new Error("--students must be ≥ 1 and --questions ≥ 2");
  }
  const { env } = await import("@/env.js");
  const { dbHandle } = await import("@/db");
  const { migrateDb } = await import("@/db/migrate");
  const { and, eq, ne } = await import("drizzle-orm");
  const schema = await import("@/db/schema");
  const { importContentDir } = await import("@/server/content/sync");
  const { regenerateQuestions } = await import("@/server/content/questions");
  const { hashPassword } = await import("@/server/auth/password");
  const { DEMO_ACCOUNTS } = await import("@/server/seed");
  const { createClass } = await import("@/db/queries/classes");
  const { createAssignment } = await import("@/db/queries/assignments");
  const { gradeAnswer } = await import("@/lib/quiz");

  const handle = dbHandle();
  await migrateDb(handle);
  const db = handle.db;
  const started = Date.now();
  await importContentDir(env().CONTENT_DIR);
  await regenerateQuestions();

  // The demo instructor owns the class, so the page can be opened in a browser.
  const demo = DEMO_ACCOUNTS.find((a) => a.role === "instructor")!;
  await db
    .insert(schema.users)
    .values({ email: demo.email, name: demo.name, role: "instructor", passwordHash: await hashPassword(demo.password) })
    .onConflictDoNothing({ target: schema.users.email });
  const [instructor] = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.email, demo.email));

  // Approve the generated questions so the assignment draws from them as a real one would.
  await db.update(schema.questions).set({ status: "approved" }).where(ne(schema.questions.status, "retired"));

  const run = Date.now().toString(36);
  const klass = await createClass({
    instructorId: instructor!.id,
    name: `Year 11 Media Studies (${nStudents} students)`,
  });
  const kinds = ["single_choice", "true_false", "cloze", "matching", "ordering"];
  const created = await createAssignment({
    instructorId: instructor!.id,
    classId: klass.id,
    title: `Bench: ${nStudents} × ${nQuestions}`,
    articleIds: null,
    kinds,
    questionCount: nQuestions,
    opensAt: new Date(Date.now() - 14 * 86400e3),
    dueAt: new Date(Date.now() - 86400e3),
    attemptsAllowed: 2,
    feedbackTiming: "after_due",
    attemptPolicy: "first",
    useAllGenerated: false,
  });
  if (created.status !== "created")
    throw new Error(`not enough questions for ${nQuestions} (${JSON.stringify(created)})`);
  const items = await db
    .select({
      position: schema.assignmentQuestions.position,
      questionId: schema.assignmentQuestions.questionId,
      version: schema.assignmentQuestions.version,
      kind: schema.questions.kind,
      options: schema.questionVersions.options,
      left: schema.questionVersions.left,
      right: schema.questionVersions.right,
      items: schema.questionVersions.items,
      answer: schema.questionVersions.answer,
      accept: schema.questionVersions.accept,
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

  // A seeded generator, so every run seeds the same pattern of answers.
  let seed = 20261122;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const shuffle = <T>(xs: T[]) => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    return xs;
  };
  // Item parameters: most items discriminate; item 3 is near-trivial, item 5 runs backwards,
  // so the report has something to flag. The last option of a single-choice item is never picked.
  const difficulty = items.map((_, i) => (i === 3 ? -4 : -1.2 + (2.4 * i) / items.length + 0.3 * normal()));
  const slope = items.map((_, i) => (i === 5 ? -0.6 : 0.7 + random() * 1.3));
  const p = (ability: number, i: number) => 1 / (1 + Math.exp(-slope[i]! * (ability - difficulty[i]!)));

  function respond(i: number, ability: number): unknown {
    const q = items[i]!;
    const right = random() < p(ability, i);
    switch (q.kind) {
      case "single_choice": {
        if (right) return q.answer;
        // Every third multiple-choice item has a distractor nobody falls for.
        const wrong = (q.options ?? []).filter((o) => o.id !== q.answer).slice(0, i % 3 === 0 ? -1 : undefined);
        return wrong.length ? wrong[Math.floor(random() * random() * wrong.length)]!.id : q.answer;
      }
      case "true_false":
        return right ? q.answer : !q.answer;
      case "cloze":
        return right ? q.answer : ["Cameron", "the NCA", "2014", "GCHQ"][Math.floor(random() * 4)];
      case "matching": {
        const want = q.answer as Record<string, string>;
        const rights = (q.right ?? []).map((r) => r.id);
        return Object.fromEntries(
          Object.keys(want).map((l) => [
            l,
            random() < p(ability, i) ? want[l] : rights[Math.floor(random() * rights.length)],
          ]),
        );
      }
      case "ordering":
        return right ? q.answer : shuffle([...(q.answer as string[])]);
    }
  }

  const passwordHash = await hashPassword("bench-student-pass");
  const names = [
    "Ava",
    "Ben",
    "Chloe",
    "Dev",
    "Ella",
    "Finn",
    "Grace",
    "Hugo",
    "Isla",
    "Jack",
    "Kofi",
    "Lena",
    "Maya",
    "Noah",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sam",
    "Tariq",
    "Uma",
    "Vik",
    "Wren",
    "Yusuf",
    "Zara",
  ];
  const surnames = [
    "Adams",
    "Baker",
    "Chen",
    "Davies",
    "Evans",
    "Fraser",
    "Gupta",
    "Hughes",
    "Ibrahim",
    "Jones",
    "Khan",
    "Lewis",
    "Murphy",
    "Nowak",
    "Okafor",
    "Patel",
    "Reid",
    "Singh",
    "Taylor",
    "Walsh",
  ];
  const base = Date.now() - 10 * 86400e3;
  let attemptCount = 0,
    itemCount = 0;
  for (let from = 0; from < nStudents; from += 100) {
    await db.transaction(async (tx) => {
      const batch = Array.from({ length: Math.min(100, nStudents - from) }, (_, j) => {
        const n = from + j;
        return {
          email: `bench-${run}-${n}@example.test`,
          name: `${names[n % names.length]} ${surnames[Math.floor(n / names.length) % surnames.length]}${n >= names.length * surnames.length ? ` ${n}` : ""}`,
          role: "student" as const,
          passwordHash,
        };
      });
      const users = await tx.insert(schema.users).values(batch).returning({ id: schema.users.id });
      await tx.insert(schema.enrolments).values(users.map((u) => ({ classId: klass.id, userId: u.id })));
      const attemptRows: (typeof schema.attempts.$inferInsert)[] = [];
      const plans: { answers: unknown[]; finished: boolean }[] = [];
      for (const u of users) {
        const roll = random();
        if (roll < 0.06) continue; // not started
        const ability = normal();
        const tries = roll > 0.7 ? 2 : 1;
        for (let t = 0; t < tries; t++) {
          const finished = !(roll < 0.09 && t === 0);
          const start = new Date(base + random() * 8 * 86400e3 + t * 86400e3);
          const answers = items.map((_, i) => respond(i, ability + 0.4 * t));
          plans.push({ answers, finished });
          attemptRows.push({
            userId: u.id,
            assignmentId: created.assignmentId,
            mode: "assignment",
            title: `Bench: ${nStudents} × ${nQuestions}`,
            questionCount: items.length,
            status: finished ? "finished" : "in_progress",
            startedAt: start,
            finishedAt: finished ? new Date(start.getTime() + (300 + random() * 900) * 1000) : null,
          });
          if (!finished) break;
        }
      }
      const inserted = await tx.insert(schema.attempts).values(attemptRows).returning({ id: schema.attempts.id });
      const itemRows: (typeof schema.attemptItems.$inferInsert)[] = [];
      const scores: number[] = [];
      inserted.forEach((a, k) => {
        let total = 0;
        plans[k]!.answers.forEach((response, i) => {
          const q = items[i]!;
          const unanswered = !plans[k]!.finished && i >= items.length / 2;
          const g = gradeAnswer(
            {
              ...q,
              options: q.options ?? undefined,
              left: q.left ?? undefined,
              right: q.right ?? undefined,
              items: q.items ?? undefined,
              accept: q.accept ?? undefined,
            } as never,
            response,
          );
          if (!unanswered) total += g.score;
          itemRows.push({
            attemptId: a.id,
            position: i,
            questionId: q.questionId,
            version: q.version,
            response: unanswered ? null : (response as object),
            correct: unanswered ? null : g.correct,
            score: unanswered ? null : g.score,
            answeredAt: unanswered ? null : new Date(attemptRows[k]!.startedAt!.getTime() + (i + 1) * 30_000),
            responseMs: unanswered ? null : Math.round(4000 + random() * 20000),
          });
        });
        scores.push(total);
      });
      for (let s = 0; s < itemRows.length; s += 1000)
        await tx.insert(schema.attemptItems).values(itemRows.slice(s, s + 1000));
      for (const [k, a] of inserted.entries()) {
        if (attemptRows[k]!.status === "finished")
          await tx.update(schema.attempts).set({ score: scores[k] }).where(eq(schema.attempts.id, a.id));
      }
      attemptCount += inserted.length;
      itemCount += itemRows.length;
    });
  }
  // Fresh planner statistics, as autovacuum would leave them (PGlite has none).
  await db.execute((await import("drizzle-orm")).sql`analyze`);
  await handle.close();
  console.log(
    `seeded class ${klass.id}, assignment ${created.assignmentId}: ${nStudents} students, ${items.length} questions, ` +
      `${attemptCount} attempts, ${itemCount} answers in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
      `results page: /teach/classes/${klass.id}/assignments/${created.assignmentId} (sign in as ${demo.email} / ${demo.password})`,
  );
});
