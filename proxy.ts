import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

// Optimistic redirects for signed-out visitors; authorization itself happens
// in the data path (lib/session.ts), never only here.
const { auth } = NextAuth(authConfig);
export default auth;

// Listed literally: Next reads the matcher at build time. server/signed-in-paths.test.ts holds it to SIGNED_IN_PATHS.
export const config = {
  matcher: [
    "/articles/:path*",
    "/practice/:path*",
    "/quiz/:path*",
    "/review/:path*",
    "/progress/:path*",
    "/account/:path*",
    "/join/:path*",
    "/assignments/:path*",
    "/teach/:path*",
  ],
};
