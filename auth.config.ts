import type { NextAuthConfig } from "next-auth";

// Pages that need a session. The proxy sends a signed-out visitor to sign in
// with a callbackUrl, so a join link or a quiz link still lands where it
// pointed afterwards; each page checks the session again itself.
export const SIGNED_IN_PATHS = [
  "/articles",
  "/practice",
  "/quiz",
  "/review",
  "/progress",
  "/account",
  "/join",
  "/assignments",
  "/teach",
];

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

// The part of the Auth.js config that needs no database. auth.ts adds the
// credentials provider and the server-side session record.
export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = token.role;
      session.user.sid = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
