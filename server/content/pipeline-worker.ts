/**
 * The worker thread's entry: runs one pipeline request off the server's
 * request thread and posts the result back. Bundled with its imports into
 * one plain module by scripts/build-worker.mjs, because the worker starts
 * outside Next's bundle.
 */
import { parentPort } from "node:worker_threads";
import { runPipeline, runPreview, type PipelineRequest, type PreviewRequest } from "./pipeline";

parentPort!.once("message", (request: PipelineRequest | PreviewRequest) => {
  try {
    const result = request.kind === "preview" ? runPreview(request) : runPipeline(request);
    parentPort!.postMessage({ ok: true, result });
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    parentPort!.postMessage({ ok: false, error: error.message, stack: error.stack });
  }
});
