/**
 * Reading and describing answers, one way for everyone: the grader, the
 * student's feedback, the instructor's tables and the CSV exports all decide
 * "which option was picked" and "is this true" here.
 */
import type { QuestionKind } from "@/lib/kinds";
import type { Option } from "./types";

/** Case, punctuation, quotes, accents, spacing and a leading "the" do not matter. */
export function normalizeAnswer(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[‘’´`']/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the\s+/, "");
}

/** A true/false response as sent by a form, a keyboard or a stored row: "t" and "yes" count. */
export function readBoolean(v: unknown): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (typeof v !== "string") return undefined;
  const s = v.trim().toLowerCase();
  if (["true", "t", "yes", "y"].includes(s)) return true;
  if (["false", "f", "no", "n"].includes(s)) return false;
  return undefined;
}

/** The option a single-choice response names: by id, else by its text (normalised). */
export function pickedOption(
  options: readonly Option[] | null | undefined,
  response: unknown,
): { index: number; option: Option } | null {
  if (typeof response !== "string") return null;
  const opts = options ?? [];
  let index = opts.findIndex((o) => o.id === response);
  if (index < 0) index = opts.findIndex((o) => normalizeAnswer(o.text) === normalizeAnswer(response));
  return index < 0 ? null : { index, option: opts[index]! };
}

export type Describable = {
  kind: QuestionKind;
  options?: readonly Option[] | null;
  left?: readonly Option[] | null;
  right?: readonly Option[] | null;
  items?: readonly Option[] | null;
};

const textOf = (opts: readonly Option[] | null | undefined, id: unknown) => opts?.find((o) => o.id === id)?.text;

/** Lines describing an answer or a response ("left → right" per matching pair, ordering items in order); [] when there is nothing. */
export function describeAnswer(q: Describable, value: unknown): string[] {
  if (value === null || value === undefined) return [];
  switch (q.kind) {
    case "single_choice": {
      const picked = pickedOption(q.options, value);
      return picked ? [picked.option.text] : typeof value === "string" && value ? [value] : [];
    }
    case "true_false": {
      const b = readBoolean(value);
      return b === undefined ? [] : [b ? "True" : "False"];
    }
    case "cloze":
      return (typeof value === "string" || typeof value === "number") && String(value).trim()
        ? [String(value).trim()]
        : [];
    case "matching": {
      if (typeof value !== "object" || Array.isArray(value)) return [];
      const map = value as Record<string, unknown>;
      return (q.left ?? []).map((l) => `${l.text} → ${textOf(q.right, map[l.id]) ?? "(no choice)"}`);
    }
    case "ordering":
      return Array.isArray(value) ? value.map((id) => textOf(q.items, id) ?? String(id)) : [];
  }
}

/**
 * The same on one line, for tables and CSV cells. A stored value the question
 * cannot read is shown as it is, so an instructor still sees what was sent.
 */
export function describeAnswerInline(q: Describable, value: unknown): string {
  if (value === null || value === undefined) return "";
  const lines = describeAnswer(q, value);
  if (lines.length === 0) return typeof value === "string" ? value : JSON.stringify(value);
  return lines.join(q.kind === "ordering" ? " → " : "; ");
}
