// What the HTTP benchmarks share: a production build, one server pinned to
// one core with the load generator on the other, students with practice
// attempts seeded before the server opens the database, and sign-in and
// action requests in the app's own formats.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

export const distDir = () => process.env.NEXT_DIST_DIR || ".next";

function manifestActions(): Map<string, string> {
  const file = `${distDir()}/server/server-reference-manifest.json`;
  if (!fs.existsSync(file)) return new Map();
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, { exportedName?: string }> };
  return new Map(Object.entries(manifest.node).map(([id, v]) => [v.exportedName ?? "", id]));
}

/** The ids Next.js gave these server actions; builds first when the last build lacks them. */
export function actionIds(names: string[]): Record<string, string> {
  if (!names.every((n) => manifestActions().has(n))) {
    console.log(`building into ${distDir()} (the last build lacks ${names.join(", ")}) …`);
    // the app's own build: the pipeline worker first (the server imports it), then Next.js
    const built = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit", env: { ...process.env } });
    if (built.status !== 0) throw new Error("next build failed");
  }
  const ids = manifestActions();
  return Object.fromEntries(names.map((n) => [n, ids.get(n)!]));
}

export type Item = { attemptId: string; position: number; email: string };

/**
 * Students, each with practice attempts of 20 questions, made through the app's own queries
 * before any server holds the database. Returns every unanswered item, interleaved across students.
 */
export async function seedStudents(opts: { students: number; attempts: number; password: string; tag: string }) {
  const { dbHandle, setDbHandle } = await import("@/db");
  const { syncContent } = await import("@/server/content/sync");
  const { createUser } = await import("@/db/queries/users");
  const { createAttempt, listQuizCandidates } = await import("@/db/queries/attempts");
  const { hashPassword } = await import("@/server/auth/password");
  const handle = dbHandle();
  await syncContent(handle, { dir: process.env.CONTENT_DIR || "content", onBadFile: "throw" });
  const candidates = await listQuizCandidates({
    articleIds: null,
    kinds: ["single_choice", "true_false", "cloze", "matching", "ordering"],
  });
  if (candidates.length < 20) throw new Error(`only ${candidates.length} questions to answer`);
  const passwordHash = await hashPassword(opts.password);
  const perStudent: Item[][] = [];
  for (let s = 0; s < opts.students; s++) {
    const email = `bench-${opts.tag}-${s}@example.test`;
    const user = await createUser({ email, name: `Bench Student ${s}`, role: "student", passwordHash });
    const mine: Item[] = [];
    for (let a = 0; a < opts.attempts; a++) {
      const picked = Array.from({ length: 20 }, (_, i) => candidates[(s * 31 + a * 7 + i) % candidates.length]!);
      const { attemptId } = await createAttempt({
        userId: user.id,
        mode: "practice",
        title: `Bench ${a}`,
        items: picked,
      });
      for (let p = 0; p < 20; p++) mine.push({ attemptId, position: p, email });
    }
    perStudent.push(mine);
  }
  await handle.close();
  setDbHandle(undefined);
  const items: Item[] = [];
  for (let i = 0; i < opts.attempts * 20; i++) for (const mine of perStudent) items.push(mine[i]!);
  return items;
}

export type Server = { base: string; child: ChildProcess; stop: () => Promise<void> };

/**
 * `node scripts/serve.mjs` on the last build, pinned to core 0 while this process (the load
 * generator) moves to core 1. With `cpuProfDir`, the server writes a V8 CPU profile there on exit.
 */
export async function startServer(opts: { port: number; log: string; cpuProfDir?: string }): Promise<Server> {
  const pin = os.availableParallelism() >= 2 && spawnSync("taskset", ["-V"]).status === 0;
  const node = [...(opts.cpuProfDir ? ["--cpu-prof", `--cpu-prof-dir=${opts.cpuProfDir}`] : []), "scripts/serve.mjs"];
  const args = [...node, "-H", "127.0.0.1", "-p", String(opts.port)];
  const log = fs.openSync(opts.log, "w");
  const child = spawn(pin ? "taskset" : process.execPath, pin ? ["-c", "0", process.execPath, ...args] : args, {
    env: { ...process.env, NEXT_DIST_DIR: distDir(), NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", log, log],
    detached: true,
  });
  if (pin) spawnSync("taskset", ["-a", "-p", "-c", "1", String(process.pid)], { stdio: "ignore" });
  else console.log("(not pinned: taskset or a second core is missing)");
  const base = `http://127.0.0.1:${opts.port}`;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  process.on("exit", () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
  });
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}; see ${opts.log}`);
    if (i > 600) throw new Error(`the server did not come up within 150 s; see ${opts.log}`);
    const up = await fetch(`${base}/api/health`).catch(() => null);
    if (up?.ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
    await exited;
  };
  return { base, child, stop };
}

/** Waits until the server answers its health check promptly: a queue left by an overload is drained. */
export async function settle(base: string, maxSeconds = 120): Promise<void> {
  for (let i = 0; i < maxSeconds * 2; i++) {
    const t = performance.now();
    await fetch(`${base}/api/health`).catch(() => null);
    if (performance.now() - t < 50) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Signs in through Auth.js's endpoints as a browser would; returns the session cookie. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token=") && !c.includes("=;"));
  if (!session) throw new Error(`sign-in as ${email} failed (${res.status} ${res.headers.get("location")})`);
  return session.split(";")[0]!;
}

/** A server action call as the browser's runtime makes it: POST to the page, the action's id in a header. */
export function actionRequest(base: string, path: string, actionId: string, args: unknown[], cookie = "") {
  return {
    method: "POST" as const,
    path,
    headers: {
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: base,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(args),
  };
}

export const answerArgs = (item: Item) => [
  { attemptId: item.attemptId, position: item.position, response: "x", responseMs: 4000 },
];

export function percentiles(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN);
  return { p50: q(0.5), p95: q(0.95), p99: q(0.99), max: s.length ? s[s.length - 1]! : NaN };
}

/** Answered items and review-log rows stored for these attempts (read once no server holds PGlite). */
export async function storedAnswers(attemptIds: string[]) {
  const { dbHandle, setDbHandle } = await import("@/db");
  const { sql } = await import("drizzle-orm");
  const handle = dbHandle();
  const ids = sql.join(
    attemptIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = (await handle.db.execute(sql`select
      (select count(*)::int from attempt_items where attempt_id in (${ids}) and answered_at is not null) as answered,
      (select count(*)::int from review_logs where attempt_id in (${ids})) as logs`)) as unknown as {
    rows: { answered: number; logs: number }[];
  };
  await handle.close();
  setDbHandle(undefined);
  return { answered: Number(rows.rows[0]!.answered), logs: Number(rows.rows[0]!.logs) };
}
