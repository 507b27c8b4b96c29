import type { Support } from "../types";

/**
 * Confidence of the rule-read facts (roles, acronyms, descriptions, events), per the pattern that read them.
 * These are priors set by how specific each pattern is, not measured rates: the gold sets that could measure
 * them were tuned on (quote speakers get the ranker's probability instead). The pattern's name is the fact's
 * first signal.
 */
export const PATTERN_CONFIDENCE = {
  // acronyms: the bracket or "or" beside the long form, and whether its initials are exactly the letters
  "acronym:paren": 0.9,
  "acronym:short-first": 0.85,
  "acronym:or": 0.85,
  "acronym:dash": 0.8,
  "acronym:bare": 0.7,
  "acronym:footnote": 0.85,
  "acronym:initialism": 0.75,
  // roles
  "role:title-before-name": 0.9,
  "role:appositive": 0.85,
  "role:title-before-comma": 0.8,
  "role:lower-title": 0.75,
  "role:joined-as": 0.7,
  "role:served-as": 0.7,
  "role:copula": 0.7,
  "role:title-coreference": 0.6,
  // descriptions
  "description:appositive-before": 0.8,
  "description:kind-before": 0.7,
  "description:copula": 0.75,
  "description:appositive": 0.8,
  "description:which-is": 0.75,
  "description:which-does": 0.7,
  "description:participle": 0.7,
  "description:bare": 0.6,
  "description:definite-noun": 0.6,
  "description:copula-lead": 0.8,
  // events: how precisely the text dates it
  "event:date": 0.95,
  "event:month-year": 0.9,
  "event:year": 0.85,
  "event:month": 0.75,
  "event:relative": 0.7,
  "event:holiday": 0.7,
  "event:vague": 0.5,
} as const;

export type Pattern = keyof typeof PATTERN_CONFIDENCE;

/** A fact's support: its pattern's prior, lowered by 0.1 per weakening signal (e.g. "org:by-noun"), with every signal named. */
export function support(pattern: Pattern, extra: string[] = [], weaker = 0): Required<Support> {
  const confidence = Math.max(0.05, Math.round((PATTERN_CONFIDENCE[pattern] - 0.1 * weaker) * 100) / 100);
  return { confidence, signals: [pattern, ...extra] };
}
