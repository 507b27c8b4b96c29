/**
 * Which articles of the corpus are about the same world as an article: a wrong
 * option from a story about hockey makes a question about a space agency absurd.
 * Two articles share a world when they name at least two of the same people or
 * organisations; options come from the key's own article first, then from these.
 */
import type { Cluster, Corpus } from "./corpus";
import { entityIndex } from "./entity-index";

const SHARED = 2;
const WORLDS = new WeakMap<Corpus, Map<string, string[]>>();

export function worldOf(corpus: Corpus, slug: string): string[] {
  let worlds = WORLDS.get(corpus);
  if (!worlds) WORLDS.set(corpus, (worlds = buildWorlds(corpus)));
  return worlds.get(slug) ?? [];
}

function buildWorlds(corpus: Corpus): Map<string, string[]> {
  const ix = entityIndex(corpus);
  const named = new Map<string, Set<Cluster>>();
  for (const c of corpus.clusters) {
    if (c.kind !== "person" && c.kind !== "organization") continue;
    for (const s of ix.slugsOf(c)) named.set(s, (named.get(s) ?? new Set<Cluster>()).add(c));
  }
  const slugs = corpus.articles.map((a) => a.article.slug);
  const out = new Map<string, string[]>();
  for (const a of slugs) {
    const mine = named.get(a) ?? new Set<Cluster>();
    out.set(
      a,
      slugs.filter((b) => {
        if (b === a) return false;
        let n = 0;
        for (const c of named.get(b) ?? []) if (mine.has(c) && ++n >= SHARED) return true;
        return false;
      }),
    );
  }
  return out;
}
