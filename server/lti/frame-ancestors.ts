import "server-only";
import { platformSiteUrls } from "@/db/queries/lti/platforms";
import { frameAncestorsFor, isFramedPath } from "@/lib/lti/frame-ancestors";

const TTL_MS = 60_000;
let cached: { at: number; urls: Promise<string[]> } | undefined;

/**
 * The CSP frame-ancestors directive for a response: `'none'` everywhere but
 * the LTI pages, which the registered platforms may frame. The platforms'
 * URLs are read from the database at most once a minute per process, so the
 * per-request header code (the proxy's CSP) can call this on every request;
 * paths outside /lti never touch the database.
 */
export async function frameAncestorsDirective(pathname: string, now = Date.now()): Promise<string> {
  if (!isFramedPath(pathname)) return `frame-ancestors ${frameAncestorsFor(pathname, [])}`;
  if (!cached || now - cached.at > TTL_MS) {
    const urls = platformSiteUrls();
    cached = { at: now, urls };
    urls.catch(() => (cached = undefined));
  }
  return `frame-ancestors ${frameAncestorsFor(pathname, await cached.urls)}`;
}
