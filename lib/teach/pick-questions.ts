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

/**
 * The set with one question of every kind the candidates have, where the set lacks one: the last question of the
 * kind it has most of gives way (a demo class shows typed answers, matching and ordering as well as choices).
 * The size of the set stays; a question on a fact the set already asks about is taken only when no other is left.
 */
export function withEveryKind<C extends Candidate>(picked: readonly C[], candidates: readonly C[]): C[] {
  const out = [...picked];
  const sorted = [...candidates].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const kind of [...new Set(sorted.map((c) => c.kind))].sort()) {
    if (out.some((c) => c.kind === kind)) continue;
    const fresh = (c: C) => c.kind === kind && !out.includes(c);
    const add = sorted.find((c) => fresh(c) && !out.some((o) => o.factId === c.factId)) ?? sorted.find(fresh);
    if (!add) continue;
    const counts = new Map<string, number>();
    for (const c of out) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
    const [most, n] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ["", 0];
    if (n < 2) continue;
    out[out.map((c) => c.kind).lastIndexOf(most)] = add;
  }
  return out;
}
