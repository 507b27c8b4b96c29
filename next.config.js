import { env } from "./env.js";

// Fail the build on a bad environment rather than at the first request.
env();

// Browser features the app never uses, denied to it and to anything it could embed.
const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite ships wasm and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Lets several end-to-end runs build side by side (each with its own port and database).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // On every response, static files included. The CSP and X-Frame-Options are per request, in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: DENIED_FEATURES.map((f) => `${f}=()`).join(", ") },
        ],
      },
      {
        // Only over HTTPS (as the proxy in front reports it): browsers ignore it over plain HTTP anyway.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

export default nextConfig;
