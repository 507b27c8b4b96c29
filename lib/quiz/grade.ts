/**
 * Tolerant, pure grading for every question kind; the server uses it so the
 * right answer never has to reach the browser before the learner answers.
 */
import { normalizeAnswer, pickedOption, readBoolean } from "./answers";
import type { Question } from "./types";

export { normalizeAnswer } from "./answers";

export type GradeResult = {
  correct: boolean;
  /** 0..1: partial credit for matching and ordering, else 0 or 1 */
  score: number;
  /** cloze: the accepted answer the response matched */
  accepted?: string;
  /** cloze: the response was accepted despite a one-letter typo */
  typo?: boolean;
};

type Gradable = Question & { accept?: string[] };

/** Damerau–Levenshtein distance, capped: we only need to know whether it is ≤ 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].map((c, i) => (c !== b[i] ? i : -1)).filter((i) => i >= 0);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < l.length; i++) if (s === l.slice(0, i) + l.slice(i + 1)) return true;
  return false;
}

/**
 * Does a typed response match an accepted answer? Exact after normalising, or
 * one one-letter slip (missing, extra, wrong or swapped letter) in one word of
 * five or more letters. Numbers are never "close enough": 2014 is not 2015.
 */
export function clozeMatches(response: string, accepted: string): { ok: boolean; typo: boolean } {
  const r = normalizeAnswer(response),
    a = normalizeAnswer(accepted);
  if (!r) return { ok: false, typo: false };
  if (r === a) return { ok: true, typo: false };
  const rw = r.split(" "),
    aw = a.split(" ");
  if (rw.length !== aw.length) return { ok: false, typo: false };
  const diffs = aw.map((w, i) => [w, rw[i]] as const).filter(([w, x]) => w !== x);
  if (diffs.length !== 1) return { ok: false, typo: false };
  const [w, x] = diffs[0];
  const ok = w.length >= 5 && !/\d/.test(w) && !/\d/.test(x) && withinOneEdit(w, x);
  return { ok, typo: ok };
}

const result = (correct: boolean, extra: Partial<GradeResult> = {}): GradeResult => ({
  correct,
  score: correct ? 1 : 0,
  ...extra,
});

export function gradeAnswer(question: Gradable, response: unknown): GradeResult {
  switch (question.kind) {
    case "single_choice": {
      const picked = pickedOption(question.options, response);
      return result(picked !== null && picked.option.id === question.answer);
    }
    case "true_false": {
      const b = readBoolean(response);
      return result(b !== undefined && b === question.answer);
    }
    case "cloze": {
      if (typeof response !== "string" || typeof question.answer !== "string") return result(false);
      const accepted = [question.answer, ...(question.accept ?? [])];
      for (const a of accepted)
        if (clozeMatches(response, a).ok && !clozeMatches(response, a).typo) return result(true, { accepted: a });
      for (const a of accepted) if (clozeMatches(response, a).ok) return result(true, { accepted: a, typo: true });
      return result(false);
    }
    case "matching": {
      const want = question.answer as Record<string, string>;
      const got =
        response && typeof response === "object" && !Array.isArray(response)
          ? (response as Record<string, unknown>)
          : {};
      const keys = Object.keys(want);
      const right = keys.filter((k) => got[k] === want[k]).length;
      return { correct: keys.length > 0 && right === keys.length, score: keys.length ? right / keys.length : 0 };
    }
    case "ordering": {
      const want = question.answer as string[];
      const got = Array.isArray(response) ? response.map(String) : [];
      if (got.length !== want.length || new Set(got).size !== got.length || got.some((g) => !want.includes(g)))
        return { correct: false, score: 0 };
      // share of item pairs in the right relative order
      let pairs = 0,
        right = 0;
      for (let i = 0; i < want.length; i++)
        for (let j = i + 1; j < want.length; j++) {
          pairs++;
          if (got.indexOf(want[i]) < got.indexOf(want[j])) right++;
        }
      return { correct: right === pairs, score: pairs ? right / pairs : 0 };
    }
  }
  return result(false);
}
