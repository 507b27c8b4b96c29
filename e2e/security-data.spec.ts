import fs from "node:fs";
import { expect, hydrated, test, type Page } from "./fixtures";
import { signUpStudent, startQuiz } from "./learn-helpers";
import { cookiesOf, formFields, multipart, raw } from "./http";

// Attacks on what users store and on each other's data: injected markup and
// formulas, another student's attempt, replayed and forged actions, links
// with a script scheme, and curation of another instructor's article
// (docs/security.md lists every row and its test).

const run = Date.now().toString(36);
// Both a spreadsheet formula and markup: stored verbatim, shown as text, defused in CSV.
const PAYLOAD = `=HYPERLINK("http://evil.example","x")<img src=x onerror=alert(1)>`;

/** Fails the test if any page of the context opens a dialog (an injected script ran). */
function noDialogs(page: Page) {
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
}

test.describe("a class with a hostile student", () => {
  test.describe.configure({ mode: "serial" });
  const state = { code: "", resultsUrl: "" };

  test("the instructor sets an assignment", async ({ instructorPage: page }) => {
    await page.goto("/teach");
    await page.getByLabel("Class name").fill(`Security ${run}`);
    await page.getByRole("button", { name: "Create class" }).click();
    const code = await page
      .getByRole("region", { name: "Join code" })
      .getByText(/^[A-Z0-9]{3} [A-Z0-9]{3}$/)
      .textContent();
    state.code = code!.replace(" ", "");
    await page.getByRole("link", { name: "New assignment" }).click();
    await page.getByLabel("Title").fill(`Checks ${run}`);
    await page.getByLabel("Number of questions").fill("2");
    await page.getByLabel("Fill in the blank").uncheck();
    await page.getByLabel("Use all generated questions").check();
    await page.getByRole("button", { name: "Assign quiz" }).click();
    await expect(page.getByRole("status")).toContainText("is assigned");
    await page.getByRole("link", { name: `Checks ${run}` }).click();
    await expect(page.getByRole("heading", { name: `Checks ${run}`, level: 1 })).toBeVisible();
    state.resultsUrl = new URL(page.url()).pathname;
  });

  test("markup and a formula in a name are stored verbatim and shown as text", async ({ page }) => {
    noDialogs(page);
    await signUpStudent(page, PAYLOAD);
    await page.goto("/account");
    await expect(page.getByText(PAYLOAD, { exact: true })).toBeVisible();
    await page.goto(`/join/${state.code}`);
    await page.getByRole("button", { name: "Join this class" }).click();
    // The join lands before the home page is asked for its assignments.
    await expect(page.getByRole("status")).toContainText("You joined");
    await page.goto("/");
    await page.getByRole("link", { name: `Checks ${run}` }).click();
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await expect(page).toHaveURL(/\/quiz\//);
    await hydrated(page);
    for (let i = 1; i <= 2; i++) {
      await expect(page.getByText(`Question ${i} of 2`)).toBeVisible();
      await page.keyboard.press("1");
      await expect(page.getByRole("form").getByRole("radio").first()).toBeChecked();
      await page.getByRole("button", { name: "Check answer" }).click();
      await page.getByRole("button", { name: i < 2 ? "Next question" : "Finish" }).click();
    }
    await page.getByRole("button", { name: "See your results" }).click();
    // the button turns to "Opening results…" at once: only the results page says the attempt is finished
    await expect(page.getByRole("heading", { name: /^(?:You scored|Your answers are in)/ })).toBeVisible();
  });

  test("the instructor's pages escape it and the CSV defuses it", async ({ instructorPage: page }) => {
    noDialogs(page);
    await page.goto(state.resultsUrl);
    await expect(page.getByRole("link", { name: PAYLOAD })).toBeVisible();
    const html = await (await page.request.get(state.resultsUrl)).text();
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img src=x");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download gradebook (CSV)" }).click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")<img src=x onerror=alert(1)>"`);
  });
});

test("another student's attempt is a 404 and takes no answer; ten copies of one answer are stored once", async ({
  pageAs,
}) => {
  const owner = await pageAs(null);
  await signUpStudent(owner);
  const quizUrl = await startQuiz(owner, { length: 5, kinds: ["True or false"] });
  await hydrated(owner);
  const sent = owner.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await owner.keyboard.press("1");
  await owner.keyboard.press("Enter");
  const first = await sent;
  await expect(owner.getByRole("button", { name: "Next question" })).toBeFocused();
  const [args] = JSON.parse(first.postData()!) as [Record<string, unknown>];
  const headers = Object.fromEntries(
    Object.entries(first.headers()).filter(([k]) => ["next-action", "content-type", "accept"].includes(k)),
  );
  // Extra fields claim a right answer and another owner: the server grades and owns it all the same.
  const forged = JSON.stringify([
    { ...args, position: 1, response: "not a boolean", score: 1, correct: true, userId: "someone" },
  ]);

  const intruder = await pageAs(null);
  await signUpStudent(intruder);
  expect((await intruder.request.get(quizUrl)).status()).toBe(404);
  const stolen = await intruder.request.post(quizUrl, { headers, data: forged });
  expect(await stolen.text()).toContain("This question is not part of your quiz.");

  const copies = await Promise.all(
    Array.from({ length: 10 }, () => owner.request.post(quizUrl, { headers, data: forged })),
  );
  for (const res of copies) {
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text).toContain('"status":"ok"');
    expect(text).toContain('"correct":false');
  }
  await owner.goto(quizUrl);
  await expect(owner.getByText("2 answered")).toBeVisible();
});

test("an article link must be an http(s) address, or nothing is stored", async ({ instructorPage: page }) => {
  const title = `Scripted link ${run}`;
  await page.goto("/teach/content/new");
  await page
    .getByLabel("Article text")
    .fill(
      `---\ntitle: "${title}"\nsource: Evil\nurl: "javascript:alert(document.cookie)"\n---\nThe National Crime Agency (NCA) said so on Monday.\n`,
    );
  await page.getByRole("button", { name: "Check article" }).click();
  await expect(page.getByTestId("form-error")).toContainText('"url" must be an http:// or https:// address');
  await page.goto("/teach/content");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

test("only the instructor who added an article curates it, and each change is in its history", async ({
  instructorPage: owner,
  otherInstructorPage: other,
  studentPage: student,
}) => {
  const title = `Harbour board appoints a pilot ${run}`;
  await owner.goto("/teach/content/new");
  await owner
    .getByLabel("Article text")
    .fill(
      `---\ntitle: "${title}"\nsource: E2E Post\nurl: https://example.org/harbour\n---\n` +
        `The Northport Harbour Board (NHB) appointed Mara Quill as chief pilot on Tuesday.\n\n` +
        `"The channel is safer than it has ever been," Quill said.\n`,
    );
  await owner.getByRole("button", { name: "Check article" }).click();
  await owner.getByRole("button", { name: "Add to library" }).click();
  await expect(owner).toHaveURL(/\?added=1$/);
  const curationUrl = new URL(owner.url()).pathname;
  const card = owner
    .getByRole("listitem")
    .filter({ has: owner.getByRole("button", { name: "Approve" }) })
    .first();
  const prompt = (await card.getByRole("heading", { level: 2 }).textContent())!;
  // by its id: two questions may share a stem ("Which of these does the article attribute to …?")
  const id = (await card.getAttribute("id"))!;
  await card.getByRole("button", { name: "Approve" }).click();
  const approved = owner.locator(`li[id="${id}"]`).filter({ has: owner.getByRole("heading", { name: prompt }) });
  await expect(approved.getByText("approved", { exact: true })).toBeVisible();
  // A form React rendered in the browser has no action fields; the server-rendered one does.
  await owner.reload();
  const retire = await formFields(approved, "Retire");

  await other.goto(curationUrl);
  await expect(
    other.getByText("Irene Instructor added this article, so only they can change its questions."),
  ).toBeVisible();
  await expect(other.getByRole("button", { name: "Retire" })).toHaveCount(0);
  // Forged anyway: the other instructor's, a student's and a signed-out replay of the owner's form change nothing.
  const replay = async (as: Page | null) => {
    const { body, type } = await multipart(retire);
    const headers: Record<string, string> = { "content-type": type };
    if (as) headers.cookie = await cookiesOf(as);
    return raw(curationUrl, { method: "POST", body, headers });
  };
  expect((await replay(other)).status).toBe(200);
  expect((await replay(student)).status).toBe(404);
  const anonymous = await replay(null);
  expect(anonymous.status).toBe(303);
  expect(anonymous.headers.location).toMatch(/\/login/);

  await owner.reload();
  await expect(approved.getByText("approved", { exact: true })).toBeVisible();
  await approved.getByText(/^History/).click();
  await expect(approved.getByRole("listitem")).toHaveText([/Irene Instructor approved it \(version 1\)$/]);
});
