import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { Handle } from "./index";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Any constant works; it only has to be the same for every app server.
const MIGRATION_LOCK_KEY = 7_301_964;

/** Applies the committed drizzle-kit migrations; safe to run on every start. */
export async function migrateDb(handle: Handle): Promise<void> {
  if (handle.driver === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  // Several app servers may start at once against one PostgreSQL: the
  // advisory lock makes them migrate one after the other.
  const client = await handle.pool!.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migratePg(handle.db as unknown as NodePgDatabase, { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    client.release();
  }
}
