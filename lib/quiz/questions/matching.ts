/**
 * Matching: people to positions, abbreviations to long forms, quotations to
 * speakers; 3–6 pairs, one-to-one. Pairs are grouped per article, and articles
 * with too few pairs are pooled, so most ids survive edits to other articles.
 */
import { acronymDoubts, quoteDoubts, roleDoubts } from "./trust";
import { clauseCut, withReferent } from "./standalone";
import { fitsAcronym } from "./acronyms";
import { worldOf } from "./world";
import { articleAppliesAt } from "./role-options";
import type { FactKind } from "../types";
import type { Corpus, CRole, InScope, Source } from "./corpus";
import { inCruft, mayCorefer, sourceOf } from "./corpus";
import { baseQuestion, emptyDraft, type Draft } from "./draft";
import { entityIndex } from "./entity-index";
import { factIndex } from "./fact-index";
import { titleOf, wordsOverlap } from "./similar";
import { seededShuffle } from "./hash";
import { bare, words } from "./text";
import { acronymIdentity, acronymProblems } from "./acronyms";
import { displayTitle, roleIdentity, roleProblems } from "./roles";
import { quoteChunks, quoteForPrompt, quoteIdentity, quoteProblems } from "./quotes";
import type { Cluster } from "./corpus";

export type Pair = {
  identity: string;
  slug: string;
  left: string;
  right: string;
  source: Source;
  cluster?: Cluster;
  why: string;
};

const MIN = 3,
  MAX = 6;

/** Split n items into groups of at most MAX and at least MIN. */
function groupSizes(n: number): number[] {
  if (n < MIN) return [];
  const groups = Math.ceil(n / MAX);
  const base = Math.floor(n / groups);
  return Array.from({ length: groups }, (_, i) => base + (i < n % groups ? 1 : 0));
}

/** Keep pairs whose left and right sides are both distinct within a group (first wins). */
function distinct(pairs: Pair[], clash: (a: Pair, b: Pair) => boolean): Pair[] {
  const out: Pair[] = [];
  for (const p of pairs) if (!out.some((q) => clash(p, q))) out.push(p);
  return out;
}

/**
 * Pairs grouped per article; articles with too few are pooled only with articles of the same world
 * (`sameWorld`), so a hockey player's words never sit beside a librarian's.
 */
export function groupPairs(
  pairs: Pair[],
  clash: (a: Pair, b: Pair) => boolean,
  sameWorld: (a: string, b: string) => boolean = () => true,
): Pair[][] {
  const bySlug = new Map<string, Pair[]>();
  for (const p of pairs) bySlug.set(p.slug, [...(bySlug.get(p.slug) ?? []), p]);
  const groups: Pair[][] = [];
  const leftovers: Pair[] = [];
  for (const slug of [...bySlug.keys()].sort()) {
    const ps = distinct(bySlug.get(slug)!, clash);
    if (ps.length < MIN) {
      leftovers.push(...ps);
      continue;
    }
    let i = 0;
    for (const size of groupSizes(ps.length)) {
      groups.push(ps.slice(i, i + size));
      i += size;
    }
  }
  const pools: Pair[][] = [];
  for (const p of leftovers) {
    const pool = pools.find((x) => sameWorld(x[0].slug, p.slug));
    if (pool) pool.push(p);
    else pools.push([p]);
  }
  for (const pool of pools) {
    const pooled = distinct(pool, clash);
    let i = 0;
    for (const size of groupSizes(pooled.length)) {
      groups.push(pooled.slice(i, i + size));
      i += size;
    }
  }
  return groups;
}

export function matchingDraft(factKind: FactKind, prompt: string, group: Pair[], problems: string[]): Draft {
  const identity = group
    .map((p) => p.identity)
    .sort()
    .join("+");
  const first = group[0];
  const q = baseQuestion({
    kind: "matching",
    factKind,
    identity,
    prompt,
    explanation: group.map((p) => p.why).join(" "),
    source: first.source,
  });
  const left = seededShuffle(group, q.id + "/left").map((p, i) => ({ id: `l${i + 1}`, text: p.left, p }));
  const right = seededShuffle(group, q.id + "/right").map((p, i) => ({ id: `r${i + 1}`, text: p.right, p }));
  q.left = left.map(({ id, text }) => ({ id, text }));
  q.right = right.map(({ id, text }) => ({ id, text }));
  q.answer = Object.fromEntries(left.map((l) => [l.id, right.find((r) => r.p === l.p)!.id]));
  // its feedback points into one article: pairs from others could not be checked there
  const articles = new Set(group.map((p) => p.slug)).size;
  const spread = articles > 1 ? [`the pairs come from ${articles} articles; its source shows one`] : [];
  return emptyDraft(q, { problems: [...problems, ...spread], closeness: 0.5, prominence: 0.5 });
}

const positionOf = (r: CRole) => displayTitle(r.title) + (r.orgC ? `, ${r.orgC.name}` : "");

const worlds = (corpus: Corpus) => (a: string, b: string) => a === b || worldOf(corpus, a).includes(b);

export function roleMatching(corpus: Corpus, inScope: InScope = () => true): Draft[] {
  const pairs: Pair[] = corpus.roles
    .filter((r) => inScope(r.slug) && !roleProblems(corpus, r).length && !roleDoubts(corpus, r).length)
    .map((r) => ({
      identity: roleIdentity(r),
      slug: r.slug,
      left: r.personC.name,
      cluster: r.personC,
      right: positionOf(r),
      source: sourceOf(r.slug, r.evidence),
      why: `${r.personC.name}: ${displayTitle(r.title)}${r.orgC ? `, ${r.orgC.name}` : ""}.`,
    }));
  // every position anyone who may be this person holds, as compared words
  const held = new Map<Cluster, ReturnType<typeof titleOf>[]>();
  const heldBy = (c: Cluster) =>
    held.get(c) ??
    held
      .set(
        c,
        factIndex(corpus)
          .rolesOfAnyone(c)
          .map((r) => titleOf(positionOf(r))),
      )
      .get(c)!;
  const right = new Map(pairs.map((p) => [p, titleOf(p.right)]));
  const holds = (c: Cluster, p: Pair) => heldBy(c).some((t) => wordsOverlap(t, right.get(p)!));
  // "the past three RNC finance chairmen, … Broidy": the article gives the other's position to this person too
  const applies = (c: Cluster, p: Pair) => {
    const [title, ...body] = p.right.split(",");
    return articleAppliesAt(corpus, c, p.slug, title!, body.join(",").trim() || undefined);
  };
  const clash = (a: Pair, b: Pair) =>
    mayCorefer(a.cluster!, b.cluster!) ||
    right.get(a)!.bare === right.get(b)!.bare ||
    holds(a.cluster!, b) ||
    holds(b.cluster!, a) ||
    applies(a.cluster!, b) ||
    applies(b.cluster!, a);
  return groupPairs(pairs, clash, worlds(corpus)).map((g) =>
    matchingDraft("role", "Match each person to the position the article gives them.", g, []),
  );
}

export function acronymMatching(corpus: Corpus, inScope: InScope = () => true): Draft[] {
  const pairs: Pair[] = corpus.acronyms
    .filter((a) => inScope(a.slug) && !acronymProblems(corpus, a).length && !acronymDoubts(a).length)
    .map((a) => ({
      identity: acronymIdentity(a),
      slug: a.slug,
      left: a.short,
      right: a.long.replace(/^the\s+/i, "").replace(/['’]s$/, ""),
      source: sourceOf(a.slug, a.evidence),
      why: `${a.short} stands for ${a.long.replace(/^the\s+/i, "")}.`,
    }));
  const bares = new Map(pairs.map((p) => [p, [bare(p.left), bare(p.right)]]));
  const clash = (a: Pair, b: Pair) => bares.get(a)![0] === bares.get(b)![0] || bares.get(a)![1] === bares.get(b)![1];
  return groupPairs(pairs, clash, worlds(corpus)).map((g) =>
    matchingDraft("acronym", "Match each abbreviation to what it stands for.", g, []),
  );
}

export function quoteMatching(corpus: Corpus, inScope: InScope = () => true): Draft[] {
  const pairs: Pair[] = [];
  for (const q of corpus.quotes) {
    if (!inScope(q.slug)) continue;
    const chunk = quoteChunks(corpus, q).find((c) => !quoteProblems(corpus, c).length);
    if (!chunk || !q.speakerC || quoteDoubts(corpus, q).length) continue;
    // people only: "Apple" (for "an Apple spokesman said") beside Gavin Cox and Nick Ross is the odd one out
    if (q.speakerC.kind !== "person") continue;
    const cut = clauseCut(withReferent(chunk.text, chunk.referent), 18);
    if (!cut) continue;
    const excerpt = quoteForPrompt(cut);
    pairs.push({
      identity: quoteIdentity(chunk),
      slug: q.slug,
      left: `“${excerpt.replace(/^[“"]|[”"]$/g, "")}”`,
      right: q.speakerC.name,
      cluster: q.speakerC,
      source: chunk.source,
      why: `${q.speakerC.name} said “${excerpt}”.`,
    });
  }
  const named = new Map(pairs.map((p) => [p, new Set(entityIndex(corpus).mentionedIn(p.left))]));
  const clash = (a: Pair, b: Pair) =>
    mayCorefer(a.cluster!, b.cluster!) || named.get(a)!.has(b.cluster!) || named.get(b)!.has(a.cluster!);
  return groupPairs(pairs, clash, worlds(corpus)).map((g) => {
    const people = g.every((p) => p.cluster?.kind === "person");
    return matchingDraft("quote", `Match each quotation to the ${people ? "person" : "speaker"} who said it.`, g, []);
  });
}

export function matchingProblems(corpus: Corpus, d: Draft): string[] {
  const p: string[] = [];
  const s = d.question.source;
  if (inCruft(corpus, s.article, s.start, s.end)) p.push("built from page cruft");
  if ((d.question.left ?? []).some((l) => words(l.text).length === 0)) p.push("an empty item to match");
  if (d.question.fact.kind === "acronym" && solvableByInitials(d)) p.push("the initials alone decide every pair");
  return p;
}

/** Every abbreviation fits the letters of exactly one long form: matching them tests spelling, not the article. */
export function solvableByInitials(d: Draft): boolean {
  const right = d.question.right ?? [];
  const firsts = (t: string) =>
    t
      .replace(/[^A-Za-z]/g, "")
      .charAt(0)
      .toLowerCase();
  return (d.question.left ?? []).every((l) => {
    const fitting = right.filter((r) => fitsAcronym(l.text, r.text));
    return (fitting.length ? fitting : right.filter((r) => firsts(r.text) === firsts(l.text))).length === 1;
  });
}
