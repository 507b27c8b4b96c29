import "server-only";
import { randomUUID } from "node:crypto";
import type { LtiPlatform } from "@/db/schema";
import { AGS_SCOPE } from "@/lib/lti/claims";
import { LINE_ITEM_MEDIA_TYPE, SCORE_MEDIA_TYPE, scoresUrl, type ScoreMessage } from "@/lib/lti/grades";
import { signAsTool } from "./keys";

const TIMEOUT_MS = 10_000;

/** A failed call to a platform, with what it answered, for the instructor's list of stuck grades. */
export class PlatformError extends Error {}

async function failure(what: string, response: Response): Promise<PlatformError> {
  const body = (await response.text().catch(() => "")).replace(/\s+/g, " ").slice(0, 200);
  return new PlatformError(`${what} answered ${response.status}${body ? `: ${body}` : ""}`);
}

// Access tokens per platform and scope set, until a minute before they expire.
const tokens = new Map<string, { token: string; expires: number }>();

/**
 * An access token by the client-credentials grant with a JWT bearer
 * assertion (1EdTech Security Framework 4.1): signed by the tool's key,
 * issued by and about the client ID, for the platform's token endpoint.
 */
export async function accessToken(platform: LtiPlatform, scopes: readonly string[]): Promise<string> {
  const key = `${platform.id} ${platform.tokenUrl} ${scopes.join(" ")}`;
  const cached = tokens.get(key);
  if (cached && cached.expires > Date.now()) return cached.token;
  const assertion = await signAsTool(
    { jti: randomUUID() },
    { issuer: platform.clientId, subject: platform.clientId, audience: platform.tokenUrl, expiresIn: "5m" },
  );
  const response = await fetch(platform.tokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: assertion,
      scope: scopes.join(" "),
    }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw await failure("The LMS's token endpoint", response);
  const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
  if (typeof body.access_token !== "string") throw new PlatformError("The LMS's token endpoint sent no access token");
  const seconds = typeof body.expires_in === "number" ? body.expires_in : 3600;
  tokens.set(key, { token: body.access_token, expires: Date.now() + Math.max(0, seconds - 60) * 1000 });
  return body.access_token;
}

/** Posts one score to a line item (AGS 3.4). */
export async function postScore(platform: LtiPlatform, lineItemUrl: string, message: ScoreMessage): Promise<void> {
  const token = await accessToken(platform, [AGS_SCOPE.score]);
  const response = await fetch(scoresUrl(lineItemUrl), {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": SCORE_MEDIA_TYPE },
    body: JSON.stringify(message),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw await failure("The LMS's score service", response);
}

/** Creates the line item of an activity whose launches named none (AGS 3.2); returns its URL. */
export async function createLineItem(platform: LtiPlatform, lineItemsUrl: string, item: Record<string, unknown>) {
  const token = await accessToken(platform, [AGS_SCOPE.lineItem]);
  const response = await fetch(lineItemsUrl, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": LINE_ITEM_MEDIA_TYPE, Accept: LINE_ITEM_MEDIA_TYPE },
    body: JSON.stringify(item),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw await failure("The LMS's line item service", response);
  const body = (await response.json()) as { id?: unknown };
  if (typeof body.id !== "string") throw new PlatformError("The LMS made a line item without an id");
  return body.id;
}
