import { expectAccessible } from "./axe";
import { expect, storageState, test } from "./fixtures";

test.use({ storageState: storageState("instructor") });

const run = Date.now().toString(36);
const TITLE = `Flood barrier opens ${run}`;
// "she said" after two women are named: the pipeline cannot be sure who said it and holds its questions back.
// Named teach-* so that it runs after the learn-* specs: its article's sure questions join the practice pool,
// and its role matching has the same prompt as a seed article's.
const ARTICLE = `---
title: "${TITLE}"
source: E2E Coast News
published: 2024-05-10
---
The Coastal Flood Authority (CFA), the region's flood defence agency, opened its new barrier on Thursday.

CFA chief executive Maria Olsen said the barrier "will protect forty thousand homes from the worst storms for a generation."

Council leader Anna Harper and her deputy Clara Lind criticised the cost of the scheme. "Residents deserve to know where the money went," she said.

Work on the barrier began in 2019, when the regional assembly approved the plan. The assembly's chair, Tomas Berg, said in March 2021 that "the costs have been kept under control despite the pandemic."
`;

test("held-back drafts are listed with why, and an approved one joins the questions in use", async ({ page }) => {
  await page.goto("/teach/content/new");
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: "Check article" }).click();
  await page.getByRole("button", { name: "Add to library" }).click();
  await expect(page.getByRole("status")).toContainText("The article is in the library", { timeout: 30_000 });

  const held = page.getByRole("region", { name: /^Held back: check before use/ });
  await expect(held).toBeVisible();
  await expect(held.getByText("“she said” may be Clara Lind as well as Anna Harper").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /held back/ })).toBeVisible();
  await expectAccessible(page, "curation page with held-back drafts");

  const before = await held
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) })
    .count();
  const card = held
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) })
    .first();
  const prompt = (await card.getByRole("heading", { level: 3 }).textContent())!;
  // by its id: two questions may share a stem ("Which of these does the article attribute to …?")
  const id = (await card.getAttribute("id"))!;
  await card.getByRole("button", { name: /^Approve for use/ }).click();

  // Approved: it leaves the held list and is listed with the questions in use.
  const inUse = page
    .locator(`li[id="${id}"]`)
    .filter({ has: page.getByRole("heading", { level: 2, name: prompt, exact: true }) });
  await expect(inUse.getByText("approved", { exact: true })).toBeVisible();
  await expect(held.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) })).toHaveCount(
    before - 1,
  );
  // "Approve all" approves only the sure drafts: the held ones stay to be checked one by one.
  const all = page.getByRole("button", { name: /^Approve all \d+ drafts$/ });
  if (await all.count()) await all.click();
  await expect(page.getByRole("button", { name: /^Approve all/ })).toHaveCount(0);
  if (before > 1) await expect(held).toBeVisible();
});
