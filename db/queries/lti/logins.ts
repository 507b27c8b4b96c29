import "server-only";
import { and, eq, gt, isNotNull, isNull, lt, or } from "drizzle-orm";
import { db } from "../../index";
import { ltiHandoffs, ltiLogins } from "../../schema";

export type LoginInput = {
  state: string;
  nonce: string;
  platformId: string;
  loginHint: string;
  messageHint: string | null;
  targetLinkUri: string;
  deploymentId: string | null;
};

export async function createLogin(input: LoginInput & { expiresAt: Date }): Promise<void> {
  await db.insert(ltiLogins).values(input);
}

/** A login that can still be completed: unused and unexpired. */
export async function findOpenLogin(state: string, now = new Date()) {
  const [row] = await db
    .select()
    .from(ltiLogins)
    .where(and(eq(ltiLogins.state, state), isNull(ltiLogins.usedAt), gt(ltiLogins.expiresAt, now)));
  return row ?? null;
}

/** Uses a login up: only one request can, however many arrive at once. */
export async function consumeLogin(state: string, now = new Date()) {
  const [row] = await db
    .update(ltiLogins)
    .set({ usedAt: now })
    .where(and(eq(ltiLogins.state, state), isNull(ltiLogins.usedAt), gt(ltiLogins.expiresAt, now)))
    .returning();
  return row ?? null;
}

/** Whether a nonce belongs to a login that has been used already (a replayed token). */
export async function nonceWasUsed(nonce: string): Promise<boolean> {
  const [row] = await db
    .select({ state: ltiLogins.state })
    .from(ltiLogins)
    .where(and(eq(ltiLogins.nonce, nonce), isNotNull(ltiLogins.usedAt)));
  return Boolean(row);
}

export type HandoffKind = (typeof ltiHandoffs.kind.enumValues)[number];

export async function createHandoff(input: {
  tokenHash: string;
  kind: HandoffKind;
  userId: string;
  platformId: string;
  classId: string | null;
  target: string | null;
  details: Record<string, unknown> | null;
  expiresAt: Date;
}): Promise<void> {
  await db.insert(ltiHandoffs).values(input);
}

/** A handoff still to be used, without using it (the picker shows it before the choice is made). */
export async function findOpenHandoff(tokenHash: string, kind: HandoffKind, now = new Date()) {
  const [row] = await db
    .select()
    .from(ltiHandoffs)
    .where(
      and(
        eq(ltiHandoffs.tokenHash, tokenHash),
        eq(ltiHandoffs.kind, kind),
        isNull(ltiHandoffs.usedAt),
        gt(ltiHandoffs.expiresAt, now),
      ),
    );
  return row ?? null;
}

/** Uses a handoff up, once. */
export async function consumeHandoff(tokenHash: string, kind: HandoffKind, now = new Date()) {
  const [row] = await db
    .update(ltiHandoffs)
    .set({ usedAt: now })
    .where(
      and(
        eq(ltiHandoffs.tokenHash, tokenHash),
        eq(ltiHandoffs.kind, kind),
        isNull(ltiHandoffs.usedAt),
        gt(ltiHandoffs.expiresAt, now),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * Forgets logins and handoffs a day past their expiry. Used logins are kept
 * that long so a replayed token is recognised as a reused nonce; by then its
 * age alone refuses it.
 */
export async function pruneLaunchRecords(now = new Date()): Promise<void> {
  const dayAgo = new Date(now.getTime() - 24 * 3_600_000);
  await db.delete(ltiLogins).where(lt(ltiLogins.expiresAt, dayAgo));
  await db.delete(ltiHandoffs).where(or(lt(ltiHandoffs.expiresAt, dayAgo), lt(ltiHandoffs.createdAt, dayAgo)));
}
