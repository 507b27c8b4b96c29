import "server-only";
import type { JWTVerifyGetKey } from "jose";
import { consumeLogin, findOpenLogin, nonceWasUsed } from "@/db/queries/lti/logins";
import { getPlatform } from "@/db/queries/lti/platforms";
import { linkLaunch } from "@/db/queries/lti/links";
import { readLaunchClaims, type Launch } from "@/lib/lti/claims";
import type { LtiRefusalCode } from "@/lib/lti/refusals";
import { issueHandoff as handoff } from "./handoff";
import { verifyIdToken } from "./verify";

export type LaunchOutcome =
  | { kind: "refused"; code: LtiRefusalCode; detail?: string }
  /** The browser did not send the state cookie back: offer to start again in a new window. */
  | { kind: "no_cookie"; state: string }
  /** Signed in by the Auth.js LTI provider with this one-time token, then lands on `target`. */
  | { kind: "session"; token: string; target: string }
  /** A choice to make in the LMS's frame: deep linking, or an activity placed without it. */
  | { kind: "pick"; token: string };

/**
 * The launch (LTI 1.3 core 5.1.1.3 and 5.1.3): the state must be one Sourced
 * issued, still open, and bound to this browser by its cookie; the id_token
 * must verify against the platform that login named; its nonce must be the
 * login's and unused; its deployment, message type, version and claims must
 * be what Sourced takes. Only then is anything created (linkLaunch).
 */
export async function completeLaunch(input: {
  idToken: string | null;
  state: string | null;
  cookieState: (state: string) => string | null;
  keys?: JWTVerifyGetKey;
}): Promise<LaunchOutcome> {
  const { idToken, state } = input;
  if (!idToken || !state) return { kind: "refused", code: "missing_token" };
  const login = await findOpenLogin(state);
  if (!login) return { kind: "refused", code: "state_unknown" };
  if (input.cookieState(state) !== state) return { kind: "no_cookie", state };
  if (!(await consumeLogin(state))) return { kind: "refused", code: "state_unknown" };
  const platform = await getPlatform(login.platformId);
  if (!platform) return { kind: "refused", code: "unknown_platform" };

  const verified = await verifyIdToken(idToken, platform, { keys: input.keys });
  if (!verified.ok) return { kind: "refused", code: verified.code, detail: verified.detail };
  const nonce = verified.payload.nonce as string;
  if (nonce !== login.nonce) {
    return { kind: "refused", code: (await nonceWasUsed(nonce)) ? "nonce_reused" : "nonce_mismatch" };
  }
  const claims = readLaunchClaims(verified.payload as Record<string, unknown>, platform.deploymentIds);
  if (!claims.ok) return { kind: "refused", code: claims.code, detail: claims.detail };
  const launch: Launch = claims.launch;
  if (login.deploymentId && login.deploymentId !== launch.deploymentId)
    return { kind: "refused", code: "wrong_deployment", detail: launch.deploymentId };

  const linked = await linkLaunch(platform, launch);
  if (linked.status === "refused") return { kind: "refused", code: linked.code };
  const who = { userId: linked.userId, platformId: platform.id, classId: linked.classId };
  if (linked.status === "learner" || linked.status === "instructor") {
    const target =
      linked.status === "learner"
        ? `/assignments/${linked.assignmentId}`
        : `/teach/classes/${linked.classId}/assignments/${linked.assignmentId}`;
    return { kind: "session", token: await handoff({ ...who, kind: "session", target }), target };
  }
  const kind = linked.status === "deep_link" ? "deep_link" : "link";
  return { kind: "pick", token: await handoff({ ...who, kind, details: { launch } }) };
}
