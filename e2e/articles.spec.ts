import { expect, storageState, test } from "./fixtures";

test.use({ storageState: storageState("student") });

test("a student sees both seed articles and reads one without the page cruft", async ({ page }) => {
  await page.goto("/articles");
  // On a shared PostgreSQL other tests may have added articles; the seeds must be there.
  await expect(page.getByRole("link", { name: /criminals hiding on Tor/ })).toBeVisible();
  await page.getByRole("link", { name: /Joint Operations Cell/ }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("Joint Operations Cell");
  await expect(page.getByText("VICE", { exact: true })).toBeVisible();
  const body = page.getByRole("article");
  await expect(body).toContainText("GCHQ Director Robert Hannigan said in the recent release");
  // "Videos by VICE" is page furniture in the saved article, not part of the story.
  await expect(body).not.toContainText("Videos by VICE");
});

test("an unknown article is a 404", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article");
  expect(response?.status()).toBe(404);
});
