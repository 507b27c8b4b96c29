import { openDb, setDbHandle, type Handle } from "../index";
import { migrateDb } from "../migrate";

/**
 * A migrated database for one test file: in-memory PGlite, or the PostgreSQL
 * server DATABASE_URL names. Tests must not assume an empty database on
 * PostgreSQL (it is shared by runs), so they make their own unique rows.
 */
export async function openTestDb(): Promise<Handle> {
  const url = process.env.DATABASE_URL || undefined;
  const handle = openDb(url ? { databaseUrl: url } : { pgliteDir: "memory://" });
  await migrateDb(handle);
  setDbHandle(handle);
  return handle;
}

export async function closeTestDb(handle: Handle): Promise<void> {
  setDbHandle(undefined);
  await handle.close();
}

let counter = 0;
/** An email no other test run has used. */
export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}@example.test`;
}
