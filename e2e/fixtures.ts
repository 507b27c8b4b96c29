import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";

export const ACCOUNTS = {
  student: { email: "e2e-student@example.test", password: "e2e-student-pass", name: "Stella Student" },
  instructor: { email: "e2e-instructor@example.test", password: "e2e-instructor-pass", name: "Irene Instructor" },
  otherInstructor: { email: "e2e-other-instructor@example.test", password: "e2e-other-pass", name: "Otto Other" },
} as const;

export type Role = keyof typeof ACCOUNTS;

// E2E_AUTH_DIR (with E2E_PORT, E2E_PGLITE_DIR, NEXT_DIST_DIR) lets two runs share a machine.
export const storageState = (role: Role) => `${process.env.E2E_AUTH_DIR || "e2e/.auth"}/${role}.json`;

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.test`;
}

/**
 * Waits until React has hydrated the page. The quiz's keyboard shortcuts and
 * the reader's notes are JavaScript: a key pressed or a hover made before
 * hydration is lost, which a busy machine makes likely after a full page
 * load. Next's app router adds its route announcer when it hydrates.
 */
export async function hydrated(page: Page) {
  await page.locator("next-route-announcer").waitFor({ state: "attached" });
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Collects every CSP (or Permissions-Policy) complaint the browser makes:
 * the console lines Chromium writes, and each securitypolicyviolation event,
 * which a script injected before the page's own reports to the console.
 */
async function watchPolicies(context: BrowserContext, violations: string[]) {
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
    );
  });
  context.on("console", (msg) => {
    if (/Content[- ]Security[- ]Policy|CSP violation|Permissions-Policy/i.test(msg.text())) violations.push(msg.text());
  });
}

type Fixtures = {
  /** Policy violations seen in any page of the test; the test fails if there are any. */
  policyViolations: string[];
  /** A page in a fresh browser context, signed in as the role (saved sign-in state) or signed out (null). */
  pageAs: (role: Role | null, options?: BrowserContextOptions) => Promise<Page>;
  studentPage: Page;
  instructorPage: Page;
  otherInstructorPage: Page;
};

export const test = base.extend<Fixtures>({
  policyViolations: [
    async ({ browserName: _browser }, provide) => {
      const violations: string[] = [];
      await provide(violations);
      expect(violations, "CSP or Permissions-Policy violations in the browser console").toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, policyViolations }, provide) => {
    await watchPolicies(context, policyViolations);
    await provide(context);
  },
  pageAs: async ({ browser, policyViolations }, provide) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await provide(async (role, options = {}) => {
      const context = await browser.newContext(role ? { ...options, storageState: storageState(role) } : options);
      await watchPolicies(context, policyViolations);
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
  studentPage: async ({ pageAs }, provide) => provide(await pageAs("student")),
  instructorPage: async ({ pageAs }, provide) => provide(await pageAs("instructor")),
  otherInstructorPage: async ({ pageAs }, provide) => provide(await pageAs("otherInstructor")),
});

export type { Page };
export { expect };
