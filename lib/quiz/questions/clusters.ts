/**
 * Entities of all articles merged into clusters (one per real-world person or
 * organisation). Two entities join when they share a name, when an acronym of
 * the corpus links their names, or when they are people with the same surname
 * and no clash of first names. Only pairs that can meet one of these tests are
 * compared (entities are bucketed by name, acronym and surname first), so the
 * cost grows with the corpus, not with its square.
 */
import type { ArticleFacts, Entity, EntityKind } from "../types";
import { bare, words } from "./text";

/** The fields of a cluster that depend only on its members (the corpus adds nothing else). */
export type ClusterShape = {
  key: string;
  kind: EntityKind;
  name: string;
  names: Set<string>;
  short?: string;
  surfaces: string[];
};

export const stripThe = (s: string) => s.replace(/^the\s+/i, "").replace(/['’]s$/i, "");

export function nameKeys(e: Entity): string[] {
  return [e.name, ...e.aliases].map((n) => bare(stripThe(n))).filter(Boolean);
}

/** The words samePersonName compares: short initials are skipped unless the whole name is short. */
export function personWords(name: string): string[] {
  return words(name).filter((w) => w.length > 1 || name.length < 3);
}

export function sameSurnameNoClash(A: string[], B: string[]): boolean {
  // "Lucy" beside "Lucy Watson": a first name written alone may be that person
  if ((A.length === 1 && B.length > 1 && B[0] === A[0]) || (B.length === 1 && A.length > 1 && A[0] === B[0]))
    return true;
  if (!A.length || !B.length || A.at(-1) !== B.at(-1)) return false;
  // a double surname written alone ("Wasserman Schultz") is the end of the full name
  const [short, long] = A.length <= B.length ? [A, B] : [B, A];
  if (short.every((w, i) => long[long.length - short.length + i] === w)) return true;
  return !(A.length > 1 && B.length > 1 && A[0] !== B[0]);
}

/** Two person names that may be the same person: the same surname and no clash of first names. */
export function samePersonName(a: string, b: string): boolean {
  return sameSurnameNoClash(personWords(a), personWords(b));
}

/** The word samePersonName compares last. */
export function personLastWord(name: string): string | undefined {
  return personWords(name).at(-1);
}

type Ent = { slug: string; e: Entity; keys: string[] };

const compatible = (a: EntityKind, b: EntityKind) => a === b || a === "other" || b === "other";

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[i] !== r) [this.parent[i], i] = [r, this.parent[i]];
    return r;
  }
  union(i: number, j: number): void {
    const a = this.find(i),
      b = this.find(j);
    if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
  }
}

/** Entities sharing a name: every compatible pair among them is linked (an "other" links to every kind). */
function unionSharedNames(ents: Ent[], byKey: Map<string, number[]>, uf: UnionFind): void {
  for (const members of byKey.values()) {
    const firstOfKind = new Map<EntityKind, number>();
    for (const i of members) {
      const k = ents[i].e.kind;
      const first = firstOfKind.get(k);
      if (first === undefined) firstOfKind.set(k, i);
      else uf.union(first, i);
    }
    const other = firstOfKind.get("other");
    if (other !== undefined) for (const i of firstOfKind.values()) uf.union(other, i);
  }
}

/** Entities named by the two sides of one acronym ("NCA" and "National Crime Agency"). */
function unionAcronymPairs(ents: Ent[], byKey: Map<string, number[]>, articles: ArticleFacts[], uf: UnionFind): void {
  const pairs = new Set(
    articles.flatMap((a) => a.acronyms.map((x) => `${bare(x.short)}\u0000${bare(stripThe(x.long))}`)),
  );
  for (const pair of pairs) {
    const [s, l] = pair.split("\u0000");
    for (const i of byKey.get(s) ?? [])
      for (const j of byKey.get(l) ?? []) {
        if (i !== j && compatible(ents[i].e.kind, ents[j].e.kind)) uf.union(i, j);
      }
  }
}

/** People with the same surname; a bare surname merges only when it cannot mean two different people. */
function unionSurnames(ents: Ent[], uf: UnionFind): void {
  const people = ents
    .map((x, i) => ({ x, i, ws: x.keys.map(personWords), nameWords: words(x.e.name) }))
    .filter(({ x }) => x.e.kind === "person");
  const fullNames = new Map<string, Set<string>>();
  for (const { x, nameWords } of people) {
    const last = nameWords.at(-1);
    if (nameWords.length > 1 && last !== undefined) {
      const set = fullNames.get(last) ?? new Set<string>();
      set.add(bare(x.e.name));
      fullNames.set(last, set);
    }
  }
  const bySurname = new Map<string, typeof people>();
  for (const p of people) for (const last of new Set(p.ws.map((w) => w.at(-1)))) if (last) push(bySurname, last, p);
  for (const members of bySurname.values()) {
    for (let p = 0; p < members.length; p++)
      for (let q = p + 1; q < members.length; q++) {
        const a = members[p],
          b = members[q];
        if (!a.ws.some((x) => b.ws.some((y) => sameSurnameNoClash(x, y)))) continue;
        const surname = a.nameWords.at(-1);
        const multi = a.nameWords.length > 1 && b.nameWords.length > 1;
        if ((surname === undefined ? 0 : (fullNames.get(surname)?.size ?? 0)) <= 1 || multi) uf.union(a.i, b.i);
      }
  }
}

/** Member lists of the clusters, in the order of each cluster's first entity. */
export function groupEntities(articles: ArticleFacts[]): { ents: Ent[]; groups: number[][] } {
  const ents: Ent[] = articles.flatMap((a) => a.entities.map((e) => ({ slug: a.article.slug, e, keys: nameKeys(e) })));
  const uf = new UnionFind(ents.length);
  const byKey = new Map<string, number[]>();
  ents.forEach((x, i) => new Set(x.keys).forEach((k) => push(byKey, k, i)));
  unionSharedNames(ents, byKey, uf);
  unionAcronymPairs(ents, byKey, articles, uf);
  unionSurnames(ents, uf);
  const groups = new Map<number, number[]>();
  ents.forEach((_, i) => push(groups, uf.find(i), i));
  return { ents, groups: [...groups.values()] };
}

/** Name, kind and every name form of one cluster. */
export function clusterShape(
  es: Entity[],
  acronymsOf: (names: Set<string>) => { short: string; long: string }[],
): ClusterShape {
  const kind = es.find((e) => e.kind !== "other")?.kind ?? "other";
  const names = new Set(es.flatMap(nameKeys));
  const shorts = acronymsOf(names);
  // fullest name: most words, then longest, then alphabetical (determinism)
  const display = es
    .map((e) => stripThe(e.name.trim()))
    .sort((x, y) => words(y).length - words(x).length || y.length - x.length || (x < y ? -1 : 1))[0];
  for (const s of shorts) {
    names.add(bare(s.short));
    names.add(bare(stripThe(s.long)));
  }
  const surfaces = [
    ...new Set(
      [...es.flatMap((e) => [e.name, ...e.aliases]), ...shorts.flatMap((x) => [x.short, stripThe(x.long)])]
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
  // organisations read as the articles mostly write them: by their short form
  const name = kind !== "person" && shorts[0] ? shorts[0].short : display;
  return { key: bare(display), kind, name, names, short: shorts[0]?.short, surfaces };
}

/** The corpus' acronyms that name a cluster (by short or long form), in corpus order. */
export function acronymLookup(articles: ArticleFacts[]): (names: Set<string>) => { short: string; long: string }[] {
  const all = articles.flatMap((a) => a.acronyms);
  const byName = new Map<string, number[]>();
  all.forEach((x, i) => {
    push(byName, bare(x.short), i);
    push(byName, bare(stripThe(x.long)), i);
  });
  return (names) => {
    const hits = new Set<number>();
    for (const n of names) for (const i of byName.get(n) ?? []) hits.add(i);
    return [...hits].sort((a, b) => a - b).map((i) => all[i]);
  };
}
