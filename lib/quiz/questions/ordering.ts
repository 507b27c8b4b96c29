/**
 * Ordering: 3–5 dated events of one article into time order, only where the
 * article fixes the order — every two dates are disjoint intervals at their
 * stated granularity ("2013" and "April 2013" cannot be ordered).
 */
import { eventDoubts } from "./trust";
import type { Corpus, CEvent, InScope } from "./corpus";
import { sourceOf } from "./corpus";
import { isRelativeWhen, parseWhen, type When } from "./dates";
import { baseQuestion, emptyDraft, type Draft } from "./draft";
import { eventIdentity, eventPhrase, eventProblems } from "./events";
import { dateOfOtherClause } from "./event-text";
import { seededShuffle } from "./hash";
import { bare } from "./text";
import { corpusText } from "./text-index";
import { escapeRe } from "../../regex";

const RECENT =
  /^(?:(?:on\s+)?(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday|this week)$/i;
/** A sentence that reports something done or past (not scheduled, not ongoing). */
const PAST =
  /\b(?:was|were|had|did|began|became|created|announced|held|formed|founded|launched|took|made|said|signed|culminated|served|reported|opened|started|\w+ed)\b/i;
const FUTURE = /\b(?:will|shall|scheduled|is to|are to|going to|plans? to|from\s+\d|next|upcoming|expected)\b/i;

type Dated = { e: CEvent; w: When; phrase: string };

/**
 * A date that does not say when the sentence's event happened: the end of a span ("extended the deadline until 15
 * July 2006") or a year that names a thing ("calling for the 1998 agreement's abrogation").
 */
export function notWhenItHappened(sentence: string, when: string): boolean {
  const w = escapeRe(when.trim());
  return (
    new RegExp(`\\b(?:until|till|through|by|before|ahead\\s+of)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?${w}\\b`, "i").test(
      sentence,
    ) || new RegExp(`\\b(?:the|a|an|its|their|his|her|this|that|our|[A-Za-z]+['’]s)\\s+${w}\\s+[a-z]`).test(sentence)
  );
}

/**
 * Orderable events of one article. An unanchored "recent" day (Friday, today)
 * is the time of reporting: it may close a sequence of explicitly dated past
 * events, and nothing else.
 */
export function orderableEvents(corpus: Corpus, slug: string, events: CEvent[]): Dated[] {
  const published = corpusText(corpus).published(slug);
  const dated: Dated[] = [];
  let recent: CEvent | undefined;
  for (const e of events) {
    const ph = eventPhrase(e, corpus);
    if (ph.problems.length || eventProblems(corpus, e).length || eventDoubts(corpus, e).length) continue;
    if (dateOfOtherClause(e.evidence.sentence, e.when, ph.text) || notWhenItHappened(e.evidence.sentence, e.when))
      continue;
    const w = parseWhen(e.when, published);
    // "a speech in Cleveland on Monday, followed by one in Pittsburgh on Tuesday" (scheduled), "will appear in the
    // debate Tuesday": a weekday may be before or after the day of writing; only a past report fixes which
    const sentence = e.evidence.sentence;
    if (w?.relative && (FUTURE.test(sentence) || !PAST.test(sentence))) continue;
    if (w) dated.push({ e, w, phrase: ph.text });
    else if (!recent && isRelativeWhen(e.when) && RECENT.test(e.when.trim())) recent = e;
  }
  dated.sort((a, b) => a.w.start - b.w.start || a.w.end - b.w.end || (bare(a.phrase) < bare(b.phrase) ? -1 : 1));
  const chosen: Dated[] = [];
  for (const d of dated) {
    if (chosen.some((c) => c.w.end >= d.w.start && d.w.end >= c.w.start)) continue;
    if (chosen.some((c) => bare(c.phrase) === bare(d.phrase))) continue;
    chosen.push(d);
  }
  // drop any item that overlapped a skipped one: its place in the order is not fixed
  const fixed = chosen.filter(
    (c) => !dated.some((d) => d !== c && !chosen.includes(d) && c.w.end >= d.w.start && d.w.end >= c.w.start),
  );
  if (
    recent &&
    fixed.length &&
    fixed.every((d) => !d.w.relative && PAST.test(d.e.evidence.sentence) && !FUTURE.test(d.e.evidence.sentence))
  ) {
    fixed.push({
      e: recent,
      w: { start: Infinity, end: Infinity, gran: "day", relative: true },
      phrase: eventPhrase(recent, corpus).text,
    });
  }
  return fixed;
}

export function orderingDrafts(corpus: Corpus, inScope: InScope = () => true): Draft[] {
  const out: Draft[] = [];
  const bySlug = new Map<string, CEvent[]>();
  for (const e of corpus.events) {
    const list = bySlug.get(e.slug) ?? [];
    list.push(e);
    bySlug.set(e.slug, list);
  }
  for (const a of corpus.articles) {
    const slug = a.article.slug;
    if (!inScope(slug)) continue;
    let items = orderableEvents(corpus, slug, bySlug.get(slug) ?? []);
    if (items.length < 3) continue;
    if (items.length > 5)
      items = items.filter((_, i) => i % Math.ceil(items.length / 5) === 0 || i === items.length - 1).slice(-5);
    const identity = items.map((d) => eventIdentity(d.e)).join("+");
    const q = baseQuestion({
      kind: "ordering",
      factKind: "event",
      identity,
      prompt: "Put these events from the article in time order, earliest first.",
      explanation:
        "The article dates them: " + items.map((d) => `${d.phrase} (${d.e.when.trim()})`).join("; then ") + ".",
      source: sourceOf(slug, items[0].e.evidence),
    });
    const shown = seededShuffle(items, q.id + "/items");
    // a shuffle that happens to leave the order intact would give the answer away
    if (shown.every((d, i) => d === items[i])) shown.push(shown.shift()!);
    q.items = shown.map((d, i) => ({ id: `e${i + 1}`, text: d.phrase }));
    q.answer = items.map((d) => `e${shown.indexOf(d) + 1}`);
    out.push(emptyDraft(q, { problems: [], closeness: 0.6, prominence: 0.5 }));
  }
  return out;
}
