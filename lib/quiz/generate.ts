/**
 * Questions from the facts of one or more articles taken together. Pure and
 * deterministic: the same facts give byte-identical questions, and each
 * question id depends only on its fact and kind (see docs/question-generation.md).
 */
import type { ArticleFacts, ParsedArticle } from "./types";
import { acronymChoice, acronymCloze } from "./questions/acronyms";
import { descriptionCloze, eventCloze, roleCloze } from "./questions/cloze";
import { buildCorpus, type ArticleContext, type Corpus } from "./questions/corpus";
import { describeChoice } from "./questions/descriptions";
import { prominenceOf, difficultyOf } from "./questions/difficulty";
import type { Draft, QuizQuestion } from "./questions/draft";
import { whenChoice } from "./questions/events";
import { flawCheck, isNearDuplicate } from "./questions/flaws";
import { hash32 } from "./questions/hash";
import { acronymMatching, matchingProblems, quoteMatching, roleMatching } from "./questions/matching";
import { orderingDrafts } from "./questions/ordering";
import { quoteChunks, quoteProblems, whoSaidChoice } from "./questions/quotes";
import { saidWhichChoice, whoSaidCloze } from "./questions/quote-standins";
import { roleOrgChoice, roleTitleChoice } from "./questions/roles";
import { descriptionTrueFalse, quoteTrueFalse, roleTrueFalse, type TrueFalsePair } from "./questions/true-false";

export type { QuizQuestion } from "./questions/draft";
export type { ArticleContext } from "./questions/corpus";

export type DroppedQuestion = { question: QuizQuestion; reasons: string[] };
export type GenerateResult = {
  questions: QuizQuestion[];
  dropped: DroppedQuestion[];
  /** facts a builder could not handle at all (malformed input), with the error */
  errors: string[];
};
export type GenerateOptions = {
  /** sentence lists, cruft spans and publication dates; parsed articles are accepted as they are */
  articles?: (ArticleContext | ParsedArticle)[];
};

/** The parts of a parsed article the generator uses. */
export function contextFromParsed(p: ParsedArticle): ArticleContext {
  return {
    slug: p.meta.slug,
    published: p.meta.published,
    sentences: p.sentences.map((s) => ({ text: s.sentence, start: s.start, end: s.end })),
    cruft: p.paragraphs.filter((x) => x.cruft).map((x) => ({ start: x.start, end: x.end })),
  };
}

const toContext = (a: ArticleContext | ParsedArticle): ArticleContext => ("meta" in a ? contextFromParsed(a) : a);

/**
 * One malformed fact (an extractor bug) must cost only its own questions, never
 * the whole quiz: a builder that throws is skipped and the error reported.
 */
function safely<T>(errors: string[], what: string, build: () => T): T | undefined {
  try {
    return build();
  } catch (e) {
    errors.push(`${what}: ${(e as Error).message}`);
    return undefined;
  }
}

type Pair = TrueFalsePair & {
  /** the who-said question this statement stands in for when that one is dropped */
  standsInFor?: string;
  /** the "which of these did X say" stand-in: when it ships, the statement is not needed either */
  alsoFor?: string[];
  /** only used when the who-said question it stands in for is dropped */
  fallbackOnly?: boolean;
};

function candidateDrafts(corpus: Corpus, errors: string[]): { drafts: Draft[]; pairs: Pair[] } {
  const drafts: Draft[] = [];
  const pairs: Pair[] = [];
  const add = (d: Draft | undefined) => d && drafts.push(d);
  const guard = <T>(what: string, build: () => T) => safely(errors, what, build);
  for (const a of corpus.acronyms) {
    const choice = guard(`acronym ${a.short}`, () => acronymChoice(corpus, a));
    add(choice);
    if (choice) add(guard(`acronym ${a.short}`, () => acronymCloze(corpus, a, choice.question.id)));
  }
  for (const r of corpus.roles) {
    const what = `role of ${r.personC.name}`;
    add(guard(what, () => roleTitleChoice(corpus, r)));
    add(guard(what, () => roleOrgChoice(corpus, r)));
    add(guard(what, () => roleCloze(corpus, r)));
    const pair = guard(what, () => roleTrueFalse(corpus, r));
    if (pair) pairs.push(pair);
  }
  for (const q of corpus.quotes) {
    const what = `quote in ${q.slug}`;
    const chunks = guard(what, () => quoteChunks(corpus, q)) ?? [];
    // one true/false per quotation, on its first usable sentence; the others only
    // stand in for who-said questions the flaw check drops (too few speakers, a leak)
    const usable = chunks.find((c) => !quoteProblems(corpus, c).length);
    for (const c of chunks) {
      const who = guard(what, () => whoSaidChoice(corpus, c));
      add(who);
      const which = who ? guard(what, () => saidWhichChoice(corpus, c, who.question.id)) : undefined;
      add(which);
      const typed = who ? guard(what, () => whoSaidCloze(corpus, c, [who.question.id, ...(which ? [which.question.id] : [])])) : undefined;
      add(typed);
      const pair = !quoteProblems(corpus, c).length ? guard(what, () => quoteTrueFalse(corpus, c)) : undefined;
      if (pair) pairs.push({ ...pair, standsInFor: who?.question.id, alsoFor: [which?.question.id, typed?.question.id].filter((x): x is string => !!x), fallbackOnly: c !== usable });
    }
  }
  for (const d of corpus.descriptions) {
    const what = `description in ${d.slug}`;
    add(guard(what, () => describeChoice(corpus, d)));
    add(guard(what, () => descriptionCloze(corpus, d)));
    const pair = guard(what, () => descriptionTrueFalse(corpus, d));
    if (pair) pairs.push(pair);
  }
  for (const e of corpus.events) {
    add(guard(`event in ${e.slug}`, () => whenChoice(corpus, e)));
    add(guard(`event in ${e.slug}`, () => eventCloze(corpus, e)));
  }
  const groups = guard("matching", () => [...roleMatching(corpus), ...acronymMatching(corpus), ...quoteMatching(corpus)]) ?? [];
  for (const m of groups) {
    m.problems.push(...matchingProblems(corpus, m));
    drafts.push(m);
  }
  drafts.push(...(guard("ordering", () => orderingDrafts(corpus)) ?? []));
  return { drafts, pairs };
}

/**
 * One statement per fact; the hash of the fact picks true or false, then the
 * fewest flips (in hash order) bring the share of true answers to 40–60%.
 */
function balanceTrueFalse(pairs: { truth?: Draft; falsehood?: Draft; identity: string; mustBeTrue?: boolean }[]): Draft[] {
  const ordered = pairs.slice().sort((a, b) => hash32(a.identity) - hash32(b.identity) || (a.identity < b.identity ? -1 : 1));
  // a statement standing in for a dropped who-said question must name the real speaker
  const pick = ordered.map((p) => (p.truth && p.falsehood && !p.mustBeTrue ? (hash32(p.identity) & 1 ? "f" : "t") : p.truth ? "t" : "f"));
  const share = () => pick.filter((x) => x === "t").length / Math.max(1, pick.length);
  for (let i = 0; i < ordered.length && share() > 0.6; i++) if (pick[i] === "t" && ordered[i].falsehood && !ordered[i].mustBeTrue) pick[i] = "f";
  for (let i = 0; i < ordered.length && share() < 0.4; i++) if (pick[i] === "f" && ordered[i].truth) pick[i] = "t";
  return ordered.map((p, i) => (pick[i] === "t" ? p.truth! : p.falsehood!));
}

/**
 * Where the right option sits: its seeded place, unless that place is already
 * over-used by the questions before it (in id order) — then the least-used
 * place. Keeps the key from clustering in one position across a quiz.
 */
function balancePositions(drafts: Draft[]): void {
  const sc = drafts.filter((d) => d.question.kind === "single_choice" && d.question.options?.length).sort((a, b) => (a.question.id < b.question.id ? -1 : 1));
  const used = [0, 0, 0, 0, 0];
  sc.forEach((d, i) => {
    const q = d.question, opts = q.options!;
    const at = opts.findIndex((o) => o.id === q.answer);
    const fair = Math.ceil((i + 1) / opts.length);
    let to = at;
    if (used[at] >= fair) {
      to = [...opts.keys()].sort((x, y) => used[x] - used[y] || x - y)[0];
    }
    used[to]++;
    if (to !== at) {
      const texts = opts.map((o) => o.text);
      [texts[at], texts[to]] = [texts[to], texts[at]];
      q.options = texts.map((text, k) => ({ id: opts[k].id, text }));
      q.answer = opts[to].id;
    }
  });
}

function sentenceIndex(corpus: Corpus, q: QuizQuestion): number {
  const s = corpus.contexts.get(q.source.article)?.sentences;
  return s ? s.findIndex((x) => x.start <= q.source.start && q.source.start < x.end) : -1;
}

export function generateQuestions(facts: ArticleFacts[], opts: GenerateOptions = {}): GenerateResult {
  const corpus = buildCorpus(facts, (opts.articles ?? []).map(toContext));
  const errors: string[] = [];
  const { drafts, pairs } = candidateDrafts(corpus, errors);
  const dropped: DroppedQuestion[] = [];
  const passed: Draft[] = [];
  const judge = (d: Draft) => {
    const reasons = flawCheck(d, corpus);
    if (reasons.length) dropped.push({ question: d.question, reasons });
    return !reasons.length;
  };
  for (const d of drafts) if (!d.fallbackFor && judge(d)) passed.push(d);
  const shipped = new Set(passed.map((d) => d.question.id));
  // stand-ins, only for questions the flaw check dropped
  const none = (ids: string | string[]) => ![ids].flat().some((id) => shipped.has(id));
  for (const d of drafts) if (d.fallbackFor && none(d.fallbackFor) && judge(d)) {
    passed.push(d);
    shipped.add(d.question.id);
  }
  const asked = (p: Pair) => p.standsInFor !== undefined && (shipped.has(p.standsInFor) || (p.alsoFor ?? []).some((id) => shipped.has(id)));
  const tfPairs = pairs
    .filter((p) => !p.fallbackOnly || (p.standsInFor !== undefined && !asked(p)))
    .map((p) => {
      const truth = judge(p.truth) ? p.truth : undefined;
      const falsehood = p.falsehood && judge(p.falsehood) ? p.falsehood : undefined;
      const mustBeTrue = p.standsInFor !== undefined && !asked(p);
      return { identity: p.identity, truth, falsehood, mustBeTrue };
    })
    .filter((p) => p.truth || p.falsehood);
  passed.push(...balanceTrueFalse(tfPairs));

  const order = (d: Draft) => `${d.question.source.article}\u0000${String(d.question.source.start).padStart(9, "0")}\u0000${d.question.kind}\u0000${d.question.id}`;
  passed.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  const kept: Draft[] = [];
  for (const d of passed) {
    const dup = kept.find((k) => isNearDuplicate(k, d));
    if (dup) dropped.push({ question: d.question, reasons: [`near-duplicate of ${dup.question.id}`] });
    else kept.push(d);
  }
  balancePositions(kept);
  const questions = kept.map((d) => {
    if (d.question.kind !== "matching" && d.question.kind !== "ordering") {
      // the builder's own signal (e.g. a quote's later sentences) lowers the position-based one
      d.prominence = prominenceOf(sentenceIndex(corpus, d.question), 0) - (d.prominence < 0.5 ? 0.2 : 0);
    }
    return { ...d.question, difficulty: difficultyOf(d) };
  });
  dropped.sort((a, b) => (a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0));
  return { questions, dropped, errors };
}
