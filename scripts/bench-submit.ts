// Answer submission against the framework's floor, on one production server
// (npm run bench:submit). The server runs on core 0, this load generator on
// core 1. Closed loop (throughput): a static route handler, a server action
// that does nothing, and the answer action, each a real signed-in student
// answering a question of a real attempt for the first time, through HTTP in
// the action's own request format; ratio answer / no-op action. Then open
// loop (latency and errors): answers at a fixed rate, and at half the
// measured maximum. Last, the database is read: every acknowledged answer is
// stored once.
//
//   npm run bench:submit -- [--seconds 60] [--rate 100] [--closed-seconds 10] [--connections 16]
//                           [--students 40] [--port 3510] [--cpu-prof DIR]
// Embedded database: a fresh PGLITE_DIR under .data/ (removed after). With DATABASE_URL: that
// PostgreSQL database (new students each run). Builds first when the last build lacks the actions.
import fs from "node:fs";
import os from "node:os";
import { randomUUID } from "node:crypto";
import { loadLocalEnv, parseFlags, runScript } from "./lib/script-env";
import {
  actionIds,
  actionRequest,
  answerArgs,
  seedStudents,
  settle,
  signIn,
  startServer,
  storedAnswers,
  type Item,
} from "./lib/bench-server";
import { closedLoop, openLoop, type Request } from "./lib/load";

loadLocalEnv();
const flags = parseFlags(process.argv.slice(2));
const num = (name: string, fallback: number) => Number(flags[name] ?? fallback);
const SECONDS = num("seconds", 60);
const RATE = num("rate", 100);
const CLOSED_SECONDS = num("closed-seconds", 10);
const CONNECTIONS = num("connections", 16);
const STUDENTS = num("students", 40);
const PORT = num("port", 3510);
const PASSWORD = "bench submit password";
const postgres = Boolean(process.env.DATABASE_URL);
if (!postgres) process.env.PGLITE_DIR = `.data/bench-submit-${process.pid}`;

const okAction = (status: number, body: string) => status === 200 && body.includes('"status":"ok"');
const ok200 = (status: number) => status === 200;
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

await runScript(async () => {
  // Enough fresh questions for every phase at up to ~400 answers/s closed and 60 % of RATE at half of that.
  const needed = 400 + CLOSED_SECONDS * 400 + SECONDS * RATE * 1.6;
  const attempts = Math.ceil(needed / (20 * STUDENTS));
  const ids = actionIds(["submitAnswerAction", "floorAction"]);
  console.log(`seeding ${STUDENTS} students × ${attempts} practice attempts of 20 questions …`);
  const items = await seedStudents({ students: STUDENTS, attempts, password: PASSWORD, tag: randomUUID().slice(0, 8) });
  const attemptIds = [...new Set(items.map((i) => i.attemptId))];
  fs.mkdirSync(".data", { recursive: true });
  if (flags["cpu-prof"]) fs.mkdirSync(flags["cpu-prof"], { recursive: true });
  const server = await startServer({ port: PORT, log: ".data/bench-submit.log", cpuProfDir: flags["cpu-prof"] });
  const { base } = server;
  const cookies = new Map<string, string>();
  for (const email of new Set(items.map((i) => i.email))) cookies.set(email, await signIn(base, email, PASSWORD));

  let acknowledged = 0;
  const queue = items.slice();
  const nextAnswer = (): Request | null => {
    const item = queue.shift();
    return item ? submitRequest(item) : null;
  };
  const submitRequest = (item: Item): Request =>
    actionRequest(base, `/quiz/${item.attemptId}`, ids.submitAnswerAction!, answerArgs(item), cookies.get(item.email));
  const noop = actionRequest(base, "/bench/floor", ids.floorAction!, []);
  const health: Request = { method: "GET", path: "/api/health", headers: {} };
  const closed = (next: () => Request | null, ok: (s: number, b: string) => boolean, seconds = CLOSED_SECONDS) =>
    closedLoop({ base, connections: CONNECTIONS, seconds, next, ok });

  // Warm-up: JIT, the first query plans, connection pools.
  await closed(() => health, ok200, 2);
  await closed(() => noop, ok200, 2);
  acknowledged += (await closed(nextAnswer, okAction, 2)).ok;

  console.log(`\nclosed loop, ${CONNECTIONS} connections, ${CLOSED_SECONDS} s each`);
  const floorStatic = await closed(() => health, ok200);
  const floorAction = await closed(() => noop, ok200);
  const submit = await closed(nextAnswer, okAction);
  acknowledged += submit.ok;
  const line = (name: string, r: typeof submit) =>
    console.log(
      `  ${name.padEnd(28)} ${fmt(r.perSecond).padStart(8)} req/s   p50 ${fmt(r.p50, 0)} ms   p99 ${fmt(r.p99, 0)} ms   failed ${r.failed}`,
    );
  line("static route handler", floorStatic);
  line("no-op server action", floorAction);
  line("answer (submit action)", submit);
  const ratio = submit.perSecond / floorAction.perSecond;
  const target = postgres ? 0.7 : 0.6;
  console.log(
    `  ratio answer / no-op action: ${ratio.toFixed(2)}× (target ≥ ${target}×: ${ratio >= target ? "met" : "short"})` +
      `; answer / static: ${(submit.perSecond / floorStatic.perSecond).toFixed(3)}×`,
  );

  const open = async (rate: number) => {
    // A phase that overloaded the server leaves it a queue of work; the next one starts once that is done.
    await settle(base);
    const count = Math.min(Math.round(rate * SECONDS), queue.length);
    const requests = queue.splice(0, count).map(submitRequest);
    const r = await openLoop({ base, requests, due: (i) => (i * 1000) / rate, ok: okAction, maxOutstanding: 2 * rate });
    acknowledged += r.ok;
    const codes = Object.entries(r.statuses)
      .map(([s, n]) => `${s}×${n}`)
      .join(" ");
    console.log(
      `  ${`${fmt(rate, 0)} answers/s`.padEnd(16)} ${count - r.unsent} sent: p50 ${fmt(r.p50)} ms  p95 ${fmt(r.p95)} ms  p99 ${fmt(r.p99)} ms  max ${fmt(r.max, 0)} ms  errors ${r.failed}  (${codes})` +
        (r.unsent
          ? `\n  ${"".padEnd(16)} OVERLOADED: 2 s of answers unanswered after ${r.seconds.toFixed(1)} s; ${r.unsent} not sent`
          : ""),
    );
    return r;
  };
  console.log(`\nopen loop, ${SECONDS} s each (latency from when each answer was due)`);
  const fixed = await open(RATE);
  await open(Math.max(1, Math.floor(submit.perSecond / 2)));
  const met = fixed.p99 <= 100 && fixed.failed === 0 && fixed.unsent === 0;
  console.log(`  at ${RATE}/s: p99 ≤ 100 ms and 0 errors: ${met ? "met" : "short"}`);

  await server.stop();
  const stored = await storedAnswers(attemptIds);
  console.log(
    `\n${acknowledged} answers acknowledged; stored ${stored.answered} answers with ${stored.logs} review rows` +
      ` (a closed loop may stop with up to ${CONNECTIONS} answers in flight, stored but not counted)`,
  );
  if (stored.answered < acknowledged) throw new Error("an acknowledged answer was not stored");
  if (stored.logs !== stored.answered) throw new Error("an answer was recorded more or less than once");
  if (stored.answered > items.length - queue.length) throw new Error("more answers stored than were sent");
  if (!postgres) fs.rmSync(process.env.PGLITE_DIR!, { recursive: true, force: true });
  console.log(`database: ${postgres ? "PostgreSQL" : "PGlite"}; server log: .data/bench-submit.log`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[1]!.toFixed(1)} (5 min)`);
});
