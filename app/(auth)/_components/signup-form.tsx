"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form-fields";
import { signUpAction } from "../actions";
import { textValue, type FormState } from "@/lib/form-state";

export function SignupForm({ invitesEnabled }: { invitesEnabled: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signUpAction, { status: "idle" });
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <Field
        label="Name"
        name="name"
        autoComplete="name"
        maxLength={100}
        defaultValue={textValue(state.values, "name")}
        error={state.fieldErrors?.name}
      />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={textValue(state.values, "email")}
        error={state.fieldErrors?.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="8 to 128 characters. A short sentence is easy to remember and hard to guess."
        error={state.fieldErrors?.password}
      />
      {invitesEnabled && (
        <Field
          label="Instructor invite code (optional)"
          name="inviteCode"
          required={false}
          autoComplete="off"
          hint="Leave empty to join as a student."
          defaultValue={textValue(state.values, "inviteCode")}
          error={state.fieldErrors?.inviteCode}
        />
      )}
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="text-center text-sm text-stone-600 dark:text-stone-400">
        Already have an account?{" "}
        <Link
          href="/login"
          className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-200"
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
