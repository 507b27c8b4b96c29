"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form-fields";
import { joinClassAction } from "../actions";
import { textValue, type FormState } from "@/lib/form-state";

export function JoinForm({ code }: { code?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(joinClassAction, { status: "idle" });
  if (code) {
    return (
      <form action={action} className="space-y-3">
        <FormMessage message={state.message ?? state.fieldErrors?.code} />
        <input type="hidden" name="code" value={code} />
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Joining…" : "Join this class"}
        </button>
      </form>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <Field
        label="Join code"
        name="code"
        autoComplete="off"
        defaultValue={textValue(state.values, "code")}
        error={state.fieldErrors?.code}
        hint="6 letters and digits, from your instructor. Spaces and dashes do not matter."
        maxLength={20}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Joining…" : "Join class"}
      </button>
    </form>
  );
}
