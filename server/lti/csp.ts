import "server-only";
import { platformSiteUrls } from "@/db/queries/lti/platforms";
import { formActionFor, frameAncestorsFor, isFramedPath } from "@/lib/lti/csp";

const TTL_MS = 60_000;
let cached: { at: number; urls: Promise<string[]> } | undefined;

/** The registered platforms' URLs, read from the database at most once a minute per process. */
function platformUrls(now: number): Promise<string[]> {
  if (!cached || now - cached.at > TTL_MS) {
    const urls = platformSiteUrls();
    cached = { at: now, urls };
    urls.catch(() => (cached = undefined));
  }
  return cached.urls;
}

/**
 * The `frame-ancestors` and `form-action` source lists for a response (see
 * lib/lti/csp.ts), for the per-request CSP: `'none'` and `'self'` on every
 * path but the LTI pages, which never touch the database; `'self'` and the
 * registered LMSs' origins on those.
 */
export async function ltiCspSources(pathname: string, now = Date.now()) {
  // A database that cannot answer leaves the framed pages to Sourced alone: refusing the LMS's frame beats a 500.
  const urls = isFramedPath(pathname) ? await platformUrls(now).catch(() => []) : [];
  return { frameAncestors: frameAncestorsFor(pathname, urls), formAction: formActionFor(pathname, urls) };
}
