/**
 * The near-duplicate pass: a question is dropped when an earlier kept one asks
 * nearly the same thing (`isNearDuplicate`). Kept questions are indexed by id,
 * by item text (matching, ordering) and by prompt words, so each question is
 * compared only with those that could be its duplicate.
 */
import type { Draft } from "./draft";
import { isNearDuplicate } from "./flaws";
import { SimilarityIndex, wordCounts } from "./similar";
import { bare } from "./text";

/** Two prompts are only near-duplicates when they share more of their content words than this. */
const CLOSE_PROMPTS = 0.75;

type Kind = Draft["question"]["kind"];

const itemTexts = (d: Draft) => [
  ...new Set([...(d.question.left ?? []), ...(d.question.items ?? [])].map((o) => bare(o.text))),
];

class KeptIndex {
  private readonly kept: Draft[] = [];
  private readonly byId = new Map<string, number[]>();
  private readonly byItem = new Map<string, number[]>();
  private readonly prompts = new Map<Kind, { index: SimilarityIndex; at: number[] }>();

  private readonly basis: Map<string, number>;

  constructor(prompts: string[]) {
    this.basis = wordCounts(prompts);
  }

  /** The first kept question (in keeping order) that `d` nearly duplicates. */
  duplicateOf(d: Draft): Draft | undefined {
    const cands = new Set<number>(this.byId.get(d.question.id) ?? []);
    if (d.question.kind === "matching" || d.question.kind === "ordering") {
      for (const t of itemTexts(d)) this.byItem.get(`${d.question.kind}\u0000${t}`)?.forEach((i) => cands.add(i));
    } else {
      const p = this.prompts.get(d.question.kind);
      p?.index.similar(d.question.prompt).forEach((id) => cands.add(p.at[id]));
    }
    const first = [...cands].sort((a, b) => a - b).find((i) => isNearDuplicate(this.kept[i], d));
    return first === undefined ? undefined : this.kept[first];
  }

  keep(d: Draft): void {
    const i = this.kept.push(d) - 1;
    add(this.byId, d.question.id, i);
    if (d.question.kind === "matching" || d.question.kind === "ordering") {
      for (const t of itemTexts(d)) add(this.byItem, `${d.question.kind}\u0000${t}`, i);
      return;
    }
    let p = this.prompts.get(d.question.kind);
    if (!p) this.prompts.set(d.question.kind, (p = { index: new SimilarityIndex(CLOSE_PROMPTS, this.basis), at: [] }));
    p.index.add(d.question.prompt);
    p.at.push(i);
  }
}

function add(m: Map<string, number[]>, k: string, i: number): void {
  const list = m.get(k);
  if (list) list.push(i);
  else m.set(k, [i]);
}

/** The questions to keep, in order, and the near-duplicates dropped with the id each duplicates. */
export function dropNearDuplicates(drafts: Draft[]): { kept: Draft[]; duplicates: { draft: Draft; of: string }[] } {
  const index = new KeptIndex(drafts.map((d) => d.question.prompt));
  const kept: Draft[] = [],
    duplicates: { draft: Draft; of: string }[] = [];
  for (const d of drafts) {
    const dup = index.duplicateOf(d);
    if (dup) duplicates.push({ draft: d, of: dup.question.id });
    else {
      index.keep(d);
      kept.push(d);
    }
  }
  return { kept, duplicates };
}
