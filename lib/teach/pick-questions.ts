/**
 * Chooses an assignment's fixed question set from the candidates: spread over
 * the articles and facts (two questions on one fact give each other away), in
 * an order that alternates articles, reproducible from a seed.
 */
export type Candidate = { id: string; articleId: string; factId: string; kind: string };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedFrom(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

export function pickQuestions<C extends Candidate>(candidates: readonly C[], count: number, seed: number): C[] {
  const random = mulberry32(seed);
  const pool = shuffle([...candidates].sort((a, b) => (a.id < b.id ? -1 : 1)), random);
  const byArticle = new Map<string, C[]>();
  for (const c of pool) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  const queues = [...byArticle.values()];
  const picked: C[] = [];
  const usedFacts = new Set<string>();
  const usedIds = new Set<string>();
  // First pass: one question per fact; second pass fills up when facts run out.
  for (const distinctFacts of [true, false]) {
    let progress = true;
    while (picked.length < count && progress) {
      progress = false;
      for (const queue of queues) {
        if (picked.length >= count) break;
        const i = queue.findIndex((c) => !usedIds.has(c.id) && (!distinctFacts || !usedFacts.has(c.factId)));
        if (i < 0) continue;
        const [c] = queue.splice(i, 1);
        picked.push(c!);
        usedIds.add(c!.id);
        usedFacts.add(c!.factId);
        progress = true;
      }
    }
  }
  return picked;
}
