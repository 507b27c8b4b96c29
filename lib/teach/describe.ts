/**
 * Puts a stored response (or an answer key) into words for the instructor's
 * tables and the CSV, whatever shape the question kind stores it in.
 */
import type { QuestionKind } from "@/lib/quiz/types";

type Opt = { id: string; text: string };
export type QuestionShape = {
  kind: QuestionKind;
  options?: Opt[] | null;
  left?: Opt[] | null;
  right?: Opt[] | null;
  items?: Opt[] | null;
};

export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

export function asBooleanResponse(v: unknown): boolean | null {
  if (typeof v === "boolean") return v;
  if (typeof v !== "string") return null;
  const s = v.trim().toLowerCase();
  if (["true", "t", "yes", "y"].includes(s)) return true;
  if (["false", "f", "no", "n"].includes(s)) return false;
  return null;
}

/** The stored option a single-choice response names (by id, or by its text). */
export function chosenOption(q: QuestionShape, response: unknown): { index: number; option: Opt } | null {
  if (typeof response !== "string") return null;
  const opts = q.options ?? [];
  let index = opts.findIndex((o) => o.id === response);
  if (index < 0) index = opts.findIndex((o) => o.text.trim().toLowerCase() === response.trim().toLowerCase());
  return index < 0 ? null : { index, option: opts[index]! };
}

export function describeValue(q: QuestionShape, value: unknown): string {
  if (value === null || value === undefined) return "";
  switch (q.kind) {
    case "single_choice": {
      const c = chosenOption(q, value);
      return c ? c.option.text : String(value);
    }
    case "true_false": {
      const b = asBooleanResponse(value);
      return b === null ? String(value) : b ? "True" : "False";
    }
    case "cloze":
      return typeof value === "string" ? value : JSON.stringify(value);
    case "matching": {
      if (typeof value !== "object" || Array.isArray(value)) return JSON.stringify(value);
      const text = (list: Opt[] | null | undefined, id: unknown) => list?.find((o) => o.id === id)?.text ?? String(id ?? "—");
      return (q.left ?? [])
        .map((l) => `${l.text} → ${text(q.right, (value as Record<string, unknown>)[l.id])}`)
        .join("; ");
    }
    case "ordering": {
      if (!Array.isArray(value)) return JSON.stringify(value);
      return value.map((id) => q.items?.find((o) => o.id === id)?.text ?? String(id)).join(" → ");
    }
  }
}
