import { expect, hydrated, test } from "./fixtures";
import { answerByKeyboard, signUpStudent, startQuiz, type Kind } from "./learn-helpers";

test.describe("reading", () => {
  test("a student reads an article and opens a fact's note by hover, keyboard and tap", async ({ page }) => {
    await signUpStudent(page);
    await page.goto("/articles/gchq-nca-joint-operations-cell");
    await hydrated(page);
    const term = page.getByRole("article").getByRole("button", { name: "GCHQ" }).first();
    const note = page.getByRole("tooltip").filter({ hasText: "Government Communications Headquarters" }).first();
    await expect(note).toBeHidden();
    await term.hover();
    await expect(note).toBeVisible();
    await expect(term).toHaveAccessibleDescription(/Government Communications Headquarters/);

    await page.mouse.move(0, 0);
    await expect(note).toBeHidden();
    await term.focus();
    await expect(note).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(note).toBeHidden();

    // A quote tells who said it.
    const speaker = page.getByRole("button", { name: "Who said this?" });
    await expect(speaker.first()).toHaveAccessibleDescription(/Said by/);
    await page.getByRole("button", { name: "Robert Hannigan" }).first().click();
    await expect(page.getByRole("tooltip").filter({ hasText: "Director, GCHQ" }).first()).toBeVisible();
  });
});

test.describe("taking a quiz", () => {
  test("all five kinds by keyboard alone, feedback with a link to the highlighted sentence, then the summary", async ({
    page,
  }) => {
    await signUpStudent(page);
    const quizUrl = await startQuiz(page, { length: 10 });
    await expect(page.getByRole("progressbar", { name: "Quiz progress" })).toHaveAttribute("aria-valuenow", "0");

    const kinds = new Set<Kind>();
    const seen = new Set<string>();
    let sourceLink: string | null = null;
    let sourceSentence = "";
    for (let i = 1; i <= 10; i++) {
      await expect(page.getByText(`Question ${i} of 10`)).toBeVisible();
      // ten different questions: two may share a stem ("Which of these does the article attribute to …?" for two
      // quotations of one speaker), so a question is its stem with its options
      seen.add((await page.getByRole("form").textContent())!);
      kinds.add(await answerByKeyboard(page));
      const feedback = page.getByRole("region", { name: "Feedback" });
      await expect(feedback.getByRole("heading", { name: /Correct|Not quite|Partly right/ })).toBeVisible();
      await expect(feedback.getByRole("blockquote")).not.toBeEmpty();
      await expect(page.getByRole("progressbar", { name: "Quiz progress" })).toHaveAttribute(
        "aria-valuenow",
        String(i),
      );
      if (!sourceLink) {
        sourceLink = await feedback.getByRole("link", { name: "See it in the article" }).getAttribute("href");
        sourceSentence = (await feedback.getByRole("blockquote").textContent())!.trim();
      }
      await page.keyboard.press("Enter");
    }
    // single_choice and true_false both answer as "choice".
    expect([...kinds].sort()).toEqual(["choice", "cloze", "matching", "ordering"]);
    expect(seen.size).toBe(10);

    await expect(page.getByRole("heading", { name: "That was the last question" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "See your results" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: /You scored .* out of 10/ })).toBeVisible();
    await expect(
      page
        .getByRole("region", { name: "Question by question" })
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { level: 3 }) }),
    ).toHaveCount(10);
    expect(page.url()).toBe(quizUrl);

    // A finished quiz cannot be answered again: the page is the summary for good.
    await page.reload();
    await expect(page.getByRole("heading", { name: /You scored/ })).toBeVisible();
    await expect(page.getByRole("button", { name: /Check answer/ })).toHaveCount(0);

    // The feedback's link opens the article at the source sentence, highlighted.
    expect(sourceLink).toMatch(/^\/articles\/[a-z0-9-]+\?s=\d+-\d+#src$/);
    await page.goto(sourceLink!);
    const mark = page.locator("#src");
    await expect(mark).toBeVisible();
    // innerText leaves out the closed notes of the terms inside the sentence; it may break a
    // line at a note's button, so whitespace is compared loosely.
    const flat = (t: string) =>
      t
        .replace(/\s+/g, " ")
        .replace(/ (?=[,.;:!?”’"])/g, "")
        .trim();
    await expect.poll(async () => flat(await mark.innerText())).toBe(flat(sourceSentence!));
    await expect(mark).toBeInViewport();
  });

  test("a reload mid-quiz resumes where it was, and a retry after a dropped connection counts once", async ({
    page,
  }) => {
    await signUpStudent(page);
    const quizUrl = await startQuiz(page, { length: 5, kinds: ["True or false", "Multiple choice"] });
    await answerByKeyboard(page);
    await page.keyboard.press("Enter");
    await answerByKeyboard(page);
    const secondPrompt = await page.getByRole("form").getByRole("heading", { level: 2 }).textContent();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Question 3 of 5")).toBeVisible();
    const thirdPrompt = await page.getByRole("form").getByRole("heading", { level: 2 }).textContent();
    expect(thirdPrompt).not.toBe(secondPrompt);

    await page.reload();
    await expect(page.getByText("Question 3 of 5")).toBeVisible();
    await expect(page.getByText("2 answered")).toBeVisible();
    await expect(page.getByRole("form").getByRole("heading", { level: 2 })).toHaveText(thirdPrompt!);
    await hydrated(page);

    // The answer reaches the server but the reply is lost on the way back.
    let dropped = 0;
    await page.route(quizUrl, async (route) => {
      if (route.request().method() !== "POST" || dropped > 0) return route.fallback();
      dropped++;
      await route.fetch();
      await route.abort("connectionreset");
    });
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alert").filter({ hasText: "connection dropped" })).toBeVisible();
    await expect(page.getByRole("radio").first()).toBeChecked();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("button", { name: "Next question" })).toBeFocused();
    await page.unroute(quizUrl);
    expect(dropped).toBe(1);

    await page.reload();
    await expect(page.getByText("Question 4 of 5")).toBeVisible();
    await expect(page.getByText("3 answered")).toBeVisible();

    // Unfinished quizzes are offered on the home page.
    await page.goto("/");
    await expect(page.getByText("3 of 5 answered")).toBeVisible();
    await page.getByRole("link", { name: "Resume quiz" }).click();
    await expect(page).toHaveURL(quizUrl);
    await expect(page.getByText("Question 4 of 5")).toBeVisible();
  });
});

test.describe("privacy", () => {
  test("another student's quiz is a 404, and signed-out visitors are sent to sign in", async ({ page, pageAs }) => {
    await signUpStudent(page, "Owner Olive");
    const quizUrl = await startQuiz(page, { length: 5 });

    const otherPage = await pageAs(null);
    await signUpStudent(otherPage, "Nosy Ned");
    const response = await otherPage.goto(quizUrl);
    expect(response?.status()).toBe(404);
    await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect((await otherPage.goto("/quiz/not-a-uuid"))?.status()).toBe(404);

    const anon = await pageAs(null);
    for (const path of ["/practice", "/review", "/progress", new URL(quizUrl).pathname]) {
      await anon.goto(path);
      await expect(anon).toHaveURL(/\/login/);
    }
  });
});
