/**
 * Picks `count` items taking turns across groups (kinds of question, articles),
 * so no group crowds out the others. The first pass takes at most one item per
 * fact (two questions on one fact give each other away) and, when `stem` is
 * given, at most one per wording (two facts can ask the same thing: "Which of
 * these does the article attribute to X?" for two of X's quotations); a second
 * pass fills up from what is left when the facts run out.
 */
export function roundRobin<C>(
  groups: readonly (readonly C[])[],
  count: number,
  key: { id: (c: C) => string; fact: (c: C) => string; stem?: (c: C) => string },
): C[] {
  const picked: C[] = [];
  const usedFacts = new Set<string>();
  const usedIds = new Set<string>();
  const usedStems = new Set<string>();
  const fresh = (c: C) => !usedFacts.has(key.fact(c)) && (!key.stem || !usedStems.has(key.stem(c)));
  for (const distinctFacts of [true, false]) {
    let progress = true;
    while (picked.length < count && progress) {
      progress = false;
      for (const group of groups) {
        if (picked.length >= count) break;
        const next = group.find((c) => !usedIds.has(key.id(c)) && (!distinctFacts || fresh(c)));
        if (next === undefined) continue;
        picked.push(next);
        usedIds.add(key.id(next));
        usedFacts.add(key.fact(next));
        if (key.stem) usedStems.add(key.stem(next));
        progress = true;
      }
    }
  }
  return picked;
}
