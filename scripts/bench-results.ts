// Times the class results path for the biggest assignment in the database:
// the SQL aggregates + lib/stats (getAssignmentResults), and each query alone.
//   PGLITE_DIR=.data/bench-results npm run bench:results            (no server may hold the database)
// With --url, times the whole server-rendered results page instead, signed in
// as the demo instructor, against a running server on that database:
//   npm run bench:results -- --url http://127.0.0.1:3312
import { loadLocalEnv, parseFlags, runScript } from "./lib/script-env";

loadLocalEnv();

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

async function benchPage(base: string, runs: number) {
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
  const teach = await (await fetch(`${base}/teach`, { headers: { cookie: cookie() } })).text();
  const classes = [...teach.matchAll(/href="\/teach\/classes\/([0-9a-f-]{36})"/g)].map((m) => m[1]!);
  let target: string | null = null;
  for (const id of classes) {
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
  console.log(`page ${target}\n  full server render + transfer (${(bytes / 1024).toFixed(0)} KB HTML): ${stats(ms)}`);
}

await runScript(async () => {
  const flags = parseFlags(process.argv.slice(2));
  const runs = Number(flags.runs ?? 20);
  if (flags.url) return benchPage(flags.url.replace(/\/$/, ""), runs);

  const { dbHandle } = await import("@/db");
  const { migrateDb } = await import("@/db/migrate");
  const { sql } = await import("drizzle-orm");
  const results = await import("@/db/queries/results");
  const handle = dbHandle();
  await migrateDb(handle);
  const found = (await handle.db.execute(sql`
    select s.id as "assignmentId", s.class_id as "classId", c.instructor_id as "instructorId", s.title,
      (select count(*)::int from attempt_items ai join attempts a on a.id = ai.attempt_id where a.assignment_id = s.id) as answers
    from assignments s join classes c on c.id = s.class_id
    order by answers desc limit 1`)) as unknown as {
    rows: { assignmentId: string; classId: string; instructorId: string; title: string; answers: number }[];
  };
  const target = found.rows[0];
  if (!target) throw new Error("no assignment in this database: run scripts/seed-results.ts first");
  const scope = { assignmentId: target.assignmentId, classId: target.classId, instructorId: target.instructorId };
  const r = await results.getAssignmentResults({ ...scope, policy: "first" });
  console.log(
    `"${target.title}": ${r.students.length} students, ${r.questions.length} questions, ${target.answers} stored answers, ` +
      `${r.analysis.summary.n} counted attempts; CIC ${r.analysis.reliability.cic?.toFixed(1)}%`,
  );
  for (const policy of ["first", "best", "last"] as const) {
    console.log(
      `results (all queries + lib/stats), ${policy} attempt: ${stats(await time(runs, () => results.getAssignmentResults({ ...scope, policy })))}`,
    );
  }
  const s = { ...scope, policy: "first" as const };
  console.log(`  item aggregates (grouping sets): ${stats(await time(runs, () => results.loadAggregates(s)))}`);
  console.log(`  option counts:                   ${stats(await time(runs, () => results.loadOptionCounts(s)))}`);
  console.log(`  students and totals:             ${stats(await time(runs, () => results.loadStudents(s)))}`);
  console.log(
    `  assignment questions:            ${stats(await time(runs, () => results.listAssignmentQuestions(s)))}`,
  );
  console.log(
    `CSV rows (one per student per question): ${stats(await time(5, () => results.loadResponsesForExport(s)))}`,
  );
  await handle.close();
});
