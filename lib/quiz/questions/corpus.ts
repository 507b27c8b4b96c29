/**
 * The facts of several articles seen as one corpus: entities merged across
 * articles (people and organisations are the same everywhere), and indexes the
 * question builders and flaw checks use to prove a distractor wrong.
 */
import type { Acronym, ArticleFacts, DatedEvent, Description, EntityKind, Evidence, Quote, Role } from "../types";
import { acronymLookup, clusterShape, groupEntities, personWords, sameSurnameNoClash, stripThe } from "./clusters";
import { entityIndex } from "./entity-index";
import { bare, norm } from "./text";
import { corpusText } from "./text-index";

/** Which articles' facts get questions; the rest of the corpus serves as distractors and for the checks. */
export type InScope = (slug: string) => boolean;

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

export { samePersonName } from "./clusters";

export function buildCorpus(facts: ArticleFacts[], contexts: ArticleContext[] = []): Corpus {
  const articles = facts
    .slice()
    .sort((a, b) => (a.article.slug < b.article.slug ? -1 : a.article.slug > b.article.slug ? 1 : 0));
  const ctx = new Map(contexts.map((c) => [c.slug, c]));
  const { ents, groups } = groupEntities(articles);
  const acronymsOf = acronymLookup(articles);
  const clusters: Cluster[] = [];
  const byMember = new Map<string, Cluster>();
  for (const members of groups) {
    const c: Cluster = clusterShape(
      members.map((i) => ents[i].e),
      acronymsOf,
    );
    clusters.push(c);
    for (const i of members) byMember.set(`${ents[i].slug}\u0000${ents[i].e.id}`, c);
  }
  clusters.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const clusterOf = (slug: string, id: string | null | undefined) =>
    id ? byMember.get(`${slug}\u0000${id}`) : undefined;

  const roles: CRole[] = [],
    quotes: CQuote[] = [],
    acronyms: CAcronym[] = [],
    descriptions: CDescription[] = [],
    events: CEvent[] = [];
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
      const set = expansions.get(k) ?? new Set<string>();
      set.add(bare(stripThe(x.long)));
      expansions.set(k, set);
    });
    a.descriptions.forEach((d, index) =>
      descriptions.push({ ...d, slug, index, subjectC: clusterOf(slug, d.subject) }),
    );
    a.events.forEach((e, index) => events.push({ ...e, slug, index }));
  }
  return { articles, contexts: ctx, clusters, clusterOf, roles, quotes, acronyms, descriptions, events, expansions };
}

/** The cluster whose names include this text, if any. */
export function clusterByName(corpus: Corpus, name: string): Cluster | undefined {
  return entityIndex(corpus).clusterByName(name);
}

/**
 * May these two clusters be the same real-world entity? Used to keep aliases
 * and coreferents out of the distractors even when the extractor split them.
 */
export function mayCorefer(a: Cluster, b: Cluster): boolean {
  if (a === b) return true;
  const A = nameForms(a),
    B = nameForms(b);
  const people = a.kind === "person" && b.kind === "person";
  for (let i = 0; i < A.names.length; i++)
    for (let j = 0; j < B.names.length; j++) {
      const x = A.names[i],
        y = B.names[j];
      if (x === y) return true;
      if (people && sameSurnameNoClash(A.person[i], B.person[j])) return true;
      // "NCA" vs "National Crime Agency": initials of one equal the other
      if ((A.single[i] && x === B.initials[j] && x.length > 1) || (B.single[j] && y === A.initials[i] && y.length > 1))
        return true;
    }
  return false;
}

/** Initials of a bare name: the first letters of its words of three letters or more, or with a digit. */
export const initialsOf = (x: string) =>
  x
    .split(" ")
    .filter((w) => w.length > 2 || /\d/.test(w))
    .map((w) => w[0])
    .join("");

type NameForms = { names: string[]; single: boolean[]; initials: string[]; person: string[][] };
const FORMS = new WeakMap<Cluster, NameForms>();

/** What mayCorefer compares of each name, worked out once per cluster. */
function nameForms(c: Cluster): NameForms {
  let f = FORMS.get(c);
  if (!f) {
    const names = [...c.names];
    f = {
      names,
      single: names.map((x) => !x.includes(" ")),
      initials: names.map(initialsOf),
      person: names.map(personWords),
    };
    FORMS.set(c, f);
  }
  return f;
}

/** Evidence of a fact, located in its article. */
export type Source = { article: string; sentence: string; start: number; end: number };
export const sourceOf = (slug: string, ev: Evidence): Source => ({
  article: slug,
  sentence: ev.sentence,
  start: ev.start,
  end: ev.end,
});

/** Is this span inside page cruft that the parser flagged? */
export function inCruft(corpus: Corpus, slug: string, start: number, end: number): boolean {
  const c = corpus.contexts.get(slug)?.cruft ?? [];
  return c.some((r) => start < r.end && end > r.start);
}

/** The article sentence that contains this text (normalised match), if the sentence list is known. */
export function sentenceContaining(corpus: Corpus, slug: string, text: string): Span | undefined {
  return corpusText(corpus).sentenceIncluding(slug, norm(text));
}
