import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { env } from "@/env.js";
import { currentUser } from "@/server/session";
import { AuthCard } from "../_components/auth-card";
import { SignupForm } from "../_components/signup-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignupPage() {
  if (await currentUser()) redirect("/articles");
  return (
    <AuthCard
      title="Create your account"
      intro="Read real news, answer questions that cite their sources, and remember what you learn."
    >
      <SignupForm invitesEnabled={Boolean(env().INSTRUCTOR_INVITE_CODE)} />
    </AuthCard>
  );
}
