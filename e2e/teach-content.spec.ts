import { expect, storageState, test } from "./fixtures";

test.use({ storageState: storageState("instructor") });

const run = Date.now().toString(36);
const TITLE = `Police agency opens cyber unit ${run}`;
const ARTICLE = `---
title: "${TITLE}"
source: E2E Times
published: 2024-03-04
---
LONDON — The National Crime Agency (NCA) opened a new cyber unit on Monday, the agency said.

"This unit will find the people who hide behind encryption," said Keith Bristow, director general of the National Crime Agency.

The Government Communications Headquarters (GCHQ) will second analysts to the unit, according to Robert Hannigan, director of GCHQ.

In 2013, the NCA replaced the Serious Organised Crime Agency, which had run cyber investigations since 2006.
`;

test("a file that cannot be read gets a clear message and nothing is stored", async ({ page }) => {
  await page.goto("/teach/content/new");
  await page.getByLabel(/Or upload a file/).setInputFiles({
    name: "scan.md",
    mimeType: "text/markdown",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]),
  });
  await page.getByRole("button", { name: "Check article" }).click();
  await expect(page.getByTestId("form-error")).toHaveText(
    "This article cannot be read: the file looks like a binary file (contains NUL bytes), expected UTF-8 text. Nothing was saved.",
  );

  await page.getByLabel(/Or upload a file/).setInputFiles({
    name: "broken.md",
    mimeType: "text/markdown",
    buffer: Buffer.from("---\ntitle: [never closed\n---\nBody.\n"),
  });
  await page.getByRole("button", { name: "Check article" }).click();
  await expect(page.getByTestId("form-error")).toContainText(
    /cannot be read \(line \d+\): invalid YAML in front matter/,
  );

  await page
    .getByLabel(/Or upload a file/)
    .setInputFiles({ name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]) });
  await page.getByRole("button", { name: "Check article" }).click();
  await expect(page.getByTestId("form-error")).toContainText("not valid UTF-8");

  await page.getByRole("button", { name: "Check article" }).click();
  await expect(page.getByText("Paste the article text, or choose a file to upload.")).toBeVisible();

  await page.goto("/teach/content");
  await expect(page.getByRole("link", { name: /scan|broken|latin1/ })).toHaveCount(0);
});

test("an article over the stated size is refused before any work, and the text stays in the form", async ({ page }) => {
  await page.goto("/teach/content/new");
  await expect(page.getByText("Up to 500 KB and 60,000 words.")).toBeVisible();
  const long = `---\ntitle: "Too long ${run}"\n---\n${"word ".repeat(60_001)}`;
  await page.getByLabel("Article text").fill(long);
  await page.getByRole("button", { name: "Check article" }).click();
  await expect(page.getByText("The text is longer than 60,000 words.")).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveValue(long);
});

test("a pasted article is previewed, added with draft questions, and a question is edited and restored", async ({
  page,
}) => {
  await page.goto("/teach/content/new");
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: "Check article" }).click();
  await expect(page.getByText("Preview: nothing is saved yet")).toBeVisible();
  await expect(page.getByRole("heading", { name: TITLE, level: 2 })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "NCA stands for National Crime Agency" })).toBeVisible();
  // Nothing is stored by a preview.
  const library = await page.request.get("/teach/content");
  expect(await library.text()).not.toContain(TITLE);

  await page.getByRole("button", { name: "Add to library" }).click();
  await expect(page).toHaveURL(/\/teach\/content\/police-agency-opens-cyber-unit-[\w-]+\?added=1$/);
  // The questions are written off the request thread; the page follows the work until they are in.
  await expect(page.getByRole("status")).toContainText("The article is in the library", { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
  const first = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2 }) })
    .first();
  await expect(first).toContainText("draft");
  await expect(first).toContainText("Source sentence:");

  await first.getByText("Edit this question").click();
  const prompt = first.getByLabel("Question", { exact: true });
  await prompt.fill("");
  await first.getByRole("button", { name: "Save as a new version" }).click();
  await expect(first.getByText("The question needs a prompt.")).toBeVisible();
  await prompt.fill(`Edited prompt ${run}?`);
  await first.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByRole("status")).toContainText("Saved as a new version");
  const edited = page.getByRole("listitem").filter({ hasText: `Edited prompt ${run}?` });
  await expect(edited).toContainText("version 2 (edited)");
  await edited.getByRole("button", { name: "Approve" }).click();
  await expect(edited).toContainText("approved");
  await edited.getByRole("button", { name: "Back to generated version" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: `Edited prompt ${run}?` })).toHaveCount(0);
  await expect(page.getByText("version 1 (generated)").first()).toBeVisible();

  await page.goto("/teach/content");
  const row = page.getByRole("row", { name: new RegExp(TITLE) });
  await expect(row).toContainText("Uploaded by Irene Instructor");
});
