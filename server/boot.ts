import "server-only";
import { env } from "@/env.js";
import { dbHandle } from "@/db";
import { analyzeAll } from "@/db/pglite-upkeep";
import { seedDemoAccounts } from "@/server/seed";
import { seedDemoClass } from "@/server/demo-class";
import { describeSync, syncContent } from "@/server/content/sync";
import { startContentJobs } from "@/server/content/jobs";
import { queueArticleJobs } from "@/db/queries/content-jobs";
import { startSweep } from "@/server/sweep";
import { startLtiUpkeep } from "@/server/lti/grades";

/**
 * What every server does before it answers: check the secret, open the
 * database (taking the PGlite lock), migrate, create the demo accounts when
 * the database is new, import content/, and (when serving) start the content
 * runner (questions of what changed, articles instructors add), the
 * once-a-minute sweep (attempts past their assignment's close, stale counters
 * and sessions) and the LMS grade upkeep.
 */
export async function boot(options: { log?: (line: string) => void; serving?: boolean } = {}): Promise<void> {
  const { log = console.log, serving = true } = options;
  const e = env();
  if (e.NODE_ENV === "production" && !e.AUTH_SECRET) {
    throw new Error(
      "AUTH_SECRET is not set. Production refuses to start without it: set AUTH_SECRET " +
        "(at least 32 random characters, e.g. `openssl rand -base64 33`), or run `npm start`, " +
        "which writes one to .env.local when none exists.",
    );
  }
  const handle = dbHandle();
  // A bad content file stops the import, not the site: the articles already
  // stored stay in service, and the log says which file to fix.
  // Regeneration is planned here and done by the content runner off the
  // request thread: nothing when neither the content nor the pipeline changed.
  const sync = await syncContent(handle, { dir: e.CONTENT_DIR, onBadFile: "skip", defer: true });
  log(
    `[sourced] database: ${handle.driver === "pglite" ? `embedded PGlite at ${e.PGLITE_DIR}` : "PostgreSQL (DATABASE_URL)"}`,
  );
  if (e.demoMode && (await seedDemoAccounts())) log("[sourced] demo accounts created (demo mode is on)");
  const demo = await seedDemoClass();
  if (demo) log(`[sourced] demo class created: ${demo.students} students, ${demo.attempts} attempts`);
  const words = describeSync(sync);
  if (sync.importError) console.error(`[sourced] content ${words.content}`);
  else log(`[sourced] content: ${words.content}`);
  log(`[sourced] questions: ${words.questions}`);
  await analyzeAll(handle);
  const deferred = sync.questions === null;
  if (deferred && !sync.plan.full) await queueArticleJobs(sync.plan.articleIds);
  // A script that only prepares the database (npm run seed:demo) closes it next: nothing may run on.
  // Queued work waits in the database for the first server.
  if (!serving) return;
  startContentJobs({ fullRegeneration: deferred && sync.plan.full, log });
  startSweep();
  // Grades owed to LMSs (LTI) are posted as attempts finish; this retries what failed.
  startLtiUpkeep();
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
