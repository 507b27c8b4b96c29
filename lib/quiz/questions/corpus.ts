/**
 * The facts of several articles seen as one corpus: entities merged across
 * articles (people and organisations are the same everywhere), and indexes the
 * question builders and flaw checks use to prove a distractor wrong.
 */
import type { Acronym, ArticleFacts, DatedEvent, Description, Entity, EntityKind, Evidence, Quote, Role } from "../types";
import { bare, norm, words } from "./text";

/** A sentence of an article body with its offsets. */
export type Span = { text: string; start: number; end: number };

/**
 * What the generator may know about an article beyond its facts: the sentence
 * list (for cloze and provenance), cruft spans (never a question source) and the
 * publication date that anchors "today" or "Friday".
 */
export type ArticleContext = {
  slug: string;
  published?: string;
  sentences?: Span[];
  cruft?: { start: number; end: number }[];
};

export type Cluster = {
  key: string;
  kind: EntityKind;
  /** the name shown in questions: the fullest form the articles use */
  name: string;
  /** every name, alias and acronym form, normalised */
  names: Set<string>;
  /** short form when an acronym in the corpus names this entity */
  short?: string;
  /** names and aliases as written, longest first, for finding the entity in a sentence */
  surfaces: string[];
};

type Located<T> = T & { slug: string; index: number };
export type CRole = Located<Role> & { personC: Cluster; orgC?: Cluster };
export type CQuote = Located<Quote> & { speakerC?: Cluster };
export type CAcronym = Located<Acronym>;
export type CDescription = Located<Description> & { subjectC?: Cluster };
export type CEvent = Located<DatedEvent>;

export type Corpus = {
  articles: ArticleFacts[];
  contexts: Map<string, ArticleContext>;
  clusters: Cluster[];
  clusterOf(slug: string, entityId: string | null | undefined): Cluster | undefined;
  roles: CRole[];
  quotes: CQuote[];
  acronyms: CAcronym[];
  descriptions: CDescription[];
  events: CEvent[];
  /** all expansions the corpus gives each short form (bare), for "never a real expansion" */
  expansions: Map<string, Set<string>>;
};

const stripThe = (s: string) => s.replace(/^the\s+/i, "").replace(/['’]s$/i, "");

function nameKeys(e: Entity): string[] {
  return [e.name, ...e.aliases].map((n) => bare(stripThe(n))).filter(Boolean);
}

/** Two person names that may be the same person: the same surname and no clash of first names. */
export function samePersonName(a: string, b: string): boolean {
  const A = words(a).filter((w) => w.length > 1 || a.length < 3);
  const B = words(b).filter((w) => w.length > 1 || b.length < 3);
  if (!A.length || !B.length || A.at(-1) !== B.at(-1)) return false;
  if (A.length > 1 && B.length > 1 && A[0] !== B[0]) return false;
  return true;
}

export function buildCorpus(facts: ArticleFacts[], contexts: ArticleContext[] = []): Corpus {
  const articles = facts.slice().sort((a, b) => (a.article.slug < b.article.slug ? -1 : a.article.slug > b.article.slug ? 1 : 0));
  const ctx = new Map(contexts.map((c) => [c.slug, c]));

  // union-find over entities of all articles
  const ents: { slug: string; e: Entity }[] = articles.flatMap((a) => a.entities.map((e) => ({ slug: a.article.slug, e })));
  const parent = ents.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => {
    const a = find(i), b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const acronymPairs = articles.flatMap((a) => a.acronyms.map((x) => [bare(x.short), bare(stripThe(x.long))] as const));
  const linked = (ka: string[], kb: string[]) =>
    ka.some((x) => kb.includes(x)) || acronymPairs.some(([s, l]) => (ka.includes(s) && kb.includes(l)) || (ka.includes(l) && kb.includes(s)));
  for (let i = 0; i < ents.length; i++) {
    for (let j = i + 1; j < ents.length; j++) {
      const a = ents[i].e, b = ents[j].e;
      const compatible = a.kind === b.kind || a.kind === "other" || b.kind === "other";
      if (!compatible) continue;
      const ka = nameKeys(a), kb = nameKeys(b);
      if (linked(ka, kb)) union(i, j);
      else if (a.kind === "person" && b.kind === "person" && ka.some((x) => kb.some((y) => samePersonName(x, y)))) {
        // merge a bare surname only when it cannot mean two different people
        const surname = words(a.name).at(-1);
        const fullNames = new Set(
          ents.filter((x) => x.e.kind === "person" && words(x.e.name).at(-1) === surname && words(x.e.name).length > 1).map((x) => bare(x.e.name)),
        );
        if (fullNames.size <= 1 || (words(a.name).length > 1 && words(b.name).length > 1)) union(i, j);
      }
    }
  }
  const groups = new Map<number, number[]>();
  ents.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const clusters: Cluster[] = [];
  const byMember = new Map<string, Cluster>();
  for (const members of groups.values()) {
    const es = members.map((i) => ents[i].e);
    const kind = es.find((e) => e.kind !== "other")?.kind ?? "other";
    const names = new Set(es.flatMap(nameKeys));
    const shorts = articles.flatMap((a) => a.acronyms).filter((x) => names.has(bare(x.short)) || names.has(bare(stripThe(x.long))));
    // fullest name: most words, then longest, then alphabetical (determinism)
    const display = es
      .map((e) => stripThe(e.name.trim()))
      .sort((x, y) => words(y).length - words(x).length || y.length - x.length || (x < y ? -1 : 1))[0];
    for (const s of shorts) {
      names.add(bare(s.short));
      names.add(bare(stripThe(s.long)));
    }
    const surfaces = [...new Set([...es.flatMap((e) => [e.name, ...e.aliases]), ...shorts.flatMap((x) => [x.short, stripThe(x.long)])].map((x) => x.trim()).filter(Boolean))]
      .sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
    // organisations read as the articles mostly write them: by their short form
    const name = kind !== "person" && shorts[0] ? shorts[0].short : display;
    const c: Cluster = { key: bare(display), kind, name, names, short: shorts[0]?.short, surfaces };
    clusters.push(c);
    for (const i of members) byMember.set(`${ents[i].slug}\u0000${ents[i].e.id}`, c);
  }
  clusters.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const clusterOf = (slug: string, id: string | null | undefined) => (id ? byMember.get(`${slug}\u0000${id}`) : undefined);

  const roles: CRole[] = [], quotes: CQuote[] = [], acronyms: CAcronym[] = [], descriptions: CDescription[] = [], events: CEvent[] = [];
  const expansions = new Map<string, Set<string>>();
  for (const a of articles) {
    const slug = a.article.slug;
    a.roles.forEach((r, index) => {
      const personC = clusterOf(slug, r.person);
      if (personC) roles.push({ ...r, slug, index, personC, orgC: clusterOf(slug, r.organization) });
    });
    a.quotes.forEach((q, index) => quotes.push({ ...q, slug, index, speakerC: clusterOf(slug, q.speaker) }));
    a.acronyms.forEach((x, index) => {
      acronyms.push({ ...x, slug, index });
      const k = bare(x.short);
      expansions.set(k, new Set([...(expansions.get(k) ?? []), bare(stripThe(x.long))]));
    });
    a.descriptions.forEach((d, index) => descriptions.push({ ...d, slug, index, subjectC: clusterOf(slug, d.subject) }));
    a.events.forEach((e, index) => events.push({ ...e, slug, index }));
  }
  return { articles, contexts: ctx, clusters, clusterOf, roles, quotes, acronyms, descriptions, events, expansions };
}

/** The cluster whose names include this text, if any. */
export function clusterByName(corpus: Corpus, name: string): Cluster | undefined {
  const k = bare(stripThe(name));
  return corpus.clusters.find((c) => c.names.has(k));
}

/**
 * May these two clusters be the same real-world entity? Used to keep aliases
 * and coreferents out of the distractors even when the extractor split them.
 */
export function mayCorefer(a: Cluster, b: Cluster): boolean {
  if (a === b) return true;
  for (const x of a.names) for (const y of b.names) {
    if (x === y) return true;
    if (a.kind === "person" && b.kind === "person" && samePersonName(x, y)) return true;
    // "NCA" vs "National Crime Agency": initials of one equal the other
    const ix = x.split(" ").filter((w) => w.length > 2 || /\d/.test(w)).map((w) => w[0]).join("");
    const iy = y.split(" ").filter((w) => w.length > 2 || /\d/.test(w)).map((w) => w[0]).join("");
    if ((!x.includes(" ") && x === iy && x.length > 1) || (!y.includes(" ") && y === ix && y.length > 1)) return true;
  }
  return false;
}

/** Evidence of a fact, located in its article. */
export type Source = { article: string; sentence: string; start: number; end: number };
export const sourceOf = (slug: string, ev: Evidence): Source => ({ article: slug, sentence: ev.sentence, start: ev.start, end: ev.end });

/** Is this span inside page cruft that the parser flagged? */
export function inCruft(corpus: Corpus, slug: string, start: number, end: number): boolean {
  const c = corpus.contexts.get(slug)?.cruft ?? [];
  return c.some((r) => start < r.end && end > r.start);
}

/** The article sentence that contains this text (normalised match), if the sentence list is known. */
export function sentenceContaining(corpus: Corpus, slug: string, text: string): Span | undefined {
  const n = norm(text);
  return corpus.contexts.get(slug)?.sentences?.find((s) => norm(s.text).includes(n));
}
