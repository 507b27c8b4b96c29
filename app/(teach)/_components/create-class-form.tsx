"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form-fields";
import { textValue, type FormState } from "@/lib/form-state";
import { createClassAction } from "../actions";

export function CreateClassForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createClassAction, { status: "idle" });
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={state.message} />
      <Field
        label="Class name"
        name="name"
        hint="For example “Year 10 History, set 2”. Students see this name."
        defaultValue={textValue(state.values, "name") as string | undefined}
        error={state.fieldErrors?.name}
        maxLength={100}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Creating…" : "Create class"}
      </button>
    </form>
  );
}
