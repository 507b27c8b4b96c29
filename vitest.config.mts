import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "db/testing/server-only.ts"),
    },
  },
  test: {
    // Playwright specs live in e2e/ and must never be collected here.
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    // Each database test file opens its own in-memory PGlite (a few seconds of initdb).
    fileParallelism: true,
    hookTimeout: 120_000,
  },
});
