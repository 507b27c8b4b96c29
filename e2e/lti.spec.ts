import { ScriptedPlatform, type Scenario } from "../server/lti/testing/scripted-platform";
import { expectAccessible } from "./axe";
import { expect, test, type Page } from "./fixtures";
import { answerByKeyboard } from "./learn-helpers";

// Sourced as an LTI 1.3 tool, launched by a scripted platform with its own keys
// on another origin: http://localhost:PORT is a different site from the tool's
// http://127.0.0.1:PORT, so its iframe is a cross-site frame. Each step needs
// the one before (registration, then the activity deep linking adds).
test.describe.configure({ mode: "serial" });

const TOOL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3300}`;
const run = Date.now().toString(36);
const TITLE = `LMS quiz ${run}`;
const QUESTIONS = 2;
const COURSE = { id: `course-${run}`, title: `History 101 ${run}` };
const TEACHER = { sub: `teacher-${run}`, name: "Tess Teacher", role: "instructor" as const };

let lms: ScriptedPlatform;
let assignmentId = "";

test.beforeAll(async () => {
  lms = await ScriptedPlatform.start(TOOL, "localhost");
});
test.afterAll(async () => {
  await lms?.close();
});

function learner(n: number, over: Partial<Scenario> = {}): Scenario {
  return {
    sub: `learner-${n}-${run}`,
    name: `Lee Learner ${n}`,
    role: "learner",
    context: COURSE,
    message: "resource",
    resourceLink: { id: `link-${run}`, title: TITLE },
    custom: { sourced_assignment: assignmentId },
    lineItem: lms.lineItemUrl(`li-${run}`),
    ...over,
  };
}

async function takeQuiz(page: Page) {
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[0-9a-f-]{36}$/);
  for (let i = 1; i <= QUESTIONS; i++) {
    await expect(page.getByText(`Question ${i} of ${QUESTIONS}`)).toBeVisible();
    await answerByKeyboard(page);
    await page.keyboard.press("Enter");
  }
  await page.getByRole("button", { name: "See your results" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`You scored .* out of ${QUESTIONS}`) })).toBeVisible();
}

test("an instructor registers the LMS and gets the values to paste into it; a student gets 404", async ({
  instructorPage: page,
  studentPage,
}) => {
  await page.goto("/teach");
  await page.getByRole("link", { name: "LMS connections" }).click();
  await expect(page.getByRole("heading", { name: "LMS connections", level: 1 })).toBeVisible();
  for (const [label, path] of [
    ["Login initiation URL", "/lti/login"],
    ["Redirect (launch) URL", "/lti/launch"],
    ["Deep linking URL", "/lti/deep-link"],
    ["Public keyset (JWKS) URL", "/lti/jwks"],
  ]) {
    await expect(
      page
        .getByRole("definition")
        .filter({ hasText: `${TOOL}${path}` })
        .first(),
    ).toBeVisible();
    await expect(page.getByRole("term").filter({ hasText: label })).toBeVisible();
  }
  await expectAccessible(page, "LMS connections");

  const reg = lms.registration();
  await page.getByRole("button", { name: "Register LMS" }).click();
  await expect(page.getByText("Paste the client ID from your LMS.")).toBeVisible();
  await page.getByLabel("Name").fill(`Scripted LMS ${run}`);
  await page.getByLabel("Issuer (platform ID)").fill(reg.issuer);
  await page.getByLabel("Client ID").fill(reg.clientId);
  await page.getByLabel("Deployment ID").fill(reg.deploymentIds[0]!);
  await page.getByLabel("Authentication request URL").fill(reg.authUrl);
  await page.getByLabel("Access token URL").fill("ftp://nowhere");
  await page.getByLabel("Public keyset URL").fill(reg.jwksUrl);
  await page.getByRole("button", { name: "Register LMS" }).click();
  await expect(page.getByText("The access token URL must be a full https:// address.")).toBeVisible();
  await expect(page.getByLabel("Client ID")).toHaveValue(reg.clientId);
  await page.getByLabel("Access token URL").fill(reg.tokenUrl);
  await page.getByRole("button", { name: "Register LMS" }).click();
  await expect(page.getByRole("status")).toContainText("The LMS is registered");
  await expect(page.getByRole("heading", { name: `Scripted LMS ${run}` })).toBeVisible();
  await expectAccessible(page, "LMS connections with a registration");

  const response = await studentPage.goto("/teach/lti");
  expect(response?.status()).toBe(404);
});

test("deep linking: the LMS's instructor creates an assignment and the LMS verifies the signed response", async ({
  pageAs,
}) => {
  const page = await pageAs(null);
  await page.goto(lms.coursePage({ ...TEACHER, context: COURSE, message: "deep-link" }, false));
  await expect(page.getByRole("heading", { name: "Add a Sourced quiz to your course" })).toBeVisible();
  await expect(page.getByText(COURSE.title)).toBeVisible();
  await expectAccessible(page, "deep linking picker");
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Number of questions").fill(String(QUESTIONS));
  await page.getByLabel(/Use all generated questions/).check();
  await page.getByRole("button", { name: "Create and add to the course" }).click();
  await expect(page.getByRole("heading", { name: "Deep linking response verified" })).toBeVisible();
  await expect(page.getByText(`Added: ${TITLE}`)).toBeVisible();
  const item = (
    lms.deepLinks.at(-1)!.payload!["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"] as {
      custom: { sourced_assignment: string };
      lineItem: { scoreMaximum: number };
    }[]
  )[0]!;
  expect(item.lineItem.scoreMaximum).toBe(QUESTIONS);
  assignmentId = item.custom.sourced_assignment;
  expect(assignmentId).toMatch(/^[0-9a-f-]{36}$/);
});

test("a learner's launch lands in the assignment, and finishing posts the score the LMS receives", async ({
  pageAs,
}) => {
  const page = await pageAs(null);
  const scenario = learner(1);
  await page.goto(lms.coursePage(scenario, false));
  await expect(page).toHaveURL(`${TOOL}/assignments/${assignmentId}`);
  await expect(page.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(scenario.name);
  await takeQuiz(page);
  await expect.poll(() => lms.scores.length, { timeout: 20_000 }).toBe(1);
  expect(lms.scores[0]).toMatchObject({
    lineItem: lms.lineItemUrl(`li-${run}`),
    body: {
      userId: scenario.sub,
      scoreMaximum: QUESTIONS,
      activityProgress: "Completed",
      gradingProgress: "FullyGraded",
    },
  });
});

test("the instructor's launch lands in the results, which list the grade sent", async ({ pageAs }) => {
  const page = await pageAs(null);
  await page.goto(lms.coursePage(learner(0, { ...TEACHER }), false));
  await expect(page).toHaveURL(new RegExp(`/teach/classes/[0-9a-f-]{36}/assignments/${assignmentId}$`));
  await expect(page.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
  const passback = page.getByRole("region", { name: "Grades sent to the LMS" });
  await expect(passback).toContainText("1 sent · 0 waiting · 0 failing");
});

test("inside the LMS's cross-site iframe, the launch opens Sourced in a new window", async ({ pageAs }) => {
  const page = await pageAs(null);
  await page.goto(lms.coursePage(learner(2), true));
  const frame = page.getByTitle("Sourced activity").contentFrame();
  await expect(frame.getByRole("heading", { name: "Sourced opens in a new window" })).toBeVisible();
  await expectAccessible(page, "LMS page framing Sourced");
  const opened = page.context().waitForEvent("page");
  await frame.getByRole("button", { name: "Open Sourced in a new window" }).click();
  const tab = await opened;
  await expect(tab).toHaveURL(`${TOOL}/assignments/${assignmentId}`);
  await expect(tab.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
});

test("a frame that loses the launch cookie starts over in a new window", async ({ pageAs }) => {
  const page = await pageAs(null);
  await page.goto(lms.coursePage(learner(3, { manual: true }), true));
  const frame = page.getByTitle("Sourced activity").contentFrame();
  const proceed = frame.getByRole("button", { name: "Continue" });
  await expect(proceed).toBeVisible();
  // As a browser that blocks every third-party cookie would.
  await page.context().clearCookies();
  await proceed.click();
  await expect(frame.getByRole("heading", { name: "Open Sourced in a new window" })).toBeVisible();
  const opened = page.context().waitForEvent("page");
  await frame.getByRole("button", { name: "Open Sourced in a new window" }).click();
  const tab = await opened;
  await tab.getByRole("button", { name: "Continue" }).click();
  await expect(tab).toHaveURL(`${TOOL}/assignments/${assignmentId}`);
  await expect(tab.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
});

test("refused launches each say why, on a clear page", async ({ pageAs }) => {
  const page = await pageAs(null);
  const cases: [Scenario["faults"], string][] = [
    [["bad-signature"], "The launch is not signed by this LMS"],
    [["wrong-audience"], "The launch was meant for another tool"],
    [["expired"], "The launch token has expired"],
    [["reuse-nonce"], "This launch was already used"],
    [["wrong-deployment"], "This deployment of the tool is not registered"],
    [["missing-claims"], "The launch lacks information Sourced needs"],
    [["wrong-issuer"], "The launch comes from another LMS than the one that started it"],
  ];
  for (const [i, [faults, title]] of cases.entries()) {
    await page.goto(lms.coursePage(learner(10 + i, { faults }), false));
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(page.getByText("Sourced did not sign anyone in and created nothing")).toBeVisible();
  }
  await expectAccessible(page, "refused launch");

  const stranger = await ScriptedPlatform.start(TOOL, "localhost");
  try {
    await page.goto(stranger.coursePage(learner(20), false));
    await expect(
      page.getByRole("heading", { name: "This LMS is not registered with Sourced", level: 1 }),
    ).toBeVisible();
  } finally {
    await stranger.close();
  }
  // Nobody was signed in by any of them.
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
});
