import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { db } from "../index";
import { rateLimits } from "../schema";

/**
 * A counter per key: at most `max` attempts per window; when a key runs out
 * it is locked for `lockMs`, doubled for each lock in a row (up to
 * `maxLockMs`), and a lock more than a day old no longer counts.
 */
export type LimitRule = { max: number; windowMs: number; lockMs: number; maxLockMs: number };

const DAY_MS = 24 * 3600_000;

/**
 * Counts one attempt on every key, all or none: one upsert per key inside one
 * transaction, so parallel requests queue on the key's row and each sees the
 * count the one before it left. If any key is locked or already at its
 * limit, nothing is counted and the attempt is refused. Each key's count
 * after this attempt is returned in order.
 */
export async function takeAttempts(
  keys: { key: string; rule: LimitRule }[],
  now: Date,
): Promise<{ allowed: boolean; counts: number[] }> {
  const refused = new Error("rate limited");
  try {
    const counts = await db.transaction(async (tx) => {
      const out: number[] = [];
      for (const { key, rule } of keys) {
        const windowStart = new Date(now.getTime() - rule.windowMs);
        const [row] = await tx
          .insert(rateLimits)
          .values({ key, attempts: 1, windowStart: now })
          .onConflictDoUpdate({
            target: rateLimits.key,
            set: {
              attempts: sql`case when ${rateLimits.windowStart} <= ${windowStart} then 1 else ${rateLimits.attempts} + 1 end`,
              windowStart: sql`case when ${rateLimits.windowStart} <= ${windowStart} then ${now} else ${rateLimits.windowStart} end`,
            },
          })
          .returning({ attempts: rateLimits.attempts, lockedUntil: rateLimits.lockedUntil });
        const locked = row!.lockedUntil !== null && row!.lockedUntil.getTime() > now.getTime();
        if (locked || row!.attempts > rule.max) throw refused;
        out.push(row!.attempts);
      }
      return out;
    });
    return { allowed: true, counts };
  } catch (e) {
    if (e === refused) return { allowed: false, counts: [] };
    throw e;
  }
}

/**
 * After a failed attempt: a key whose count has reached its limit is locked,
 * for twice as long as its previous lock if that was within a day. Only the
 * failure that finds the counter full locks it (the lock resets the count),
 * so one parallel batch locks a key once.
 */
export async function lockIfExhausted(key: string, rule: LimitRule, now: Date): Promise<void> {
  const recent = sql`(${rateLimits.lockedUntil} is not null and ${rateLimits.lockedUntil} > ${new Date(now.getTime() - DAY_MS)})`;
  const streak = sql`case when ${recent} then ${rateLimits.lockouts} else 0 end`;
  await db
    .update(rateLimits)
    .set({
      lockouts: sql`${streak} + 1`,
      lockedUntil: sql`${now}::timestamptz + least(${rule.lockMs}::float8 * power(2, ${streak}), ${rule.maxLockMs}::float8) * interval '1 millisecond'`,
      attempts: 0,
      windowStart: now,
    })
    .where(and(eq(rateLimits.key, key), sql`${rateLimits.attempts} >= ${rule.max}`));
}

/** A successful attempt does not count against its key. */
export async function refundAttempt(key: string): Promise<void> {
  await db
    .update(rateLimits)
    .set({ attempts: sql`greatest(${rateLimits.attempts} - 1, 0)` })
    .where(eq(rateLimits.key, key));
}

/** Forgets a key: its count and its lock history. */
export async function clearKey(key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Drops keys idle for a day: no count, and no lock that could still feed a backoff. */
export async function pruneRateLimits(now: Date): Promise<number> {
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const rows = await db
    .delete(rateLimits)
    .where(
      and(lt(rateLimits.windowStart, dayAgo), or(isNull(rateLimits.lockedUntil), lt(rateLimits.lockedUntil, dayAgo))),
    )
    .returning({ key: rateLimits.key });
  return rows.length;
}
