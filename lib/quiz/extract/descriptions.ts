import type { Evidence } from "../types";
import { COMPANY_SUFFIX, ORG_KIND_NOUNS, ORG_NOUNS, SPEECH_VERBS } from "./lexicon";

/**
 * What an organisation is or does, as the text states it by apposition or copula. Works on a
 * sentence and the organisation mentions in it; returns the description text and which mention
 * (by index in `orgs`) it describes, or a name for an organisation no rule has met yet.
 */
export type OrgRef = { start: number; end: number; name: string; entity: string; head: string; first: boolean };
export type FoundDescription = {
  subject: string;
  text: string;
  evidence: Evidence;
  newOrg?: string;
  how: DescriptionForm;
};
/** The construction a description was read from. */
export type DescriptionForm =
  | "appositive-before"
  | "kind-before"
  | "copula"
  | "appositive"
  | "which-is"
  | "which-does"
  | "participle"
  | "bare"
  | "definite-noun"
  | "copula-lead";

const NOUN_ALT = [...ORG_NOUNS].join("|");
// The head noun is lower-case: "the UK's signals intelligence agency, GCHQ" (not "The European Commission, the EU").
const APPOS_BEFORE = new RegExp(
  String.raw`(?:^|[,;]\s*|\b(?:and|but)\s+)((?:[Tt]he|[Ii]ts|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w.]*['’]s)\s+(?:[\w’'-]+\s+){0,6}(?:${NOUN_ALT}))\s*,\s*(?:the\s+)?$`,
);
// "the market leader" is a kind of organisation; a leader alone is a person.
const KIND_ALT = [...ORG_KIND_NOUNS, String.raw`(?<=(?:market|industry|sector)\s)leader`].join("|");
/**
 * Any appositive noun phrase after an organisation that ends in a kind of organisation, up to the next comma:
 * ", a leading provider of warehouse systems,", ", the EU's executive arm,", ", a British-American non-profit,".
 */
const KIND_APPOS_AFTER = new RegExp(
  String.raw`^\s*,\s+((?:a|an|the|[A-Z][\w.-]*['’]s?)\s+(?:[\w’'-]+\s+){0,6}?(?:${KIND_ALT})(?:\s+(?:of|for|in|on|by|based|that|which|whose|with|representing|serving|covering)\s+[^,;()“"]{1,80}?)?)(?=\s*(?:[,;]|\.\s*$|\.$|$))`,
);
/** ", which regulates the nation's airspace," — what it does, in the present tense. */
// (or in the past: ", which mediated earlier rounds,"); a number's thousands comma does not end it.
const WHICH_DOES =
  /^\s*,\s*which\s+((?!is\b|was\b|has\b|had\b|does\b|says\b|said\b|declined\b|did\b|were\b|would\b|could\b|added\b|told\b|stated\b|called\b)[a-z]+(?:s|ed)\b(?:[^,;“"]|,(?=\d{3}\b))*)/;
/** ", which is a part of GCHQ,", ", which was once the largest maker of typewriters,": what it is or was, by a relative copula. */
const WHICH_IS = new RegExp(
  String.raw`^\s*,\s*which\s+(?:is|was)(?:\s+once)?\s+((?:a|an|the)\s+(?:[\w’'-]+\s+){0,6}?(?:part|member|${[...ORG_KIND_NOUNS].join("|")})\b[^,;“"]*)(?=,|\.\s*$|\.$)`,
);
/** "market leader Acme", "chipmaker Nvidia", "retail giant Walmart": a lower-case kind of organisation right before its name. */
const KIND_BEFORE = new RegExp(
  String.raw`(?:^|[^\w’'-])((?:(?:market|industry|world|global|sector)\s+leader)|(?:(?!(?:of|the|a|an|in|on|at|by|for|to|from|with|and|or|said|says)\s)[a-z][\w-]*\s+){0,2}(?:giant|rival|[a-z]*maker|${[...ORG_KIND_NOUNS].filter((n) => !/^(?:body|office|service|team|board|force|court|party|campaign|union)$/.test(n)).join("|")}))\s+$`,
);
const APPOS_AFTER = new RegExp(
  String.raw`^\s*,\s+((?:a|an|the)\s+(?:[\w’'-]+\s+){0,6}(?:${NOUN_ALT}|group|organisation|organization|charity|nonprofit|watchdog|regulator|body))(?=\s*[,.;]|\s+(?:that|which|based|for|in|of|by)\b)`,
  "i",
);
const CALLED_BEFORE = /\b((?:a|an|the)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+(?:called|named|known as)\s+(?:the\s+)?$/i;
/** "is a …", "was once the …", "is one of the largest …": what it is or was, by a copula after the name. */
const COPULA_AFTER =
  /^(?:\s*,\s*which\s[^,]*(?:,[^,]*)?,)?\s+(?:is|are|was|were|remains|serves as|acts as|was set up as|was created as)(?:\s+(?:once|still|now))?\s+((?:a|an|the|its|one of the|[A-Z][\w.]*['’]s)\s.+)$/;
const PARTICIPLE_AFTER =
  /^\s*,\s+((?:comprised|composed|made up|consisting|formed|created|set up|based|charged|tasked|responsible)\b.*)$/;
const BARE_APPOS_AFTER = new RegExp(
  String.raw`^\s+(the\s+(?:[a-z’'-]+\s+){0,5}(?:${NOUN_ALT}|centre|center)\s+(?:which|that|who)\s.+)$`,
);
const DEFINITE = new RegExp(
  String.raw`(?:^|:\s+)["“]?The\s+(?:[A-Za-z][\w-]*-based\s+|[a-z]+\s+)?(${NOUN_ALT})\s+((?:(?:is|are)\s+(?:a|an|the|its|their|one|part|responsible|home|[a-z]+ed|made|run|led|set)|was said to|(?:has|have)(?!\s+been\b))\b.+|(?!is\b|was\b|has\b|does\b|says\b)[a-z]+s\b.+)$`,
);

const clean = (s: string) =>
  s
    .replace(/[“”"]/g, "")
    .replace(/[\s.,;:]+$/, "")
    .trim();

export function describe(
  ev: Evidence,
  orgs: OrgRef[],
  inQuote: (offset: number) => boolean,
  recent: OrgRef[],
  verbAt?: (offset: number) => boolean,
): FoundDescription[] {
  const out: FoundDescription[] = [];
  const s = ev.sentence;
  for (const o of orgs) {
    const before = s.slice(0, o.start - ev.start);
    // "Acme Robotics, Inc. (NASDAQ: ACME), a leading …": the company form and a ticker are skipped.
    const after = s
      .slice(o.end - ev.start)
      .replace(/^\.(?=,|\s+[a-z])/, "")
      .replace(COMPANY_SUFFIX, "")
      .replace(/^\s*\([^)]*\)/, "");
    if (inQuote(o.start)) continue;
    const ap = APPOS_BEFORE.exec(before) ?? CALLED_BEFORE.exec(before) ?? ONE_OF_BEFORE.exec(before);
    if (ap) out.push({ subject: o.entity, text: clean(ap[1]), evidence: ev, how: "appositive-before" });
    const kind = ap ? undefined : kindPhrase(before, (o) => verbAt?.(ev.start + o) ?? false);
    if (kind) out.push({ subject: o.entity, text: kind, evidence: ev, how: "kind-before" });
    const clauseStart =
      /(?:^|,\s*)(?:the\s+)?$/i.test(before) || /^(?:within|in|at|for|under)\b[^,]*,\s*(?:the\s+)?$/i.test(before);
    // "The bank, Grayson Trust, is the oldest lender": the name in apposition, then the copula.
    const cop = clauseStart ? COPULA_AFTER.exec(ap ? after.replace(/^\s*,(?=\s)/, "") : after) : null;
    if (cop) out.push({ subject: o.entity, text: clean(cutClause(cop[1])), evidence: ev, how: "copula" });
    const appos = KIND_APPOS_AFTER.exec(after) ?? APPOS_AFTER.exec(after) ?? ONE_OF_AFTER.exec(after);
    if (appos && !speechIn(appos[1]))
      out.push({ subject: o.entity, text: clean(appos[1]), evidence: ev, how: "appositive" });
    // ", which is a part of GCHQ,": what it is, by a relative copula.
    const whichIs = WHICH_IS.exec(after);
    if (whichIs) out.push({ subject: o.entity, text: clean(whichIs[1]), evidence: ev, how: "which-is" });
    const which = WHICH_DOES.exec(after);
    if (which) out.push({ subject: o.entity, text: clean(which[1]), evidence: ev, how: "which-does" });
    const part = PARTICIPLE_AFTER.exec(after);
    if (part) out.push({ subject: o.entity, text: clean(listAppositive(part[1])), evidence: ev, how: "participle" });
  }
  const bare = /([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,4})(\s+the\s+[a-z].*)$/.exec(s);
  if (bare) {
    const m = BARE_APPOS_AFTER.exec(bare[2]);
    if (m && !inQuote(ev.start + bare.index))
      out.push({ subject: "", newOrg: bare[1], text: clean(m[1]), evidence: ev, how: "bare" });
  }
  const def = DEFINITE.exec(s);
  if (def && !SPEECH_VERBS.has(def[2].split(/\s+/)[0])) {
    const noun = def[1].toLowerCase();
    const ref = [...recent].reverse().find((r) => r.head === noun) ?? [...recent].reverse().find((r) => r.first);
    if (ref) out.push({ subject: ref.entity, text: clean(def[2]), evidence: ev, how: "definite-noun" });
  }
  return out;
}

/**
 * "chipmaker Nvidia", "industry magazine Broadcast": the kind of organisation the text before a name ends in, without
 * a verb before it ("The ruling hit chipmaker Nvidia" → "chipmaker"; `verbAt` says whether the word at a sentence
 * offset is a verb in context).
 */
function kindPhrase(text: string, verbAt?: (offset: number) => boolean): string | undefined {
  // "Market leader Acme", "Chipmaker Nvidia": a kind that opens the sentence is capitalised only for that.
  const before = /^[A-Z][a-z-]+(?:\s+[a-z-]+)?\s+$/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
  const m = KIND_BEFORE.exec(before);
  if (!m || /^(?:the|a|an|its|their|his|her)$/i.test(m[1])) return undefined;
  if (/^(?:market|industry|world|global|sector)\s+leader$/.test(m[1])) return m[1];
  const words = clean(m[1]).split(/\s+/);
  // The kind phrase starts after the last verb in it.
  let at = m.index + m[0].indexOf(m[1]);
  let k = 0;
  words.slice(0, -1).forEach((w, i) => {
    if (verbAt?.(at)) k = i + 1;
    at += w.length + 1;
  });
  return words.slice(k).join(" ");
}
export const kindBefore = (before: string) => kindPhrase(before) !== undefined;

const KIND_PLURALS = [...ORG_KIND_NOUNS].map((k) => `${k.replace(/y$/, "(?:y|ie)")}s`).join("|");
/** "One of the world's largest food companies, Tyson Foods": one of a kind of organisation, before the name. */
const ONE_OF_BEFORE = new RegExp(
  String.raw`(?:^|[,;]\s*)((?:[Oo]ne|[Aa]mong)\s+(?:of\s+)(?:the\s+|its\s+|[A-Z][\w.]*['’]s\s+)?(?:[\w’'-]+\s+){0,6}?(?:${KIND_PLURALS}))\s*,\s*(?:the\s+)?$`,
);

/** ", one of the largest battery makers in Texas,": one of a kind of organisation, after the name. */
const ONE_OF_AFTER = new RegExp(
  String.raw`^\s*,\s+(one\s+of\s+(?:the\s+|its\s+|[A-Z][\w.]*['’]s\s+)(?:[\w’'-]+\s+){0,6}?(?:${KIND_PLURALS})(?:\s+(?:of|for|in|on|by|based)\s+[^,;()“"]{1,80}?)?)(?=\s*(?:[,;]|\.\s*$|\.$|$))`,
);

const speechIn = (t: string) =>
  t.split(/\s+/).some((w) => SPEECH_VERBS.has(w) && !/^(?:reads|read|notes|posts|claims|comments|remarks)$/.test(w));

/**
 * A capitalised name no rule has classed, followed by an appositive whose head is a kind of organisation
 * ("Action Fraud, the UK's national reporting centre for fraud,"): the name is an organisation.
 */
export function unknownOrgAppositive(name: string, after: string): string | undefined {
  const m = KIND_APPOS_AFTER.exec(after) ?? APPOS_AFTER.exec(after) ?? ONE_OF_AFTER.exec(after);
  return m && !speechIn(m[1]) && /^[A-Z]/.test(name) ? clean(m[1]) : undefined;
}

/** "comprised of a, b, and c, held its meeting" → "comprised of a, b, and c": list items continue, a clause ends it. */
function listAppositive(text: string): string {
  const parts = text.split(/,\s*/);
  let n = 1;
  while (n < parts.length && (parts[n].split(/\s+/).length <= 3 || /^(?:and|or)\s/.test(parts[n]))) {
    n++;
    if (/^(?:and|or)\s/.test(parts[n - 1])) break;
  }
  return parts.slice(0, n).join(", ");
}

function cutClause(text: string): string {
  // "was Warren's brainchild and was created as …": a second predicate is no part of what it is.
  return text.replace(/\s*[;:].*$/, "").replace(/\s+and\s+(?:is|was|are|were|has|had|have)\s.*$/, "");
}
