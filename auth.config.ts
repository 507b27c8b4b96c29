import type { NextAuthConfig } from "next-auth";

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
      const needsUser = ["/articles", "/teach", "/account"].some((p) => path === p || path.startsWith(`${p}/`));
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
