// The production server a check script starts, kills and starts again: in its
// own process group, so that a kill reaches the Next.js server it runs too, and
// never left running when the script ends, however it ends.
import { spawn, type ChildProcess } from "node:child_process";

let running: ChildProcess | null = null;

process.on("exit", () => {
  if (running && running.exitCode === null && running.signalCode === null) process.kill(-running.pid!, "SIGKILL");
});

/** `node scripts/serve.mjs` on the last build (NEXT_DIST_DIR), its output appended to `log`. */
export function spawnServer(port: number, log: number, env: Record<string, string> = {}): ChildProcess {
  running = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", log, log],
    detached: true,
  });
  return running;
}

/** Resolves once the server serves its sign-in page; throws if it exits or takes over 150 s. */
export async function waitUp(server: ChildProcess, base: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode} while starting`);
    try {
      if ((await fetch(`${base}/login`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not come up within 150 s");
}

export const exited = (server: ChildProcess) =>
  server.exitCode !== null || server.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((r) => server.once("exit", () => r()));
