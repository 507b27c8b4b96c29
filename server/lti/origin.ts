import "server-only";

/**
 * The origin people and platforms reach this server at: the reverse proxy's
 * X-Forwarded-Host and -Proto when it sets them (as Auth.js trusts them, with
 * trustHost), else the Host header over plain HTTP, as `next start` serves.
 */
export function toolOrigin(headers: Headers): string {
  const first = (v: string | null) => v?.split(",")[0]?.trim() || null;
  const host = first(headers.get("x-forwarded-host")) ?? headers.get("host") ?? "localhost";
  const proto = first(headers.get("x-forwarded-proto")) ?? "http";
  return `${proto === "https" ? "https" : "http"}://${host}`;
}
