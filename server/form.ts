import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";

import type { FormState, FormValues } from "@/lib/form-state";

export type { FormState, FormValues } from "@/lib/form-state";

/** Unwraps optional/default/pipe wrappers to see whether a field is a list. */
function isArrayField(schema: z.ZodType): boolean {
  let s: z.ZodType = schema;
  for (let i = 0; i < 5; i++) {
    if (s instanceof z.ZodArray) return true;
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable)
      s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else return false;
  }
  return false;
}

/** The object schemas a form schema is made of: itself, or the options of a discriminated union. */
function objectShapes(schema: z.ZodType): Record<string, z.ZodType>[] {
  if (schema instanceof z.ZodObject) return [schema.shape as Record<string, z.ZodType>];
  if (schema instanceof z.ZodDiscriminatedUnion) return (schema.options as z.ZodType[]).flatMap((o) => objectShapes(o));
  return [];
}

/** The submitted values of the fields a schema names: lists where the schema has a list, strings elsewhere. */
function formValues(schema: z.ZodType, form: FormData): FormValues {
  const values: FormValues = {};
  for (const shape of objectShapes(schema)) {
    for (const [key, field] of Object.entries(shape)) {
      if (key in values) continue;
      if (isArrayField(field)) values[key] = form.getAll(key).map(String);
      else if (form.has(key)) values[key] = String(form.get(key));
    }
  }
  return values;
}

/** The first message per field, keyed by the field's name ("form" for whole-form problems). */
function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? "form")] ??= issue.message;
  return out;
}

/** Values to put back into a refused form: never a password, which would travel back to the page. */
function echoable(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !/password/i.test(k)));
}

export type Parsed<T> = { ok: true; data: T; values: FormValues } | { ok: false; state: FormState };

/**
 * Reads a form through its schema. A refusal comes back as the state to
 * return from the action, with a message per field and the values as sent.
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  form: FormData,
  message = "Check the highlighted fields.",
): Parsed<z.output<S>> {
  const values = formValues(schema, form);
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data, values: echoable(values) };
  return {
    ok: false,
    state: { status: "error", message, fieldErrors: fieldErrors(parsed.error), values: echoable(values) },
  };
}

/**
 * Hidden fields (ids, intents) are written by our own pages: a value that does
 * not parse was not sent by them, so the answer is 404, not a form error.
 */
export function hiddenOr404<S extends z.ZodType>(schema: S, form: FormData): z.output<S> {
  const parsed = schema.safeParse(formValues(schema, form));
  if (!parsed.success) notFound();
  return parsed.data;
}
