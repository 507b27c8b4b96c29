import { SPEAKER_MODEL_DATA as data } from "./speaker-model-data";
import type { CueLexicon, SpeakerCandidate } from "./speaker-candidates";

/**
 * The speaker ranker: a linear score over each candidate's features, normalised by softmax over the
 * candidates of one quotation. Weights and the cue lexicon are learned by `npm run train:speakers` from
 * PolNeAR train's annotated sources and cues and shipped as `speaker-model-data.ts`.
 */
export type SpeakerModel = { weights: Readonly<Record<string, number>>; salience: number; cues: CueLexicon };

export const SPEAKER_MODEL: SpeakerModel = { weights: data.weights, salience: data.salience, cues: new Set(data.cues) };

export type SpeakerChoice = { entity: string | null; confidence: number; signals: string[] };

/** Features worth naming as a quote's signals, in words. */
const SIGNALS: Record<string, string> = {
  "next:cue": "cue:name-then-verb",
  "next:nounCue": "cue:statement-of",
  "prev:cue": "cue:verb-then-name",
  according: "cue:according-to",
  dash: "dash-after-quote",
  colon: "colon-lead",
  "type:pron": "pronoun",
  "type:noun": "organisation-noun",
  "type:title": "title-noun",
  "type:unknown": "unlinked-name",
  "type:cont": "continues-previous",
  "type:none": "no-speaker-named",
  "type:rule&how:cue": "rule:cue",
  "type:rule&how:colon": "rule:colon-lead",
  "type:rule&how:reported": "rule:reported-lead",
  "type:rule&how:continued": "rule:continued",
};

export function candidateScore(model: SpeakerModel, c: SpeakerCandidate): number {
  let s = model.salience * c.salience;
  for (const f of c.features) s += model.weights[f] ?? 0;
  return s;
}

/** The best entity, its pooled probability as confidence, and the cues among its candidates, in words. */
export function chooseSpeaker(model: SpeakerModel, cands: readonly SpeakerCandidate[]): SpeakerChoice {
  if (!cands.length) return { entity: null, confidence: 0, signals: [] };
  const scores = cands.map((c) => candidateScore(model, c));
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  // Candidates naming the same entity share their probability: the choice is an entity, not a mention.
  const byEntity = new Map<string | null, number>();
  cands.forEach((c, i) => byEntity.set(c.entity, (byEntity.get(c.entity) ?? 0) + exp[i]));
  const total = exp.reduce((a, b) => a + b, 0);
  let entity: string | null = cands[0].entity;
  for (const [e, p] of byEntity) if (p > byEntity.get(entity)!) entity = e;
  const confidence = byEntity.get(entity)! / total;
  const said = new Set(
    cands.filter((c) => c.entity === entity).flatMap((c) => c.features.flatMap((f) => SIGNALS[f] ?? [])),
  );
  return {
    entity,
    confidence: Math.round(confidence * 100) / 100,
    signals: [`ranker:${confidence.toFixed(2)}`, ...[...said].sort()],
  };
}
