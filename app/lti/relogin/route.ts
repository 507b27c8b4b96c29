import { NextResponse, type NextRequest } from "next/server";
import { restartLogin } from "@/server/lti/login";
import { toolOrigin } from "@/server/lti/origin";
import { refused } from "@/server/lti/respond";
import { stateCookie } from "@/server/lti/tokens";

export const dynamic = "force-dynamic";

/** Starts a launch whose cookie the LMS's frame lost over again, in the new window this form opened. */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null);
  const state = form?.get("state");
  const origin = toolOrigin(request.headers);
  if (typeof state !== "string" || !state || state.length > 100) return refused(origin, "state_unknown");
  const outcome = await restartLogin(state, origin);
  if (!outcome.ok) return refused(origin, outcome.code, outcome.detail);
  const response = NextResponse.redirect(outcome.redirect, 302);
  response.cookies.set(stateCookie(outcome.state));
  return response;
}
