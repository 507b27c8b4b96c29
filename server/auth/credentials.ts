import "server-only";
import { clearFailures, maxRecentFailures, recordFailures } from "@/db/queries/auth-failures";
import { findUserForSignIn, type SessionUser } from "@/db/queries/users";
import { verifyPassword } from "./password";

export const RATE_LIMIT = { maxFailures: 5, windowMs: 60_000 };

export type AuthResult = { ok: true; user: SessionUser } | { ok: false; reason: "invalid" | "rate_limited" };

/**
 * Checks an email and password, counting failures per account and per IP in
 * the database. An unknown email and a wrong password give the same answer
 * and take the same time.
 */
export async function authenticate(input: {
  email: string;
  password: string;
  ip: string | null;
  now?: Date;
}): Promise<AuthResult> {
  const now = input.now ?? new Date();
  const accountKey = `email:${input.email.trim().toLowerCase()}`;
  const keys = input.ip ? [accountKey, `ip:${input.ip}`] : [accountKey];
  const since = new Date(now.getTime() - RATE_LIMIT.windowMs);

  if ((await maxRecentFailures(keys, since)) >= RATE_LIMIT.maxFailures) {
    return { ok: false, reason: "rate_limited" };
  }
  const user = await findUserForSignIn(input.email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.disabledAt) {
    await recordFailures(keys, now, new Date(now.getTime() - 10 * RATE_LIMIT.windowMs));
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(accountKey);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
