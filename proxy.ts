import { guard } from "./server/http/proxy";

// Cross-origin refusals, optimistic sign-in redirects and the per-request CSP
// (server/http/proxy.ts). Authorization itself happens in the data path
// (server/session.ts), never only here.
export default guard;

// Every page, route and action; not Next's static files, which carry no markup.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
