/** Difficulty from simple signals: the kind of question, how close the distractors are, how prominent the fact is. */
import type { Difficulty } from "../types";
import type { Draft } from "./draft";

const BASE: Record<string, number> = { true_false: 0, single_choice: 1, matching: 1, cloze: 2, ordering: 2 };

export function difficultyOf(d: Draft): Difficulty {
  let score = BASE[d.question.kind] ?? 1;
  if (d.closeness >= 0.7) score += 1;
  if (d.prominence < 0.4) score += 1;
  if (d.prominence > 0.7) score -= 1;
  return score <= 0 ? "easy" : score >= 3 ? "hard" : "medium";
}

/** How prominent a sentence is: the lead of an article is what most readers retain. */
export function prominenceOf(sentenceIndex: number, mentions: number): number {
  const lead = sentenceIndex < 0 ? 0.4 : sentenceIndex <= 1 ? 0.8 : sentenceIndex <= 4 ? 0.55 : 0.35;
  return Math.min(1, lead + (mentions >= 3 ? 0.15 : 0));
}
