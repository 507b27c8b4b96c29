"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AuthError, signIn, signOut } from "@/auth";
import { env } from "@/env.js";
import { revokeUserSessions } from "@/db/queries/sessions";
import { createUser, DuplicateEmailError } from "@/db/queries/users";
import { clientAddress } from "@/server/auth/client-address";
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from "@/server/auth/password";
import { takeSignUp } from "@/server/auth/rate-limit";
import { parseForm, type FormState } from "@/server/form";
import { requireUser } from "@/server/session";

// Only same-site paths, so a crafted link cannot bounce a fresh session elsewhere.
const safeNext = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/)
  .catch("/articles");

const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(254),
  password: z
    .string()
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX, `Passwords are at most ${PASSWORD_MAX} characters.`),
  next: safeNext,
});

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = parseForm(signInSchema, form, "");
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: parsed.data.next,
    });
  } catch (e) {
    // A successful signIn throws Next's redirect; only Auth.js errors are ours to show.
    if (!(e instanceof AuthError)) throw e;
    const rateLimited = "code" in e && e.code === "rate_limited";
    return {
      status: "error",
      message: rateLimited
        ? "Too many failed sign-ins from here. Wait a few minutes, then try again."
        : "Wrong email or password.",
      values,
    };
  }
  return { status: "idle" };
}

const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: z.string().trim().pipe(z.email("Enter a valid email address.").max(254)),
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
  inviteCode: z.string().trim().max(200).optional(),
});

export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = parseForm(signUpSchema, form, "");
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  const { name, email, password, inviteCode } = parsed.data;
  const instructorCode = env().INSTRUCTOR_INVITE_CODE;
  // Counted before anything is looked up, so the form cannot be used to test
  // emails (or guess invite codes) faster than the limit.
  if (!(await takeSignUp(clientAddress(await headers(), env().TRUSTED_PROXY_HOPS), new Date()))) {
    return {
      status: "error",
      message: "Too many sign-ups from this network. Try again in a few minutes.",
      values,
    };
  }
  if (inviteCode && inviteCode !== instructorCode) {
    return { status: "error", fieldErrors: { inviteCode: "That invite code is not valid." }, values };
  }
  try {
    await createUser({
      name,
      email,
      passwordHash: await hashPassword(password),
      role: inviteCode && inviteCode === instructorCode ? "instructor" : "student",
    });
  } catch (e) {
    if (e instanceof DuplicateEmailError) {
      return {
        status: "error",
        fieldErrors: { email: "An account with this email already exists. Sign in instead." },
        values,
      };
    }
    throw e;
  }
  await signIn("credentials", { email, password, redirectTo: "/articles" });
  return { status: "idle" };
}

/** Clears the cookie and ends its session on the server (auth.ts events.signOut). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/** Ends every session of this account, on every device, including this one. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await revokeUserSessions(user.id);
  await signOut({ redirectTo: "/login?signedOut=everywhere" });
  redirect("/login");
}
