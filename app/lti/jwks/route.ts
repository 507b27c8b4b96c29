import { NextResponse } from "next/server";
import { toolJwks } from "@/server/lti/keys";

export const dynamic = "force-dynamic";

/** The tool's public keys (current and previous), for platforms to verify its signatures. */
export async function GET() {
  return NextResponse.json(await toolJwks(), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
