"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form-fields";
import { textValue, type FormState } from "@/lib/form-state";
import { registerPlatformAction } from "../lti-actions";

/** Registering an LMS: the values its tool configuration shows for Sourced. */
export function PlatformForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(registerPlatformAction, { status: "idle" });
  const field = (name: string) => ({
    name,
    defaultValue: textValue(state.values, name),
    error: state.fieldErrors?.[name],
  });
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <Field label="Name" hint="For you: e.g. “School Moodle”." maxLength={100} {...field("name")} />
      <Field
        label="Issuer (platform ID)"
        hint="Moodle: the site address. Canvas: https://canvas.instructure.com."
        {...field("issuer")}
      />
      <Field label="Client ID" {...field("clientId")} />
      <Field label="Deployment ID" hint="Several? Separate them with spaces." {...field("deploymentIds")} />
      <Field label="Authentication request URL" hint="The OIDC auth endpoint." {...field("authUrl")} />
      <Field label="Access token URL" {...field("tokenUrl")} />
      <Field label="Public keyset URL" hint="The LMS's JWKS." {...field("jwksUrl")} />
      <Field
        label="LMS address (optional)"
        hint="Where people open your LMS, if it differs from the issuer (hosted Canvas: https://yourschool.instructure.com)."
        required={false}
        {...field("siteUrl")}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Registering…" : "Register LMS"}
      </button>
    </form>
  );
}
