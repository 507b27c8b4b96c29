/**
 * Which questions a practice quiz asks. Variety first: every chosen question
 * is about a different fact while there are facts left, and kinds take turns
 * (one of each kind asked for, then round again), so a ten-question quiz is
 * not nine true/false statements about one organisation; and no two ask in
 * the same words while other questions are left.
 */
import type { QuestionKind } from "@/lib/kinds";
import { shuffle, type Rng } from "@/lib/random";
import { roundRobin } from "@/lib/round-robin";

export const QUIZ_LENGTHS = [5, 10, 20] as const;

type Candidate = { questionId: string; version: number; kind: QuestionKind; factId: string; prompt?: string };

export function assembleQuiz<C extends Candidate>(
  candidates: readonly C[],
  length: number,
  rng: Rng = Math.random,
): C[] {
  const byKind = new Map<QuestionKind, C[]>();
  for (const c of shuffle(candidates, rng)) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  const kinds = shuffle([...byKind.keys()], rng);
  return roundRobin(
    kinds.map((k) => byKind.get(k)!),
    length,
    { id: (c) => c.questionId, fact: (c) => c.factId, stem: (c) => c.prompt ?? c.questionId },
  );
}
