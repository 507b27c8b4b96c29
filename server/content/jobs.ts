import "server-only";
import { claimNextJob, finishJob, releaseJob, renewJobLease } from "@/db/queries/content-jobs";
import { CONTENT_LIMITS } from "@/lib/teach/content-limits";
import { regenerateArticle, regenerateQuestions } from "./questions";
import { PipelineStoppedError, stopPipelineWorkers, workerRunner } from "./worker";

/** The whole library after a pipeline change (GENERATOR_VERSION): 500 articles take well under a minute. */
const LIBRARY_TIME_LIMIT_MS = 15 * 60_000;
const POLL_MS = 5_000;
const HEARTBEAT_MS = 10_000;

type Runner = {
  busy: boolean;
  stopping: boolean;
  fullPending: boolean;
  current: string | null;
  poll: NodeJS.Timeout;
  log: (line: string) => void;
};

// One runner per server process, kept on globalThis so that the hook
// scripts/serve.mjs calls on SIGTERM finds the same one Next's bundle started.
const KEY = Symbol.for("sourced.contentJobs");
const BEFORE_EXIT = Symbol.for("sourced.beforeExit");
const g = globalThis as unknown as Record<symbol, unknown>;
const runner = () => g[KEY] as Runner | undefined;

async function runJob(r: Runner, job: { id: string; articleId: string }): Promise<void> {
  r.current = job.id;
  r.log(`[sourced] article processing started (job ${job.id})`);
  const heartbeat = setInterval(() => void renewJobLease(job.id, new Date()).catch(() => {}), HEARTBEAT_MS);
  try {
    const s = await regenerateArticle(job.articleId, workerRunner(CONTENT_LIMITS.timeLimitMs));
    await finishJob(job.id);
    r.log(`[sourced] article processed: ${s.added} question(s) added, ${s.changed} changed, ${s.retired} retired`);
  } catch (e) {
    if (e instanceof PipelineStoppedError) await releaseJob(job.id);
    else {
      const why = e instanceof Error ? e.message : String(e);
      await finishJob(job.id, why);
      r.log(`[sourced] article processing failed: ${why}`);
    }
  } finally {
    clearInterval(heartbeat);
    r.current = null;
  }
}

async function tick(r: Runner): Promise<void> {
  if (r.busy || r.stopping) return;
  r.busy = true;
  try {
    if (r.fullPending) {
      const s = await regenerateQuestions(workerRunner(LIBRARY_TIME_LIMIT_MS));
      r.fullPending = false;
      r.log(`[sourced] library regenerated: ${s.articles} article(s), ${s.added} added, ${s.changed} changed`);
    }
    for (let job = await claimNextJob(new Date()); job && !r.stopping; job = await claimNextJob(new Date()))
      await runJob(r, job);
  } catch (e) {
    if (!(e instanceof PipelineStoppedError))
      console.error(`[sourced] content jobs: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    r.busy = false;
  }
}

/**
 * Starts the server's content runner: the whole library first when the
 * pipeline changed, then the queued jobs (and those a dead server left),
 * polled every few seconds and at once when woken.
 */
export function startContentJobs(options: { fullRegeneration: boolean; log?: (line: string) => void }): void {
  if (runner()) return;
  const r: Runner = {
    busy: false,
    stopping: false,
    fullPending: options.fullRegeneration,
    current: null,
    poll: setInterval(() => void tick(r), POLL_MS),
    log: options.log ?? console.log,
  };
  r.poll.unref();
  g[KEY] = r;
  g[BEFORE_EXIT] = stopContentJobs;
  void tick(r);
}

/** Something was queued: start on it now rather than at the next poll. */
export function wakeContentJobs(): void {
  const r = runner();
  if (r) void tick(r);
}

/** On SIGTERM: stop the pipeline threads and put the running job back in the queue for the next start. */
export async function stopContentJobs(): Promise<void> {
  const r = runner();
  if (!r) return;
  r.stopping = true;
  clearInterval(r.poll);
  const current = r.current;
  stopPipelineWorkers();
  if (current) await releaseJob(current);
}
