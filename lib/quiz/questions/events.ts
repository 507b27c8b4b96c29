/** Event facts: "When did this happen?" with dates shifted at the same granularity. */
import type { Corpus, CEvent } from "./corpus";
import { inCruft, sourceOf } from "./corpus";
import { isRelativeWhen, parseWhen, shiftedDates } from "./dates";
import { baseQuestion, choiceOptions, emptyDraft, type Draft } from "./draft";
import { hash32 } from "./hash";
import { bare, capitalizeFirst, hasRelativeTime, norm, startsWithUnresolvedReference, words, cite } from "./text";

const DATEISH = /\b(?:1[89]\d\d|20\d\d|january|february|march|april|june|july|august|september|october|november|december)\b/i;

export function eventIdentity(e: CEvent): string {
  return `${e.slug}|event|${bare(e.when)}|${bare(e.what).slice(0, 100)}`;
}

/** The event's description as a stand-alone phrase, or a reason why it is not one. */
export function eventPhrase(e: CEvent): { text: string; problems: string[] } {
  const text = capitalizeFirst(e.what.trim().replace(/[.;,]+$/, "").replace(/\s+/g, " "));
  const p: string[] = [];
  const n = words(text).length;
  if (n < 4 || n > 28) p.push(`the event description has ${n} words (want 4–28)`);
  if (DATEISH.test(text) || norm(text).includes(norm(e.when))) p.push("the event description contains its own date");
  if (hasRelativeTime(text)) p.push("the event description has a relative time word");
  if (startsWithUnresolvedReference(text)) p.push("the event description starts with an unresolved pronoun");
  if (/["“”]/.test(text)) p.push("the event description contains a quotation");
  return { text, problems: p };
}

export function eventProblems(corpus: Corpus, e: CEvent): string[] {
  const p: string[] = [];
  if (!norm(e.evidence.sentence).includes(norm(e.when))) p.push("the date is not in the evidence sentence");
  if (inCruft(corpus, e.slug, e.evidence.start, e.evidence.end)) p.push("built from page cruft");
  return p;
}

/** An absolute date that the article states in full, so a learner can be asked for it. */
export function askableWhen(e: CEvent): boolean {
  const w = parseWhen(e.when);
  return !!w && !w.relative && w.gran !== "range" && !isRelativeWhen(e.when);
}

export function whenChoice(corpus: Corpus, e: CEvent): Draft | undefined {
  if (!askableWhen(e)) return undefined;
  const phrase = eventPhrase(e);
  const identity = eventIdentity(e);
  const when = e.when.trim();
  const q = baseQuestion({
    kind: "single_choice", factKind: "event", identity, variant: "when",
    prompt: `According to the article, when did this happen: “${phrase.text}”?`,
    explanation: `The article dates it to ${when}: ${cite(e.evidence.sentence)}`,
    source: sourceOf(e.slug, e.evidence),
  });
  const wrong = shiftedDates(when, 3, hash32(q.id) % 6);
  const { options, answer } = choiceOptions(q.id, when, wrong);
  q.options = options;
  q.answer = answer;
  return emptyDraft(q, {
    key: when, keyKind: "date", distractors: wrong.map((text) => ({ text, kind: "date" as const })),
    support: [when],
    problems: [...phrase.problems, ...eventProblems(corpus, e)],
    closeness: 0.7,
  });
}
