import fs from "node:fs";
import { expectAccessible } from "./axe";
import { expect, test } from "./fixtures";

// Question exports from the product: an article's curation page (the approved
// set or the ticked questions) and an assignment's results page. The summary
// page says what the file holds before it is downloaded.
test.describe.configure({ mode: "serial" });

const SLUG = "gchq-nca-joint-operations-cell";
const run = Date.now().toString(36);
const state = { exportUrl: "" };

test("an article's ticked questions export as GIFT, with the changed ordering question named", async ({
  instructorPage: page,
}) => {
  await page.goto(`/teach/content/${SLUG}`);
  const panel = page.getByRole("region", { name: "Export to a learning-management system" });
  await panel.getByLabel("GIFT (Moodle question bank, .txt)").check();
  await panel.getByLabel(/Only the questions ticked/).check();
  const boxes = await page.getByRole("checkbox", { name: /^Include in export/ }).all();
  expect(boxes.length).toBeGreaterThan(5);
  for (const box of boxes) await box.check();
  await panel.getByRole("button", { name: "Prepare export" }).click();

  await expect(page).toHaveURL(new RegExp(`/teach/content/${SLUG}/export\\?`));
  await expect(page.getByRole("status")).toContainText(`${boxes.length} questions in the file`);
  const notes = page.getByRole("table", { name: "Left out or changed" });
  const ordering = notes.getByRole("row").filter({ hasText: "Ordering" });
  await expect(ordering).toContainText("Changed");
  await expect(ordering).toContainText("GIFT has no ordering question");
  await expectAccessible(page, "article export summary");

  const fileName = `sourced-${SLUG}-gift.txt`;
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download ${fileName}` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(fileName);
  const gift = fs.readFileSync((await file.path())!, "utf8");
  expect(gift).toContain("$CATEGORY: $course$/Sourced/");
  expect(gift.match(/^::/gm)?.length).toBe(boxes.length);

  // The same selection in another format, from the summary page.
  await page.getByLabel("QTI 3.0 package (Canvas and others, .zip)").check();
  await page.getByRole("button", { name: "Prepare export" }).click();
  await expect(page.getByRole("status")).toContainText(`${boxes.length} questions in the file`);
  const zip = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download sourced-${SLUG}-qti3.zip` }).click();
  expect(
    fs
      .readFileSync((await (await zip).path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe("PK");
  state.exportUrl = new URL(page.url()).pathname;
});

test("an assignment's fixed question set exports from its results page", async ({ instructorPage: page }) => {
  const title = `Export week ${run}`;
  await page.goto("/teach");
  await page.getByLabel("Class name").fill(`Export class ${run}`);
  await page.getByRole("button", { name: "Create class" }).click();
  await page.getByRole("link", { name: "New assignment" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Number of questions").fill("3");
  await page.getByLabel(/Use all generated questions/).check();
  await page.getByRole("button", { name: "Assign quiz" }).click();
  await page
    .getByRole("row", { name: new RegExp(title) })
    .getByRole("link")
    .first()
    .click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();

  await page.getByRole("link", { name: "Export questions for an LMS" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await page.getByLabel("Moodle XML (.xml)").check();
  await page.getByRole("button", { name: "Prepare export" }).click();
  await expect(page.getByRole("status")).toContainText("3 questions in the file");
  await expectAccessible(page, "assignment export summary");
  const fileName = `sourced-export-week-${run}-moodle.xml`;
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download ${fileName}` }).click();
  const xml = fs.readFileSync((await (await download).path())!, "utf8");
  expect(xml.match(/<question type="(?!category)/g)?.length).toBe(3);
  expect(xml).toContain(`$course$/Sourced/${title}`);
  state.exportUrl = new URL(page.url()).pathname;
});

test("a student gets 404 on the export pages and files", async ({ studentPage: page }) => {
  for (const path of [
    `/teach/content/${SLUG}/export?format=gift`,
    `/teach/content/${SLUG}/export/file?format=gift`,
    state.exportUrl,
    `${state.exportUrl}/questions?format=gift`,
  ]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
});
