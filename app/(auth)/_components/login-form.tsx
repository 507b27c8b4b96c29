"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form-fields";
import { signInAction } from "../actions";
import { textValue, type FormState } from "@/lib/form-state";

export function LoginForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, { status: "idle" });
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="next" value={next ?? "/articles"} />
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
        autoComplete="current-password"
        error={state.fieldErrors?.password}
      />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="text-center text-sm text-stone-600 dark:text-stone-400">
        New to Sourced?{" "}
        <Link
          href="/signup"
          className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-200"
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
