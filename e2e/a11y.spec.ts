import AxeBuilder from "@axe-core/playwright";
import { expect, storageState, test, type Page } from "./fixtures";

async function expectNoSeriousViolations(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  // Next streams metadata: during a transition the <title> can be briefly absent.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`), path).toEqual([]);
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`accessibility, ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test("public pages", async ({ page }) => {
      for (const path of ["/", "/login", "/signup"]) await expectNoSeriousViolations(page, path);
    });

    test.describe("student pages", () => {
      test.use({ storageState: storageState("student") });
      test("pass axe", async ({ page }) => {
        for (const path of ["/", "/articles", "/articles/gchq-nca-team-up-against-tor-criminals", "/account"]) {
          await expectNoSeriousViolations(page, path);
        }
      });
    });

    test.describe("instructor pages", () => {
      test.use({ storageState: storageState("instructor") });
      test("pass axe", async ({ page }) => {
        for (const path of ["/teach"]) await expectNoSeriousViolations(page, path);
      });
    });
  });
}
