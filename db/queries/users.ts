import "server-only";
import { count, eq, sql } from "drizzle-orm";
import { db } from "../index";
import { users, type User } from "../schema";

export type Role = User["role"];
export type SessionUser = Pick<User, "id" | "email" | "name" | "role" | "sessionVersion">;

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
      sessionVersion: users.sessionVersion,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  return row ?? null;
}

/** The user behind a session, or null when the account is gone or disabled. */
export async function getActiveUser(userId: string): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      sessionVersion: users.sessionVersion,
      disabledAt: users.disabledAt,
    })
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
      sessionVersion: users.sessionVersion,
    });
  if (!row) throw new DuplicateEmailError(email);
  return row;
}

/** Invalidates every session cookie issued to this user so far. */
export async function bumpSessionVersion(userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

/** Disabling also bumps the session version, so open sessions end at once. */
export async function setUserDisabled(email: string, disabled: boolean): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({
      disabledAt: disabled ? new Date() : null,
      sessionVersion: sql`${users.sessionVersion} + 1`,
    })
    .where(eq(users.email, normaliseEmail(email)))
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function countUsers(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}
