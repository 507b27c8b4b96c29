import { NextResponse, type NextRequest } from "next/server";
import { SIGNED_IN_PATHS } from "@/auth.config";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const needsUser = (path: string) => SIGNED_IN_PATHS.some((p) => path === p || path.startsWith(`${p}/`));

/**
 * What runs before every page and route: send a signed-out visitor of a
 * signed-in page to sign in (an optimistic redirect on the cookie's presence
 * only; every page and action checks the session itself, server/session.ts).
 * It never reads or writes the session token, so no reply re-issues a cookie
 * (a sign-out's reply only clears it).
 */
export function guard(request: NextRequest): NextResponse {
  const path = request.nextUrl.pathname;
  const signedIn = request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name) && c.value !== "");
  if (SAFE_METHODS.has(request.method) && needsUser(path) && !signedIn) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", `${path}${request.nextUrl.search}`);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
}
