import { env } from "./env.js";

// Fail the build on a bad environment rather than at the first request.
env();

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite ships wasm and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Lets several end-to-end runs build side by side (each with its own port and database).
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
