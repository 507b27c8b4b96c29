/** Balancing a quiz: the share of true statements, and where the right option sits. */
import type { Draft } from "./draft";
import { hash32 } from "./hash";

export type Statement = {
  truth?: Draft;
  falsehood?: Draft;
  identity: string;
  mustBeTrue?: boolean;
};

/**
 * One statement per fact; the hash of the fact picks true or false, then the
 * fewest flips (in hash order) bring the share of true answers to 40–60%.
 */
export function balanceTrueFalse(pairs: Statement[]): Draft[] {
  const hashes = new Map(pairs.map((p) => [p, hash32(p.identity)]));
  const ordered = pairs.slice().sort((a, b) => hashes.get(a)! - hashes.get(b)! || (a.identity < b.identity ? -1 : 1));
  // a statement standing in for a dropped who-said question must name the real speaker
  const pick: ("t" | "f")[] = ordered.map((p) =>
    p.truth && p.falsehood && !p.mustBeTrue ? (hashes.get(p)! & 1 ? "f" : "t") : p.truth ? "t" : "f",
  );
  let trues = pick.filter((x) => x === "t").length;
  const share = () => trues / Math.max(1, pick.length);
  for (let i = 0; i < ordered.length && share() > 0.6; i++) {
    if (pick[i] === "t" && ordered[i].falsehood && !ordered[i].mustBeTrue) [pick[i], trues] = ["f", trues - 1];
  }
  for (let i = 0; i < ordered.length && share() < 0.4; i++) {
    if (pick[i] === "f" && ordered[i].truth) [pick[i], trues] = ["t", trues + 1];
  }
  return ordered.map((p, i) => {
    if (pick[i] === "f") return p.falsehood!;
    // a fact with no plausible false statement: this true one may be left out to keep the balance
    return !p.falsehood && !p.mustBeTrue ? { ...p.truth!, spareTruth: true } : p.truth!;
  });
}

/**
 * When too many facts have no plausible false statement, the share of true answers stays high:
 * leave out spare true statements (last in hash order) whose fact another kept question asks about.
 */
export function trimTrueStatements(kept: Draft[]): Draft[] {
  const tf = kept.filter((d) => d.question.kind === "true_false");
  let trues = tf.filter((d) => d.question.answer === true).length,
    total = tf.length;
  const asked = new Map<string, number>();
  for (const d of kept) asked.set(d.question.fact.id, (asked.get(d.question.fact.id) ?? 0) + 1);
  const spare = tf
    .filter((d) => d.spareTruth)
    .sort((a, b) => hash32(b.question.id) - hash32(a.question.id) || (a.question.id < b.question.id ? 1 : -1));
  const out = new Set<Draft>();
  for (const d of spare) {
    if (trues / Math.max(1, total) <= 0.6) break;
    if ((asked.get(d.question.fact.id) ?? 0) < 2) continue;
    out.add(d);
    asked.set(d.question.fact.id, asked.get(d.question.fact.id)! - 1);
    trues--;
    total--;
  }
  return kept.filter((d) => !out.has(d));
}

/**
 * Where the right option sits: its seeded place, unless that place is already
 * over-used by the questions before it (in id order) — then the least-used
 * place. Keeps the key from clustering in one position across a quiz.
 */
export function balancePositions(drafts: Draft[]): void {
  const sc = drafts
    .filter((d) => d.question.kind === "single_choice" && d.question.options?.length)
    .sort((a, b) => (a.question.id < b.question.id ? -1 : 1));
  const used = [0, 0, 0, 0, 0];
  sc.forEach((d, i) => {
    const q = d.question,
      opts = q.options!;
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
