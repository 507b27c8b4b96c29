import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: states, nonces and handoff tokens. */
export const randomToken = () => randomBytes(32).toString("base64url");

/** What the database keeps of a handoff token: a leaked row cannot be used. */
export const tokenHash = (token: string) => createHash("sha256").update(token).digest("base64url");

/**
 * The cookie that binds a login's state to the browser that started it.
 * SameSite=None because the platform posts the launch from its own site;
 * Partitioned (CHIPS) so browsers that block third-party cookies still keep
 * it inside the LMS's frame, keyed to the LMS's site. Secure is required by
 * both; browsers accept it on http://localhost and 127.0.0.1 for testing.
 */
export function stateCookie(state: string) {
  return {
    name: `lti_state_${tokenHash(state).slice(0, 16)}`,
    value: state,
    path: "/lti",
    maxAge: 600,
    httpOnly: true,
    secure: true,
    sameSite: "none" as const,
    partitioned: true,
  };
}
