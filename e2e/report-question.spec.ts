import { expectAccessible } from "./axe";
import { ACCOUNTS, expect, hydrated, test } from "./fixtures";
import { signUpStudent } from "./learn-helpers";

// A student reports a question from its feedback; the instructor finds the report in the class
// results and on the curation page, and edits the question, which resolves it. In order.
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const CLASS_NAME = `Report class ${run}`;
const TITLE = `Report quiz ${run}`;
const COMMENT = `Two options look right to me ${run}`;
const STUDENT = `Rita Reporter ${run}`;
const state = { resultsUrl: "", prompt: "" };

test("a student reports a question from the feedback panel, by keyboard", async ({ instructorPage, pageAs }) => {
  const page = instructorPage;
  await page.goto("/teach");
  await page.getByLabel("Class name").fill(CLASS_NAME);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: CLASS_NAME, level: 1 })).toBeVisible();
  const classUrl = new URL(page.url()).pathname;
  const code = (await page.getByTestId("join-code").textContent())!.replace(" ", "");
  await page.goto(`${classUrl}/assignments/new`);
  await page.getByLabel("Title").fill(TITLE);
  for (const box of await page.getByRole("group", { name: "Kinds of question" }).getByRole("checkbox").all())
    await box.setChecked(
      /^Multiple choice/.test((await box.evaluate((el) => el.parentElement?.textContent ?? "")).trim()),
    );
  await page.getByLabel("Number of questions").fill("1");
  await page.getByLabel("Use all generated questions").check();
  await page.getByRole("button", { name: "Assign quiz" }).click();
  await expect(page.getByRole("status")).toContainText(`“${TITLE}” is assigned`);
  state.resultsUrl = (await page.getByRole("link", { name: TITLE }).getAttribute("href"))!;

  // A student of its own, so no other spec's answers or reports meet this one.
  const student = await pageAs(null);
  await signUpStudent(student, STUDENT);
  await student.goto(`/join/${code}`);
  await student.getByRole("button", { name: "Join this class" }).click();
  await expect(student.getByRole("status")).toContainText(`You joined ${CLASS_NAME}`);
  await student.goto("/");
  await student.getByRole("region", { name: "Your assignments" }).getByRole("link", { name: TITLE }).click();
  await student.getByRole("button", { name: "Start the quiz" }).click();
  await expect(student).toHaveURL(/\/quiz\/[0-9a-f-]{36}$/);
  await hydrated(student);
  state.prompt = (await student.getByRole("form").getByRole("heading", { level: 2 }).textContent())!;
  await student.keyboard.press("1");
  await student.keyboard.press("Enter");
  await expect(student.getByRole("region", { name: "Feedback" })).toContainText(/Correct|Not quite/);

  const toggle = student.getByRole("button", { name: "Report a problem with this question" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.focus();
  await student.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const report = student.getByRole("form", { name: "Report a problem" });
  const reasons = report.getByRole("group", { name: "What is wrong with it?" });
  await expect(reasons.getByRole("radio", { name: "The answer is wrong" })).toBeFocused();
  await expectAccessible(student, "feedback panel with the report form open");

  // Without a reason it is refused, and the comment typed so far is kept.
  await report.getByLabel("Comment (optional)").fill(COMMENT);
  await report.getByRole("button", { name: "Send report" }).click();
  await expect(report.getByText("Choose what is wrong with the question.")).toBeVisible();
  await expect(report.getByLabel("Comment (optional)")).toHaveValue(COMMENT);
  await expectAccessible(student, "report form with an error");
  await student.screenshot({ path: test.info().outputPath("report-form.png"), fullPage: true });

  // Space picks the focused reason, Enter on the button sends.
  await reasons.getByRole("radio", { name: "The answer is wrong" }).focus();
  await student.keyboard.press("Space");
  await expect(reasons.getByRole("radio", { name: "The answer is wrong" })).toBeChecked();
  await report.getByRole("button", { name: "Send report" }).press("Enter");
  const thanks = student.getByRole("status").filter({ hasText: "your instructor will look at this question" });
  await expect(thanks).toBeFocused();

  // The finished quiz's summary remembers it: the version cannot be reported twice.
  await student.getByRole("button", { name: "Finish" }).click();
  await student.getByRole("button", { name: "See your results" }).click();
  await expect(student.getByRole("heading", { name: /^You scored/ })).toBeVisible();
  await expect(student.getByText("You reported a problem with this question.")).toBeVisible();
  await expect(student.getByRole("button", { name: /^Report a problem with this question/ })).toHaveCount(0);
});

test("the instructor sees the report in the class results and on the curation page; others do not", async ({
  instructorPage: page,
  otherInstructorPage: other,
}) => {
  await page.goto(state.resultsUrl);
  const inResults = page.getByRole("region", { name: "Reported by students (1 open)" });
  await expect(inResults).toContainText(state.prompt);
  await expect(inResults).toContainText("The answer is wrong");
  await expect(inResults).toContainText(COMMENT);
  await expect(inResults).toContainText(STUDENT);
  await expectAccessible(page, "class results with a report");

  await inResults.getByRole("link", { name: /^Resolve it at its source/ }).click();
  await expect(page).toHaveURL(/\/teach\/content\/[^/#]+#q-/);
  const onCuration = page.getByRole("region", { name: "Reported by students (1 open)" });
  await expect(onCuration).toContainText(COMMENT);
  await expect(onCuration.getByRole("button", { name: /^Dismiss the open report/ })).toBeVisible();
  await expectAccessible(page, "curation page with a report");
  await onCuration.screenshot({ path: test.info().outputPath("curation-reports.png") });

  // Another instructor's curation page of the same article shows none of this class's reports.
  await other.goto(new URL(page.url()).pathname);
  await expect(other.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(other.getByText(COMMENT)).toHaveCount(0);
});

test("editing the question into a new version resolves the report", async ({ instructorPage: page }) => {
  await page.goto(state.resultsUrl);
  await page
    .getByRole("region", { name: /^Reported by students/ })
    .getByRole("link", { name: /^Resolve it at its source/ })
    .click();
  // the link goes to the reported question's own card: two questions may share a stem ("Which of these does
  // the article attribute to …?"), so the card is found by the id in the link, not by its prompt
  await page.waitForURL(/#q-/);
  const card = page.locator(`li[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(card.getByRole("heading", { name: state.prompt, exact: true, level: 2 })).toBeVisible();
  await card.getByText("Edit this question").click();
  await card.getByLabel("Question", { exact: true }).fill(`${state.prompt} (reworded)`);
  await card.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as a new version" })).toBeVisible();

  const onCuration = page.getByRole("region", { name: "Reported by students (0 open)" });
  await expect(onCuration).toContainText("Resolved: the question was edited");
  await expect(onCuration).toContainText(`Closed by ${ACCOUNTS.instructor.name}`);
  await expect(onCuration.getByRole("button", { name: /^Dismiss/ })).toHaveCount(0);

  await page.goto(state.resultsUrl);
  const inResults = page.getByRole("region", { name: "Reported by students (0 open)" });
  await expect(inResults).toContainText("Resolved: the question was edited");
  await expect(inResults).toContainText(COMMENT);
});

test("the reports on the results and curation pages pass axe in dark mode too", async ({ pageAs }) => {
  const page = await pageAs("instructor", { colorScheme: "dark" });
  await page.goto(state.resultsUrl);
  const inResults = page.getByRole("region", { name: /^Reported by students/ });
  await expect(inResults).toContainText(COMMENT);
  await expectAccessible(page, "class results with a report, dark");
  await inResults.getByRole("link", { name: /^Resolve it at its source/ }).click();
  await expect(page.getByRole("region", { name: /^Reported by students/ })).toContainText(COMMENT);
  await expectAccessible(page, "curation page with a report, dark");
});
