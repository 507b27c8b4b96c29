// Takes full-page screenshots of the main pages at phone and desktop widths,
// for looking at the product as a user would: node scripts/screenshots.mjs [baseURL] [outDir]
import fs from "node:fs";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = process.argv[3] ?? "shots";
const email = process.env.SHOT_EMAIL ?? "student@demo.sourced.test";
const password = process.env.SHOT_PASSWORD ?? "demo-student";
const pages = (
  process.env.SHOT_PAGES ?? "/,/login,/signup|/articles,/articles/gchq-nca-joint-operations-cell,/account"
).split("|");
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--disable-quic", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"],
});
for (const [width, height] of [
  [390, 844],
  [1280, 800],
]) {
  for (const scheme of (process.env.SHOT_SCHEMES ?? "light").split(",")) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
    const page = await context.newPage();
    const shoot = async (path) => {
      await page.goto(base + path);
      const name = `${width}-${scheme}${path.replaceAll("/", "_") || "_home"}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
    };
    for (const p of pages[0].split(",")) await shoot(p);
    if (pages[1]) {
      await page.goto(`${base}/login`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((u) => !u.pathname.startsWith("/login"));
      for (const p of pages[1].split(",")) await shoot(p);
    }
    await context.close();
  }
}
await browser.close();
