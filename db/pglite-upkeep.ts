import "server-only";
import { sql } from "drizzle-orm";
import { db, dbHandle, type Handle } from "./index";
import { selectRows } from "./rows";

/*
 * PGlite runs no autovacuum, so its planner has no statistics unless asked:
 * without them the results queries pick nested loops over the whole class
 * (3 s instead of 0.1 s for 500 students). PostgreSQL servers do this
 * themselves, so everything here is a no-op there.
 */

/** Once at start-up: statistics for every table. */
export async function analyzeAll(handle: Handle): Promise<void> {
  if (handle.driver === "pglite") await handle.db.execute(sql`analyze`);
}

// Like autovacuum, a table is re-analysed once it has grown by a fifth since its
// last analysis. The table names are fixed, never input.
const WATCHED_TABLES = ["attempts", "attempt_items", "enrolments", "assignment_questions"];
let statsCheckedAt = 0;

/** Before a heavy report: re-analyses the tables that grew, at most once a minute. */
export async function refreshPlannerStats(now = Date.now()): Promise<string[]> {
  if (dbHandle().driver !== "pglite" || now - statsCheckedAt < 60_000) return [];
  statsCheckedAt = now;
  const stale = await selectRows<{ relname: string }>(sql`
    select c.relname from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
      and c.relname in (${sql.join(
        WATCHED_TABLES.map((t) => sql`${t}`),
        sql`, `,
      )})
      and pg_relation_size(c.oid) / current_setting('block_size')::int > 1.2 * greatest(c.relpages, 0) + 4`);
  const names = stale.map((r) => r.relname).filter((t) => WATCHED_TABLES.includes(t));
  for (const t of names) await db.execute(sql.raw(`analyze ${t}`));
  return names;
}
