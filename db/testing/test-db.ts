import { sql } from "drizzle-orm";
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

/**
 * Removes articles a test imported, with everything hanging off them, so a
 * PostgreSQL database shared by test runs does not fill up with copies of the
 * same story (whose questions the generator would drop as near-duplicates).
 */
export async function removeTestArticles(handle: Handle, slugs: string[]): Promise<void> {
  if (slugs.length === 0) return;
  const list = sql.join(
    slugs.map((s) => sql`${s}`),
    sql`, `,
  );
  await handle.db.transaction(async (tx) => {
    const ids = sql`(select q.id from questions q join articles a on a.id = q.article_id where a.slug in (${list}))`;
    await tx.execute(
      sql`delete from attempts where id in (select attempt_id from attempt_items where question_id in ${ids})`,
    );
    await tx.execute(
      sql`delete from assignments where id in (select assignment_id from assignment_questions where question_id in ${ids})`,
    );
    await tx.execute(sql`delete from articles where slug in (${list})`);
  });
}
