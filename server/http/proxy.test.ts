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
  it("sends a signed-out visitor of every signed-in path to sign in, and back afterwards", () => {
    for (const path of SIGNED_IN_PATHS) {
      const res = guard(request(`${path}/x?y=1`));
      expect(res.status, path).toBe(307);
      const to = new URL(res.headers.get("location")!);
      expect(to.pathname).toBe("/login");
      expect(to.searchParams.get("callbackUrl")).toBe(`${path}/x?y=1`);
      expect(guard(request(path, { headers: SESSION })).headers.get("location")).toBeNull();
    }
    expect(guard(request("/")).status).toBe(200);
    expect(guard(request("/articlesque")).status).toBe(200);
  });

  it("never sets a cookie, so no reply re-issues the session token", () => {
    expect(guard(request("/articles", { headers: SESSION })).headers.get("set-cookie")).toBeNull();
  });
});
