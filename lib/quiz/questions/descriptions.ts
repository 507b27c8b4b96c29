/** Description facts: "Which organisation does the article describe as “…”?" */
import type { Cluster, Corpus, CDescription } from "./corpus";
import { inCruft, sourceOf } from "./corpus";
import { factIndex } from "./fact-index";
import { baseQuestion, choiceOptions, emptyDraft, type Draft } from "./draft";
import { mentions, pickEntities } from "./distractors";
import { tagsOf } from "./validity";
import { bare, norm, startsWithUnresolvedReference, stripOuterQuotes, words, cite } from "./text";

/** A definite phrase that only makes sense with the sentences around it ("the agency", "the two agencies"). */
const CONTEXT_BOUND =
  /\b(?:the|these|those|both)\s+(?:two\s+|three\s+)?(?:agency|agencies|unit|units|cell|company|firm|organi[sz]ation|body|department|office|group|latter|former|above)\b(?!\s+(?:(?:of|for)\s+[A-Z]|that|which|who|responsible))/i;

/** “a Florida news organization” reads after "as"; a verb phrase (“represents trial lawyers”) needs "one that". */
export function describedAs(text: string): string {
  const first = text.split(/\s+/)[0] ?? "";
  const verb = (w: string) => tagsOf(w).some((t) => /^(?:PresentTense|PastTense|Infinitive)$/.test(t));
  if (verb(first) || (/^[a-z]+s$/.test(first) && verb(first.slice(0, -1)))) return `one that “${text}”`;
  // "solar energy company", read from "… solar energy company ZonBak": a singular noun needs its article
  const last = text.split(/\s+/).at(-1) ?? "";
  const bareNoun =
    /^[a-z]/.test(text) &&
    !/^(?:a|an|the|one|its|their|his|her|our|my|your|this|that|these|those|some|any|every|each|no|\d)\b/i.test(text) &&
    // "largest retailer", "first bank": a superlative or an ordinal takes "the", not "a"
    !/^(?:\w+est|most|least|first|second|third|only|last|sole)\b/i.test(text) &&
    /^[a-z]+$/.test(last) &&
    (!/s$/.test(last) || /ss$/.test(last)) &&
    !tagsOf(last).some((t) => /Verb|Tense|Adverb|Infinitive|Gerund/.test(t)) &&
    !/\s(?:of|for|in|at|on|with|to)\s/.test(text);
  return bareNoun ? `${/^[aeiou]/i.test(text) ? "an" : "a"} “${text}”` : `“${text}”`;
}

export function descriptionText(d: CDescription): string {
  return stripOuterQuotes(d.text.trim())
    .replace(/[.;,]+$/, "")
    .replace(/^(?:is|are|was|were)\s+/i, "");
}

export function descriptionIdentity(d: CDescription): string {
  return `${d.slug}|description|${d.subjectC?.key ?? "?"}|${bare(descriptionText(d)).slice(0, 120)}`;
}

export function descriptionProblems(corpus: Corpus, d: CDescription): string[] {
  const p: string[] = [];
  const text = descriptionText(d);
  const s = d.subjectC;
  if (!s) p.push(`the described subject “${d.subject}” is not an entity of the article`);
  else {
    if (s.kind !== "organization") p.push(`the described subject “${s.name}” is a ${s.kind}, not an organisation`);
    if (mentions(text, s)) p.push("the description names its own subject");
  }
  if (words(text).filter((w) => w.length > 2).length < 3) p.push("the description is too short to identify anything");
  if (words(text).length > 40) p.push("the description is too long for a question");
  // "points out that this will also appeal to …": what someone says, not what the body is
  if (
    /^(?:points?\s+out|says?|said|adds?|added|notes?|noted|argues?|argued|claims?|claimed|believes?|believed|warns?|warned|insists?|insisted|explains?|explained)\b/i.test(
      text.trim(),
    )
  )
    p.push("the description reports what someone says, not what the body is");
  // "the Wine Standards Board", read from a list of bodies: a name, not a description
  const content = text
    .replace(/^(?:the|a|an)\s+/i, "")
    .split(/\s+/)
    .filter((w) => !/^(?:of|for|and|the|in|on|&)$/i.test(w));
  if (content.length && content.every((w) => /^[A-Z]/.test(w))) p.push("the description is a name, not a description");
  if (startsWithUnresolvedReference(text) || /\b(?:it|its|they|their|he|his|she|her)\b/i.test(text))
    p.push("the description contains an unresolved pronoun");
  if (/\b(?:we|our|us|my|i)\b/i.test(text.replace(/\bU\.?S\.?\b/g, "")))
    p.push("the description is in the first person: someone's words, not the article's");
  if (CONTEXT_BOUND.test(text)) p.push("the description leans on a phrase only its surrounding sentences explain");
  if (!norm(d.evidence.sentence).includes(norm(text).slice(0, 30)))
    p.push("the description is not in its evidence sentence");
  if (inCruft(corpus, d.slug, d.evidence.start, d.evidence.end)) p.push("built from page cruft");
  return p;
}

/** Organisations that the corpus describes in a similar way (so never wrong answers). */
export function describedAlike(corpus: Corpus, d: CDescription): Cluster[] {
  return factIndex(corpus).describedLike(d.text);
}

/** The noun a description makes its subject: "channel" of "a US Spanish-language channel that …". */
export function kindWord(text: string): string | undefined {
  // "one of the world's largest food companies": the kind is the plural after "one of"
  const rest = text.replace(/^(?:one|among)\s+(?:of\s+)?/i, "");
  // "a delegate serving on the rules committee": a participle after the noun opens what it does
  const main =
    rest.split(
      /\s+(?:of|that|which|who|for|with|in|on|at|based|founded|whose)\b|\s+[a-z]+ing\s+(?:on|in|at|as|for|with|to|from|the|a|an)\b|,/,
    )[0] ?? "";
  const w = words(main).at(-1);
  return w && w.length > 2 ? w.replace(/ies$/, "y").replace(/s$/, "") : undefined;
}

const KINDS = new WeakMap<Corpus, Map<Cluster, Set<string>>>();

/** The kind words each body of the corpus is described with or named by ("channel", "network", "union"). */
function kindsOf(corpus: Corpus): Map<Cluster, Set<string>> {
  let m = KINDS.get(corpus);
  if (m) return m;
  m = new Map();
  const add = (c: Cluster, w: string | undefined) => w && m!.set(c, (m!.get(c) ?? new Set()).add(w));
  for (const x of corpus.descriptions) if (x.subjectC) add(x.subjectC, kindWord(descriptionText(x)));
  for (const c of corpus.clusters)
    if (c.kind === "organization") add(c, words(c.name).at(-1)?.replace(/ies$/, "y").replace(/s$/, ""));
  KINDS.set(corpus, m);
  return m;
}

/** Bodies of the kind a description names ("firm" for "a digital security firm"); undefined when it names none. */
export function ofDescribedKind(corpus: Corpus, text: string): ((c: Cluster) => boolean) | undefined {
  const head = kindWord(text);
  return head ? (c) => kindsOf(corpus).get(c)?.has(head) ?? false : undefined;
}

/** Nouns that say what kind of body something is: an airline is no "security firm". */
const BODY_KIND =
  /^(?:firm|company|corporation|business|agency|airline|bank|channel|network|broadcaster|newspaper|paper|magazine|outlet|site|union|party|charity|university|college|school|hospital|court|army|militia|regulator|watchdog|think-tank|tank|institute|lab|laboratory|startup|manufacturer|retailer|insurer|carrier|maker|group|organisation|organization|department|ministry|committee|council|commission)$/;

/**
 * Another body a false statement may give the description to: when the description names a kind of body,
 * one of that kind; when it names none ("a component of the Cyber Division", "a neo-Gothic mansion"), none.
 */
export function mayBeDescribedAs(corpus: Corpus, text: string): (c: Cluster) => boolean {
  const head = kindWord(text);
  // a description that names no kind of body ("a spectacular neo-Gothic mansion") given to another body is
  // absurd more often than false: none is offered
  return head && BODY_KIND.test(head) ? (c) => kindsOf(corpus).get(c)?.has(head) ?? false : () => false;
}

/**
 * "one of the leading providers of online advertising", "a major bank": a rank or a class many bodies share.
 * Said of another body of the article (a rival), it may well be true: no false statement or wrong option
 * is made with it.
 */
export function sharedByMany(text: string): boolean {
  return /^(?:one\s+of\b|among\b|(?:a|an)\s+(?:leading|major|top|big|large|prominent|key|well-known|popular)\b)/i.test(
    text.trim(),
  );
}

export function describeChoice(corpus: Corpus, d: CDescription): Draft {
  const identity = descriptionIdentity(d);
  const text = descriptionText(d);
  const s = d.subjectC;
  const q = baseQuestion({
    kind: "single_choice",
    factKind: "description",
    identity,
    variant: "which",
    prompt: `Which organisation does the article describe as ${describedAs(text)}?`,
    explanation: s ? `The article says so of ${s.name}: ${cite(d.evidence.sentence)}` : "",
    source: sourceOf(d.slug, d.evidence),
  });
  const problems = descriptionProblems(corpus, d);
  if (sharedByMany(text))
    problems.push("the description names a rank or a class other bodies of the article may share");
  if (!s) return emptyDraft(q, { problems });
  const head = kindWord(text);
  const picks = pickEntities(corpus, s, {
    n: 3,
    seed: q.id,
    slug: d.slug,
    eligible: factIndex(corpus).isDescribedOrNamed,
    trueOf: describedAlike(corpus, d),
    mentioned: text,
    // bodies named in the same story: one from another story is of another kind
    sameArticle: true,
    // and of the kind the description names: channels for "a Spanish-language channel", not "TV" or a magazine
    fits: ofDescribedKind(corpus, text),
  });
  if (picks.length < 2) problems.push(`too few other ${head ? `${head}s` : "bodies"} in the article to choose among`);
  const { options, answer } = choiceOptions(q.id, s.name, picks);
  q.options = options;
  q.answer = answer;
  return emptyDraft(q, {
    key: s.name,
    keyKind: "organization",
    distractors: picks.map((t) => ({ text: t, kind: "organization" as const })),
    support: [text.slice(0, 30)],
    problems,
    closeness: 0.5,
  });
}
