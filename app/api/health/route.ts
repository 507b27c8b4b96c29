// For load balancers (README: several app servers) and the benchmarks' floor
// (scripts/bench-submit.ts): built once, served without running app code.
export const dynamic = "force-static";

export function GET(): Response {
  return new Response("ok\n", { headers: { "content-type": "text/plain; charset=utf-8" } });
}
