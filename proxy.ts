import { guard } from "./server/http/proxy";

// Optimistic sign-in redirects (server/http/proxy.ts). Authorization itself
// happens in the data path (server/session.ts), never only here.
export default guard;

// Every page, route and action; not Next's static files.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
