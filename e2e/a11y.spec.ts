import { expectAccessible } from "./axe";
import { test } from "./fixtures";

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`accessibility, ${colorScheme} mode`, () => {
    test("public pages", async ({ pageAs }) => {
      const page = await pageAs(null, { colorScheme });
      for (const path of ["/", "/login", "/signup"]) {
        await page.goto(path);
        await expectAccessible(page, path);
      }
    });

    test("student pages", async ({ pageAs }) => {
      const page = await pageAs("student", { colorScheme });
      for (const path of ["/", "/articles", "/articles/gchq-nca-team-up-against-tor-criminals", "/account"]) {
        await page.goto(path);
        await expectAccessible(page, path);
      }
    });

    test("instructor pages", async ({ pageAs }) => {
      const page = await pageAs("instructor", { colorScheme });
      for (const path of [
        "/teach",
        "/teach/lti",
        "/teach/content/gchq-nca-team-up-against-tor-criminals",
        "/teach/content/gchq-nca-team-up-against-tor-criminals/export?format=csv&scope=selection",
        "/lti/refused?reason=expired",
      ]) {
        await page.goto(path);
        await expectAccessible(page, path);
      }
    });
  });
}
