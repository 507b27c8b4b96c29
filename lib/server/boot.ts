import "server-only";
import { sql } from "drizzle-orm";
import { env } from "@/env.js";
import { dbHandle } from "@/db";
import { migrateDb } from "@/db/migrate";
import { seedDemoAccounts } from "@/db/seed";
import { SlugTakenError } from "@/db/queries/articles";
import { importContentDir } from "@/lib/content/import";
import { ContentFileError } from "@/lib/content/load";
import { regenerateQuestions } from "@/lib/content/questions";

/**
 * What every server does before it answers: check the secret, open the
 * database (taking the PGlite lock), migrate, create the demo accounts when
 * the database is new, and import content/.
 */
export async function boot(log: (line: string) => void = console.log): Promise<void> {
  const e = env();
  if (e.NODE_ENV === "production" && !e.AUTH_SECRET) {
    throw new Error(
      "AUTH_SECRET is not set. Production refuses to start without it: set AUTH_SECRET " +
        "(at least 32 random characters, e.g. `openssl rand -base64 33`), or run `npm start`, " +
        "which writes one to .env.local when none exists.",
    );
  }
  const handle = dbHandle();
  await migrateDb(handle);
  log(`[sourced] database: ${handle.driver === "pglite" ? `embedded PGlite at ${e.PGLITE_DIR}` : "PostgreSQL (DATABASE_URL)"}`);
  if (e.demoMode && (await seedDemoAccounts())) log("[sourced] demo accounts created (demo mode is on)");
  // A bad content file stops the import, not the site: the articles already
  // stored stay in service, and the log says which file to fix.
  try {
    const summary = await importContentDir(e.CONTENT_DIR);
    log(
      `[sourced] content: ${summary.added.length} added, ${summary.updated.length} updated, ${summary.unchanged.length} unchanged`,
    );
  } catch (err) {
    if (!(err instanceof ContentFileError || err instanceof SlugTakenError)) throw err;
    console.error(`[sourced] content import stopped, nothing imported: ${err.message}`);
  }
  // Always, not only when an article changed: a new release of the pipeline
  // may generate different questions from the same text.
  const q = await regenerateQuestions();
  log(
    `[sourced] questions from ${q.articles} article(s): ${q.added} added, ${q.changed} changed, ${q.retired} retired, ${q.unchanged} unchanged`,
  );
  // PGlite runs no autovacuum, so its planner has no statistics unless asked:
  // without them the results queries pick nested loops and take seconds.
  if (handle.driver === "pglite") await handle.db.execute(sql`analyze`);
}

/** A server that cannot open or migrate its database must not come up half-working. */
export async function bootOrExit(): Promise<void> {
  try {
    await boot();
  } catch (e) {
    console.error(`[sourced] cannot start: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
