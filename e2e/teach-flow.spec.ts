import fs from "node:fs";
import { expectAccessible } from "./axe";
import { ACCOUNTS, expect, hydrated, test, type Page } from "./fixtures";
import { signUpStudent } from "./learn-helpers";

// One class from creation to CSV: each step needs the one before, so they run in order.
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const CLASS_NAME = `Period 3 ${run}`;
const TITLE = `Week 1 quiz ${run}`;
const QUESTIONS = 4;
const state: { classUrl: string; code: string; resultsUrl: string; assignmentUrl: string; secondStudent: string } = {
  classUrl: "",
  code: "",
  resultsUrl: "",
  assignmentUrl: "",
  secondStudent: "",
};

/** Takes the assignment from the student's home page: picks the nth choice on every question. */
async function takeAssignment(page: Page, choice: number) {
  await page.goto("/");
  const card = page.getByRole("region", { name: "Your assignments" });
  await card.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
  state.assignmentUrl = page.url();
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[0-9a-f-]{36}$/);
  await hydrated(page);
  const form = page.getByRole("form");
  for (let i = 1; i <= QUESTIONS; i++) {
    await expect(page.getByText(`Question ${i} of ${QUESTIONS}`)).toBeVisible();
    // The quiz picks the nth option with its number key (the radios themselves are visually hidden).
    await page.keyboard.press(String(choice + 1));
    await expect(form.getByRole("radio").nth(choice)).toBeChecked();
    await form.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("button", { name: i < QUESTIONS ? "Next question" : "Finish" }).click();
  }
  await page.getByRole("button", { name: "See your results" }).click();
  // the button turns to "Opening results…" at once: only the results page says the attempt is finished
  await expect(page.getByRole("heading", { name: /^(?:You scored|Your answers are in)/ })).toBeVisible();
}

test("an instructor creates a class and sets an assignment from approved questions", async ({
  instructorPage: page,
}) => {
  await page.goto("/teach");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByText("Give the class a name.")).toBeVisible();
  await page.getByLabel("Class name").fill(CLASS_NAME);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: CLASS_NAME, level: 1 })).toBeVisible();
  state.classUrl = new URL(page.url()).pathname;
  const code = await page
    .getByRole("region", { name: "Join code" })
    .getByText(/^[A-Z0-9]{3} [A-Z0-9]{3}$/)
    .textContent();
  state.code = code!.replace(" ", "");
  await expect(page.getByText("No students yet")).toBeVisible();

  // Curation: approve one article's drafts in bulk.
  await page.goto("/teach/content");
  await page.getByRole("link", { name: /open a Joint Operations Cell/ }).click();
  await page.getByRole("button", { name: /^Approve all \d+ drafts$/ }).click();
  await expect(page.getByRole("button", { name: /^Approve all/ })).toHaveCount(0);
  await expect(page.getByText(/^0 drafts · \d+ approved/)).toBeVisible();

  await page.goto(state.classUrl);
  await page.getByRole("link", { name: "New assignment" }).click();
  // A bad submission keeps what was entered and says what is wrong.
  await page.getByLabel("Number of questions").fill(String(QUESTIONS));
  await page.getByLabel("Fill in the blank").uncheck();
  await page.getByRole("button", { name: "Assign quiz" }).click();
  await expect(page.getByText("Give the assignment a title.")).toBeVisible();
  await expect(page.getByLabel("Number of questions")).toHaveValue(String(QUESTIONS));
  await expect(page.getByLabel("Fill in the blank")).not.toBeChecked();

  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Only the articles I choose").check();
  await page.getByRole("checkbox", { name: /open a Joint Operations Cell/ }).check();
  await page.getByRole("button", { name: "Assign quiz" }).click();
  await expect(page.getByRole("status")).toContainText(`“${TITLE}” is assigned`);
  const row = page.getByRole("row", { name: new RegExp(TITLE) });
  await expect(row).toContainText(`${QUESTIONS}`);
  await expect(row).toContainText("First attempt");
});

test("two students join, one by code and one by link, and take the quiz", async ({ pageAs }) => {
  const a = { page: await pageAs("student") };
  await a.page.goto("/join");
  await a.page.getByLabel("Join code").fill("nope");
  await a.page.getByRole("button", { name: "Join class" }).click();
  await expect(a.page.getByText("A join code is 6 letters and digits")).toBeVisible();
  // Lower case and a dash are fine.
  await a.page.getByLabel("Join code").fill(`${state.code.slice(0, 3).toLowerCase()}-${state.code.slice(3)}`);
  await a.page.getByRole("button", { name: "Join class" }).click();
  await expect(a.page.getByRole("status")).toContainText(`You joined ${CLASS_NAME}`);
  await takeAssignment(a.page, 0);

  const b = { page: await pageAs(null) };
  state.secondStudent = await signUpStudent(b.page, "Bea Second");
  await b.page.goto(`/join/${state.code}`);
  await expect(b.page.getByRole("heading", { name: CLASS_NAME })).toBeVisible();
  await b.page.getByRole("button", { name: "Join this class" }).click();
  await expect(b.page.getByRole("status")).toContainText(`You joined ${CLASS_NAME}`);
  await takeAssignment(b.page, 1);
  // One attempt allowed: the second is refused.
  await b.page.goto(state.assignmentUrl);
  await expect(b.page.getByText("You have used all your attempts.")).toBeVisible();
});

test("the instructor sees the histogram, item analysis, distractor counts and every answer", async ({
  instructorPage: page,
}) => {
  await page.goto(state.classUrl);
  await expect(page.getByRole("row", { name: new RegExp(TITLE) })).toContainText("2 / 2");
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
  state.resultsUrl = new URL(page.url()).pathname;

  await expect(page.getByText("Counting first attempt")).toBeVisible();
  await expect(page.getByText(/Only 2 attempts/)).toBeVisible();
  await expect(page.getByRole("img", { name: `Score distribution for ${TITLE}` })).toBeVisible();
  // The summary's "Completed" figure: two of the two enrolled students.
  await expect(page.getByRole("term").filter({ hasText: "Completed" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^2 \/ 2$/ })).toBeVisible();

  const items = page.getByRole("table", { name: "Statistics per question" });
  await expect(items.getByRole("row")).toHaveCount(QUESTIONS + 1);
  await expect(items.getByRole("columnheader", { name: "Facility" })).toBeVisible();
  await expect(items.getByRole("columnheader", { name: "DE" })).toBeVisible();

  // Distractor analysis: every question's answer counts add up to the two students.
  for (let q = 1; q <= QUESTIONS; q++) {
    const table = page.getByRole("table", { name: `Answers chosen for question ${q}` });
    const counts = await table
      .getByRole("row")
      .evaluateAll((rows) => rows.map((r) => Number(r.querySelectorAll("td")[0]?.textContent ?? 0)));
    expect(
      counts.reduce((s, n) => s + n, 0),
      `question ${q}`,
    ).toBe(2);
  }

  const students = page.getByRole("table", { name: /Each student’s counted score/ });
  await expect(students.getByRole("row")).toHaveCount(3);
  await students.getByRole("link", { name: ACCOUNTS.student.name }).click();
  await expect(page.getByRole("heading", { name: ACCOUNTS.student.name, level: 1 })).toBeVisible();
  const answers = page.getByRole("table", { name: "Answers in attempt 1" });
  await expect(answers.getByRole("row")).toHaveCount(QUESTIONS + 1);
  // What Stella chose for question 1 is among the counts on the results page.
  const given = (await answers.getByRole("row").nth(1).getByRole("cell").nth(1).textContent())!
    .replace(/^[✓✗]\s*/, "")
    .trim();
  await page.goBack();
  const q1 = page.getByRole("table", { name: "Answers chosen for question 1" });
  // Matched whole ("A. Director", not "B. Deputy Director"): options may contain one another.
  const option = new RegExp(`^[A-Z]\\. ${given.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s*✓ correct)?$`);
  const chosen = q1.getByRole("row").filter({ has: page.getByRole("rowheader", { name: option }) });
  await expect(chosen.getByRole("cell").first()).not.toHaveText("0");

  // A flag links back to the question's source sentence on its curation page.
  const flag = page.getByRole("link", { name: /^Fix Q\d+ at its source/ }).first();
  if (await flag.count()) {
    await flag.click();
    await expect(page).toHaveURL(/\/teach\/content\/[\w-]+#q-q_/);
    const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
    await expect(target).toContainText("Source sentence:");
    await expect(
      target.getByRole("button", { name: "Retire" }).or(target.getByRole("button", { name: "Restore as draft" })),
    ).toBeVisible();
    await page.goBack();
  }
});

test("the instructor downloads the responses and the gradebook as CSV", async ({ instructorPage: page }) => {
  await page.goto(state.resultsUrl);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download responses (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^period-3-.*-responses\.csv$/);
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const lines = text.slice(1).split("\r\n");
  expect(lines.at(-1)).toBe("");
  expect(lines[0]).toBe(
    "student,email,attempt_id,attempt_counted,started_at,finished_at,late,question_no,question_id,version,kind,fact_kind,article,prompt,response,correct_answer,correct,mark,max_mark,answered_at,response_ms",
  );
  // Prompts contain commas and quotes, so rows are counted by the student column, not by splitting cells.
  expect(lines.filter((l) => l.startsWith(`${ACCOUNTS.student.name},${ACCOUNTS.student.email},`))).toHaveLength(
    QUESTIONS,
  );
  expect(lines.filter((l) => l.startsWith(`Bea Second,${state.secondStudent},`))).toHaveLength(QUESTIONS);
  expect(lines.length).toBe(1 + 2 * QUESTIONS + 1);

  const res = await page.request.get(`${state.resultsUrl}/export/gradebook`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="period-3-.*-gradebook\.csv"$/);
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const book = (await res.text()).replace(/^\uFEFF/, "").split("\r\n");
  expect(book[0]).toBe(
    "student,email,status,attempts,attempt_counted,score,max_score,percent,started_at,finished_at,late",
  );
  expect(book.filter((l) => /,finished,1,first,\d/.test(l))).toHaveLength(2);
});

test("instructor pages are 404 to a student, and this class is 404 to another instructor", async ({ pageAs }) => {
  for (const role of ["student", "otherInstructor"] as const) {
    const page = await pageAs(role);
    const paths = [
      state.classUrl,
      `${state.classUrl}/assignments/new`,
      state.resultsUrl,
      `${state.resultsUrl}/export/responses`,
      `${state.resultsUrl}/export/gradebook`,
    ];
    if (role === "student") paths.push("/teach", "/teach/content", "/teach/content/new", "/teach/statistics");
    for (const path of paths) {
      const res = await page.request.get(path);
      expect(res.status(), `${role} ${path}`).toBe(404);
    }
    const res = await page.goto(state.resultsUrl);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("every instructor page and the student class pages pass axe in light and dark", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const check = async (page: Page, path: string) => {
    await page.goto(path);
    await expectAccessible(page, path);
  };
  for (const colorScheme of ["light", "dark"] as const) {
    const page = await pageAs("instructor", { colorScheme });
    await page.goto(state.resultsUrl);
    const studentPage = await page
      .getByRole("table", { name: /Each student’s counted score/ })
      .getByRole("link")
      .first()
      .getAttribute("href");
    for (const path of [
      "/teach",
      state.classUrl,
      `${state.classUrl}/assignments/new`,
      state.resultsUrl,
      studentPage!,
      "/teach/content",
      "/teach/content/gchq-nca-joint-operations-cell",
      "/teach/content/new",
      "/teach/statistics",
    ]) {
      await check(page, path);
    }
    const sp = await pageAs("student", { colorScheme });
    for (const path of ["/join", `/join/${state.code}`, state.assignmentUrl, "/"])
      await check(sp, new URL(path, "http://x").pathname);
  }
});

test("removing a student takes them off the roster and out of the results", async ({ instructorPage: page }) => {
  await page.goto(state.classUrl);
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Remove Bea Second" }).click();
  await expect(page.getByRole("button", { name: "Remove Bea Second" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /Students/ })).toContainText("(1)");
  await page.goto(state.resultsUrl);
  await expect(page.getByRole("table", { name: /Each student’s counted score/ }).getByRole("row")).toHaveCount(2);
});
