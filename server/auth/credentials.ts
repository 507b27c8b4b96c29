import "server-only";
import { findUserForSignIn, type SessionUser } from "@/db/queries/users";
import { verifyPassword } from "./password";
import { beginSignIn } from "./rate-limit";

export type AuthResult = { ok: true; user: SessionUser } | { ok: false; reason: "invalid" | "rate_limited" };

/**
 * Checks an email and password. The attempt is counted before the password
 * is checked (server/auth/rate-limit.ts), so parallel guesses cannot overtake
 * the count. An unknown email and a wrong password give the same answer and
 * take the same time.
 */
export async function authenticate(input: {
  email: string;
  password: string;
  /** The client's address (server/auth/client-address.ts). */
  ip: string;
  now?: Date;
}): Promise<AuthResult> {
  const now = input.now ?? new Date();
  const attempt = await beginSignIn(input.email, input.ip, now);
  if (!attempt) return { ok: false, reason: "rate_limited" };
  const user = await findUserForSignIn(input.email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.disabledAt) {
    await attempt.failed();
    return { ok: false, reason: "invalid" };
  }
  await attempt.succeeded();
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
