import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { expect, test } from "./fixtures";
import { BASE, cookiesOf, formFields, multipart, raw, signInOverHttp } from "./http";
import { signUpStudent } from "./learn-helpers";

// Two production servers on one PostgreSQL, driven alternately: the one
// Playwright started (A) and a second one this file starts on the same build
// (B). Everything that must hold across servers lives in the database; these
// tests fail if any of it lived in one server's memory.
const DATABASE_URL = process.env.DATABASE_URL;
test.skip(
  !DATABASE_URL,
  "the embedded database (PGlite) is one process per data directory: two servers need PostgreSQL",
);
test.describe.configure({ mode: "serial" });

const PORT_B = Number(process.env.E2E_SECOND_PORT ?? Number(new URL(BASE).port) + 1);
const B = `http://127.0.0.1:${PORT_B}`;
const DIST = process.env.NEXT_DIST_DIR || ".next";
const PASSWORD = "learning by quizzing";
const run = Date.now().toString(36);
const TITLE = `Two servers ${run}`;
// Loopback addresses of this file's own, so the address-wide limits of other specs are untouched.
const from = (n: number) => `127.0.42.${n}`;
const state = { assignmentPath: "", code: "", email: "", attemptId: "" };
let second: ChildProcess | null = null;

async function query<T>(text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  second = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(PORT_B)], {
    env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; ; i++) {
    if (second.exitCode !== null) throw new Error(`the second server exited with ${second.exitCode}`);
    if (i > 240) throw new Error(`the second server did not answer on ${B} within 120 s`);
    const up = await raw("/login", { base: B }).catch(() => null);
    if (up?.status === 200) break;
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(() => {
  if (second?.pid && second.exitCode === null) process.kill(-second.pid, "SIGTERM");
});

test("the instructor sets an assignment on server A", async ({ instructorPage: page }) => {
  await page.goto("/teach");
  await page.getByLabel("Class name").fill(`Servers ${run}`);
  await page.getByRole("button", { name: "Create class" }).click();
  state.code = (await page.getByTestId("join-code").textContent())!.replace(" ", "");
  await page.getByRole("link", { name: "New assignment" }).click();
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Number of questions").fill("2");
  await page.getByLabel("Fill in the blank").uncheck();
  await page.getByLabel("Use all generated questions").check();
  await page.getByRole("button", { name: "Assign quiz" }).click();
  await expect(page.getByRole("status")).toContainText("is assigned");
});

test("failed sign-ins on both servers count towards one lock", async ({ page }) => {
  state.email = await signUpStudent(page);
  await page.goto(`/join/${state.code}`);
  await page.getByRole("button", { name: "Join this class" }).click();
  await expect(page).toHaveURL(/\/join\?/);
  // Five failures, three on A and two on B: neither server alone saw enough to lock.
  for (let i = 0; i < 5; i++) {
    const base = i % 2 === 0 ? BASE : B;
    expect((await signInOverHttp(state.email, `wrong ${i}`, from(1), {}, base)).outcome).toBe("invalid");
  }
  expect((await signInOverHttp(state.email, PASSWORD, from(1), {}, BASE)).outcome).toBe("rate_limited");
  expect((await signInOverHttp(state.email, PASSWORD, from(1), {}, B)).outcome).toBe("rate_limited");
});

test("a double click on start, split across the servers, opens one attempt", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(state.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await page.goto("/");
  await page.getByRole("region", { name: "Your assignments" }).getByRole("link", { name: TITLE }).click();
  await expect(page).toHaveURL(/\/assignments\/[0-9a-f-]{36}$/);
  state.assignmentPath = new URL(page.url()).pathname;
  // Loaded afresh: only a server-rendered form carries the action's fields.
  await page.goto(state.assignmentPath);
  const fields = await formFields(page.locator("main"), "Start the quiz");
  const cookie = await cookiesOf(page);
  const start = async (base: string) => {
    const { body, type } = await multipart(fields);
    return raw(state.assignmentPath, {
      method: "POST",
      body,
      base,
      headers: { "content-type": type, cookie, origin: base },
    });
  };
  const clicks = await Promise.all([start(BASE), start(B), start(BASE), start(B)]);
  for (const res of clicks) expect(res.status, res.body.slice(0, 200)).toBe(303);
  const targets = new Set(clicks.map((res) => res.headers.location));
  expect(targets.size, [...targets].join(", ")).toBe(1);
  state.attemptId = /\/quiz\/([0-9a-f-]{36})$/.exec([...targets][0]!)![1]!;
  const rows = await query<{ n: number }>(
    "select count(*)::int as n from attempts a join users u on u.id = a.user_id where u.email = $1",
    [state.email],
  );
  expect(rows[0]!.n).toBe(1);
});

test("the same answer sent to both servers is stored once", async () => {
  const manifest = JSON.parse(fs.readFileSync(`${DIST}/server/server-reference-manifest.json`, "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const actionId = Object.entries(manifest.node).find(([, v]) => v.exportedName === "submitAnswerAction")![0];
  const { cookie } = await signInOverHttp(state.email, PASSWORD, from(2), {}, B);
  const answer = (base: string) =>
    raw(`/quiz/${state.attemptId}`, {
      method: "POST",
      base,
      headers: {
        "next-action": actionId,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: base,
        cookie,
      },
      body: JSON.stringify([{ attemptId: state.attemptId, position: 0, response: "x", responseMs: 1200 }]),
    });
  const replies = await Promise.all([answer(BASE), answer(B), answer(BASE), answer(B)]);
  for (const res of replies) expect(res.body).toContain('"status":"ok"');
  const [stored] = await query<{ answered: number; logs: number }>(
    `select (select count(*)::int from attempt_items where attempt_id = $1 and answered_at is not null) as answered,
            (select count(*)::int from review_logs where attempt_id = $1) as logs`,
    [state.attemptId],
  );
  expect(stored).toEqual({ answered: 1, logs: 1 });
});

test("sign out everywhere on server A ends the session on server B", async ({ page }) => {
  const { outcome, cookie } = await signInOverHttp(state.email, PASSWORD, from(3), {}, B);
  expect(outcome).toBe("ok");
  expect((await raw("/progress", { base: B, headers: { cookie } })).status).toBe(200);

  await page.goto("/login");
  await page.getByLabel("Email").fill(state.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByText("You are signed out on every device.")).toBeVisible();

  const after = await raw("/progress", { base: B, headers: { cookie } });
  expect(after.status).not.toBe(200);
  expect(after.headers.location).toMatch(/\/login/);
});
