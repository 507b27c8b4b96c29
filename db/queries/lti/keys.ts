import "server-only";
import { desc, isNotNull, isNull, sql } from "drizzle-orm";
import { db } from "../../index";
import { ltiToolKeys } from "../../schema";

export type ToolKeyRecord = { kid: string; publicJwk: Record<string, unknown>; privateJwk: Record<string, unknown> };

/** Makes a new key pair; the server layer passes jose's generator in, so this module holds no crypto. */
export type GenerateKey = () => Promise<ToolKeyRecord>;

const KEY_LOCK = sql`select pg_advisory_xact_lock(hashtext('sourced:lti_tool_key'))`;

/** The key the tool signs with, made on first use (one at a time, however many servers ask at once). */
export async function currentToolKey(generate: GenerateKey): Promise<ToolKeyRecord> {
  const [existing] = await db.select().from(ltiToolKeys).where(isNull(ltiToolKeys.retiredAt));
  if (existing) return existing;
  const fresh = await generate();
  return db.transaction(async (tx) => {
    await tx.execute(KEY_LOCK);
    const [current] = await tx.select().from(ltiToolKeys).where(isNull(ltiToolKeys.retiredAt));
    if (current) return current;
    await tx.insert(ltiToolKeys).values(fresh);
    return fresh;
  });
}

/** Retires the current key and makes a new one current; the retired one stays in the key set until the next rotation. */
export async function rotateToolKey(generate: GenerateKey): Promise<ToolKeyRecord> {
  const fresh = await generate();
  return db.transaction(async (tx) => {
    await tx.execute(KEY_LOCK);
    await tx.update(ltiToolKeys).set({ retiredAt: new Date() }).where(isNull(ltiToolKeys.retiredAt));
    await tx.insert(ltiToolKeys).values(fresh);
    return fresh;
  });
}

/** The public keys the JWKS serves: the current one and the one retired last. */
export async function publishedToolKeys(): Promise<{ kid: string; publicJwk: Record<string, unknown> }[]> {
  const columns = { kid: ltiToolKeys.kid, publicJwk: ltiToolKeys.publicJwk };
  const current = await db.select(columns).from(ltiToolKeys).where(isNull(ltiToolKeys.retiredAt));
  const previous = await db
    .select(columns)
    .from(ltiToolKeys)
    .where(isNotNull(ltiToolKeys.retiredAt))
    .orderBy(desc(ltiToolKeys.retiredAt))
    .limit(1);
  return [...current, ...previous];
}

/** When the current key was made, for the settings page. */
export async function currentKeyInfo(): Promise<{ kid: string; createdAt: Date } | null> {
  const [row] = await db
    .select({ kid: ltiToolKeys.kid, createdAt: ltiToolKeys.createdAt })
    .from(ltiToolKeys)
    .where(isNull(ltiToolKeys.retiredAt));
  return row ?? null;
}
