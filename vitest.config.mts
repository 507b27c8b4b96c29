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
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    // Each file opens its own in-memory PGlite, so files run side by side; on a
    // shared PostgreSQL (DATABASE_URL) they run one after another, because the
    // pipeline's regeneration spans every article in the database.
    fileParallelism: !process.env.DATABASE_URL,
    hookTimeout: 120_000,
  },
});
