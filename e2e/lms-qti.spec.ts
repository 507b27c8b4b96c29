/**
 * Every QTI 3.0 item Sourced exports, loaded into Chromium with Cito's QTI 3
 * player (@citolab/qti-components): the item must render, and the player's own
 * response processing must score a right answer full marks and a wrong one 0.
 * The page and the player are served from node_modules by page.route, so this
 * spec needs neither the app server nor a signed-in user.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { matchingPairs, clozeAnswers } from "../lib/export/common";
import { qtiItems } from "../lib/export/qti";
import { contentInputs, nastyInput } from "../lib/export/test-fixtures";
import type { ExportInput, ExportQuestion } from "../lib/export/types";

const playerDir = path.dirname(createRequire(import.meta.url).resolve("@citolab/qti-components/package.json"));
const ORIGIN = "http://qti-player.test";
const PAGE = `<!doctype html>
<html lang="en"><head><title>QTI player</title><link rel="stylesheet" href="/item.css">
<script type="module">
  import { qtiTransformItem } from "/player.js";
  const host = () => document.getElementById("host");
  const item = () => host().querySelector("qti-assessment-item");
  window.showItem = async (xml) => {
    host().replaceChildren(qtiTransformItem().parse(xml).htmlDoc());
    await customElements.whenDefined("qti-assessment-item");
    await item().updateComplete;
  };
  window.respond = (selector, value) => { document.querySelector(selector).saveResponse(value); };
  window.score = () => { item().processResponse(); return Number(item().getOutcome("SCORE").value); };
  window.maxScore = () => Number(item().getOutcome("MAXSCORE")?.value ?? 1);
  window.playerReady = true;
</script></head><body><main id="host"></main></body></html>`;

type Player = Window & {
  showItem(xml: string): Promise<void>;
  respond(selector: string, value: string | string[]): void;
  score(): number;
  maxScore(): number;
  playerReady?: boolean;
};

async function openPlayer(page: Page) {
  const files: Record<string, [string, string]> = {
    "/": ["text/html", PAGE],
    "/player.js": ["text/javascript", readFileSync(path.join(playerDir, "cdn/index.js"), "utf8")],
    "/item.css": ["text/css", readFileSync(path.join(playerDir, "dist/item.css"), "utf8")],
  };
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname];
    return file ? route.fulfill({ contentType: file[0], body: file[1] }) : route.fulfill({ status: 404 });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => (window as unknown as Player).playerReady);
}

const score = (page: Page) => page.evaluate(() => (window as unknown as Player).score());
const maxScore = (page: Page) => page.evaluate(() => (window as unknown as Player).maxScore());
const respond = (page: Page, selector: string, value: string | string[]) =>
  page.evaluate(([s, v]) => (window as unknown as Player).respond(s, v), [selector, value] as const);

/** Positional identifiers, as the exporter assigns them. */
const idOf = (prefix: string, list: { id: string }[], id: string) =>
  `${prefix}${list.findIndex((o) => o.id === id) + 1}`;

async function expectRendered(page: Page, q: ExportQuestion) {
  const item = page.locator("qti-assessment-item");
  await expect(item).toBeVisible();
  const texts =
    q.kind === "single_choice"
      ? q.options!.map((o) => o.text)
      : q.kind === "matching"
        ? [...q.left!, ...q.right!].map((o) => o.text)
        : q.kind === "ordering"
          ? q.items!.map((o) => o.text)
          : [];
  for (const t of texts) await expect(item).toContainText(t.trim().replace(/\s+/g, " "));
  if (q.kind === "cloze") await expect(item.getByRole("textbox")).toBeVisible();
  else await expect(item).toContainText(q.prompt.trim().replace(/\s+/g, " "));
}

/** Answers the item right, then wrong, through the player, and checks its score each time. */
async function expectScored(page: Page, q: ExportQuestion) {
  switch (q.kind) {
    case "single_choice":
    case "true_false": {
      const options = q.kind === "true_false" ? [{ id: "true" }, { id: "false" }] : q.options!;
      const right = String(q.answer);
      const wrong = options.find((o) => o.id !== right)!.id;
      await page.locator(`qti-simple-choice[identifier="${idOf("C", options, right)}"]`).click();
      expect(await score(page)).toBe(1);
      await page.locator(`qti-simple-choice[identifier="${idOf("C", options, wrong)}"]`).click();
      expect(await score(page)).toBe(0);
      break;
    }
    case "cloze": {
      const box = page.locator("qti-assessment-item").getByRole("textbox");
      // Typed, then left with Tab: the player takes the answer on change, as from a person.
      const type = async (text: string) => {
        await box.fill(text);
        await box.press("Tab");
      };
      // The last accepted answer in capitals: every alternative counts, and case does not.
      await type(clozeAnswers(q).at(-1)!.toUpperCase());
      expect(await score(page)).toBe(1);
      await type(`not ${clozeAnswers(q)[0]}`);
      expect(await score(page)).toBe(0);
      break;
    }
    case "matching": {
      const { pairs } = matchingPairs(q);
      const pair = (l: string, r: string) => `${idOf("L", q.left!, l)} ${idOf("R", q.right!, r)}`;
      await respond(
        page,
        "qti-match-interaction",
        pairs.map((p) => pair(p.left.id, p.right.id)),
      );
      expect(await score(page)).toBe(pairs.length);
      expect(await maxScore(page)).toBe(pairs.length);
      // Every left item with the next pair's partner: no pair right.
      const shifted = pairs.map((p, i) => pair(p.left.id, pairs[(i + 1) % pairs.length].right.id));
      await respond(page, "qti-match-interaction", shifted);
      expect(await score(page)).toBe(0);
      break;
    }
    case "ordering": {
      const order = (q.answer as string[]).map((id) => idOf("I", q.items!, id));
      await respond(page, "qti-order-interaction", order);
      expect(await score(page)).toBe(1);
      await respond(page, "qti-order-interaction", [...order].reverse());
      expect(await score(page)).toBe(0);
      break;
    }
  }
}

async function checkAll(page: Page, input: ExportInput) {
  const { items } = qtiItems(input);
  expect(items).toHaveLength(input.questions.length);
  for (const [i, q] of input.questions.entries()) {
    await test.step(`${q.kind} ${q.id}`, async () => {
      await page.evaluate((xml) => (window as unknown as Player).showItem(xml), items[i].xml);
      await expectRendered(page, q);
      await expectScored(page, q);
    });
  }
}

test.describe("QTI 3.0 export in a QTI 3 player", () => {
  test("every kind, with text full of special characters, renders and scores", async ({ page }) => {
    await openPlayer(page);
    await checkAll(page, nastyInput());
  });

  test("the questions the pipeline writes for content/ render and score", async ({ page }) => {
    await openPlayer(page);
    for (const input of contentInputs()) await checkAll(page, input);
  });
});
