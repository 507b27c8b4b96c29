import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirInUseError } from "./pglite-lock";

const dirs: string[] = [];
function tempDataDir() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "sourced-lock-"));
  dirs.push(root);
  return path.join(root, "pglite");
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("PGlite data directory lock", () => {
  it("refuses a directory whose lock is held by a live process, naming it", async () => {
    const dir = tempDataDir();
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      fs.writeFileSync(`${dir}.lock`, String(child.pid));
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUseError);
      expect(() => acquireDataDirLock(dir)).toThrow(new RegExp(`in use by another process \\(pid ${child.pid}\\)`));
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("takes over the lock of a process that died without releasing it", async () => {
    const dir = tempDataDir();
    const child = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => child.on("exit", r));
    fs.writeFileSync(`${dir}.lock`, String(child.pid));
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it("creates missing parent folders", () => {
    const dir = path.join(tempDataDir(), "deeper", "pglite");
    const release = acquireDataDirLock(dir);
    expect(fs.existsSync(`${dir}.lock`)).toBe(true);
    release();
  });
});
