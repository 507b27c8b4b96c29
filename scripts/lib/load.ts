// Load generators for the HTTP benchmarks, on Node's http client so that each
// request can be a different student's answer and each reply's body is
// checked. Closed loop (a fixed number of connections, each sending its next
// request when the last one is answered) measures throughput. Open loop sends
// at a fixed rate whatever the server's pace, and times each request from
// when it was due, so a slow server cannot hide its queue.
import http from "node:http";
import { percentiles } from "./bench-server";

export type Request = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string };

export type Outcome = { ok: number; failed: number; statuses: Record<string, number>; ms: number[]; seconds: number };

/** `connections` requests in flight for `seconds`; `next()` gives each request (null: nothing left to send). */
export async function closedLoop(opts: {
  base: string;
  connections: number;
  seconds: number;
  next: () => Request | null;
  ok: (status: number, body: string) => boolean;
}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const ms: number[] = [];
  let ok = 0;
  let failed = 0;
  const start = performance.now();
  const stopAt = start + opts.seconds * 1000;
  const lane = async () => {
    for (let req = opts.next(); req && performance.now() < stopAt; req = opts.next()) {
      const t = performance.now();
      const { status, body } = await send(agent, opts.base, req, 10_000);
      ms.push(performance.now() - t);
      if (opts.ok(status, body)) ok++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, lane));
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return { perSecond: ok / seconds, ok, failed, ...percentiles(ms) };
}

export function send(agent: http.Agent, base: string, req: Request, timeoutMs: number) {
  return new Promise<{ status: number; body: string }>((resolve) => {
    const r = http.request(
      `${base}${req.path}`,
      {
        agent,
        method: req.method,
        timeout: timeoutMs,
        headers:
          req.body === undefined ? req.headers : { ...req.headers, "content-length": Buffer.byteLength(req.body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", () => resolve({ status: 0, body: "" }));
      },
    );
    r.on("timeout", () => r.destroy(new Error("timeout")));
    r.on("error", () => resolve({ status: 0, body: "" }));
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

/**
 * Sends `requests[i]` at `start + due(i)` ms, on as many connections as it takes, and waits for
 * every answer. Latency counts from the due time. A request unanswered after `timeoutMs` fails.
 */
export async function openLoop(opts: {
  base: string;
  requests: Request[];
  due: (i: number) => number;
  ok: (status: number, body: string) => boolean;
  timeoutMs?: number;
  /** Stop sending once this many are unanswered: the server is overloaded, and its queue would take minutes to drain. */
  maxOutstanding?: number;
}): Promise<Outcome & ReturnType<typeof percentiles> & { unsent: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const ms: number[] = [];
  const statuses: Record<string, number> = {};
  let ok = 0;
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  let sent = 0;
  for (let i = 0; i < opts.requests.length; i++) {
    if (sent - ms.length > (opts.maxOutstanding ?? Infinity)) break;
    sent++;
    const wait = start + opts.due(i) - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const dueAt = start + opts.due(i);
    inFlight.push(
      send(agent, opts.base, opts.requests[i]!, opts.timeoutMs ?? 10_000).then(({ status, body }) => {
        ms.push(performance.now() - dueAt);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (opts.ok(status, body)) ok++;
        else failed++;
      }),
    );
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return { ok, failed, statuses, ms, seconds, unsent: opts.requests.length - sent, ...percentiles(ms) };
}
