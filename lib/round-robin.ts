/**
 * Picks `count` items taking turns across groups (kinds of question, articles),
 * so no group crowds out the others. The first pass takes at most one item per
 * fact (two questions on one fact give each other away); a second pass fills
 * up from what is left when the facts run out.
 */
export function roundRobin<C>(
  groups: readonly (readonly C[])[],
  count: number,
  key: { id: (c: C) => string; fact: (c: C) => string },
): C[] {
  const picked: C[] = [];
  const usedFacts = new Set<string>();
  const usedIds = new Set<string>();
  for (const distinctFacts of [true, false]) {
    let progress = true;
    while (picked.length < count && progress) {
      progress = false;
      for (const group of groups) {
        if (picked.length >= count) break;
        const next = group.find((c) => !usedIds.has(key.id(c)) && (!distinctFacts || !usedFacts.has(key.fact(c))));
        if (next === undefined) continue;
        picked.push(next);
        usedIds.add(key.id(next));
        usedFacts.add(key.fact(next));
        progress = true;
      }
    }
  }
  return picked;
}
