import { expectAccessible } from "./axe";
import { expect, hydrated, test } from "./fixtures";
import { answerByKeyboard, signUpStudent, startQuiz } from "./learn-helpers";

for (const scheme of ["light", "dark"] as const) {
  test(`student learning pages pass axe in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await signUpStudent(page);
    for (const path of ["/", "/practice", "/review", "/progress"]) {
      await page.goto(path);
      await expectAccessible(page, path);
    }
    await page.goto("/articles/gchq-nca-team-up-against-tor-criminals");
    await hydrated(page);
    await page.getByRole("article").getByRole("button", { name: "GCHQ" }).first().focus();
    await expectAccessible(page, "article with a note open");

    await startQuiz(page, { length: 5 });
    await expectAccessible(page, "quiz question");
    await answerByKeyboard(page);
    await expectAccessible(page, "quiz feedback");
    const link = await page.getByRole("link", { name: "See it in the article" }).getAttribute("href");
    for (let i = 1; i < 5; i++) {
      await page.keyboard.press("Enter");
      await answerByKeyboard(page);
    }
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "See your results" }).click();
    await expect(page.getByRole("heading", { name: /You scored/ })).toBeVisible();
    await expectAccessible(page, "quiz summary");
    await page.goto(link!);
    await expectAccessible(page, "article with the source highlighted");
    for (const path of ["/review", "/progress", "/"]) {
      await page.goto(path);
      await expectAccessible(page, `${path} with history`);
    }
  });
}
