import { expectAccessible } from "./axe";
import { ACCOUNTS, expect, test, type Page } from "./fixtures";

// An instructor fixes a key after a student answered, accepts a typed answer, and reviews the class
// over time; each step needs the one before, so they run in order.
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const CLASS_NAME = `Regrade class ${run}`;
const TF = `True or false ${run}`;
const TYPED = `Fill the blank ${run}`;
const TYPED_ANSWER = `Mr Nobody ${run}`;
const state = { classUrl: "", code: "", tfUrl: "", typedUrl: "", before: 0, after: 0, regradeUrl: "" };

async function createAssignment(page: Page, title: string, kind: RegExp, count: number) {
  await page.goto(`${state.classUrl}/assignments/new`);
  await page.getByLabel("Title").fill(title);
  for (const box of await page.getByRole("group", { name: "Kinds of question" }).getByRole("checkbox").all())
    await box.setChecked(kind.test((await box.evaluate((el) => el.parentElement?.textContent ?? "")).trim()));
  await page.getByLabel("Number of questions").fill(String(count));
  await page.getByLabel("Use all generated questions").check();
  await page.getByRole("button", { name: "Assign quiz" }).click();
  await expect(page.getByRole("status")).toContainText(`“${title}” is assigned`);
  return page.getByRole("link", { name: title }).getAttribute("href");
}

/** The student takes an assignment from their home page, answering each question with `answer`. */
async function take(page: Page, title: string, answer: (form: ReturnType<Page["getByRole"]>) => Promise<void>) {
  await page.goto("/");
  await page.getByRole("region", { name: "Your assignments" }).getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[0-9a-f-]{36}$/);
  const form = page.getByRole("form");
  for (;;) {
    await answer(form);
    await form.getByRole("button", { name: "Check answer" }).click();
    const next = page.getByRole("button", { name: /^(Next question|Finish)$/ });
    const last = (await next.textContent()) === "Finish";
    await next.click();
    if (last) break;
  }
  await page.getByRole("button", { name: "See your results" }).click();
  await expect(page.getByRole("heading", { name: /^You scored/ })).toBeVisible();
}

const csv = async (page: Page, path: string) => {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  return (await res.text()).replace(/^\uFEFF/, "").split("\r\n");
};

test("an instructor sets two assignments and a student takes them", async ({ instructorPage, studentPage }) => {
  const page = instructorPage;
  await page.goto("/teach");
  await page.getByLabel("Class name").fill(CLASS_NAME);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: CLASS_NAME, level: 1 })).toBeVisible();
  state.classUrl = new URL(page.url()).pathname;
  state.code = (await page.getByTestId("join-code").textContent())!.replace(" ", "");
  state.tfUrl = (await createAssignment(page, TF, /^True or false/, 2))!;
  state.typedUrl = (await createAssignment(page, TYPED, /^Fill in the blank/, 1))!;

  await studentPage.goto(`/join/${state.code}`);
  await studentPage.getByRole("button", { name: "Join this class" }).click();
  await expect(studentPage.getByRole("status")).toContainText(`You joined ${CLASS_NAME}`);
  // "True" to every statement.
  await take(studentPage, TF, async (form) => {
    await form.getByRole("radio").first().check({ force: true });
  });
  await take(studentPage, TYPED, async (form) => {
    await form.getByLabel("Your answer").fill(TYPED_ANSWER);
  });
});

test("the instructor fixes a key: the dry run counts the student, the regrade applies", async ({
  instructorPage: page,
}) => {
  await page.goto(state.tfUrl);
  const students = page.getByRole("table", { name: /Each student’s counted score/ });
  const row = students.getByRole("row", { name: new RegExp(ACCOUNTS.student.name) });
  state.before = Number((await row.getByRole("cell").nth(2).textContent())!.split(" / ")[0]);
  // Question 1's key, as its answer counts show it; the student answered True.
  const q1 = page.getByRole("table", { name: "Answers chosen for question 1" });
  const keyIsTrue = (await q1.getByRole("row", { name: /True/ }).textContent())!.includes("correct");
  state.after = state.before + (keyIsTrue ? -1 : 1);

  await page.getByRole("listitem").filter({ has: q1 }).getByRole("link", { name: "source and curation" }).click();
  const card = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await card.getByText("Edit this question").click();
  await card
    .getByRole("group", { name: "The statement is" })
    .getByLabel(keyIsTrue ? "False" : "True", { exact: true })
    .check();
  await card.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as a new version" })).toBeVisible();
  await page
    .getByRole("region", { name: "Regrade" })
    .getByRole("link", { name: `Regrade in ${TF}` })
    .click();

  await expect(page.getByRole("heading", { name: "What a regrade would change" })).toBeVisible();
  await expect(page.getByText("This would change 1 student’s marks")).toBeVisible();
  const change = page.getByRole("table", { name: "Attempts whose score would change" }).getByRole("row", {
    name: new RegExp(ACCOUNTS.student.name),
  });
  await expect(change).toContainText(`${state.before}`);
  await expect(change.getByRole("cell").last()).toHaveText(String(state.after));
  state.regradeUrl = new URL(page.url()).pathname;
  await expectAccessible(page, "regrade dry run");
  await page.getByRole("button", { name: /^Regrade \d+ answers?$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Regraded on/ })).toContainText("1 student’s marks changed");
  await expect(page.getByText(/^Nothing to regrade/)).toBeVisible();

  // The results and both CSVs follow.
  await page.goto(state.tfUrl);
  await expect(
    page.getByRole("table", { name: /Each student’s counted score/ }).getByRole("row", {
      name: new RegExp(ACCOUNTS.student.name),
    }),
  ).toContainText(`${state.after} / 2`);
  const book = await csv(page, `${state.tfUrl}/export/gradebook`);
  expect(book.find((l) => l.startsWith(`${ACCOUNTS.student.name},`))).toContain(`,first,${state.after},2,`);
  const stats = await csv(page, `${state.tfUrl}/export/statistics`);
  expect(stats[0]).toContain("effective_weight_percent,median_time_s");
  expect(stats[1]).toMatch(keyIsTrue ? /,first,1,0,/ : /,first,1,100,/);
});

test("the student sees the changed mark with a note in their history", async ({ studentPage: page }) => {
  await page.goto("/progress");
  const row = page.getByRole("row", { name: new RegExp(TF) });
  await expect(row).toContainText(`${state.after} / 2`);
  await expect(row).toContainText(new RegExp(`Regraded on .+: was ${state.before}, now ${state.after}`));
  await row.getByRole("link", { name: TF }).click();
  await expect(page.getByText(new RegExp(`Regraded on .+: was ${state.before}, now ${state.after}`))).toBeVisible();
});

test("a typed wrong answer is accepted as an alternative and regraded", async ({ instructorPage: page, pageAs }) => {
  await page.goto(state.typedUrl);
  const typed = page.getByRole("table", { name: "Typed answers to question 1" });
  await expect(typed.getByRole("row", { name: new RegExp(TYPED_ANSWER) })).toContainText("Not accepted");
  await expectAccessible(page, "results with typed answers");
  await typed.getByRole("button", { name: `Accept “${TYPED_ANSWER}” for question 1` }).click();
  await expect(page.getByRole("status")).toContainText(`“${TYPED_ANSWER}” is now an accepted answer`);
  await expect(page.getByText("This would change 1 student’s marks")).toBeVisible();
  await page.getByRole("button", { name: "Regrade 1 answer" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Regraded on/ })).toBeVisible();
  await page.goto(state.typedUrl);
  const marking = page
    .getByRole("table", { name: "Typed answers to question 1" })
    .getByRole("row", { name: new RegExp(TYPED_ANSWER) })
    .getByRole("cell")
    .nth(2);
  await expect(marking).toHaveText(/^Accepted/);
  const student = await pageAs("student");
  await student.goto("/progress");
  await expect(student.getByRole("row", { name: new RegExp(TYPED) })).toContainText(/Regraded on .+: was 0, now 1/);
});

test("the class overview and the cross-assignment gradebook agree with each assignment", async ({
  instructorPage: page,
}) => {
  await page.goto(state.classUrl);
  await page.getByRole("link", { name: "Class overview" }).click();
  await expect(page.getByRole("heading", { name: CLASS_NAME, level: 1 })).toBeVisible();
  const completion = page.getByRole("table", { name: /Completion and mean score per assignment/ });
  await expect(completion.getByRole("row", { name: new RegExp(TF) })).toContainText("1 / 1");
  await expect(completion.getByRole("row", { name: new RegExp(TYPED) })).toContainText("1 / 1");
  const series = page.getByRole("table", { name: "Scores per student and assignment" });
  const pct = `${Math.round((100 * state.after) / 2)}%`;
  await expect(series.getByRole("row", { name: new RegExp(ACCOUNTS.student.name) })).toContainText(pct);
  await expect(series.getByRole("row", { name: new RegExp(ACCOUNTS.student.name) })).toContainText("100%");

  const book = await csv(page, `${state.classUrl}/export/gradebook`);
  expect(book[0]).toBe(
    `student,email,${TF} (first attempt; out of 2),${TYPED} (first attempt; out of 1),assignments_finished,mean_percent`,
  );
  expect(book[1]).toBe(
    `${ACCOUNTS.student.name},${ACCOUNTS.student.email},${state.after},1,2,${Math.round((((100 * state.after) / 2 + 100) / 2) * 10) / 10}`,
  );
});

test("printing a results page or the overview leaves out the navigation and keeps the charts", async ({
  instructorPage: page,
}) => {
  await page.goto(state.tfUrl);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Download responses (CSV)" })).toBeHidden();
  await expect(page.getByRole("img", { name: `Score distribution for ${TF}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Item analysis" })).toBeVisible();
  await page.goto(`${state.classUrl}/overview`);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("img", { name: new RegExp(`^${ACCOUNTS.student.name}: scores`) })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("the new views pass axe in light and dark", async ({ pageAs }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    const page = await pageAs("instructor", { colorScheme });
    for (const path of [
      `${state.classUrl}/overview`,
      state.regradeUrl,
      `${state.regradeUrl}?scope=everywhere`,
      state.typedUrl,
    ]) {
      await page.goto(path);
      await expectAccessible(page, `${colorScheme} ${path}`);
    }
  }
});

test("the new views are 404 to a student and to another instructor", async ({ pageAs }) => {
  for (const role of ["student", "otherInstructor"] as const) {
    const page = await pageAs(role);
    for (const path of [
      `${state.classUrl}/overview`,
      `${state.classUrl}/export/gradebook`,
      state.regradeUrl,
      `${state.tfUrl}/export/statistics`,
    ]) {
      const res = await page.request.get(path);
      expect(res.status(), `${role} ${path}`).toBe(404);
    }
  }
});
