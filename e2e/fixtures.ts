import { test as base, expect, type BrowserContextOptions, type Page } from "@playwright/test";

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

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

type Fixtures = {
  /** A page in a fresh browser context, signed in as the role (saved sign-in state) or signed out (null). */
  pageAs: (role: Role | null, options?: BrowserContextOptions) => Promise<Page>;
  studentPage: Page;
  instructorPage: Page;
  otherInstructorPage: Page;
};

export const test = base.extend<Fixtures>({
  pageAs: async ({ browser }, provide) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await provide(async (role, options = {}) => {
      const context = await browser.newContext(role ? { ...options, storageState: storageState(role) } : options);
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
