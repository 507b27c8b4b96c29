// The app's HTTP server: Next.js behind a plain Node server that does what
// `next start` cannot — tell the app the socket's address (for the rate
// limits) and refuse oversized bodies before Next reads them.
//
//   node scripts/serve.mjs [--dev] [-H HOST] [-p PORT]
import http from "node:http";
import next from "next";
import { PEER_HEADER, refusal } from "../server/http/gate.mjs";

const args = process.argv.slice(2);
const flag = (short, long) => {
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
};
const dev = args.includes("--dev");
const hostname = flag("-H", "--hostname") ?? "0.0.0.0";
const port = Number(flag("-p", "--port") ?? process.env.PORT ?? 3000);

// As `next start` and `next dev` do; React and Next choose their builds by it.
if (!process.env.NODE_ENV) process.env.NODE_ENV = dev ? "development" : "production";
const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const refused = refusal(req);
  if (refused) {
    res.writeHead(refused.status, { "content-type": "text/plain; charset=utf-8", connection: "close" });
    res.end(refused.message);
    return;
  }
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`[sourced] ${dev ? "development" : "production"} server on http://${hostname}:${port}`);
});

// Exit on a stop signal so that exit handlers run (the embedded database's lock is released on exit).
// First the app's own hook (server/content/jobs.ts): it stops the pipeline's worker threads and puts
// a job they were running back in the queue; given at most a few seconds, so the server is gone
// well within the 10 a process manager waits before SIGKILL.
const BEFORE_EXIT = Symbol.for("sourced.beforeExit");
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    const hook = globalThis[BEFORE_EXIT];
    if (typeof hook === "function") {
      await Promise.race([
        Promise.resolve(hook()).catch(() => {}),
        new Promise((resolve) => setTimeout(resolve, 4000)),
      ]);
    }
    process.exit(0);
  });
}
