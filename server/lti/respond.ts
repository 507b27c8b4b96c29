import "server-only";
import { NextResponse } from "next/server";
import { AuthError, signIn } from "@/auth";
import type { LtiRefusalCode } from "@/lib/lti/refusals";

/** A redirect after a POST that the browser follows with a GET (303), to a path of this site. */
export function seeOther(origin: string, path: string): NextResponse {
  return NextResponse.redirect(new URL(path, origin), 303);
}

/** The refusal page for a launch, saying why; nothing was created. */
export function refused(origin: string, code: LtiRefusalCode, detail?: string): NextResponse {
  const params = new URLSearchParams({ reason: code });
  if (detail) params.set("detail", detail.slice(0, 200));
  return seeOther(origin, `/lti/refused?${params}`);
}

/**
 * Signs the launch's user in through Auth.js (the "lti" provider uses the
 * one-time token up) and lands them on `target`. The session cookie is set
 * on this response, in a first-party window.
 */
export async function signInAndLand(origin: string, token: string, target: string): Promise<NextResponse> {
  try {
    await signIn("lti", { token, redirect: false, redirectTo: target });
  } catch (e) {
    if (e instanceof AuthError) return refused(origin, "handoff_used");
    throw e;
  }
  return seeOther(origin, target);
}
