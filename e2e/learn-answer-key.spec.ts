import { expect, test } from "./fixtures";
import { answerByKeyboard, signUpStudent, startQuiz } from "./learn-helpers";

/**
 * The browser must not receive a question's key, explanation or source
 * sentence before the question is answered: not in the HTML, not in the RSC
 * payload a client navigation fetches. The same check after answering finds
 * them, which shows the check can fail.
 */
test("the answer key reaches the browser only after each answer", async ({ page }) => {
  await signUpStudent(page);
  const quizUrl = await startQuiz(page, { length: 10 });
  const fetchAll = async () => {
    const html = await (await page.request.get(quizUrl)).text();
    const rsc = await (await page.request.get(quizUrl, { headers: { RSC: "1" } })).text();
    expect(rsc).toContain("initialItems");
    return { html, rsc };
  };
  const before = await fetchAll();
  for (const payload of [before.html, before.rsc]) {
    for (const key of ["correctAnswer", "explanation", "sourceSentence", "acceptedAnswer", '"answer"', '"accept"']) {
      expect(payload, key).not.toContain(key);
    }
  }

  const secrets: { prompt: string; explanation: string; source: string }[] = [];
  for (let i = 0; i < 10; i++) {
    const prompt = (await page.getByRole("form").getByRole("heading", { level: 2 }).textContent())!;
    await answerByKeyboard(page);
    const feedback = page.getByRole("region", { name: "Feedback" });
    const explanation = (await feedback.getByRole("paragraph").first().textContent())!.trim();
    const source = (await feedback.getByRole("blockquote").textContent())!.trim();
    secrets.push({ prompt, explanation, source });
    if (i === 0) {
      // The second question's secrets are still unknown to the browser now.
      const midway = await fetchAll();
      expect(midway.rsc).toContain("explanation");
    }
    await page.keyboard.press("Enter");
  }
  const escape = (s: string) => JSON.stringify(s).slice(1, -1);
  for (const { prompt, explanation, source } of secrets) {
    for (const payload of [before.html, before.rsc]) {
      expect(payload).not.toContain(escape(explanation));
      // A "who said this?" question quotes its whole source sentence in the prompt.
      if (!prompt.includes(source)) expect(payload).not.toContain(escape(source));
    }
  }
  const after = await fetchAll();
  for (const { explanation } of secrets) expect(after.rsc).toContain(escape(explanation));
});
