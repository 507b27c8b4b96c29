/** The options of a question as one attempt shows them to a student. */
import type { Option } from "@/lib/quiz/types";

export const CHOICE_TRUE_FALSE: Option[] = [
  { id: "true", text: "True" },
  { id: "false", text: "False" },
];

/** The stored options of a question in the order this attempt shows them. */
export function inDisplayOrder(opts: Option[] | null | undefined, order: string[] | null | undefined): Option[] {
  if (!opts) return [];
  if (!order) return opts;
  const byId = new Map(opts.map((o) => [o.id, o]));
  const ordered = order.map((id) => byId.get(id)).filter((o): o is Option => Boolean(o));
  // Options added since the attempt began (should not happen: versions are immutable) still show.
  return ordered.length === opts.length ? ordered : [...ordered, ...opts.filter((o) => !order.includes(o.id))];
}
