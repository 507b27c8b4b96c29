import "server-only";
import { finishOverdueAttempts } from "@/db/queries/deadlines";
import { pruneRateLimits } from "@/db/queries/rate-limits";
import { pruneSessions } from "@/db/queries/sessions";

const EVERY_MS = 60_000;
const store = globalThis as unknown as { __sourcedSweep?: ReturnType<typeof setInterval> };

/**
 * Once a minute: finish the attempts of assignments that have closed (also
 * done lazily wherever an attempt is touched, so results never wait for
 * this), and forget stale rate-limit counters and ended sessions. A failed
 * round (the database briefly away) is logged in one line and retried next
 * minute.
 */
export async function sweepOnce(now = new Date()): Promise<void> {
  try {
    const closed = await finishOverdueAttempts({ now });
    await pruneRateLimits(now);
    await pruneSessions(now);
    if (closed > 0) console.log(`[sourced] finished ${closed} attempt(s) at their assignment's close`);
  } catch (e) {
    // Drizzle's "Failed query" names the statement; the database's own reason is its cause.
    const cause = e instanceof Error && e.cause instanceof Error ? ` (${e.cause.message})` : "";
    console.error(
      `[sourced] sweep failed, retrying in a minute: ${e instanceof Error ? e.message : String(e)}${cause}`,
    );
  }
}

/** Starts the sweep once per process (a dev server's reloads reuse it); it never keeps the process alive. */
export function startSweep(): void {
  if (store.__sourcedSweep) return;
  store.__sourcedSweep = setInterval(() => void sweepOnce(), EVERY_MS);
  store.__sourcedSweep.unref();
  void sweepOnce();
}
