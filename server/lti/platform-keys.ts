import "server-only";
import { createRemoteJWKSet } from "jose";

type KeySet = ReturnType<typeof createRemoteJWKSet>;

/**
 * Platform key sets, one per JWKS URL for the life of the process. jose
 * caches each set (refreshed after ten minutes) and, when a token names a kid
 * the cached set lacks, fetches the set again (at most every ten seconds):
 * that is how a platform's key rotation is picked up without a restart.
 */
const sets = new Map<string, KeySet>();

export const KEY_SET_OPTIONS = { cacheMaxAge: 10 * 60_000, cooldownDuration: 10_000, timeoutDuration: 5_000 };

export function platformKeySet(jwksUrl: string, options = KEY_SET_OPTIONS): KeySet {
  let set = sets.get(jwksUrl);
  if (!set) {
    set = createRemoteJWKSet(new URL(jwksUrl), options);
    sets.set(jwksUrl, set);
  }
  return set;
}

/** Tests drop the cache between platforms that reuse a URL. */
export function forgetPlatformKeySets(): void {
  sets.clear();
}
