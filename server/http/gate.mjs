// What the HTTP server (scripts/serve.mjs) does to every request before Next.js
// sees it. Plain JavaScript: the server runs it under Node without a compiler.

/**
 * The socket's address, written by our server over anything a client sent
 * under this name, so the app can tell the real peer from X-Forwarded-For
 * (which Next.js fills from the socket only when the client did not send one).
 */
export const PEER_HEADER = "x-sourced-peer";

/** The largest request body accepted: Next.js's own limit for a server action. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Refuses what should never reach the app: a body over the limit (413), or a
 * body of unknown length (411), which Next.js would read before refusing it
 * with a 500 and a stack trace. Browsers send a Content-Length with every form
 * and server action.
 *
 * @param {{ method?: string; headers: Record<string, string | string[] | undefined> }} req
 * @returns {{ status: 411 | 413; message: string } | null}
 */
export function refusal(req) {
  const length = req.headers["content-length"];
  if (length !== undefined) {
    const n = Number(length);
    if (!Number.isFinite(n) || n > MAX_BODY_BYTES)
      return { status: 413, message: `Request body too large: the limit is ${MAX_BODY_BYTES / 1024 / 1024} MB.` };
    return null;
  }
  if (req.headers["transfer-encoding"] !== undefined)
    return { status: 411, message: "A request body needs a Content-Length." };
  return null;
}
