import "server-only";
import { consumeHandoff, createHandoff, findOpenHandoff, type HandoffKind } from "@/db/queries/lti/logins";
import { getActiveUser, type SessionUser } from "@/db/queries/users";
import { safeLandingPath } from "@/lib/lti/urls";
import { randomToken, tokenHash } from "./tokens";

/** How long a validated launch's handoff (sign-in, or the choice in the picker) stays usable. */
const HANDOFF_TTL_MS = { session: 2 * 60_000, deep_link: 60 * 60_000, link: 60 * 60_000 } as const;

/** Stores a handoff and gives back its one-time token (only the hash is kept). */
export async function issueHandoff(input: {
  kind: HandoffKind;
  userId: string;
  platformId: string;
  classId: string;
  target?: string;
  details?: Record<string, unknown>;
}): Promise<string> {
  const token = randomToken();
  await createHandoff({
    tokenHash: tokenHash(token),
    kind: input.kind,
    userId: input.userId,
    platformId: input.platformId,
    classId: input.classId,
    target: input.target ?? null,
    details: input.details ?? null,
    expiresAt: new Date(Date.now() + HANDOFF_TTL_MS[input.kind]),
  });
  return token;
}

/** Where a sign-in handoff lands, while it is still usable (it is not used up here). */
export async function sessionTarget(token: string): Promise<string | null> {
  const row = await findOpenHandoff(tokenHash(token), "session");
  return row ? safeLandingPath(row.target) : null;
}

/**
 * What the Auth.js LTI provider calls: uses the one-time token up and gives
 * back its account, as the password provider would. A used, expired or
 * unknown token, or a disabled account, gives nothing.
 */
export async function redeemSessionToken(token: string): Promise<SessionUser | null> {
  const row = await consumeHandoff(tokenHash(token), "session");
  return row ? getActiveUser(row.userId) : null;
}
