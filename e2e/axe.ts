import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "./fixtures";

/**
 * Scans the page as it stands (WCAG 2.1 A and AA) and fails on any serious or
 * critical violation, listing each with the elements it hit.
 */
export async function expectAccessible(page: Page, label: string) {
  await page.waitForLoadState("networkidle");
  // Next streams metadata: during a transition the <title> can be briefly absent.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    label,
  ).toEqual([]);
}
