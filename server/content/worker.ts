import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ArticlePreview, PipelineRequest, PipelineResult, PreviewRequest } from "./pipeline";
import type { PipelineRunner } from "./questions";

/**
 * Built by scripts/build-worker.mjs (npm run build, npm run dev), before Next's
 * build, which emits it as this Worker's entry in the server bundle.
 */
const WORKER_FILE = path.join(process.cwd(), ".worker", "pipeline.mjs");

export class PipelineTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`the pipeline took longer than ${Math.round(limitMs / 1000)} seconds and was stopped`);
    this.name = "PipelineTimeoutError";
  }
}

export class PipelineStoppedError extends Error {
  constructor() {
    super("the server is stopping");
    this.name = "PipelineStoppedError";
  }
}

const running = new Set<{ worker: Worker; stop: () => void }>();

/**
 * Runs a request in a worker thread of its own, so the server's thread keeps
 * answering pages meanwhile. A request that outlives `timeLimitMs` is stopped
 * (the thread terminated) and fails with PipelineTimeoutError.
 */
function inWorker<T>(request: PipelineRequest | PreviewRequest, timeLimitMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(WORKER_FILE);
    const entry = {
      worker,
      stop: () => finish(() => reject(new PipelineStoppedError())),
    };
    const timer = setTimeout(() => finish(() => reject(new PipelineTimeoutError(timeLimitMs))), timeLimitMs);
    let done = false;
    function finish(settle: () => void) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      running.delete(entry);
      void worker.terminate();
      settle();
    }
    running.add(entry);
    worker.once("message", (m: { ok: true; result: T } | { ok: false; error: string }) =>
      finish(() => (m.ok ? resolve(m.result) : reject(new Error(m.error)))),
    );
    worker.once("error", (e) => finish(() => reject(e)));
    worker.once("exit", (code) => finish(() => reject(new Error(`the pipeline's thread exited (${code})`))));
    worker.postMessage(request);
  });
}

export function workerRunner(timeLimitMs: number): PipelineRunner {
  return (request) => inWorker<PipelineResult>(request, timeLimitMs);
}

export function previewInWorker(request: Omit<PreviewRequest, "kind">, timeLimitMs: number): Promise<ArticlePreview> {
  return inWorker<ArticlePreview>({ kind: "preview", ...request }, timeLimitMs);
}

/** Stops every pipeline thread now (the server is shutting down); their requests fail with PipelineStoppedError. */
export function stopPipelineWorkers(): void {
  for (const entry of [...running]) entry.stop();
}
