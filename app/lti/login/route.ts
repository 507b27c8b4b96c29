import { NextResponse, type NextRequest } from "next/server";
import { startLogin } from "@/server/lti/login";
import { toolOrigin } from "@/server/lti/origin";
import { refused } from "@/server/lti/respond";
import { stateCookie } from "@/server/lti/tokens";

export const dynamic = "force-dynamic";

/** OIDC login initiation: platforms send it as a GET or a form POST, often inside their iframe. */
async function handle(request: NextRequest) {
  const params =
    request.method === "POST" ? await request.formData().catch(() => new FormData()) : request.nextUrl.searchParams;
  const get = (name: string) => {
    const v = params.get(name);
    return typeof v === "string" && v.trim() ? v.trim() : null;
  };
  const origin = toolOrigin(request.headers);
  const outcome = await startLogin(get, origin);
  if (!outcome.ok) return refused(origin, outcome.code, outcome.detail);
  const response = NextResponse.redirect(outcome.redirect, 302);
  response.cookies.set(stateCookie(outcome.state));
  return response;
}

export const GET = handle;
export const POST = handle;
