import NextAuth, { AuthError, CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "./env.js";
import { authConfig, SESSION_MAX_AGE_SECONDS } from "./auth.config";
import { createSession, revokeSession } from "./db/queries/sessions";
import { clientAddress } from "./server/auth/client-address";
import { authenticate } from "./server/auth/credentials";
import { redeemSessionToken } from "./server/lti/handoff";
import { PASSWORD_MAX } from "./server/auth/password";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const {
  handlers: { GET, POST },
  auth,
  signIn,
  signOut,
} = NextAuth({
  ...authConfig,
  logger: {
    // A failed sign-in, or a session cookie that does not decrypt (tampered, or
    // signed with another secret), is an expected outcome: one line, no stack.
    error(error) {
      if (error instanceof CredentialsSignin) {
        console.warn(`[auth] sign-in refused (${(error as CredentialsSignin).code})`);
        return;
      }
      if (error instanceof AuthError && error.type === "JWTSessionError") {
        console.warn("[auth] session cookie refused: it does not decrypt");
        return;
      }
      console.error(error);
    },
  },
  callbacks: {
    ...authConfig.callbacks,
    // The token is written once, at sign-in, with the id of a session record;
    // the session gate (server/session.ts) honours it only while that record lives.
    async jwt({ token, user, trigger }) {
      if (user && trigger === "signIn") {
        token.sub = user.id;
        token.role = user.role;
        token.sid = await createSession(user.id!, new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000));
      }
      return token;
    },
  },
  events: {
    // Sign-out ends the session on the server too: a copy of the cookie is dead at once.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await revokeSession(sid);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const ip = clientAddress(request.headers, env().TRUSTED_PROXY_HOPS);
        const result = await authenticate({ ...parsed.data, ip });
        if (!result.ok) {
          if (result.reason === "rate_limited") throw new RateLimited();
          return null;
        }
        return result.user;
      },
    }),
    // An LMS launch that Sourced validated (server/lti/launch.ts) signs its
    // user in here with a one-time token, so every session starts the same way.
    Credentials({
      id: "lti",
      name: "LMS launch",
      credentials: { token: { type: "text" } },
      async authorize(raw) {
        const token = typeof raw?.token === "string" && raw.token.length <= 100 ? raw.token : null;
        return token ? redeemSessionToken(token) : null;
      },
    }),
  ],
});

export { AuthError };
