import type { QuoteSpan } from "./quotes";
import { kindOf, sentenceAt, type ArticleScope } from "./scope";
import type { SpeakerCandidate } from "./speaker-candidates";
import { candidateScore, type SpeakerChoice, type SpeakerModel } from "./speaker-model";

/** "… in which Adelson said: “…”": a person named right before a speech verb and a colon that open the quotation. */
const SAID_COLON =
  /^\s+(?:\w+ly\s+)?(?:said|says|added|adds|wrote|writes|stated|states|declared|explained|tweeted|replied|responded)\s*:\s*[“"]?\s*$/;

/**
 * The person who "said:" right before the quotation speaks it, whoever else the sentence names as its source
 * ("a blogger reported … video of Adelson …, in which Adelson said: …"). Where the ranker preferred someone
 * else, the speaker is that person and the confidence is the ranker's probability for them, so a question on
 * it is held back for a check rather than keyed on a guess.
 */
export function saidColonOverride(
  scope: ArticleScope,
  q: QuoteSpan,
  ranked: SpeakerChoice,
  model: SpeakerModel,
  cands: readonly SpeakerCandidate[],
): SpeakerChoice {
  const si = sentenceAt(scope, q.start);
  const lead = (scope.bySentence.get(si) ?? []).find(
    (m) =>
      m.end <= q.start && kindOf(scope, m.entity) === "person" && SAID_COLON.test(scope.body.slice(m.end, q.start)),
  );
  if (!lead?.entity || lead.entity === ranked.entity) return ranked;
  const raw = cands.map((c) => candidateScore(model, c));
  const top = Math.max(...raw);
  const scores = raw.map((v) => Math.exp(v - top));
  const total = scores.reduce((a, b) => a + b, 0);
  const mine = scores.reduce((a, v, i) => a + (cands[i].entity === lead.entity ? v : 0), 0);
  const confidence = total ? Math.round((mine / total) * 100) / 100 : 0;
  return { entity: lead.entity, confidence, signals: [`ranker:${confidence.toFixed(2)}`, "rule:said-colon"] };
}
