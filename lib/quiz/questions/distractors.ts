/**
 * Picking wrong options of the same kind as the key. Every candidate has to be
 * definitely wrong: never an alias or coreferent of the key and never true
 * elsewhere in the corpus (the caller names who the statement is true of).
 */
import type { Cluster, Corpus } from "./corpus";
import type { EntityKind } from "../types";
import { entityIndex } from "./entity-index";
import { OptionPool } from "./pool";
import { bare, words } from "./text";
import { soundEntity } from "./validity";
import { worldOf } from "./world";

export { pickTexts } from "./pool";

type Pools = { preferred: OptionPool; rest: OptionPool; at: Map<Cluster, [OptionPool, number]> };

const POOLS = new WeakMap<Corpus, Map<EntityKind, Map<((c: Cluster) => boolean) | undefined, Pools>>>();
const SOUND = new WeakMap<Corpus, Map<EntityKind, { all: Cluster[]; bySlug: Map<string, Cluster[]> }>>();

const WORDS = new WeakMap<Corpus, Map<string, Set<string> | undefined>>();

/** The words each article writes (as written), gathered once per article; unknown without its text. */
function articleWords(corpus: Corpus): (slug: string) => Set<string> | undefined {
  let bySlug = WORDS.get(corpus);
  if (!bySlug) WORDS.set(corpus, (bySlug = new Map()));
  const known = bySlug;
  return (slug) => {
    if (known.has(slug)) return known.get(slug);
    const text = (corpus.contexts.get(slug)?.sentences ?? []).map((s) => s.text).join(" ");
    const w = text ? new Set(text.match(/[\p{L}\p{N}'’-]+/gu) ?? []) : undefined;
    known.set(slug, w);
    return w;
  };
}

/** The clusters of one kind that may be offered at all, and by article: prepared once per corpus. */
function soundOf(corpus: Corpus, kind: EntityKind) {
  const byKind = SOUND.get(corpus) ?? new Map();
  SOUND.set(corpus, byKind);
  let sound = byKind.get(kind);
  if (sound) return sound;
  const ix = entityIndex(corpus);
  // a garbled name or a title's front taken for a body is never offered, even as a wrong option
  const all = corpus.clusters.filter((c) => c.kind === kind && !ix.generic.has(c) && soundEntity(corpus, c));
  const bySlug = new Map<string, Cluster[]>();
  const wordsOf = articleWords(corpus);
  for (const c of all)
    for (const slug of ix.slugsOf(c)) {
      // "Woody Johnson" linked to an article's "Dean Johnson" by the surname: not a person of that article
      const first =
        c.kind === "person" && c.name.includes(" ") ? c.name.split(/\s+/)[0]!.replace(/\.$/, "") : undefined;
      const written = first ? wordsOf(slug) : undefined;
      if (first && written && !written.has(first)) continue;
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), c]);
    }
  sound = { all, bySlug };
  byKind.set(kind, sound);
  return sound;
}

function makePools(corpus: Corpus, all: Cluster[], eligible?: (c: Cluster) => boolean): Pools {
  const ix = entityIndex(corpus);
  const make = (cs: Cluster[]) => new OptionPool(cs.map((c) => ({ text: displayName(c), slugs: ix.slugsOf(c) })));
  const preferred = all.filter((c) => eligible?.(c) ?? true),
    rest = all.filter((c) => !(eligible?.(c) ?? true));
  const pools: Pools = { preferred: make(preferred), rest: make(rest), at: new Map() };
  preferred.forEach((c, i) => pools.at.set(c, [pools.preferred, i]));
  rest.forEach((c, i) => pools.at.set(c, [pools.rest, i]));
  return pools;
}

/** The clusters of one kind that may be offered at all, split by `eligible`, prepared once per corpus. */
function poolsOf(corpus: Corpus, kind: EntityKind, eligible?: (c: Cluster) => boolean): Pools {
  const byKind = POOLS.get(corpus) ?? new Map();
  POOLS.set(corpus, byKind);
  const byTest = byKind.get(kind) ?? new Map();
  byKind.set(kind, byTest);
  let pools: Pools | undefined = byTest.get(eligible);
  if (pools) return pools;
  pools = makePools(corpus, soundOf(corpus, kind).all, eligible);
  byTest.set(eligible, pools);
  return pools;
}

const CLASH = new WeakMap<Corpus, Map<string, (name: string) => boolean>>();

/**
 * A person from another article whose surname is that of someone in this one ("George W. Bush" where the
 * article's Bush is Jeb): a reader takes the option for the article's person, and it may be true of them.
 */
function surnameClash(corpus: Corpus, slug: string): (name: string) => boolean {
  const bySlug = CLASH.get(corpus) ?? new Map<string, (name: string) => boolean>();
  CLASH.set(corpus, bySlug);
  const known = bySlug.get(slug);
  if (known) return known;
  const ix = entityIndex(corpus);
  const here = corpus.clusters.filter((c) => c.kind === "person" && ix.slugsOf(c).includes(slug));
  const names = new Set(here.map(displayName));
  const surnames = new Set(here.map((c) => words(c.name).at(-1)));
  const test = (name: string) => !names.has(name) && surnames.has(words(name).at(-1));
  bySlug.set(slug, test);
  return test;
}

/**
 * Distractor entities of the key's kind; `eligible` narrows the pool (e.g. only
 * speakers; pass the same function every time, the split is kept); `trueOf`
 * lists who the statement is true of (they and anyone who may be them are
 * never offered); `mentioned` is text the question shows (no one it names).
 */
export function pickEntities(
  corpus: Corpus,
  key: Cluster,
  opts: {
    n: number;
    seed: string;
    slug: string;
    eligible?: (c: Cluster) => boolean;
    trueOf?: Cluster[];
    mentioned?: string;
    /** only the key's own article (a false statement must be plausible, not merely false) */
    sameArticle?: boolean;
    /** only entities that pass `eligible`: no others to fill up (a speaker is only offered among speakers) */
    onlyEligible?: boolean;
    /** a test each option's entity must pass besides `eligible` (made per question, so not kept in a pool) */
    fits?: (c: Cluster) => boolean;
  },
): string[] {
  const ix = entityIndex(corpus);
  // Options from the key's own article only: a pool of that article's entities, so a test made for
  // one question (a role's comparable holders) costs that article, not a pass over the library.
  const pools =
    opts.sameArticle && opts.onlyEligible
      ? makePools(corpus, soundOf(corpus, key.kind).bySlug.get(opts.slug) ?? [], opts.eligible)
      : poolsOf(corpus, key.kind, opts.eligible);
  const out = new Set<Cluster>(ix.corefs(key));
  if (key.kind !== "person") ix.partsAndWholes(key).forEach((c) => out.add(c));
  for (const t of opts.trueOf ?? []) ix.corefs(t).forEach((c) => out.add(c));
  if (opts.mentioned) ix.mentionedIn(opts.mentioned).forEach((c) => out.add(c));
  const skip = (pool: OptionPool) =>
    [...out].flatMap((c) => (pools.at.get(c)?.[0] === pool ? [pools.at.get(c)![1]] : []));
  const clash = key.kind === "person" ? surnameClash(corpus, opts.slug) : undefined;
  const fits = opts.fits;
  const unfit = fits ? (t: string) => !ix.named(bare(t)).some((c) => c.kind === key.kind && fits(c)) : undefined;
  const reject = clash || unfit ? (t: string) => !!clash?.(t) || !!unfit?.(t) : undefined;
  const draw = {
    key: displayName(key),
    slug: opts.slug,
    near: opts.sameArticle ? [] : worldOf(corpus, opts.slug),
    reject,
  };
  const first = pools.preferred.pick({ ...draw, n: opts.n, seed: opts.seed, skip: skip(pools.preferred) });
  if (first.length >= opts.n || opts.onlyEligible) return first;
  const more = pools.rest.pick({
    ...draw,
    n: opts.n - first.length,
    seed: opts.seed + "/more",
    skip: skip(pools.rest),
    reject: (t) => first.includes(t) || !!reject?.(t),
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
  for (const x of a.names)
    for (const y of b.names) if (x.length > 1 && y.length > 1 && (inside(x, y) || inside(y, x))) return true;
  return false;
}

const GENERIC = new Set(
  "office agency department council committee commission government service ministry authority unit cell group board bureau court police army company".split(
    " ",
  ),
);

/** "Office" or "the Committee" on its own names nothing a learner could tell apart. */
export function isGenericName(name: string): boolean {
  const ws = words(name.replace(/^the\s+/i, ""));
  return ws.length === 1 && GENERIC.has(ws[0]);
}

/** Does this text name the entity (any of its names, or a person's surname)? */
export function mentions(text: string, c: Cluster): boolean {
  return namedIn(" " + bare(text) + " ", c);
}

/** `mentions` on a text already made bare and padded with a space on each side. */
export function namedIn(t: string, c: Cluster): boolean {
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
  return entityIndex(corpus).slugsOf(c);
}
