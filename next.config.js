import { env } from "./env.js";

// Fail the build on a bad environment rather than at the first request.
env();

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite ships wasm and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
};

export default nextConfig;
