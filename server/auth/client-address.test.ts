import { describe, expect, it } from "vitest";
import { PEER_HEADER } from "@/server/http/gate.mjs";
import { clientAddress } from "./client-address";

const request = (peer: string | null, forwarded?: string) => {
  const h = new Headers();
  if (peer) h.set(PEER_HEADER, peer);
  if (forwarded) h.set("x-forwarded-for", forwarded);
  return h;
};

describe("the client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(request("203.0.113.9", "198.51.100.1"), 0)).toBe("203.0.113.9");
    expect(clientAddress(request("::ffff:203.0.113.9"), 0)).toBe("203.0.113.9");
  });

  it("behind trusted proxies, is the address the outermost one received from", () => {
    // The client forged "1.1.1.1"; the proxy appended the address it saw.
    expect(clientAddress(request("10.0.0.2", "1.1.1.1, 203.0.113.9"), 1)).toBe("203.0.113.9");
    // Two proxies: the outer one appended the client, the inner one the outer proxy.
    expect(clientAddress(request("10.0.0.2", "1.1.1.1, 203.0.113.9, 10.0.0.1"), 2)).toBe("203.0.113.9");
    expect(clientAddress(request("10.0.0.2", "203.0.113.9"), 5)).toBe("203.0.113.9");
  });

  it("is one shared 'unknown' when the server did not say, so no request escapes the per-address limits", () => {
    expect(clientAddress(request(null, "198.51.100.1"), 0)).toBe("unknown");
  });
});
