import "server-only";
import { findPlatform, getPlatform } from "@/db/queries/lti/platforms";
import { createLogin, findOpenLogin, consumeLogin, type LoginInput } from "@/db/queries/lti/logins";
import type { LtiRefusalCode } from "@/lib/lti/refusals";
import { authRequestUrl, originOf, toolUrls } from "@/lib/lti/urls";
import type { LtiPlatform } from "@/db/schema";
import { randomToken } from "./tokens";

const LOGIN_TTL_MS = 10 * 60_000;

export type LoginOutcome =
  { ok: true; redirect: string; state: string } | { ok: false; code: LtiRefusalCode; detail?: string };

async function begin(platform: LtiPlatform, input: Omit<LoginInput, "state" | "nonce" | "platformId">, origin: string) {
  const state = randomToken();
  const nonce = randomToken();
  await createLogin({
    ...input,
    state,
    nonce,
    platformId: platform.id,
    expiresAt: new Date(Date.now() + LOGIN_TTL_MS),
  });
  const redirect = authRequestUrl({
    authUrl: platform.authUrl,
    clientId: platform.clientId,
    redirectUri: toolUrls(origin).launch,
    loginHint: input.loginHint,
    messageHint: input.messageHint,
    state,
    nonce,
  });
  return { ok: true as const, redirect, state };
}

/**
 * Third-party-initiated login (LTI 1.3 core 5.1.1): a registered platform
 * asks to launch; Sourced answers with the OIDC request, a fresh state and
 * nonce, and the state cookie. An unknown issuer or client, a deployment the
 * registration lacks, or a target outside Sourced is refused with nothing stored.
 */
export async function startLogin(params: (name: string) => string | null, origin: string): Promise<LoginOutcome> {
  const issuer = params("iss");
  const loginHint = params("login_hint");
  const target = params("target_link_uri");
  if (!issuer || !loginHint || !target) return { ok: false, code: "bad_login" };
  if (originOf(target) !== originOf(origin))
    return { ok: false, code: "bad_login", detail: "target_link_uri is not Sourced" };
  const platform = await findPlatform({ issuer, clientId: params("client_id") });
  if (!platform) return { ok: false, code: "unknown_platform" };
  const deploymentId = params("lti_deployment_id");
  if (deploymentId && !platform.deploymentIds.includes(deploymentId))
    return { ok: false, code: "wrong_deployment", detail: deploymentId };
  return begin(
    platform,
    { loginHint, messageHint: params("lti_message_hint"), targetLinkUri: target, deploymentId },
    origin,
  );
}

/**
 * The login again, in a new window, for a browser that did not send the
 * state cookie back inside the LMS's frame: the stored hints start a fresh
 * login there, whose cookie is first-party. The old login is used up.
 */
export async function restartLogin(state: string, origin: string): Promise<LoginOutcome> {
  const old = (await findOpenLogin(state)) && (await consumeLogin(state));
  if (!old) return { ok: false, code: "state_unknown" };
  const { platformId: _p, state: _s, nonce: _n, createdAt: _c, expiresAt: _e, usedAt: _u, ...hints } = old;
  const platform = await getPlatform(old.platformId);
  if (!platform) return { ok: false, code: "unknown_platform" };
  return begin(platform, hints, origin);
}
