import "server-only";
import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import { db } from "../index";
import { sessions, users } from "../schema";
import type { SessionUser } from "./users";

/** Records a sign-in; the returned id goes into the session cookie. */
export async function createSession(userId: string, expiresAt: Date): Promise<string> {
  const [row] = await db.insert(sessions).values({ userId, expiresAt }).returning({ id: sessions.id });
  return row!.id;
}

/** The user of a live session: not revoked, not expired, account enabled. */
export async function getSessionUser(sessionId: string, now: Date = new Date()): Promise<SessionUser | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, sessionId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        isNull(users.disabledAt),
      ),
    );
  return row ?? null;
}

/** Sign-out: this session ends at once, wherever its cookie has been copied to. */
export async function revokeSession(sessionId: string, now: Date = new Date()): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Sign-out everywhere, and disabling: every session of the account ends. */
export async function revokeUserSessions(userId: string, now: Date = new Date()): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length;
}

/** Forgets sessions that ended more than a week ago. */
export async function pruneSessions(now: Date): Promise<number> {
  const weekAgo = new Date(now.getTime() - 7 * 24 * 3600_000);
  const rows = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, weekAgo), lt(sessions.revokedAt, weekAgo)))
    .returning({ id: sessions.id });
  return rows.length;
}
