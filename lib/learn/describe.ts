/**
 * Answers as a student reads them: option ids become their text, a matching
 * answer becomes "left → right" lines, an ordering answer its items in order.
 */
import type { QuestionKind } from "@/lib/quiz/types";

type Opt = { id: string; text: string };
export type Describable = {
  kind: QuestionKind;
  options?: Opt[] | null;
  left?: Opt[] | null;
  right?: Opt[] | null;
  items?: Opt[] | null;
};

const textOf = (opts: Opt[] | null | undefined, id: unknown) => opts?.find((o) => o.id === id)?.text;

function asBool(v: unknown): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return undefined;
}

/** Lines describing a value given as an answer or a response; [] when there is nothing to show. */
export function describeValue(q: Describable, value: unknown): string[] {
  if (value === null || value === undefined) return [];
  switch (q.kind) {
    case "single_choice": {
      const t = textOf(q.options, value);
      return t ? [t] : typeof value === "string" && value ? [value] : [];
    }
    case "true_false": {
      const b = asBool(value);
      return b === undefined ? [] : [b ? "True" : "False"];
    }
    case "cloze":
      return (typeof value === "string" || typeof value === "number") && String(value).trim() ? [String(value).trim()] : [];
    case "matching": {
      if (typeof value !== "object" || Array.isArray(value)) return [];
      const map = value as Record<string, unknown>;
      return (q.left ?? []).map((l) => `${l.text} → ${textOf(q.right, map[l.id]) ?? "(no choice)"}`);
    }
    case "ordering":
      return Array.isArray(value) ? value.map((id) => textOf(q.items, id) ?? String(id)) : [];
  }
}

export const CHOICE_TRUE_FALSE: Opt[] = [
  { id: "true", text: "True" },
  { id: "false", text: "False" },
];

/** The stored options of a question in the order this attempt shows them. */
export function inDisplayOrder(opts: Opt[] | null | undefined, order: string[] | null | undefined): Opt[] {
  if (!opts) return [];
  if (!order) return opts;
  const byId = new Map(opts.map((o) => [o.id, o]));
  const ordered = order.map((id) => byId.get(id)).filter((o): o is Opt => Boolean(o));
  // Options added since the attempt began (should not happen: versions are immutable) still show.
  return ordered.length === opts.length ? ordered : [...ordered, ...opts.filter((o) => !order.includes(o.id))];
}
