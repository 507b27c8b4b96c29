import { NextResponse, type NextRequest } from "next/server";
import { SIGNED_IN_PATHS } from "@/auth.config";
import { isFramedPath } from "@/lib/lti/csp";
import { ltiCspSources } from "@/server/lti/csp";
import { contentSecurityPolicy, newNonce } from "./csp";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The LTI endpoints an LMS's page posts to by design (OIDC login, the launch,
 * deep linking): they carry their own proof, a registered issuer and then a
 * signed token bound to a state and its cookie (docs/lms.md).
 */
const CROSS_SITE_POSTS = new Set(["/lti/login", "/lti/launch", "/lti/deep-link"]);

const needsUser = (path: string) => SIGNED_IN_PATHS.some((p) => path === p || path.startsWith(`${p}/`));

/**
 * A form post or server action from another site's page. Browsers name the
 * page's origin on every such request; it must be this host (as Next.js
 * itself compares, through X-Forwarded-Host when a proxy sets it). Next would
 * refuse it too, but with a 500 and a stack trace in the log.
 */
function crossOrigin(request: NextRequest): boolean {
  if (SAFE_METHODS.has(request.method) || CROSS_SITE_POSTS.has(request.nextUrl.pathname)) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return origin === "null" || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * What runs before every page and route: refuse cross-origin writes (403),
 * send a signed-out visitor of a signed-in page to sign in (an optimistic
 * redirect on the cookie's presence only; every page and action checks the
 * session itself, server/session.ts), and give the response a fresh
 * nonce-based CSP (and X-Frame-Options for browsers without CSP's
 * frame-ancestors; the LTI pages an LMS frames get neither refusal, only the
 * LMSs registered). It never reads or writes the session token, so no reply
 * re-issues a cookie (a sign-out's reply only clears it).
 */
export async function guard(request: NextRequest): Promise<NextResponse> {
  if (crossOrigin(request)) {
    return new NextResponse("Cross-origin request refused.", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const path = request.nextUrl.pathname;
  const signedIn = request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name) && c.value !== "");
  if (SAFE_METHODS.has(request.method) && needsUser(path) && !signedIn) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", `${path}${request.nextUrl.search}`);
    return NextResponse.redirect(login);
  }
  const framed = isFramedPath(path);
  const csp = contentSecurityPolicy({
    ...(await ltiCspSources(path)),
    nonce: newNonce(),
    dev: process.env.NODE_ENV === "development",
    https: request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https",
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  if (!framed) response.headers.set("x-frame-options", "DENY");
  return response;
}
