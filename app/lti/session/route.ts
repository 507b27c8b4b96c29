import type { NextRequest } from "next/server";
import { sessionTarget } from "@/server/lti/handoff";
import { toolOrigin } from "@/server/lti/origin";
import { refused, signInAndLand } from "@/server/lti/respond";

export const dynamic = "force-dynamic";

/** The "open in a new window" step: the one-time token from the launch signs its user in here, first-party. */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null);
  const token = form?.get("token");
  const origin = toolOrigin(request.headers);
  const target = typeof token === "string" && token.length <= 100 ? await sessionTarget(token) : null;
  if (!target || typeof token !== "string") return refused(origin, "handoff_used");
  return signInAndLand(origin, token, target);
}
