/**
 * Picking wrong options of the same kind as the key. Every candidate has to be
 * definitely wrong: never an alias or coreferent of the key and never true
 * elsewhere in the corpus (the caller passes that test as `isTrue`).
 */
import type { Cluster, Corpus } from "./corpus";
import { mayCorefer } from "./corpus";
import { seededShuffle } from "./hash";
import { bare, norm, words } from "./text";

export type Pick = { text: string; fromArticle: boolean };

/**
 * Up to `n` distinct texts, the key's own article first (most plausible), then
 * the rest of the corpus; seeded order inside each group. When the pool allows
 * it, at least one pick is as long as the key, so the right answer is not
 * systematically the longest option.
 */
export function pickTexts(pool: { text: string; slugs: string[] }[], opts: { key: string; slug: string; n: number; seed: string; reject?: (text: string) => boolean }): string[] {
  const keyBare = bare(opts.key);
  const seen = new Set([keyBare]);
  const usable = pool.filter((p) => {
    const b = bare(p.text);
    if (!b || seen.has(b)) return false;
    if (opts.reject?.(p.text)) return false;
    seen.add(b);
    return true;
  });
  const local = seededShuffle(usable.filter((p) => p.slugs.includes(opts.slug)), opts.seed + "/local");
  const other = seededShuffle(usable.filter((p) => !p.slugs.includes(opts.slug)), opts.seed + "/other");
  const ordered = [...local, ...other].map((p) => p.text);
  const picked = ordered.slice(0, opts.n);
  const len = norm(opts.key).length;
  if (picked.length === opts.n && picked.every((t) => norm(t).length < len)) {
    const longer = ordered.slice(opts.n).find((t) => norm(t).length >= len);
    if (longer) picked[picked.length - 1] = longer;
  }
  return picked;
}

/** Distractor entities of the key's kind; `eligible` narrows the pool (e.g. only speakers). */
export function pickEntities(
  corpus: Corpus,
  key: Cluster,
  opts: { n: number; seed: string; slug: string; eligible?: (c: Cluster) => boolean; isTrue?: (c: Cluster) => boolean; mentioned?: string },
): string[] {
  const pool = corpus.clusters
    .filter((c) => c !== key && c.kind === key.kind && !mayCorefer(c, key) && !isGenericName(c.name) && !(c.kind !== "person" && partOf(c, key)))
    .filter((c) => !opts.isTrue?.(c))
    .filter((c) => !opts.mentioned || !mentions(opts.mentioned, c))
    .map((c) => ({ c, slugs: slugsOf(corpus, c) }));
  const preferred = pool.filter((p) => opts.eligible?.(p.c) ?? true);
  const rest = pool.filter((p) => !(opts.eligible?.(p.c) ?? true));
  const first = pickTexts(preferred.map((p) => ({ text: displayName(p.c), slugs: p.slugs })), { key: displayName(key), slug: opts.slug, n: opts.n, seed: opts.seed });
  if (first.length >= opts.n) return first;
  const more = pickTexts(rest.map((p) => ({ text: displayName(p.c), slugs: p.slugs })), {
    key: displayName(key), slug: opts.slug, n: opts.n - first.length, seed: opts.seed + "/more", reject: (t) => first.includes(t),
  });
  return [...first, ...more];
}

/**
 * One organisation's name inside the other's ("NOAA" and "NOAA fisheries",
 * "FBI" and "FBI Cyber Division"): a part and its whole, so the wrong option
 * may be true too.
 */
export function partOf(a: Cluster, b: Cluster): boolean {
  const inside = (x: string, y: string) => x !== y && (" " + y + " ").includes(" " + x + " ");
  for (const x of a.names) for (const y of b.names) if (x.length > 1 && y.length > 1 && (inside(x, y) || inside(y, x))) return true;
  return false;
}

const GENERIC = new Set("office agency department council committee commission government service ministry authority unit cell group board bureau court police army company".split(" "));

/** "Office" or "the Committee" on its own names nothing a learner could tell apart. */
export function isGenericName(name: string): boolean {
  const ws = words(name.replace(/^the\s+/i, ""));
  return ws.length === 1 && GENERIC.has(ws[0]);
}

/** Does this text name the entity (any of its names, or a person's surname)? */
export function mentions(text: string, c: Cluster): boolean {
  const t = " " + bare(text) + " ";
  for (const n of c.names) {
    if (n.length > 1 && t.includes(" " + n + " ")) return true;
  }
  if (c.kind === "person") {
    const surname = words(c.name).at(-1);
    if (surname && surname.length > 2 && t.includes(" " + surname + " ")) return true;
  }
  return false;
}

/** How an entity appears in options: the short form for organisations that have one, else the fullest name. */
export function displayName(c: Cluster): string {
  return c.name;
}

export function slugsOf(corpus: Corpus, c: Cluster): string[] {
  const out = new Set<string>();
  for (const a of corpus.articles) for (const e of a.entities) if (corpus.clusterOf(a.article.slug, e.id) === c) out.add(a.article.slug);
  return [...out];
}
