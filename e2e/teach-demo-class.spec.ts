import { expectAccessible } from "./axe";
import { expect, signIn, test, type Page } from "./fixtures";

// The demo class exists where a fresh server starts in demo mode on the embedded database
// (scripts/e2e-server.sh prepares the database as that first start does); never otherwise.
const demoMode = process.env.DEMO === "1" || (process.env.DEMO !== "0" && !process.env.DATABASE_URL);
const DEMO = { email: "instructor@demo.sourced.test", password: "demo-instructor" };
const CLASS = "Year 10 Media Literacy (demo class)";

test.describe.configure({ mode: "serial" });
test.skip(!demoMode, "the demo class is made only in demo mode on the embedded database");

async function demoInstructor(pageAs: (role: null, o?: object) => Promise<Page>, colorScheme?: "light" | "dark") {
  const page = await pageAs(null, colorScheme ? { colorScheme } : {});
  await signIn(page, DEMO.email, DEMO.password);
  await expect(page).toHaveURL(/\/articles$/);
  return page;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const marks = (text: string) => (text === "—" || text === "" ? null : Number(text.split(" / ")[0]));

const classUrl = async (page: Page) => {
  await page.goto("/teach");
  return (await page.getByRole("link", { name: CLASS }).getAttribute("href"))!;
};

/** Each student's counted score on one results page, as name → "n / max". */
async function resultsScores(page: Page) {
  const rows = page.getByRole("table", { name: /Each student’s counted score/ }).getByRole("row");
  const out = new Map<string, string>();
  for (const row of (await rows.all()).slice(1)) {
    const name = (await row.getByRole("rowheader").textContent())!.trim();
    out.set(name, (await row.getByRole("cell").nth(2).textContent())!.trim());
  }
  return out;
}

test("the demo instructor finds the demo class with populated results", async ({ pageAs }) => {
  const page = await demoInstructor(pageAs);
  await page.goto("/teach");
  await expect(page.getByRole("link", { name: CLASS })).toBeVisible();
  await expect(page.getByText("31 students · 2 assignments")).toBeVisible();
  await page.goto(await classUrl(page));
  await page.getByRole("link", { name: /^Week 1/ }).click();
  await expect(page.getByRole("img", { name: /^Score distribution for Week 1/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Questions to review \([1-9]/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Typed answers" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Weight" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Mastery by kind of fact" })).toBeVisible();
});

test("the class overview and the cross-assignment CSV agree with every results page", async ({ pageAs }) => {
  const page = await demoInstructor(pageAs);
  const base = await classUrl(page);
  await page.goto(`${base}/overview`);
  const completion = page.getByRole("table", { name: /Completion and mean score per assignment/ });
  const series = page.getByRole("table", { name: "Scores per student and assignment" });
  await expect(series).toBeVisible();
  const heads = (await series.getByRole("columnheader").allTextContents()).map((t) => t.trim());
  const titles = heads.slice(1, -1);
  expect(titles).toHaveLength(2);
  // Each week is out of as many questions as its article gave (up to DEMO_CLASS.questions).
  const book = (await (await page.request.get(`${base}/export/gradebook`)).text()).replace(/^\uFEFF/, "").split("\r\n");
  expect(book[0]).toMatch(
    /^student,email,"?Week 1: .+ \(best attempt; out of \d+\)"?,"?Week 2: .+ \(first attempt; out of \d+\)"?,assignments_finished,mean_percent$/,
  );
  expect(book.filter(Boolean)).toHaveLength(1 + 31);

  for (const [k, title] of titles.entries()) {
    await page.goto(`${base}/overview`);
    const finished = (await completion
      .getByRole("row", { name: new RegExp(escape(title)) })
      .getByRole("cell")
      .nth(2)
      .textContent())!.trim();
    await completion.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: new RegExp(`^${finished}$`) })).toBeVisible();
    const scores = await resultsScores(page);
    expect(scores.size).toBe(31);
    for (const line of book.slice(1).filter(Boolean)) {
      const name = line.split(",")[0]!.replace(/^"|"$/g, "");
      const mark = line.split(",").at(-4 + k)!;
      expect(marks(scores.get(name)!), `${name}, ${title}`).toBe(marks(mark));
    }
  }
});

test("the overview passes axe in light and dark, and prints without navigation", async ({ pageAs }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    const page = await demoInstructor(pageAs, colorScheme);
    await page.goto(`${await classUrl(page)}/overview`);
    await expectAccessible(page, `${colorScheme} demo overview`);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Mastery over time" })).toBeVisible();
  }
});

test("the demo student is enrolled and has the second week still to take", async ({ pageAs }) => {
  const page = await pageAs(null);
  await signIn(page, "student@demo.sourced.test", "demo-student");
  await expect(page).toHaveURL(/\/articles$/);
  await page.goto("/");
  await expect(
    page.getByRole("region", { name: "Your assignments" }).getByRole("link", { name: /^Week 2/ }),
  ).toBeVisible();
});
