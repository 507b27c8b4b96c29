import "server-only";
import { PEER_HEADER } from "@/server/http/gate.mjs";

/**
 * The address a request came from, for rate limits. With no trusted proxy
 * (the default) it is the socket's peer and X-Forwarded-For is ignored, since
 * any client can send one. Behind N proxies (TRUSTED_PROXY_HOPS=N), each of
 * which appends the address it received from, it is the entry N places from
 * the right of the chain ending with the peer: the rightmost address no
 * client could have written.
 */
export function clientAddress(headers: Headers, trustedHops: number): string {
  const peer = plain(headers.get(PEER_HEADER)) || "unknown";
  if (trustedHops <= 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map(plain).filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedHops)]!;
}

/** "::ffff:10.0.0.1" is 10.0.0.1: one address, one counter. */
function plain(address: string | null | undefined): string {
  const a = (address ?? "").trim();
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}
