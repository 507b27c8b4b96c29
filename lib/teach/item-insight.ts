/**
 * The results page's extras beside Moodle's statistics: time per question (median, and a flag for
 * the questions far slower than the rest) and the typed-answer analysis of fill-in-the-blank
 * questions. Plain data in, plain data out.
 */
import { slowItems } from "@/lib/stats";
import { analyseTyped, isTyped, type TypedAnalysis, type TypedResponseRow } from "./typed-answers";
import type { AssignmentQuestion } from "./results";

export type { TypedResponseRow } from "./typed-answers";

/** The median answer time of one question over the counted attempts that measured it. */
export type ItemTime = { position: number; medianMs: number; n: number };

/** A question's current key, which may be newer than the version the assignment asked. */
export type CurrentKey = { position: number; version: number; answer: unknown; accept: string[] | null };

export type ItemTiming = { position: number; medianMs: number | null; timed: number; slow: boolean };

export type TypedQuestion = TypedAnalysis & {
  questionId: string;
  /** The version the verdicts judge by: the current one, newer than the assignment's after an accepted answer. */
  keyVersion: number;
  /** The version the assignment asks (and its marks were given against, unless regraded). */
  askedVersion: number;
};

export type ItemInsight = { timing: ItemTiming[]; typed: TypedQuestion[] };

export function assembleInsight(input: {
  questions: readonly Pick<
    AssignmentQuestion,
    "position" | "questionId" | "version" | "kind" | "options" | "answer" | "accept"
  >[];
  times: readonly ItemTime[];
  typed: readonly TypedResponseRow[];
  keys: readonly CurrentKey[];
}): ItemInsight {
  const current = new Map(input.keys.map((k) => [k.position, k]));
  const byPosition = new Map(input.times.map((t) => [t.position, t]));
  const medians = input.questions.map((q) => byPosition.get(q.position)?.medianMs ?? null);
  const slow = slowItems(medians);
  return {
    timing: input.questions.map((q, i) => ({
      position: q.position,
      medianMs: medians[i]!,
      timed: byPosition.get(q.position)?.n ?? 0,
      slow: slow[i]!,
    })),
    typed: input.questions
      .filter((q) => isTyped(q))
      .map((q) => {
        const key = current.get(q.position) ?? {
          position: q.position,
          version: q.version,
          answer: q.answer,
          accept: q.accept,
        };
        return {
          questionId: q.questionId,
          keyVersion: key.version,
          askedVersion: q.version,
          ...analyseTyped({ position: q.position, answer: key.answer, accept: key.accept }, input.typed),
        };
      }),
  };
}

/** "12 s", "1 min 05 s": answer times as people say them. */
export function fmtDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return "—";
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}
