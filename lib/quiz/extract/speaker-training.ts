import type { ArticleScope } from "./scope";
import { cueStem, type SpeakerCandidate } from "./speaker-candidates";
import type { SpeakerModel } from "./speaker-model";
import { attributeQuotes } from "./speakers";

/**
 * Training the speaker ranker from annotated attributions (PolNeAR's brat spans): each quotation inside an
 * annotated content span is an example whose right candidates are those overlapping the annotated source.
 * Pure: the script that reads the corpus and writes the model file lives in scripts/.
 */
export type Attribution = {
  content: readonly (readonly [number, number])[];
  source: readonly (readonly [number, number])[];
  /** Whether the source names someone (a capitalised name, not "officials" or "he"). */
  named: boolean;
};

export type Example = { features: string[][]; salience: number[]; right: number[] };

const overlaps = (a: number, b: number, spans: Attribution["source"]) => spans.some(([s, e]) => a < e && s < b);

/**
 * The examples of one article. Quotes are attributed left to right as extraction does, with the annotated
 * speaker standing in for the ranker's choice, so "the previous speaker" is the true one.
 */
export function speakerExamples(
  scope: ArticleScope,
  attributions: readonly Attribution[],
  model: SpeakerModel,
): { examples: Example[]; unreachable: number } {
  const examples: Example[] = [];
  let unreachable = 0;
  attributeQuotes(scope, model, (q, cands, ctx) => {
    const att = attributions.find((a) => overlaps(q.start, q.end, a.content) && a.source.length);
    if (!att) return { entity: ctx.rule, confidence: 1, signals: [] };
    let right = headOfSource(
      cands,
      cands.flatMap((c, i) => (c.end > c.start && overlaps(c.start, c.end, att.source) ? [i] : [])),
    );
    if (!right.length && att.named) {
      unreachable++;
      return { entity: ctx.rule, confidence: 1, signals: [] };
    }
    if (!right.length) right = [cands.findIndex((c) => c.entity === null)];
    // The choice is an entity: every candidate standing for the annotated speaker is right.
    const entities = new Set(right.map((i) => cands[i].entity));
    right = cands.flatMap((c, i) => (entities.has(c.entity) ? [i] : []));
    examples.push({ features: cands.map((c) => c.features), salience: cands.map((c) => c.salience), right });
    return { entity: cands[right[0]].entity, confidence: 1, signals: [] };
  });
  return { examples, unreachable };
}

/**
 * A source span may hold several candidates ("Microsoft's Whitfield", "Mr. Morgan of the Sierra Club"): its
 * head is the person, and not a possessive before it.
 */
function headOfSource(cands: readonly SpeakerCandidate[], idx: number[]): number[] {
  const has = (i: number, f: string) => cands[i].features.includes(f);
  const person = idx.filter((i) => has(i, "type:full") || has(i, "type:surname") || has(i, "type:pron"));
  const heads = person.length ? person : idx;
  const plain = heads.filter((i) => !has(i, "possessive"));
  return plain.length ? plain : heads;
}

/** Words that open annotated cues ("said", "told", "tweeted"), as stems, when seen at least `min` times. */
export function cueLexicon(cueTexts: readonly string[], min: number): string[] {
  const n = new Map<string, number>();
  for (const t of cueTexts) {
    const word = t
      .toLowerCase()
      .split(/[^a-z’']+/)
      .find((w) => w && !AUXILIARIES.has(w));
    if (word && word.length > 2) n.set(cueStem(word), (n.get(cueStem(word)) ?? 0) + 1);
  }
  return [...n]
    .filter(([, c]) => c >= min)
    .map(([w]) => w)
    .sort();
}
const AUXILIARIES = new Set([
  "is",
  "was",
  "has",
  "have",
  "had",
  "also",
  "later",
  "then",
  "would",
  "will",
  "did",
  "does",
  "’s",
  "'s",
  "been",
  "be",
  "just",
  "again",
  "once",
  "in",
  "a",
  "the",
]);

/**
 * A conditional-logit fit (softmax over each example's candidates, the right ones pooled) by full-batch
 * gradient descent with AdaGrad steps and an L2 penalty towards `priors`. Deterministic for the same examples.
 */
export function fitSpeakerModel(
  examples: readonly Example[],
  opts: { l2: number; iterations: number; rate: number; priors?: Readonly<Record<string, number>> },
): { weights: Record<string, number>; salience: number } {
  const priors = opts.priors ?? {};
  const w = new Map<string, number>(Object.entries(priors));
  let sal = 0;
  const g2 = new Map<string, number>();
  let g2s = 1e-8;
  for (let it = 0; it < opts.iterations; it++) {
    const grad = new Map<string, number>();
    let gs = 0;
    for (const ex of examples) {
      const scores = ex.features.map((fs, i) => fs.reduce((s, f) => s + (w.get(f) ?? 0), sal * ex.salience[i]));
      const top = Math.max(...scores);
      const e = scores.map((s) => Math.exp(s - top));
      const z = e.reduce((a, b) => a + b, 0);
      const zr = ex.right.reduce((a, i) => a + e[i], 0);
      ex.features.forEach((fs, i) => {
        // d(-log p(right))/d score_i = p_i - p_i|right
        const d = e[i] / z - (ex.right.includes(i) ? e[i] / zr : 0);
        if (!d) return;
        for (const f of fs) grad.set(f, (grad.get(f) ?? 0) + d);
        gs += d * ex.salience[i];
      });
    }
    // The penalty pulls each weight towards its prior (0 unless given): the hand-written rules start trusted.
    for (const [f, v] of w) grad.set(f, (grad.get(f) ?? 0) + opts.l2 * (v - (priors[f] ?? 0)));
    for (const [f, g] of grad) {
      g2.set(f, (g2.get(f) ?? 1e-8) + g * g);
      w.set(f, (w.get(f) ?? 0) - (opts.rate * g) / Math.sqrt(g2.get(f)!));
    }
    g2s += gs * gs;
    sal -= (opts.rate * gs) / Math.sqrt(g2s);
  }
  const weights = Object.fromEntries(
    [...w]
      .filter(([, v]) => Math.abs(v) >= 0.005)
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([f, v]) => [f, Math.round(v * 1000) / 1000]),
  );
  return { weights, salience: Math.round(sal * 1000) / 1000 };
}

/** Share of examples whose right candidate the model ranks first: a check the script prints. */
export function accuracy(model: Pick<SpeakerModel, "weights" | "salience">, examples: readonly Example[]): number {
  let ok = 0;
  for (const ex of examples) {
    const scores = ex.features.map((fs, i) =>
      fs.reduce((s, f) => s + (model.weights[f] ?? 0), model.salience * ex.salience[i]),
    );
    if (ex.right.includes(scores.indexOf(Math.max(...scores)))) ok++;
  }
  return examples.length ? ok / examples.length : 1;
}
