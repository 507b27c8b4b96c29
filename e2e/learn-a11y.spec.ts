import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { answerByKeyboard, signUpStudent, startQuiz } from "./learn-helpers";

async function expectNoSeriousViolations(page: Page, label: string) {
  await page.waitForLoadState("networkidle");
  // Next streams metadata: during a transition the <title> can be briefly absent.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`), label).toEqual([]);
}

for (const scheme of ["light", "dark"] as const) {
  test(`student learning pages pass axe in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await signUpStudent(page);
    for (const path of ["/", "/practice", "/review", "/progress"]) {
      await page.goto(path);
      await expectNoSeriousViolations(page, path);
    }
    await page.goto("/articles/gchq-nca-team-up-against-tor-criminals");
    await page.getByRole("article").getByRole("button", { name: "GCHQ" }).first().focus();
    await expectNoSeriousViolations(page, "article with a note open");

    await startQuiz(page, { length: 5 });
    await expectNoSeriousViolations(page, "quiz question");
    await answerByKeyboard(page);
    await expectNoSeriousViolations(page, "quiz feedback");
    const link = await page.getByRole("link", { name: "See it in the article" }).getAttribute("href");
    for (let i = 1; i < 5; i++) {
      await page.keyboard.press("Enter");
      await answerByKeyboard(page);
    }
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "See your results" }).click();
    await expect(page.getByRole("heading", { name: /You scored/ })).toBeVisible();
    await expectNoSeriousViolations(page, "quiz summary");
    await page.goto(link!);
    await expectNoSeriousViolations(page, "article with the source highlighted");
    for (const path of ["/review", "/progress", "/"]) {
      await page.goto(path);
      await expectNoSeriousViolations(page, `${path} with history`);
    }
  });
}
