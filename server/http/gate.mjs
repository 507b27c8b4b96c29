// What the HTTP server (scripts/serve.mjs) does to every request before Next.js
// sees it. Plain JavaScript: the server runs it under Node without a compiler.

/**
 * The socket's address, written by our server over anything a client sent
 * under this name, so the app can tell the real peer from X-Forwarded-For
 * (which Next.js fills from the socket only when the client did not send one).
 */
export const PEER_HEADER = "x-sourced-peer";
