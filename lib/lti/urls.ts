/** The tool's own URLs, which an instructor pastes into the LMS, and the OIDC request. Pure. */

export type ToolUrls = { login: string; launch: string; deepLink: string; jwks: string };

/** The tool's endpoints under its public origin (e.g. https://sourced.school.org). */
export function toolUrls(origin: string): ToolUrls {
  const base = origin.replace(/\/+$/, "");
  return {
    login: `${base}/lti/login`,
    launch: `${base}/lti/launch`,
    deepLink: `${base}/lti/deep-link`,
    jwks: `${base}/lti/jwks`,
  };
}

/**
 * The OIDC authentication request a login initiation answers with (LTI 1.3
 * core 5.1.1.2): the platform checks the client and redirect URI, then posts
 * an id_token carrying this nonce, with this state, to the redirect URI.
 */
export function authRequestUrl(input: {
  authUrl: string;
  clientId: string;
  redirectUri: string;
  loginHint: string;
  messageHint: string | null;
  state: string;
  nonce: string;
}): string {
  const u = new URL(input.authUrl);
  const params: Record<string, string> = {
    scope: "openid",
    response_type: "id_token",
    response_mode: "form_post",
    prompt: "none",
    client_id: input.clientId,
    redirect_uri: input.redirectUri,
    login_hint: input.loginHint,
    state: input.state,
    nonce: input.nonce,
  };
  if (input.messageHint !== null) params.lti_message_hint = input.messageHint;
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}

/** An http(s) origin of a URL, or null for anything else. */
export function originOf(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    return u.protocol === "https:" || u.protocol === "http:" ? u.origin : null;
  } catch {
    return null;
  }
}

/** A same-site path to land on after sign-in; anything else lands on the home page. */
export function safeLandingPath(value: string | null | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\") ? value : "/";
}
