import { NextResponse, type NextRequest } from "next/server";
import { completeLaunch } from "@/server/lti/launch";
import { toolOrigin } from "@/server/lti/origin";
import { refused, seeOther, signInAndLand } from "@/server/lti/respond";
import { stateCookie } from "@/server/lti/tokens";

export const dynamic = "force-dynamic";

const field = (form: FormData | null, name: string) => {
  const v = form?.get(name);
  return typeof v === "string" && v ? v : null;
};

/**
 * The redirect URI: the platform posts the id_token and state here, for a
 * resource link launch or a deep linking request. A launch in the LMS's
 * frame goes on in a new window (docs/lms.md); a top-level one signs in here.
 */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null);
  const origin = toolOrigin(request.headers);
  const state = field(form, "state");
  const outcome = await completeLaunch({
    idToken: field(form, "id_token"),
    state,
    cookieState: (s) => request.cookies.get(stateCookie(s).name)?.value ?? null,
  });
  let response: NextResponse;
  switch (outcome.kind) {
    case "refused":
      response = refused(origin, outcome.code, outcome.detail);
      break;
    case "no_cookie":
      return seeOther(origin, `/lti/retry?${new URLSearchParams({ state: outcome.state })}`);
    case "pick":
      response = seeOther(origin, `/lti/pick/${outcome.token}`);
      break;
    case "session":
      response =
        request.headers.get("sec-fetch-dest") === "document"
          ? await signInAndLand(origin, outcome.token, outcome.target)
          : seeOther(origin, `/lti/open?${new URLSearchParams({ t: outcome.token })}`);
      break;
  }
  if (state) response.cookies.set({ ...stateCookie(state), value: "", maxAge: 0 });
  return response;
}
