import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

// Optimistic redirects for signed-out visitors; authorization itself happens
// in the data path (lib/session.ts), never only here.
const { auth } = NextAuth(authConfig);
export default auth;

export const config = {
  matcher: ["/articles/:path*", "/teach/:path*", "/account/:path*"],
};
