import { test as base, expect, type Page } from "@playwright/test";

export const ACCOUNTS = {
  student: { email: "e2e-student@example.test", password: "e2e-student-pass", name: "Stella Student" },
  instructor: { email: "e2e-instructor@example.test", password: "e2e-instructor-pass", name: "Irene Instructor" },
  otherInstructor: { email: "e2e-other-instructor@example.test", password: "e2e-other-pass", name: "Otto Other" },
} as const;

// E2E_AUTH_DIR (with E2E_PORT, E2E_PGLITE_DIR, NEXT_DIST_DIR) lets two runs share a machine.
export const storageState = (role: keyof typeof ACCOUNTS) => `${process.env.E2E_AUTH_DIR || "e2e/.auth"}/${role}.json`;

/**
 * Sign-in failures are rate-limited per IP; giving each context that tests
 * failures its own forwarded address keeps one test's failures from locking
 * out the next.
 */
export function uniqueClientIp(): string {
  const octet = () => 1 + Math.floor(Math.random() * 254);
  return `198.18.${octet()}.${octet()}`;
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.test`;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export const test = base;
export type { Page };
export { expect };
