import { expect, hydrated, uniqueEmail, type Page } from "./fixtures";
import type { Locator } from "@playwright/test";

/** A new student of one's own, so quiz and review state never leaks between tests. */
export async function signUpStudent(page: Page, name = "Quinn Quizzer") {
  const email = uniqueEmail("learner");
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("learning by quizzing");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/articles$/);
  return email;
}

/** Starts a practice quiz from the Practice page; returns the quiz URL. */
export async function startQuiz(page: Page, opts: { length?: 5 | 10 | 20; kinds?: string[] } = {}) {
  await page.goto("/practice");
  await hydrated(page);
  await page.getByText(String(opts.length ?? 10), { exact: true }).click();
  if (opts.kinds) {
    for (const box of await page.getByRole("group", { name: "Kinds of question" }).getByRole("checkbox").all()) {
      const label = (await box.evaluate((el) => el.parentElement?.textContent ?? "")).trim();
      await box.setChecked(opts.kinds.includes(label));
    }
  }
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[0-9a-f-]{36}$/);
  return page.url();
}

/** Presses Tab until the locator has focus: proves it is reachable by keyboard. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with Tab`);
}

export type Kind = "choice" | "cloze" | "matching" | "ordering";

async function currentKind(page: Page): Promise<Kind> {
  const form = page.getByRole("form");
  if (await form.getByRole("radio").count()) return "choice";
  if (await form.getByLabel("Your answer").count()) return "cloze";
  if (await form.getByRole("combobox").count()) return "matching";
  return "ordering";
}

/**
 * Answers the question on screen with the keyboard alone and waits for the
 * feedback. `cloze` is what to type into a blank.
 */
export async function answerByKeyboard(page: Page, cloze = "zzz"): Promise<Kind> {
  await hydrated(page);
  const form = page.getByRole("form");
  const kind = await currentKind(page);
  if (kind === "choice") {
    await page.keyboard.press("2");
    await expect(form.getByRole("radio").nth(1)).toBeChecked();
    await page.keyboard.press("Enter");
  } else if (kind === "cloze") {
    await tabTo(page, form.getByLabel("Your answer"));
    await page.keyboard.type(cloze);
    await page.keyboard.press("Enter");
  } else if (kind === "matching") {
    const selects = await form.getByRole("combobox").all();
    for (const [i, select] of selects.entries()) {
      await tabTo(page, select);
      for (let k = 0; k <= i; k++) await page.keyboard.press("ArrowDown");
      await expect(select).not.toHaveValue("");
    }
    await tabTo(page, form.getByRole("button", { name: "Check answer" }));
    await page.keyboard.press("Enter");
  } else {
    const first = form.getByRole("listitem").first();
    const moveDown = (await first.getByRole("button", { name: /^Move “.*” down$/ }).getAttribute("aria-label"))!;
    const text = moveDown.slice("Move “".length, -"” down".length);
    await tabTo(page, form.getByRole("button", { name: `Move “${text}” down` }));
    await page.keyboard.press("Enter");
    await expect(form.getByRole("listitem").nth(1)).toContainText(text);
    await tabTo(page, form.getByRole("button", { name: "Check answer" }));
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("button", { name: /Next question|Finish/ })).toBeFocused();
  return kind;
}
