/**
 * Which questions a practice quiz asks. Variety first: every chosen question
 * is about a different fact while there are facts left, and kinds take turns
 * (one of each kind asked for, then round again), so a ten-question quiz is
 * not nine true/false statements about one organisation.
 */
import type { QuestionKind } from "@/lib/quiz/types";
import { shuffle, type Rng } from "./display-order";

export const QUIZ_LENGTHS = [5, 10, 20] as const;

type Candidate = { questionId: string; version: number; kind: QuestionKind; factId: string };

export function assembleQuiz<C extends Candidate>(candidates: readonly C[], length: number, rng: Rng = Math.random): C[] {
  const byKind = new Map<QuestionKind, C[]>();
  for (const c of shuffle(candidates, rng)) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  const kinds = shuffle([...byKind.keys()], rng);
  const picked: C[] = [];
  const usedFacts = new Set<string>();
  const usedQuestions = new Set<string>();
  // First pass: new facts only; second pass: any question not yet asked.
  for (const freshFactsOnly of [true, false]) {
    let progress = true;
    while (picked.length < length && progress) {
      progress = false;
      for (const kind of kinds) {
        if (picked.length >= length) break;
        const next = byKind.get(kind)!.find((c) => !usedQuestions.has(c.questionId) && (!freshFactsOnly || !usedFacts.has(c.factId)));
        if (!next) continue;
        picked.push(next);
        usedQuestions.add(next.questionId);
        usedFacts.add(next.factId);
        progress = true;
      }
    }
  }
  return picked;
}
