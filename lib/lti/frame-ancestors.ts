/**
 * Which pages an LMS may frame. Every page refuses framing
 * (`frame-ancestors 'none'`) except the LTI pages that open inside the LMS's
 * iframe: the launch results, the "open in a new window" step, refusals and
 * the deep linking picker, which the registered platforms' origins may frame.
 * The key set is fetched by servers and never framed.
 */
import { originOf } from "./urls";

const FRAMED = /^\/lti(\/|$)/;
const NEVER_FRAMED = /^\/lti\/jwks(\/|$)/;

export function isFramedPath(pathname: string): boolean {
  return FRAMED.test(pathname) && !NEVER_FRAMED.test(pathname);
}

/** The frame-ancestors source list for a path, given the registered platforms' origins. */
export function frameAncestorsFor(pathname: string, platformOrigins: readonly string[]): string {
  if (!isFramedPath(pathname)) return "'none'";
  const origins = [...new Set(platformOrigins.map(originOf).filter((o): o is string => o !== null))].sort();
  return ["'self'", ...origins].join(" ");
}
