import fs from "node:fs";
import path from "node:path";

/**
 * PGlite has no lock between processes: two processes on one data directory
 * silently lose rows. This lock file (`<dir>.lock`, holding the owner's pid)
 * makes a second process fail fast instead.
 */
export class DataDirInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database at ${dir} is in use by another process (pid ${pid}). ` +
        `Stop that process first (only one server or script may open it at a time), ` +
        `or set PGLITE_DIR to another directory.`,
    );
    this.name = "DataDirInUseError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed process lingers as a zombie until it is reaped; it holds nothing.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** A process that was just killed may take a moment to go; wait briefly before calling it alive. */
function staysAlive(pid: number, waitMs = 2000): boolean {
  for (let waited = 0; waited < waitMs; waited += 100) {
    if (!isAlive(pid)) return false;
    sleep(100);
  }
  return isAlive(pid);
}

export function acquireDataDirLock(dir: string): () => void {
  const lockPath = `${path.resolve(/*turbopackIgnore: true*/ dir)}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const owner = Number.parseInt(fs.readFileSync(lockPath, "utf8").trim(), 10);
      if (owner === process.pid) return () => {};
      if (Number.isFinite(owner) && owner > 0 && staysAlive(owner)) throw new DataDirInUseError(dir, owner);
      // The owner died without cleaning up (SIGKILL, crash): take the stale lock over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
