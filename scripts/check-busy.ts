// The busy-server check (npm run check:busy), on the last build: an instructor
// adds a 50,000-word article through the real form while another client keeps
// asking for the home page, which must answer in under 200 ms (median) while
// the article is checked and while its questions are written; the article's
// page then shows its questions. Then SIGTERM while its questions are being
// written again: the server must exit within 10 s, and the next start must
// take the interrupted job up again and finish it.
//
// Embedded database only: a fresh PGLITE_DIR under .data/, removed afterwards.
import fs from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { loadLocalEnv, runScript } from "./lib/script-env";
import { exited, spawnServer, waitUp } from "./lib/server-process";

const PORT = Number(process.env.BUSY_PORT ?? 3391);
const BASE = `http://127.0.0.1:${PORT}`;
const EMAIL = "busy-instructor@example.test";
const PASSWORD = "busy check password";
const WORDS = 50_000;
const MEDIAN_LIMIT_MS = 200;
const EXIT_LIMIT_MS = 10_000;

loadLocalEnv();
process.env.PGLITE_DIR = `.data/busy-${process.pid}`;
delete process.env.DATABASE_URL;

async function seed(): Promise<void> {
  const { dbHandle, setDbHandle } = await import("@/db");
  const { syncContent } = await import("@/server/content/sync");
  const { createUser } = await import("@/db/queries/users");
  const { hashPassword } = await import("@/server/auth/password");
  const handle = dbHandle();
  await syncContent(handle, { dir: process.env.CONTENT_DIR || "content", onBadFile: "throw" });
  await createUser({
    email: EMAIL,
    name: "Busy Check",
    role: "instructor",
    passwordHash: await hashPassword(PASSWORD),
  });
  await handle.close();
  setDbHandle(undefined);
}

/** Real news text: the fixture articles' bodies one after another, until there are 50,000 words. */
function longArticle(): string {
  const root = "lib/quiz/fixtures";
  const bodies = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      fs
        .readdirSync(path.join(root, d.name, "articles"))
        .sort()
        .map((f) =>
          fs.readFileSync(path.join(root, d.name, "articles", f), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""),
        ),
    );
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; words < WORDS; i++) {
    const body = bodies[i % bodies.length]!;
    parts.push(body);
    words += body.match(/\S+/g)?.length ?? 0;
  }
  return `---\ntitle: "A very long read"\nsource: Busy Check\n---\n${parts.join("\n\n")}`;
}

async function timeHome(): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${BASE}/`);
  await res.text();
  if (!res.ok) throw new Error(`GET / answered ${res.status}`);
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Times GET / every 250 ms until `done` settles; the samples taken meanwhile. */
async function sampleWhile<T>(done: Promise<T>): Promise<{ value: T; samples: number[] }> {
  const samples: number[] = [];
  let finished = false;
  const watched = done.finally(() => (finished = true));
  while (!finished) {
    samples.push(await timeHome());
    await Promise.race([watched.catch(() => {}), new Promise((r) => setTimeout(r, 250))]);
  }
  return { value: await watched, samples };
}

function report(what: string, samples: number[]): void {
  const line = `${what}: GET / median ${median(samples).toFixed(0)} ms over ${samples.length} requests (max ${Math.max(...samples).toFixed(0)} ms)`;
  if (samples.length < 3) throw new Error(`${line}: too few samples`);
  if (median(samples) >= MEDIAN_LIMIT_MS) throw new Error(`${line}: over ${MEDIAN_LIMIT_MS} ms`);
  console.log(line);
}

async function until(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1800 && !done(); i++) await new Promise((r) => setTimeout(r, 100));
  if (!done()) throw new Error(`waited 180 s for ${what}`);
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${BASE}/login`);
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

await runScript(async () => {
  fs.mkdirSync(".data", { recursive: true });
  const logFile = `${process.env.PGLITE_DIR}.log`;
  const log = fs.openSync(logFile, "w");
  const count = (line: string) => fs.readFileSync(logFile, "utf8").split(`[sourced] ${line}`).length - 1;
  await seed();
  const text = longArticle();
  let server = spawnServer(PORT, log, { DEMO: "0" });
  await waitUp(server, BASE);
  const idle: number[] = [];
  for (let i = 0; i < 12; i++) idle.push(await timeHome());
  // the first requests load the route's code; the rest are what an idle server answers in
  console.log(`idle: GET / median ${median(idle.slice(4)).toFixed(0)} ms`);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium" });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(180_000);
    await signIn(page);
    await page.goto(`${BASE}/teach/content/new`);
    await page
      .getByLabel(/Or upload a file/)
      .setInputFiles({ name: "long-read.md", mimeType: "text/markdown", buffer: Buffer.from(text) });
    const words = text.match(/\S+/g)!.length;
    await page.getByRole("button", { name: "Check article" }).click();
    const checked = await sampleWhile(page.getByText("Preview: nothing is saved yet").waitFor());
    report(`checking a ${words.toLocaleString("en")}-word article`, checked.samples);

    await page.getByRole("button", { name: "Add to library" }).click();
    await page.waitForURL(/\?added=1$/);
    const added = await sampleWhile(
      page.getByRole("status").filter({ hasText: "The article is in the library" }).waitFor(),
    );
    report("writing its questions", added.samples);
    const questions = await page.getByRole("heading", { level: 2 }).count();
    if (questions < 10) throw new Error(`the article's page shows ${questions} questions`);
    console.log(`the article's page shows its questions (${questions} headings) once they are written`);

    // SIGTERM as soon as the runner has taken the job, while the pipeline is still at work on it
    const started = count("article processing started");
    await page.getByRole("button", { name: "Write the questions again from the article" }).click();
    await until(() => count("article processing started") > started, "the job to start");
    const done = count("article processed");
    const t = performance.now();
    process.kill(-server.pid!, "SIGTERM");
    await Promise.race([exited(server), new Promise((r) => setTimeout(r, EXIT_LIMIT_MS + 5000))]);
    const exitMs = performance.now() - t;
    if (server.exitCode === null && server.signalCode === null)
      throw new Error(`SIGTERM while the pipeline ran: the server was still running after ${exitMs.toFixed(0)} ms`);
    if (exitMs > EXIT_LIMIT_MS) throw new Error(`SIGTERM while the pipeline ran: exit took ${exitMs.toFixed(0)} ms`);
    if (count("article processed") !== done)
      throw new Error("the job finished before SIGTERM: nothing was interrupted");
    console.log(`SIGTERM while its questions were being written again: the server exited in ${exitMs.toFixed(0)} ms`);

    server = spawnServer(PORT, log, { DEMO: "0" });
    await waitUp(server, BASE);
    await until(() => count("article processed") === done + 1, "the interrupted job to finish after the restart");
    await page.goto(page.url().replace(/\?.*$/, ""));
    await page.getByRole("button", { name: "Write the questions again from the article" }).waitFor();
    console.log("after a restart, the interrupted job was taken up again and finished");
  } finally {
    await browser.close();
    process.kill(-server.pid!, "SIGTERM");
    await exited(server);
  }
  fs.rmSync(process.env.PGLITE_DIR!, { recursive: true, force: true });
  console.log("busy check passed");
});
