import { test as setup, expect } from "@playwright/test";
import { ACCOUNTS, signIn, storageState } from "./fixtures";

for (const role of Object.keys(ACCOUNTS) as (keyof typeof ACCOUNTS)[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, ACCOUNTS[role].email, ACCOUNTS[role].password);
    await expect(page).toHaveURL(/\/articles$/);
    await page.context().storageState({ path: storageState(role) });
  });
}
