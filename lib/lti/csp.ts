/**
 * What the LTI pages need from the Content-Security-Policy. Every page refuses
 * framing (`frame-ancestors 'none'`) and posts forms only to Sourced
 * (`form-action 'self'`), except the LTI pages that open inside the LMS's
 * iframe (the launch's next step, refusals, the deep linking picker): the
 * registered platforms' origins may frame them, and their forms may post to
 * those platforms (the deep linking response goes back to the LMS; a
 * restarted login is redirected to the LMS's authentication endpoint). The
 * key set is fetched by servers and never framed.
 */
import { originOf } from "./urls";

const FRAMED = /^\/lti(\/|$)/;
const NEVER_FRAMED = /^\/lti\/jwks(\/|$)/;

export function isFramedPath(pathname: string): boolean {
  return FRAMED.test(pathname) && !NEVER_FRAMED.test(pathname);
}

function sources(pathname: string, platformUrls: readonly string[], otherwise: string): string {
  if (!isFramedPath(pathname)) return otherwise;
  const origins = [...new Set(platformUrls.map(originOf).filter((o): o is string => o !== null))].sort();
  return ["'self'", ...origins].join(" ");
}

/** The frame-ancestors source list for a path, given the registered platforms' URLs. */
export const frameAncestorsFor = (pathname: string, platformUrls: readonly string[]) =>
  sources(pathname, platformUrls, "'none'");

/** The form-action source list for a path, given the registered platforms' URLs. */
export const formActionFor = (pathname: string, platformUrls: readonly string[]) =>
  sources(pathname, platformUrls, "'self'");
