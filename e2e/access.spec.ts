import { ACCOUNTS, expect, storageState, test } from "./fixtures";

test("a signed-out visitor is sent to sign in", async ({ page }) => {
  for (const path of [
    "/articles",
    "/articles/gchq-nca-joint-operations-cell",
    "/practice",
    "/review",
    "/progress",
    "/join",
    "/teach",
    "/account",
  ]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login/);
  }
});

test("after signing in, a visitor lands on the page they asked for", async ({ page }) => {
  await page.goto("/progress");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("Email").fill(ACCOUNTS.student.email);
  await page.getByLabel("Password").fill(ACCOUNTS.student.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/progress$/);
});

test.describe("as a student", () => {
  test.use({ storageState: storageState("student") });

  test("instructor pages do not exist for a student", async ({ page }) => {
    const response = await page.goto("/teach");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Teach" })).toHaveCount(0);
  });
});

test.describe("as an instructor", () => {
  test.use({ storageState: storageState("instructor") });

  test("the instructor sees Teach with classes and the content library", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Teach" }).click();
    await expect(page.getByRole("heading", { name: "Teach", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Content library" })).toBeVisible();
  });
});
