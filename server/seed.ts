import "server-only";
import { hashPassword } from "@/server/auth/password";
import { countUsers, createUser } from "@/db/queries/users";

// Shown on the sign-in page and in the README only while demo mode is on.
export const DEMO_ACCOUNTS = [
  { role: "instructor", name: "Dana Instructor", email: "instructor@demo.sourced.test", password: "demo-instructor" },
  { role: "student", name: "Sam Student", email: "student@demo.sourced.test", password: "demo-student" },
] as const;

/** Creates the demo accounts when the database has no users yet. */
export async function seedDemoAccounts(): Promise<boolean> {
  if ((await countUsers()) > 0) return false;
  for (const account of DEMO_ACCOUNTS) {
    await createUser({
      email: account.email,
      name: account.name,
      role: account.role,
      passwordHash: await hashPassword(account.password),
    });
  }
  return true;
}
