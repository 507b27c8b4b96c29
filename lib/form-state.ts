/**
 * What a form's server action returns for `useActionState`: idle before the
 * first submission, the error to show (with a message per field and the values
 * to put back), or ok. Forms that return more (a preview) extend it. The
 * server side that builds it is server/form.ts.
 */
export type FormState<Extra extends object = object> = {
  status: "idle" | "error" | "ok";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: FormValues;
} & Partial<Extra>;

export type FormValues = Record<string, string | string[]>;

/** A single-valued field as sent, for a refused form's defaultValue. */
export function textValue(values: FormValues | undefined, key: string, fallback = ""): string {
  const v = values?.[key];
  return typeof v === "string" ? v : fallback;
}

/** A multi-valued field (checkboxes) as sent. */
export function listValue(values: FormValues | undefined, key: string, fallback: string[] = []): string[] {
  const v = values?.[key];
  return Array.isArray(v) ? v : fallback;
}
