/**
 * Chooses an assignment's fixed question set from the candidates: spread over
 * the articles and facts (two questions on one fact give each other away) and
 * different wordings, in
 * an order that alternates articles, reproducible from a seed.
 */
import { mulberry32, shuffle } from "@/lib/random";
import { roundRobin } from "@/lib/round-robin";

export type Candidate = { id: string; articleId: string; factId: string; kind: string; prompt?: string };

export function pickQuestions<C extends Candidate>(candidates: readonly C[], count: number, seed: number): C[] {
  const pool = shuffle(
    [...candidates].sort((a, b) => (a.id < b.id ? -1 : 1)),
    mulberry32(seed),
  );
  const byArticle = new Map<string, C[]>();
  for (const c of pool) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  return roundRobin([...byArticle.values()], count, {
    id: (c) => c.id,
    fact: (c) => c.factId,
    stem: (c) => c.prompt ?? c.id,
  });
}
