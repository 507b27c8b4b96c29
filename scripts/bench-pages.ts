// Page weight and Lighthouse (npm run bench:pages): a production build on its own port and
// database, the demo accounts signed in through the app's own sign-in, and Lighthouse on
// Debian's Chromium against the home page, the article reader, a quiz and the class results.
// Prints per page the median of the runs: performance, accessibility, the JavaScript the page
// loads (gzip), and the metrics behind the performance score.
//
//   npm run bench:pages -- [--runs 3] [--preset desktop|mobile] [--port 3363] [--no-build]
// Embedded database at .data/bench-pages (made afresh), build in NEXT_DIST_DIR (default .next-pages).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { loadLocalEnv, parseFlags, runScript } from "./lib/script-env";
import { signIn, startServer } from "./lib/bench-server";
import { audit, gzipSizes, median, type Audit, type Preset } from "./lib/lighthouse";

loadLocalEnv();
const flags = parseFlags(process.argv.slice(2));
const RUNS = Number(flags.runs ?? 3);
const PORT = Number(flags.port ?? 3363);
const PRESET = (flags.preset ?? "desktop") as Preset;
if (PRESET !== "desktop" && PRESET !== "mobile") throw new Error("--preset is desktop or mobile");
// The demo class and accounts exist only in demo mode on the embedded database.
delete process.env.DATABASE_URL;
process.env.DEMO = "1";
process.env.PGLITE_DIR = ".data/bench-pages";
process.env.NEXT_DIST_DIR ||= ".next-pages";

type Page = { name: string; path: string; as: "student" | "instructor" | null };

/** A fresh database as a first start makes it, plus a quiz for the demo student; returns the pages. */
async function prepare(): Promise<{ pages: Page[]; accounts: Record<"student" | "instructor", Account> }> {
  fs.rmSync(process.env.PGLITE_DIR!, { recursive: true, force: true });
  fs.rmSync(`${process.env.PGLITE_DIR}.lock`, { force: true });
  const { dbHandle, setDbHandle } = await import("@/db");
  const { syncContent } = await import("@/server/content/sync");
  const { boot } = await import("@/server/boot");
  const { DEMO_ACCOUNTS } = await import("@/server/seed");
  const { createAttempt, listQuizCandidates } = await import("@/db/queries/attempts");
  const { sql } = await import("drizzle-orm");
  const handle = dbHandle();
  // Questions inline first: the demo class is made from them, and a server would only queue them.
  await syncContent(handle, { dir: process.env.CONTENT_DIR || "content", onBadFile: "throw" });
  await boot({ serving: false, log: () => {} });
  const account = (role: "student" | "instructor") => DEMO_ACCOUNTS.find((a) => a.role === role)!;
  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await handle.db.execute(query)) as unknown as { rows: T[] }).rows;

  const [student] = await rows<{ id: string }>(sql`select id from users where email = ${account("student").email}`);
  const candidates = await listQuizCandidates({
    articleIds: null,
    kinds: ["single_choice", "true_false", "cloze", "matching", "ordering"],
  });
  if (!student || candidates.length < 10) throw new Error("the demo student or the questions are missing");
  const { attemptId } = await createAttempt({
    userId: student.id,
    mode: "practice",
    title: "Bench quiz",
    items: candidates.slice(0, 10),
  });
  // The longest article: the reader's heaviest page.
  const [article] = await rows<{ slug: string }>(sql`select slug from articles order by length(body) desc limit 1`);
  // The demo class's assignment with the most finished attempts: the fullest results page.
  const [results] = await rows<{ class_id: string; assignment_id: string }>(sql`
    select a.class_id, a.id as assignment_id from assignments a
    join classes c on c.id = a.class_id join users u on u.id = c.instructor_id
    left join attempts t on t.assignment_id = a.id and t.finished_at is not null
    where u.email = ${account("instructor").email}
    group by a.class_id, a.id order by count(t.id) desc limit 1`);
  if (!article || !results) throw new Error("no article or no demo class in the fresh database");
  await handle.close();
  setDbHandle(undefined);
  return {
    accounts: { student: account("student"), instructor: account("instructor") },
    pages: [
      { name: "home (signed out)", path: "/", as: null },
      { name: "home (student)", path: "/", as: "student" },
      { name: "article reader", path: `/articles/${article.slug}`, as: "student" },
      { name: "quiz", path: `/quiz/${attemptId}`, as: "student" },
      {
        name: "class results",
        path: `/teach/classes/${results.class_id}/assignments/${results.assignment_id}`,
        as: "instructor",
      },
    ],
  };
}

type Account = { email: string; password: string };

function build() {
  console.log(`building into ${process.env.NEXT_DIST_DIR} …`);
  const built = spawnSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });
  if (built.status !== 0) throw new Error("the build failed");
}

/** Which scripts every page loads (the framework and the root layout's) and what each page adds. */
function printFiles(loaded: Map<string, Map<string, number>>) {
  const all = [...loaded.values()];
  const shared = [...all[0]!.keys()].filter((url) => all.every((sizes) => sizes.has(url)));
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const name = (url: string) => url.slice(url.lastIndexOf("/") + 1);
  const sharedSizes = shared.map((url) => all[0]!.get(url)!).sort((a, b) => b - a);
  console.log(
    `\nscripts every page loads: ${shared.length} files, ${kb(sharedSizes.reduce((a, b) => a + b, 0))}` +
      ` (${sharedSizes.map(kb).join(", ")})`,
  );
  for (const [page, sizes] of loaded) {
    const own = [...sizes].filter(([url]) => !shared.includes(url));
    const list = own.map(([url, bytes]) => `${name(url)} ${kb(bytes)}`).join(", ");
    console.log(`  ${page.padEnd(20)} adds ${own.length ? list : "nothing"}`);
  }
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

await runScript(async () => {
  if (flags["no-build"] !== "true") build();
  const { pages, accounts } = await prepare();
  fs.mkdirSync(".data", { recursive: true });
  const server = await startServer({ port: PORT, log: ".data/bench-pages.log" });
  try {
    const cookies = {
      student: await signIn(server.base, accounts.student.email, accounts.student.password),
      instructor: await signIn(server.base, accounts.instructor.email, accounts.instructor.password),
    };
    console.log(
      `Lighthouse ${PRESET} preset (simulated throttling${PRESET === "mobile" ? ", 4× CPU slowdown" : ""}), ` +
        `median of ${RUNS} runs per page; JS = the scripts the page loaded, gzip -9, kB = 1000 bytes\n`,
    );
    console.log(
      `${"page".padEnd(20)} ${"perf".padStart(5)} ${"a11y".padStart(5)} ${"JS kB".padStart(7)} ${"files".padStart(6)}` +
        `   ${"FCP ms".padStart(7)} ${"LCP ms".padStart(7)} ${"TBT ms".padStart(7)} ${"CLS".padStart(6)}`,
    );
    const loaded = new Map<string, Map<string, number>>();
    for (const page of pages) {
      const cookie = page.as ? cookies[page.as] : undefined;
      // A first visit warms the server's caches (the route's first render), not measured.
      await fetch(server.base + page.path, { headers: cookie ? { cookie } : {} });
      const runs: Audit[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(server.base + page.path, { preset: PRESET, cookie }));
      const sizes = await gzipSizes([...new Set(runs.flatMap((r) => r.scripts))], cookie);
      loaded.set(page.name, sizes);
      const jsKb = runs.map((r) => r.scripts.reduce((sum, url) => sum + sizes.get(url)!, 0) / 1000);
      const m = (pick: (r: Audit) => number) => median(runs.map(pick));
      console.log(
        `${page.name.padEnd(20)} ${fmt(m((r) => r.performance)).padStart(5)} ${fmt(m((r) => r.accessibility)).padStart(5)}` +
          ` ${fmt(median(jsKb), 1).padStart(7)} ${fmt(m((r) => r.scripts.length)).padStart(6)}` +
          `   ${fmt(m((r) => r.metrics.fcp)).padStart(7)} ${fmt(m((r) => r.metrics.lcp)).padStart(7)}` +
          ` ${fmt(m((r) => r.metrics.tbt)).padStart(7)} ${fmt(
            m((r) => r.metrics.cls),
            3,
          ).padStart(6)}`,
      );
      const failed = [...new Set(runs.flatMap((r) => r.failedA11y))];
      if (failed.length) console.log(`${"".padEnd(20)} accessibility audits failed: ${failed.join(", ")}`);
    }
    printFiles(loaded);
  } finally {
    await server.stop();
  }
  console.log(`\nserver log: .data/bench-pages.log; build: ${process.env.NEXT_DIST_DIR}`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[1]!.toFixed(1)} (5 min)`);
});
