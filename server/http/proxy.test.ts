import { createHash } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { SIGNED_IN_PATHS } from "@/auth.config";
import { guard } from "./proxy";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://127.0.0.1:3000${path}`, {
    method: init.method ?? "GET",
    headers: { host: "127.0.0.1:3000", ...init.headers },
  });

const SESSION = { cookie: "authjs.session-token=abc" };

describe("the proxy", () => {
  it("sends a signed-out visitor of every signed-in path to sign in, and back afterwards", async () => {
    for (const path of SIGNED_IN_PATHS) {
      const res = await guard(request(`${path}/x?y=1`));
      expect(res.status, path).toBe(307);
      const to = new URL(res.headers.get("location")!);
      expect(to.pathname).toBe("/login");
      expect(to.searchParams.get("callbackUrl")).toBe(`${path}/x?y=1`);
      expect((await guard(request(path, { headers: SESSION }))).headers.get("location")).toBeNull();
    }
    expect((await guard(request("/"))).status).toBe(200);
    expect((await guard(request("/articlesque"))).status).toBe(200);
  });

  it("gives each response its own nonce-based CSP, on the request (for Next) and the response", async () => {
    const a = await guard(request("/", { headers: SESSION }));
    const b = await guard(request("/"));
    const csp = a.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "style-src 'self';"])
      expect(csp).toContain(d);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    // The one inline style attribute React's streaming writes (display:none), by its hash.
    const hidden = createHash("sha256").update("display:none").digest("base64");
    expect(csp).toContain(`style-src-attr 'unsafe-hashes' 'sha256-${hidden}'`);
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(b.headers.get("content-security-policy")).not.toBe(csp);
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(a.headers.get("set-cookie")).toBeNull();
    const https = await guard(request("/", { headers: { "x-forwarded-proto": "https" } }));
    expect(https.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("refuses a write from another origin with 403 and lets same-origin and origin-less ones through", async () => {
    const post = async (origin?: string, extra: Record<string, string> = {}) =>
      await guard(
        request("/teach", { method: "POST", headers: { ...(origin ? { origin } : {}), ...SESSION, ...extra } }),
      );
    expect((await post("https://evil.test")).status).toBe(403);
    expect((await post("null")).status).toBe(403);
    expect((await post("http://127.0.0.1:3000")).status).toBe(200);
    expect((await post()).status).toBe(200);
    expect((await post("https://sourced.example", { "x-forwarded-host": "sourced.example" })).status).toBe(200);
    expect((await guard(request("/", { headers: { origin: "https://evil.test" } }))).status).toBe(200);
  });

  it("lets an LMS post to the LTI endpoints made for it, and nowhere else", async () => {
    const lms = { origin: "https://lms.example" };
    for (const path of ["/lti/login", "/lti/launch", "/lti/deep-link"])
      expect((await guard(request(path, { method: "POST", headers: lms }))).status, path).toBe(200);
    for (const path of ["/lti/session", "/lti/relogin", "/lti/launchx", "/teach/lti"])
      expect((await guard(request(path, { method: "POST", headers: lms }))).status, path).toBe(403);
  });

  it("denies framing everywhere but the LTI pages an LMS opens in its frame", async () => {
    expect((await guard(request("/"))).headers.get("x-frame-options")).toBe("DENY");
    expect((await guard(request("/lti/jwks"))).headers.get("x-frame-options")).toBe("DENY");
    expect((await guard(request("/lti/jwks"))).headers.get("content-security-policy")).toContain(
      "frame-ancestors 'none'",
    );
  });
});
