import "server-only";
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { LtiPlatform } from "@/db/schema";
import type { LtiRefusalCode } from "@/lib/lti/refusals";
import { platformKeySet } from "./platform-keys";

/** Clock skew allowed between the platform and Sourced. */
export const CLOCK_TOLERANCE_SECONDS = 60;
/** An id_token older than this is refused even before it expires (platforms issue them right before posting). */
export const MAX_TOKEN_AGE = "10m";

export type Verified = { ok: true; payload: JWTPayload } | { ok: false; code: LtiRefusalCode; detail?: string };

function refusal(e: unknown): { code: LtiRefusalCode; detail?: string } {
  if (e instanceof errors.JWTExpired) return { code: "expired", detail: "exp is in the past" };
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.reason === "missing") return { code: "missing_claims", detail: e.claim };
    if (e.claim === "iss") return { code: "wrong_issuer" };
    if (e.claim === "aud") return { code: "wrong_audience" };
    if (e.claim === "iat" || e.claim === "nbf") return { code: "expired", detail: `${e.claim} ${e.reason}` };
    return { code: "missing_claims", detail: e.claim };
  }
  if (e instanceof errors.JWKSTimeout || e instanceof errors.JWKSInvalid) return { code: "keys_unreachable" };
  if (e instanceof errors.JWKSNoMatchingKey) return { code: "bad_signature", detail: "no key of the platform matches" };
  if (e instanceof errors.JOSEError) return { code: "bad_signature", detail: e.code };
  // createRemoteJWKSet rethrows network errors (and non-200 answers) as they come.
  return { code: "keys_unreachable", detail: e instanceof Error ? e.message : undefined };
}

/**
 * Checks a platform's id_token: RS256, signed by a key from the platform's
 * JWKS, issued by the registered issuer to the registered client ID (and, for
 * several audiences, authorized for it), not expired, not from the future,
 * not older than ten minutes, with a nonce and a subject. The nonce's
 * single use and the LTI claims are checked by the caller.
 */
export async function verifyIdToken(
  token: string,
  platform: Pick<LtiPlatform, "issuer" | "clientId" | "jwksUrl">,
  options: { keys?: JWTVerifyGetKey; now?: Date } = {},
): Promise<Verified> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, options.keys ?? platformKeySet(platform.jwksUrl), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ["RS256"],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      maxTokenAge: MAX_TOKEN_AGE,
      requiredClaims: ["iat", "exp", "nonce", "sub"],
      currentDate: options.now,
    }));
  } catch (e) {
    return { ok: false, ...refusal(e) };
  }
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (payload.azp !== undefined && payload.azp !== platform.clientId)
    return { ok: false, code: "wrong_audience", detail: "azp is another client" };
  if (audiences.length > 1 && payload.azp === undefined)
    return { ok: false, code: "wrong_audience", detail: "several audiences and no azp" };
  if (typeof payload.nonce !== "string" || !payload.nonce)
    return { ok: false, code: "missing_claims", detail: "nonce" };
  return { ok: true, payload };
}
