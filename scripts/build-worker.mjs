// Bundles the content pipeline's worker thread (server/content/pipeline-worker.ts
// and the pure lib/quiz it runs) into one plain ES module the server starts
// with node:worker_threads. Run it before `next build`: Next's bundler finds the
// `new Worker(…)` of server/content/worker.ts and emits this file as the
// worker's entry, so a build made before it would carry an old pipeline.
//
//   node scripts/build-worker.mjs      (part of npm run build and npm run dev)
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: ["server/content/pipeline-worker.ts"],
  outfile: ".worker/pipeline.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  alias: { "@": root },
  // compromise and chrono-node reach for require() in places; give the ES module one
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: "warning",
});
