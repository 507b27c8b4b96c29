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

// The part of the Auth.js config that needs no database, so proxy.ts can use it.
export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    // Optimistic redirect only; every page and action checks again in lib/session.ts.
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      const needsUser = SIGNED_IN_PATHS.some((p) => path === p || path.startsWith(`${p}/`));
      return needsUser ? Boolean(auth?.user) : true;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = token.role;
      session.user.sessionVersion = token.sessionVersion;
      return session;
    },
  },
} satisfies NextAuthConfig;
