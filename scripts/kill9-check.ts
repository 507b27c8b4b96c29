// The crash check CI runs after the test suite (npm run check:kill9): answers
// the production server acknowledged survive `kill -9` mid-flight, each stored
// exactly once. Five cycles of: start the server on the last build, sign in,
// send answers eight at a time, kill -9 it while answers are in flight; then
// restart it once more, stop it cleanly, and read the database.
//
// Embedded database: a fresh PGLITE_DIR under .data/. With DATABASE_URL: that
// PostgreSQL database (its own new student, so reruns do not collide).
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { actionIds, signIn } from "./lib/bench-server";
import { loadLocalEnv, runScript } from "./lib/script-env";
import { exited, spawnServer, waitUp } from "./lib/server-process";

const CYCLES = 5;
const PER_CYCLE = 40;
const IN_FLIGHT = 8;
const PORT = Number(process.env.KILL9_PORT ?? 3390);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "kill nine check";
type Item = { attemptId: string; position: number };

loadLocalEnv();
if (!process.env.DATABASE_URL) process.env.PGLITE_DIR = `.data/kill9-${process.pid}`;

/** A student with 200 unanswered practice items, made before any server holds the database. */
async function seed(email: string): Promise<Item[]> {
  const { dbHandle, setDbHandle } = await import("@/db");
  const { syncContent } = await import("@/server/content/sync");
  const { createUser } = await import("@/db/queries/users");
  const { createAttempt, listQuizCandidates } = await import("@/db/queries/attempts");
  const { hashPassword } = await import("@/server/auth/password");
  const handle = dbHandle();
  await syncContent(handle, { dir: process.env.CONTENT_DIR || "content", onBadFile: "throw" });
  const user = await createUser({
    email,
    name: "Kill Nine",
    role: "student",
    passwordHash: await hashPassword(PASSWORD),
  });
  const candidates = await listQuizCandidates({
    articleIds: null,
    kinds: ["single_choice", "true_false", "cloze", "matching", "ordering"],
  });
  if (candidates.length < 20) throw new Error(`only ${candidates.length} questions to answer`);
  const items: Item[] = [];
  for (let a = 0; a < (CYCLES * PER_CYCLE) / 20; a++) {
    const picked = Array.from({ length: 20 }, (_, i) => candidates[(a * 7 + i) % candidates.length]!);
    const { attemptId } = await createAttempt({
      userId: user.id,
      mode: "practice",
      title: `Kill nine ${a}`,
      items: picked,
    });
    for (let p = 0; p < 20; p++) items.push({ attemptId, position: p });
  }
  await handle.close();
  setDbHandle(undefined);
  return items;
}

/** True only when the server answered the action with a stored answer. */
async function submit(item: Item, cookie: string, actionId: string): Promise<boolean> {
  try {
    const res = await fetch(`${BASE}/quiz/${item.attemptId}`, {
      method: "POST",
      headers: {
        "next-action": actionId,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        cookie,
      },
      body: JSON.stringify([{ ...item, response: "x", responseMs: null }]),
    });
    return res.ok && (await res.text()).includes('"status":"ok"');
  } catch {
    return false;
  }
}

/** What the database holds for these attempts: answered positions, and review log rows per attempt. */
async function stored(attemptIds: string[]) {
  const { dbHandle } = await import("@/db");
  const { sql } = await import("drizzle-orm");
  const handle = dbHandle();
  const list = sql.join(
    attemptIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const answered = (await handle.db.execute(
    sql`select attempt_id as "attemptId", position from attempt_items where attempt_id in (${list}) and answered_at is not null`,
  )) as unknown as { rows: Item[] };
  const logs = (await handle.db.execute(
    sql`select count(*)::int as n from review_logs where attempt_id in (${list})`,
  )) as unknown as { rows: { n: number }[] };
  await handle.close();
  return { answered: answered.rows, reviewLogs: Number(logs.rows[0]!.n) };
}

await runScript(async () => {
  const logFile = `${process.env.PGLITE_DIR ?? ".data/kill9-pg"}.log`;
  fs.mkdirSync(".data", { recursive: true });
  const log = fs.openSync(logFile, "w");
  const email = `kill9-${randomUUID()}@example.test`;
  const pending = await seed(email);
  const attemptIds = [...new Set(pending.map((i) => i.attemptId))];
  const actionId = actionIds(["submitAnswerAction"]).submitAnswerAction!;
  const acked = new Set<string>();
  let sent = 0;
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    const server = spawnServer(PORT, log);
    await waitUp(server, BASE);
    const cookie = await signIn(BASE, email, PASSWORD);
    const batch = pending.splice(0, PER_CYCLE);
    let done = 0;
    const lanes = Array.from({ length: IN_FLIGHT }, async () => {
      for (let item = batch.shift(); item; item = batch.shift()) {
        sent++;
        if (await submit(item, cookie, actionId)) acked.add(`${item.attemptId}:${item.position}`);
        else pending.push(item);
        // Half way through the cycle, with IN_FLIGHT requests still open: kill -9.
        if (++done === PER_CYCLE / 2) process.kill(-server.pid!, "SIGKILL");
      }
    });
    await Promise.all(lanes);
    await exited(server);
    console.log(`cycle ${cycle}: killed with requests in flight; ${acked.size} acknowledged so far`);
  }
  const last = spawnServer(PORT, log);
  await waitUp(last, BASE);
  process.kill(-last.pid!, "SIGTERM");
  await exited(last);

  const db = await stored(attemptIds);
  const answered = new Set(db.answered.map((i) => `${i.attemptId}:${i.position}`));
  const lost = [...acked].filter((k) => !answered.has(k));
  const line = `${sent} answers sent in ${CYCLES} kill -9 cycles, ${acked.size} acknowledged; stored: ${answered.size} answers, ${db.reviewLogs} review rows`;
  if (lost.length > 0)
    throw new Error(`${line}; LOST ${lost.length} acknowledged answers: ${lost.slice(0, 5).join(", ")}`);
  if (db.reviewLogs !== answered.size) throw new Error(`${line}; an answer was recorded more or less than once`);
  console.log(`kill -9 check passed: ${line}`);
  if (!process.env.DATABASE_URL) fs.rmSync(process.env.PGLITE_DIR!, { recursive: true, force: true });
});
