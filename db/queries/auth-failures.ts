import "server-only";
import { and, count, eq, gte, inArray, lt } from "drizzle-orm";
import { db } from "../index";
import { authFailures } from "../schema";

/** The most failures any of these keys had since `since`. */
export async function maxRecentFailures(keys: string[], since: Date): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await db
    .select({ key: authFailures.key, n: count() })
    .from(authFailures)
    .where(and(inArray(authFailures.key, keys), gte(authFailures.createdAt, since)))
    .groupBy(authFailures.key);
  return rows.reduce((max, r) => Math.max(max, r.n), 0);
}

export async function recordFailures(keys: string[], now: Date, pruneBefore: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(authFailures).values(keys.map((key) => ({ key, createdAt: now })));
    await tx.delete(authFailures).where(lt(authFailures.createdAt, pruneBefore));
  });
}

export async function clearFailures(key: string): Promise<void> {
  await db.delete(authFailures).where(eq(authFailures.key, key));
}
