import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SIGNED_IN_PATHS } from "@/auth.config";

// Next reads the proxy's matcher literally at build time, so it cannot be built
// from SIGNED_IN_PATHS; this keeps the two lists in step instead. (proxy.ts is
// read as text: importing it would start Auth.js outside Next.)
describe("signed-in paths", () => {
  it("the proxy matches exactly the paths that need a session", () => {
    const source = readFileSync(new URL("../proxy.ts", import.meta.url), "utf8");
    const matcher = /matcher:\s*\[([^\]]*)\]/.exec(source)?.[1] ?? "";
    const paths = [...matcher.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.sort()).toEqual(SIGNED_IN_PATHS.map((p) => `${p}/:path*`).sort());
  });
});
