/**
 * Mastery of a group of facts (an article, a kind of fact): the share of its
 * facts whose review card is currently in long-term review, i.e. answered right
 * after the learning steps and not forgotten since. Facts the student has not
 * met count against it, so reading one article does not look like mastering all.
 */
export type MasteryRow = {
  key: string;
  facts: number;
  met: number;
  mastered: number;
  correct: number;
  answered: number;
};

export function masteryShare(r: Pick<MasteryRow, "facts" | "mastered">): number {
  return r.facts > 0 ? r.mastered / r.facts : 0;
}

export function accuracy(r: Pick<MasteryRow, "correct" | "answered">): number | null {
  return r.answered > 0 ? r.correct / r.answered : null;
}

export const percent = (x: number) => `${Math.round(x * 100)}%`;
