import "server-only";
import { count, eq } from "drizzle-orm";
import { db } from "../index";
import { sessions, users, type User } from "../schema";

export type Role = User["role"];
export type SessionUser = Pick<User, "id" | "email" | "name" | "role">;

export class DuplicateEmailError extends Error {
  constructor(email: string) {
    super(`An account with the email ${email} already exists.`);
    this.name = "DuplicateEmailError";
  }
}

const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findUserForSignIn(email: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  return row ?? null;
}

/** An account that may sign in (an LMS launch's handoff, server/lti/handoff.ts): none if unknown or disabled. */
export async function getActiveUser(userId: string): Promise<SessionUser | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!row || row.disabledAt) return null;
  const { disabledAt: _disabled, ...user } = row;
  return user;
}

export async function createUser(input: {
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
}): Promise<SessionUser> {
  const email = normaliseEmail(input.email);
  const [row] = await db
    .insert(users)
    .values({ ...input, email })
    .onConflictDoNothing({ target: users.email })
    .returning({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
    });
  if (!row) throw new DuplicateEmailError(email);
  return row;
}

/** Disabling also ends every session of the account at once. */
export async function setUserDisabled(email: string, disabled: boolean): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(users)
      .set({ disabledAt: disabled ? new Date() : null })
      .where(eq(users.email, normaliseEmail(email)))
      .returning({ id: users.id });
    if (rows.length === 0) return false;
    if (disabled) await tx.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.userId, rows[0]!.id));
    return true;
  });
}

export async function countUsers(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}
