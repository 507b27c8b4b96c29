import { expect, test } from "./fixtures";
import { answerByKeyboard, signUpStudent, startQuiz } from "./learn-helpers";

test("a missed fact comes back in Review now, and the progress page counts it", async ({ page }) => {
  await signUpStudent(page);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Review$/ })).toBeVisible();
  await startQuiz(page, { length: 5, kinds: ["Fill in the blank"] });

  // A blank filled with nonsense is wrong; FSRS brings a miss back in a minute.
  await answerByKeyboard(page, "not even close");
  const feedback = page.getByRole("region", { name: "Feedback" });
  await expect(feedback.getByRole("heading", { name: "Not quite" })).toBeVisible();
  const missedSource = (await feedback.getByRole("blockquote").textContent())!.trim();
  await page.keyboard.press("Enter");
  for (let i = 2; i <= 5; i++) {
    await answerByKeyboard(page, "not even close");
    await page.keyboard.press("Enter");
  }
  await page.getByRole("button", { name: "See your results" }).click();
  await expect(page.getByRole("heading", { name: "You scored 0 out of 5" })).toBeVisible();

  await page.goto("/");
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Review \d+ due/ }),
  ).toBeVisible();
  const dueText = (await page
    .getByRole("region", { name: "Review" })
    .getByText(/facts? due/)
    .textContent())!;
  const due = Number(dueText.match(/\d+/)![0]);
  expect(due).toBeGreaterThanOrEqual(4);
  await page.getByRole("link", { name: "Review now" }).click();

  await expect(page.getByRole("heading", { name: `${due} facts are due` })).toBeVisible();
  await page.getByRole("button", { name: `Review now (${due})` }).click();
  await expect(page).toHaveURL(/\/quiz\//);
  await expect(page.getByRole("heading", { name: `Review: ${due} facts`, level: 1 })).toBeVisible();
  const sources: string[] = [];
  for (let i = 1; i <= due; i++) {
    await answerByKeyboard(page, "still wrong");
    sources.push((await page.getByRole("region", { name: "Feedback" }).getByRole("blockquote").textContent())!.trim());
    await page.keyboard.press("Enter");
  }
  expect(sources).toContain(missedSource);
  await page.getByRole("button", { name: "See your results" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`You scored .* out of ${due}`) })).toBeVisible();

  await page.goto("/progress");
  await expect(page.getByText("Current streak")).toBeVisible();
  await expect(page.getByText("1 day").first()).toBeVisible();
  const history = page.getByRole("region", { name: "Quizzes" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("cell", { name: "Review", exact: true })).toBeVisible();
  // The review quiz may also have scored 0 / 5: look in the practice quiz's row.
  await expect(
    history
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: "Practice", exact: true }) })
      .getByRole("cell", { name: "0 / 5" }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "By kind of fact" })).toContainText("Dates and events");
});
