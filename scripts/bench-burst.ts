// A class pressing "Finish" together (npm run bench:burst): 300 signed-in
// students, each with a quiz open, send their last answer and then finish,
// all starting within 5 s, against one production server (core 0; this load
// generator on core 1). Every request must be acknowledged within 10 s,
// p99 ≤ 2 s, no 5xx; afterwards the database must hold exactly 300 finished
// attempts and exactly one stored answer (and one review row) per student.
//
//   npm run bench:burst -- [--students 300] [--window 5] [--port 3520]
// Embedded database: a fresh PGLITE_DIR under .data/ (removed after). With DATABASE_URL: that
// PostgreSQL database (new students each run). Builds first when the last build lacks the actions.
import fs from "node:fs";
import os from "node:os";
import { randomUUID } from "node:crypto";
import http from "node:http";
import { loadLocalEnv, parseFlags, runScript } from "./lib/script-env";
import {
  actionIds,
  actionRequest,
  answerArgs,
  percentiles,
  seedStudents,
  settle,
  signIn,
  startServer,
} from "./lib/bench-server";
import { send } from "./lib/load";

loadLocalEnv();
const flags = parseFlags(process.argv.slice(2));
const STUDENTS = Number(flags.students ?? 300);
const WINDOW_S = Number(flags.window ?? 5);
const PORT = Number(flags.port ?? 3520);
const PASSWORD = "bench burst password";
const postgres = Boolean(process.env.DATABASE_URL);
if (!postgres) process.env.PGLITE_DIR = `.data/bench-burst-${process.pid}`;

async function finishedInDb(attemptIds: string[], acknowledged: string[]) {
  const { dbHandle, setDbHandle } = await import("@/db");
  const { sql } = await import("drizzle-orm");
  const handle = dbHandle();
  const uuidList = (list: string[]) =>
    sql.join(
      list.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
  const ids = uuidList(attemptIds);
  // The burst answers each attempt's last question (position 19).
  const acked = acknowledged.length ? uuidList(acknowledged) : sql`null`;
  const res = (await handle.db.execute(sql`select
      (select count(*)::int from attempts where id in (${ids}) and status = 'finished') as finished,
      (select count(*)::int from attempt_items where attempt_id in (${ids}) and answered_at is not null) as answered,
      (select count(distinct attempt_id)::int from attempt_items where attempt_id in (${ids}) and answered_at is not null) as "answeredAttempts",
      (select count(*)::int from review_logs where attempt_id in (${ids})) as logs,
      (select count(*)::int from attempt_items where attempt_id in (${acked}) and position = 19
        and answered_at is not null) as "ackedStored"`)) as unknown as {
    rows: { finished: number; answered: number; answeredAttempts: number; logs: number; ackedStored: number }[];
  };
  await handle.close();
  setDbHandle(undefined);
  return res.rows[0]!;
}

await runScript(async () => {
  const ids = actionIds(["submitAnswerAction", "finishAttemptAction"]);
  console.log(`seeding ${STUDENTS} students, each with a quiz of 20 questions open …`);
  const items = await seedStudents({
    students: STUDENTS,
    attempts: 1,
    password: PASSWORD,
    tag: randomUUID().slice(0, 8),
  });
  // One item per student: the last question, answered in the burst just before Finish.
  const last = items.filter((i) => i.position === 19);
  fs.mkdirSync(".data", { recursive: true });
  const server = await startServer({ port: PORT, log: ".data/bench-burst.log" });
  const { base } = server;
  console.log(`signing ${STUDENTS} students in …`);
  const cookies = new Map<string, string>();
  const queue = [...last];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let item = queue.shift(); item; item = queue.shift())
        cookies.set(item.email, await signIn(base, item.email, PASSWORD));
    }),
  );

  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const ms: number[] = [];
  const statuses: Record<string, number> = {};
  let failures = 0;
  const timed = async (req: ReturnType<typeof actionRequest>, ok: (status: number, body: string) => boolean) => {
    const t = performance.now();
    const res = await send(agent, base, req, 10_000);
    ms.push(performance.now() - t);
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    if (!ok(res.status, res.body)) failures++;
    return ok(res.status, res.body);
  };
  // An answer whose request timed out was never acknowledged: the student's page would send it again.
  const acknowledged: string[] = [];
  const start = performance.now();
  // Each student presses at a moment spread evenly over the window, in a shuffled order.
  const order = last.map((item) => ({ item, key: Math.random() })).sort((a, b) => a.key - b.key);
  await Promise.all(
    order.map(async ({ item }, k) => {
      await new Promise((r) => setTimeout(r, (k * WINDOW_S * 1000) / order.length));
      const cookie = cookies.get(item.email)!;
      const path = `/quiz/${item.attemptId}`;
      const acked = await timed(
        actionRequest(base, path, ids.submitAnswerAction!, answerArgs(item), cookie),
        (s, b) => s === 200 && b.includes('"status":"ok"'),
      );
      if (acked) acknowledged.push(item.attemptId);
      // Finish redirects to the quiz's results: the reply carries the redirect, or the page it leads to.
      await timed(
        actionRequest(base, path, ids.finishAttemptAction!, [item.attemptId], cookie),
        (s) => s > 0 && s < 400,
      );
    }),
  );
  const wall = (performance.now() - start) / 1000;
  agent.destroy();
  // Requests the client stopped waiting for are still in the server's queue: let it finish them before reading the database.
  await settle(base);
  await server.stop();

  const p = percentiles(ms);
  const slow = ms.filter((m) => m > 10_000).length;
  const fiveXX = Object.entries(statuses)
    .filter(([s]) => Number(s) >= 500 || s === "0")
    .reduce((n, [, c]) => n + c, 0);
  const db = await finishedInDb(
    last.map((i) => i.attemptId),
    acknowledged,
  );
  const codes = Object.entries(statuses)
    .map(([s, n]) => `${s}×${n}`)
    .join(" ");
  console.log(
    `\n${STUDENTS} students, answer + finish each, pressed within ${WINDOW_S} s; all done in ${wall.toFixed(1)} s`,
  );
  console.log(
    `  ${ms.length} requests (${codes}): p50 ${p.p50.toFixed(0)} ms  p95 ${p.p95.toFixed(0)} ms  p99 ${p.p99.toFixed(0)} ms  max ${p.max.toFixed(0)} ms`,
  );
  console.log(`  refused or failed ${failures}; 5xx or no reply ${fiveXX}; over 10 s ${slow}`);
  console.log(
    `  database: ${db.finished} finished attempts; ${db.answered} answers in ${db.answeredAttempts} attempts; ${db.logs} review rows; ` +
      `${db.ackedStored} of the ${acknowledged.length} acknowledged answers stored`,
  );
  const checks: [string, boolean][] = [
    ["every request acknowledged within 10 s", slow === 0 && fiveXX === 0 && failures === 0],
    ["p99 ≤ 2 s", p.p99 <= 2000],
    ["no 5xx", fiveXX === 0],
    [`exactly ${STUDENTS} finished attempts`, db.finished === STUDENTS],
    [
      "no acknowledged answer lost, none doubled",
      db.ackedStored === acknowledged.length && db.answered === db.answeredAttempts && db.logs === db.answered,
    ],
  ];
  for (const [name, met] of checks) console.log(`  ${met ? "met  " : "SHORT"} ${name}`);
  if (!postgres) fs.rmSync(process.env.PGLITE_DIR!, { recursive: true, force: true });
  console.log(`database: ${postgres ? "PostgreSQL" : "PGlite"}; server log: .data/bench-burst.log`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[1]!.toFixed(1)} (5 min)`);
});
