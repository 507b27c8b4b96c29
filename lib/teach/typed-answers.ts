/**
 * Typed (fill-in-the-blank) answers as the class gave them: distinct responses grouped the way the
 * grader reads them (normalizeAnswer: case, punctuation, accents, spacing and a leading "the" do
 * not matter), with how many students gave each, whether the key accepts it, and the most common
 * wrong ones, so "a third of the class typed Europol" is one glance away.
 */
import { gradeAnswer, normalizeAnswer } from "@/lib/quiz/grade";
import { asGradable } from "./regrade";

/** One distinct stored response to one typed question, from the counted attempts. */
export type TypedResponseRow = { position: number; response: string; n: number; right: number };

export type TypedVerdict = "right" | "typo" | "wrong";

export type TypedGroup = {
  /** The grader's normalised form: the group's identity. */
  key: string;
  /** The form most students typed. */
  shown: string;
  /** Every other way it was typed, most common first. */
  variants: string[];
  n: number;
  /** How many of these answers are stored as right (they can predate a change of key). */
  right: number;
  /** What the question's key makes of it now: right, right as a one-letter slip, or wrong. */
  verdict: TypedVerdict;
};

export type TypedAnalysis = {
  position: number;
  total: number;
  right: number;
  /** % of answers stored as right; null with no answers. */
  shareRight: number | null;
  groups: TypedGroup[];
  /** The wrong groups, most common first. */
  commonWrong: TypedGroup[];
};

export type TypedKey = { position: number; answer: unknown; accept: string[] | null };

/** Whether a question is answered by typing (a cloze with no word list). */
export const isTyped = (q: { kind: string; options: readonly unknown[] | null }) =>
  q.kind === "cloze" && !q.options?.length;

function verdictOf(key: TypedKey, response: string): TypedVerdict {
  const graded = gradeAnswer(
    asGradable({
      kind: "cloze",
      options: null,
      left: null,
      right: null,
      items: null,
      answer: key.answer,
      accept: key.accept,
    }),
    response,
  );
  return graded.correct ? (graded.typo ? "typo" : "right") : "wrong";
}

/** Groups one typed question's responses by the grader's normalisation. */
export function analyseTyped(key: TypedKey, rows: readonly TypedResponseRow[]): TypedAnalysis {
  const byKey = new Map<string, { forms: Map<string, number>; n: number; right: number }>();
  for (const r of rows) {
    if (r.position !== key.position) continue;
    const k = normalizeAnswer(r.response);
    const g = byKey.get(k) ?? { forms: new Map(), n: 0, right: 0 };
    g.forms.set(r.response, (g.forms.get(r.response) ?? 0) + r.n);
    g.n += r.n;
    g.right += r.right;
    byKey.set(k, g);
  }
  const groups = [...byKey].map(([k, g]): TypedGroup => {
    const forms = [...g.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([f]) => f);
    return {
      key: k,
      shown: forms[0]!,
      variants: forms.slice(1),
      n: g.n,
      right: g.right,
      verdict: verdictOf(key, forms[0]!),
    };
  });
  groups.sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
  const total = groups.reduce((s, g) => s + g.n, 0);
  const right = groups.reduce((s, g) => s + g.right, 0);
  return {
    position: key.position,
    total,
    right,
    shareRight: total ? (100 * right) / total : null,
    groups,
    commonWrong: groups.filter((g) => g.verdict === "wrong"),
  };
}

/**
 * The accepted answers with one more, as the curation edit stores them: the key first, no two
 * that the grader would read as the same. Null when the alternative is nothing the grader can match.
 */
export function withAlternative(
  key: { answer: string; accept: string[] | null },
  alternative: string,
): string[] | null {
  if (!normalizeAnswer(alternative)) return null;
  const unique = new Map<string, string>();
  for (const a of [key.answer, ...(key.accept ?? []), alternative.trim()])
    if (!unique.has(normalizeAnswer(a))) unique.set(normalizeAnswer(a), a);
  return [...unique.values()];
}
