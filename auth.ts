import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./auth.config";
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

function clientIp(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0]!.trim() || null;
  return request.headers.get("x-real-ip");
}

export const {
  handlers: { GET, POST },
  auth,
  signIn,
  signOut,
} = NextAuth({
  ...authConfig,
  logger: {
    // A failed sign-in is an expected outcome, not a server error: one line, no stack.
    error(error) {
      if (error instanceof CredentialsSignin) {
        console.warn(`[auth] sign-in refused (${(error as CredentialsSignin).code})`);
        return;
      }
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await authenticate({ ...parsed.data, ip: clientIp(request) });
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

export { AuthError } from "next-auth";
