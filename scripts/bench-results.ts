// Times the class results path for the biggest assignment in the database: the SQL aggregates +
// lib/stats (getAssignmentResults), each query alone, the typed answers and answer times, the
// class overview and cross-assignment gradebook of its class, and a regrade of one of its
// questions (dry run, and applied in a transaction that is rolled back). Each figure is also given
// as a multiple of a floor measured in the same run: one count over the assignment's stored answers.
//   PGLITE_DIR=.data/bench-results npm run bench:results            (no server may hold the database)
// It also prints the EXPLAIN of the results queries (how each table is read) and times the
// instructor-wide reads: the /teach class list and the live statistics of the most-answered article.
// With --url, times the whole server-rendered results page instead, signed in
// as the demo instructor, against a running server on that database (--path: the page to time,
// as this bench prints it; default: the first "Bench:" assignment found):
//   npm run bench:results -- --url http://127.0.0.1:3312 [--path /teach/classes/…/assignments/…]
import { sql } from "drizzle-orm";
import { loadLocalEnv, parseFlags, runScript } from "./lib/script-env";

loadLocalEnv();

const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, min ${s[0]!.toFixed(1)} ms (${s.length} runs)`;
}

async function time<T>(runs: number, fn: () => Promise<T>): Promise<number[]> {
  await fn(); // warm: first query plans, JIT
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function benchPage(base: string, runs: number, path: string | undefined) {
  const { DEMO_ACCOUNTS } = await import("@/server/seed");
  const demo = DEMO_ACCOUNTS.find((a) => a.role === "instructor")!;
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ email: demo.email, password: demo.password, csrfToken }),
  });
  keep(login);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in as ${demo.email} failed (${login.status})`);
  const floor = await time(runs, async () => {
    const res = await fetch(`${base}/api/health`);
    await res.text();
  });
  console.log(`floor: GET /api/health: ${stats(floor)}`);
  const teach = await (await fetch(`${base}/teach`, { headers: { cookie: cookie() } })).text();
  const classes = [...teach.matchAll(/href="\/teach\/classes\/([0-9a-f-]{36})"/g)].map((m) => m[1]!);
  let target: string | null = path ?? null;
  for (const id of target ? [] : classes) {
    const page = await (await fetch(`${base}/teach/classes/${id}`, { headers: { cookie: cookie() } })).text();
    const m = /href="(\/teach\/classes\/[0-9a-f-]{36}\/assignments\/[0-9a-f-]{36})"[^>]*>Bench:/.exec(page);
    if (m) target = m[1]!;
  }
  if (!target) throw new Error("no Bench assignment found: run scripts/seed-results.ts first");
  let bytes = 0;
  const ms = await time(runs, async () => {
    const res = await fetch(base + target, { headers: { cookie: cookie() } });
    if (res.status !== 200) throw new Error(`${target}: HTTP ${res.status}`);
    bytes = (await res.text()).length;
  });
  console.log(
    `page ${target}\n  full server render + transfer (${(bytes / 1024).toFixed(0)} KB HTML): ${stats(ms)}, ` +
      `×${(median(ms) / median(floor)).toFixed(1)} the floor`,
  );
}

type Scope = { assignmentId: string; classId: string; instructorId: string };

/** What reads across all of an instructor's classes: the /teach class list and an article's live statistics. */
async function benchInstructorWide(instructorId: string, runs: number, vsFloor: (ms: number[]) => string) {
  const { listClassesForInstructor } = await import("@/db/queries/classes");
  const { getArticleCuration } = await import("@/db/queries/curation");
  const { selectRows } = await import("@/db/rows");
  const list = await listClassesForInstructor(instructorId);
  console.log(
    `instructor-wide: the /teach class list (${list.length} classes, students and assignments counted): ` +
      vsFloor(await time(runs, () => listClassesForInstructor(instructorId))),
  );
  const [top] = await selectRows<{ slug: string; answers: number }>(sql`
    select ar.slug, count(*)::int as answers from attempt_items ai join questions q on q.id = ai.question_id
    join articles ar on ar.id = q.article_id where ai.answered_at is not null
    group by ar.slug order by answers desc limit 1`);
  if (!top) return;
  console.log(
    `instructor-wide: live statistics of the most-answered article (${top.answers} answers, every class): ` +
      vsFloor(await time(Math.min(runs, 10), () => getArticleCuration(top.slug, instructorId))),
  );
}

/**
 * A regrade of one multiple-choice question of the assignment with its key moved to another
 * option: the dry run in both scopes, and the regrade itself in a transaction that is rolled back.
 * The edit is undone afterwards, so the database is as it was.
 */
async function benchRegrade(
  handle: import("@/db").Handle,
  scope: Scope,
  runs: number,
  vsFloor: (ms: number[]) => string,
) {
  const { TransactionRollbackError } = await import("drizzle-orm");
  const { listAssignmentQuestions } = await import("@/db/queries/results");
  const { editQuestion } = await import("@/db/queries/curation");
  const regrade = await import("@/db/queries/regrade");
  const q = (await listAssignmentQuestions(scope)).find(
    (x) => x.kind === "single_choice" && (x.options?.length ?? 0) > 1,
  );
  if (!q) return console.log("regrade: no multiple-choice question in this assignment");
  const other = q.options!.find((o) => o.id !== q.answer)!.id;
  const version = await editQuestion({
    questionId: q.questionId,
    userId: scope.instructorId,
    edit: { prompt: q.prompt, explanation: "bench", answer: other },
  });
  try {
    for (const where of ["assignment", "everywhere"] as const) {
      const input = {
        questionId: q.questionId,
        instructorId: scope.instructorId,
        assignmentId: scope.assignmentId,
        scope: where,
      };
      const preview = await regrade.previewRegrade(input);
      console.log(
        `regrade dry run, ${where} (${preview!.summary.answers} answers, ${preview!.summary.changedStudents} students' marks change): ` +
          vsFloor(await time(runs, () => regrade.previewRegrade(input))),
      );
      const applied = await time(Math.min(runs, 5), async () => {
        await handle.db
          .transaction(async (tx) => {
            await regrade.applyRegradeTx(tx, { ...input, expectedVersion: version! });
            tx.rollback();
          })
          .catch((e: unknown) => {
            if (!(e instanceof TransactionRollbackError)) throw e;
          });
      });
      console.log(`regrade applied, ${where} (one transaction, rolled back): ${vsFloor(applied)}`);
    }
  } finally {
    await handle.db.execute(sql`update questions set current_version = ${q.currentVersion} where id = ${q.questionId}`);
    await handle.db.execute(
      sql`delete from question_versions where question_id = ${q.questionId} and version = ${version}`,
    );
  }
}

await runScript(async () => {
  const flags = parseFlags(process.argv.slice(2));
  const runs = Number(flags.runs ?? 20);
  if (flags.url) return benchPage(flags.url.replace(/\/$/, ""), runs, flags.path);

  const { dbHandle } = await import("@/db");
  const { migrateDb } = await import("@/db/migrate");
  const { selectRows } = await import("@/db/rows");
  const { explainScans } = await import("./lib/explain");
  const results = await import("@/db/queries/results");
  const insight = await import("@/db/queries/item-insight");
  const overview = await import("@/db/queries/class-overview");
  const { classGradebookCsv } = await import("@/lib/teach/class-overview");
  const handle = dbHandle();
  await migrateDb(handle);
  const found = (await handle.db.execute(sql`
    select s.id as "assignmentId", s.class_id as "classId", c.instructor_id as "instructorId", s.title, c.name as "className",
      (select count(*)::int from attempt_items ai join attempts a on a.id = ai.attempt_id where a.assignment_id = s.id) as answers
    from assignments s join classes c on c.id = s.class_id
    order by answers desc limit 1`)) as unknown as {
    rows: {
      assignmentId: string;
      classId: string;
      instructorId: string;
      title: string;
      className: string;
      answers: number;
    }[];
  };
  const target = found.rows[0];
  if (!target) throw new Error("no assignment in this database: run scripts/seed-results.ts first");
  const scope = { assignmentId: target.assignmentId, classId: target.classId, instructorId: target.instructorId };
  const r = await results.getAssignmentResults({ ...scope, policy: "first" });
  const [size] = await selectRows<{ classes: number; assignments: number; attempts: number; answers: number }>(sql`
    select (select count(*)::int from classes) as classes, (select count(*)::int from assignments) as assignments,
      (select count(*)::int from attempts) as attempts, (select count(*)::int from attempt_items) as answers`);
  console.log(
    `database: ${size!.classes} classes, ${size!.assignments} assignments, ${size!.attempts} attempts, ${size!.answers} stored answers (${handle.driver})\n` +
      `"${target.title}" of "${target.className}": ${r.students.length} students, ${r.questions.length} questions, ` +
      `${target.answers} stored answers, ${r.analysis.summary.n} counted attempts; CIC ${r.analysis.reliability.cic?.toFixed(1)}%\n` +
      `results page: /teach/classes/${scope.classId}/assignments/${scope.assignmentId}`,
  );
  const roundTrip = median(await time(runs, () => handle.db.execute(sql`select 1`)));
  const floorMs = median(
    await time(runs, () =>
      handle.db.execute(sql`select count(*) from attempt_items ai join attempts a on a.id = ai.attempt_id
        where a.assignment_id = ${scope.assignmentId}`),
    ),
  );
  const vsFloor = (ms: number[]) => `${stats(ms)}, ×${(median(ms) / floorMs).toFixed(1)} the floor`;
  console.log(
    `floors: a \`select 1\` round trip: median ${roundTrip.toFixed(2)} ms; ` +
      `one count over the assignment's ${target.answers} stored answers: median ${floorMs.toFixed(1)} ms`,
  );
  for (const policy of ["first", "best", "last"] as const) {
    const ms = await time(runs, () => results.getAssignmentResults({ ...scope, policy }));
    console.log(
      `results (all queries + lib/stats), ${policy} attempt: ${vsFloor(ms)}, ×${(median(ms) / roundTrip).toFixed(0)} the round trip`,
    );
  }
  const s = { ...scope, policy: "first" as const };
  for (const [name, query] of [
    ["item aggregates", results.aggregatesQuery(s)],
    ["option counts", results.optionCountsQuery(s)],
    ["students and totals", results.studentsQuery(s)],
  ] as const) {
    const plan = await explainScans(query);
    console.log(
      `EXPLAIN ${name}: ${plan.seqScansOnBigTables.length ? `sequential scans on ${plan.seqScansOnBigTables.join(", ")}` : "no sequential scan of a growing table"}`,
    );
    for (const line of plan.lines) console.log(`    ${line}`);
  }
  console.log(`  item aggregates (grouping sets): ${stats(await time(runs, () => results.loadAggregates(s)))}`);
  console.log(`  option counts:                   ${stats(await time(runs, () => results.loadOptionCounts(s)))}`);
  console.log(`  students and totals:             ${stats(await time(runs, () => results.loadStudents(s)))}`);
  console.log(
    `  assignment questions:            ${stats(await time(runs, () => results.listAssignmentQuestions(s)))}`,
  );
  console.log(
    `CSV rows (one per student per question): ${stats(await time(5, () => results.loadResponsesForExport(s)))}`,
  );
  console.log(
    `typed answers, median times, current keys: ${vsFloor(await time(runs, () => insight.getItemInsight(s)))}`,
  );

  const klass = { classId: scope.classId, instructorId: scope.instructorId };
  const ov = await overview.getClassOverview(klass);
  console.log(
    `class overview of "${target.className}" (${ov.assignments.length} assignments, ${ov.students.length} students): ` +
      vsFloor(await time(runs, () => overview.getClassOverview(klass))),
  );
  console.log(
    `  counted scores, every assignment: ${vsFloor(await time(runs, () => overview.loadCountedScores(klass)))}`,
  );
  console.log(
    `  mastery over time:                ${vsFloor(await time(runs, () => overview.loadMasteryOverTime(klass)))}`,
  );
  console.log(
    `  cross-assignment gradebook CSV:   ${vsFloor(await time(runs, async () => classGradebookCsv(await overview.getClassOverview(klass))))}`,
  );
  await benchInstructorWide(scope.instructorId, runs, vsFloor);
  await benchRegrade(handle, scope, runs, vsFloor);
  await handle.close();
});
