/** Event facts: "When did this happen?" with dates shifted at the same granularity. */
import { withFirstNames } from "./full-names";
import type { Cluster, Corpus, CEvent } from "./corpus";
import { inCruft, sourceOf } from "./corpus";
import { isRelativeWhen, parseWhen, publishedDay, shiftedDates } from "./dates";
import { baseQuestion, choiceOptions, emptyDraft, type Draft } from "./draft";
import { hash32 } from "./hash";
import { eventItemText, itemProblems } from "./event-text";
import { inSentence } from "./naming";
import { bare, capitalizeFirst, cite, norm, startsWithUnresolvedReference, words } from "./text";
import { BLANK, balanceQuotes, dateCore, findTerm } from "./cloze-text";

export function eventIdentity(e: CEvent): string {
  return `${e.slug}|event|${bare(e.when)}|${bare(e.what).slice(0, 100)}`;
}

/**
 * The event as a stand-alone phrase without its date: the extractor's `what`
 * when it is already one, else made from the evidence sentence.
 */
export function eventPhrase(e: CEvent, corpus?: Corpus): { text: string; problems: string[] } {
  const what = capitalizeFirst(
    e.what
      .trim()
      .replace(/[.;,]+$/, "")
      .replace(/\s+/g, " "),
  );
  if (!itemProblems(what).length && !norm(what).includes(norm(e.when))) return { text: what, problems: [] };
  // "its launch": the organisation named last before it
  const nameBefore = (text: string) => {
    if (!corpus) return undefined;
    let best: { at: number; name: string } | undefined;
    for (const c of organisations(corpus))
      for (const s of c.surfaces) {
        const at = text.lastIndexOf(s);
        if (at >= 0 && /^\W?$/.test(text.charAt(at + s.length).replace(/\s/, "")) && (!best || at > best.at))
          best = { at, name: inSentence(corpus, c.name) };
      }
    return best?.name;
  };
  const text = eventItemText(e.evidence.sentence, e.when.trim(), nameBefore);
  return { text: text ?? "", problems: itemProblems(text) };
}

const ORGS = new WeakMap<Corpus, Cluster[]>();

function organisations(corpus: Corpus): Cluster[] {
  let out = ORGS.get(corpus);
  if (!out) ORGS.set(corpus, (out = corpus.clusters.filter((x) => x.kind === "organization")));
  return out;
}

export function eventProblems(corpus: Corpus, e: CEvent): string[] {
  const p: string[] = [];
  if (!norm(e.evidence.sentence).includes(norm(e.when))) p.push("the date is not in the evidence sentence");
  if (inCruft(corpus, e.slug, e.evidence.start, e.evidence.end)) p.push("built from page cruft");
  const label = labelYear(e.evidence.sentence, e.when);
  if (label) p.push(`the year only labels “${label}”, it dates no event`);
  const later = afterPublication(corpus, e);
  if (later) p.push(later);
  const figure = datesAFigure(e.evidence.sentence, e.when);
  if (figure) p.push(`the date only says when the data (“${figure}”) held, it dates no event`);
  if (yearOfSpan(e.evidence.sentence, e.when)) p.push("the year is one of a list of years: half a fact");
  const dated = /^\d{4}$/.test(e.when.trim()) ? sentencesDatedTo(corpus, e.slug, e.when.trim()) : 0;
  if (dated >= SAME_YEAR_SENTENCES)
    p.push(`the article dates ${dated} sentences to ${e.when.trim()}: each answer is guessed from the others`);
  if (inRelativeClause(e.evidence.sentence, e.when))
    p.push("the date is in a relative clause (“who …”, “which …”): a side remark, not the sentence's event");
  const backstory = datesBackstory(e.evidence.sentence, e.when);
  if (backstory)
    p.push(`the date only dates “${backstory}”, a past step of someone the sentence is about, not its event`);
  if (releasesData(e.evidence.sentence, e.when))
    p.push("the date only says when the figures were released, not when anything they count happened");
  if (endsPeriod(e.evidence.sentence, e.when))
    p.push("the date only ends an accounting period (“the year to March 2005”), it dates no event");
  return p;
}

/**
 * "owned by the Queen since her accession in 1952", "banned after his arrest in 2010": a date inside "since/after/
 * before/until" + a possessive noun phrase dates that person's earlier step, a side remark to what the sentence tells.
 */
function datesBackstory(sentence: string, when: string): string | undefined {
  const at = sentence.indexOf(when.trim());
  if (at < 0) return undefined;
  const m =
    /\b(?:since|after|before|following|until|upon)\s+((?:his|her|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:in|of|on)\s+$/i.exec(
      sentence.slice(Math.max(0, at - 80), at),
    );
  return m?.[1];
}

/** "according to figures released at the end of 2004": the date of a publication of data, a side detail. */
function releasesData(sentence: string, when: string): boolean {
  const at = sentence.indexOf(when.trim());
  if (at < 0) return false;
  return /\b(?:figures|data|statistics|numbers|report|survey|study|research|poll)\s+(?:\w+ly\s+)?(?:released|published|issued|out)\s+(?:(?:at|in|on|during)\s+)?(?:the\s+)?(?:(?:end|start|beginning)\s+of\s+(?:the\s+)?)?$/i.test(
    sentence.slice(Math.max(0, at - 80), at),
  );
}

/** "a net loss in its current financial year to March 2005", "the three months ended June": a reporting period's end. */
function endsPeriod(sentence: string, when: string): boolean {
  const at = sentence.indexOf(when.trim());
  if (at < 0) return false;
  return /\b(?:year|years|quarter|half|months|weeks|period)\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?$/i.test(
    sentence.slice(Math.max(0, at - 60), at),
  );
}

/** Words that make a later date a plan or a forecast the article reports. */
const FUTURE =
  /\b(?:[Ww]ill|[Ww]ould|shall|plans?|planned|scheduled|expected|expects|set\s+to|due|[Cc]ould|may|might|[Nn]ext|upcoming|by)\b/;

/**
 * "Cruz dropped out of the race May 3, 2016" in an article of 24 February 2016: a date after publication,
 * stated as past, is page furniture added later (a slideshow caption), not the story.
 */
function afterPublication(corpus: Corpus, e: CEvent): string | undefined {
  const published = publishedDay(corpus.contexts.get(e.slug)?.published);
  const start = parseWhen(e.when)?.start;
  if (published === undefined || start === undefined || start <= published) return undefined;
  return FUTURE.test(e.evidence.sentence) ? undefined : "dated after the article was published, yet told as past";
}

/** A count or a share: "360 Republicans", "42 percent", "$1.2 million", "two murders". */
const FIGURE =
  /(?:[$£€]\s?)?\b\d[\d,.]*\b(?:\s?(?:%|percent|per cent|million|billion|thousand))?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands|millions)\s+(?:of\s+)?[a-z]+s\b/gi;

/** Words that make a sentence report data: a source of figures or a ranking. */
const DATA_WORDS =
  /\baccording\s+to\b|\b(?:data|statistics|figures|rankings?|ranked|census)\b|\bthe\s+(?:most|least|highest|lowest|largest|smallest|biggest|fewest|safest|deadliest|richest|poorest|best|worst|fastest|slowest|busiest)\b/i;

/** A verb that makes the sentence an act of speech: the year then dates the statement ("in 2015, Kerry said that 100,000 …"). */
const STATEMENT =
  /\b(?:said|says|told|announced|declared|promised|pledged|vowed|wrote|tweeted|argued|warned|claimed|predicted|stated|proposed)\b/i;

/**
 * "Ferguson had two murders in 2014, according to the FBI data", "Only 360 Republicans caucused … in 2012":
 * a bare year in a sentence that reports figures or a ranking dates the data (a statistic's reference year),
 * which a reader is not asked to learn; the figure is the point.
 */
function datesAFigure(sentence: string, when: string): string | undefined {
  const year = when.trim();
  if (!/^\d{4}$/.test(year)) return undefined;
  const narration = sentence.replace(/“[^”]*”?|"[^"]*"?/g, " ");
  // ("By 2007, it is predicted that there will be 2.5 million robots": a forecast nobody makes is no act of speech)
  if (STATEMENT.test(narration.replace(/\b(?:it|this)\s+(?:is|was|has\s+been)\s+(?:\w+ly\s+)?\w+ed\b/gi, " ")))
    return undefined;
  const figure = [...narration.matchAll(FIGURE)]
    .map((m) => m[0].trim())
    .find((f) => (/\d/.test(f) ? !/^\d{4}$/.test(f) && !/^\d{1,2}$/.test(f) : true) || /%|percent/i.test(f));
  return figure ?? DATA_WORDS.exec(narration)?.[0];
}

/** "sent or received in 2012 and 2013": a year that is one of a list asks half a fact (a span "from 1993 to 2001" has two ends to ask). */
function yearOfSpan(sentence: string, when: string): boolean {
  const y = when.trim();
  if (!/^\d{4}$/.test(y)) return false;
  return new RegExp(`\\b${y}\\s*(?:and|or|,)\\s*\\d{4}\\b|\\b\\d{4}\\s*(?:and|or|,)\\s*${y}\\b`).test(sentence);
}

const YEAR_SENTENCES = new WeakMap<Corpus, Map<string, Set<number>>>();

/** How many sentences of an article the events date to this year. */
function sentencesDatedTo(corpus: Corpus, slug: string, year: string): number {
  let ix = YEAR_SENTENCES.get(corpus);
  if (!ix) {
    ix = new Map();
    for (const e of corpus.events) {
      const k = `${e.slug}|${e.when.trim()}`;
      ix.set(k, (ix.get(k) ?? new Set<number>()).add(e.evidence.start));
    }
    YEAR_SENTENCES.set(corpus, ix);
  }
  return ix.get(`${slug}|${year}`)?.size ?? 0;
}

/** Sentences of one article dated to the same year from this many on: the year is the article's background, guessed from the others. */
const SAME_YEAR_SENTENCES = 3;

/** The date follows "who"/"which"/"whose" in its clause: it dates what a person or thing did before, as an aside. */
function inRelativeClause(sentence: string, when: string): boolean {
  const at = sentence.indexOf(when.trim());
  if (at < 0) return false;
  const clause =
    sentence
      .slice(0, at)
      .split(/[,;—]|\s-\s/)
      .at(-1) ?? "";
  // ("the UK's budget rebate, secured in 1984 by Margaret Thatcher": a clause of a past participle is one too)
  return /\b(?:who|which|whose|whom)\b/i.test(clause) || /^\s*(?:first\s+)?[a-z]+ed\s+(?:in|on|at|by)\b/.test(clause);
}

/** "the 2016 presidential candidate", "his 2012 campaign": a year naming a run for office, not dating an event. */
const LABELLED_YEAR =
  /\b(?:the|a|an|his|her|its|their|[A-Z][\w-]*['’]s)\s+((\d{4})\s+(?:(?:presidential|general|midterm|primary|gubernatorial|mayoral|senate|congressional|democratic|republican|gop|white\s+house)\s+)*(?:candidates?|nominees?|hopefuls?|contenders?|front-?runners?|ticket|campaigns?|bid|run|cycle|races?|elections?|primaries|contests?|field))\b/gi;

/** "the gubernatorial races of 2016", "the class of 2016": the year names a season or a cohort. */
const OF_YEAR_LABEL =
  /\b((?:races|campaigns|cycles?|class|classes|field|candidates|hopefuls|contenders|nominees|primaries|caucuses)\s+of\s+(\d{4}))\b/gi;

/** "the 1942 Toronto Maple Leafs", "the 1975 New York Islanders": a year before a name picks a season of it. */
const YEAR_OF_NAME = /\b(?:the|a|an)\s+((\d{4})\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})/g;

/** "the Swiss Army Knife from 1891": a year after a named thing says which one (its vintage), it dates no event. */
const NAME_FROM_YEAR = /\b((?:[A-Z][\w'’-]*\s+){1,4}from\s+(\d{4}))\b(?!\s*(?:to|until|till|-|–)\s*\d)/g;

/** The label a bare year is part of in the sentence ("2016 presidential candidate"), if that is its only use. */
export function labelYear(sentence: string, when: string): string | undefined {
  const year = when.trim();
  if (!/^\d{4}$/.test(year)) return undefined;
  const uses = sentence.split(year).length - 1;
  const labels = [
    ...sentence.matchAll(LABELLED_YEAR),
    ...sentence.matchAll(OF_YEAR_LABEL),
    ...sentence.matchAll(YEAR_OF_NAME),
    ...sentence.matchAll(NAME_FROM_YEAR),
  ].filter((m) => m[2] === year);
  // each use of the year counts once, whichever patterns read it as a label
  const labelled = new Set(labels.map((m) => m.index + m[0].indexOf(year)));
  return uses > 0 && labelled.size === uses ? labels[0]![1] : undefined;
}

/** An absolute date that the article states in full, so a learner can be asked for it. */
export function askableWhen(e: CEvent): boolean {
  const w = parseWhen(e.when);
  return !!w && !w.relative && w.gran !== "range" && !isRelativeWhen(e.when);
}

/** "Which date completes this sentence from the article: “… in _____ …”?" with dates shifted at the same granularity. */
export function whenChoice(corpus: Corpus, e: CEvent): Draft | undefined {
  if (!askableWhen(e)) return undefined;
  const identity = eventIdentity(e);
  const when = dateCore(e.when);
  const sentence = e.evidence.sentence.trim();
  const at = findTerm(sentence, when);
  const blanked =
    at >= 0
      ? withFirstNames(
          corpus,
          e.slug,
          balanceQuotes(sentence.slice(0, at) + BLANK + sentence.slice(at + when.length)),
        ).replace(/[“”"]/g, "'")
      : sentence;
  const q = baseQuestion({
    kind: "single_choice",
    factKind: "event",
    identity,
    variant: "when",
    prompt: `Which date completes this sentence from the article: “${blanked}”?`,
    explanation: `The article dates it to ${when}: ${cite(e.evidence.sentence)}`,
    source: sourceOf(e.slug, e.evidence),
  });
  const published = publishedDay(corpus.contexts.get(e.slug)?.published);
  const keyStart = parseWhen(when)?.start;
  const past = published !== undefined && keyStart !== undefined && keyStart <= published;
  // a date the sentence itself gives ("as far back as 2009") is no wrong option
  const wrong = shiftedDates(when, 6, hash32(q.id) % 6, past ? published : undefined)
    .filter((d) => findTerm(sentence, d) < 0)
    .slice(0, 3);
  const { options, answer } = choiceOptions(q.id, when, wrong);
  q.options = options;
  q.answer = answer;
  const problems = eventProblems(corpus, e);
  if (at < 0) problems.push("the date is not in the sentence");
  if (startsWithUnresolvedReference(sentence))
    problems.push("the sentence opens with a pronoun whose referent is in another sentence");
  const n = words(sentence).length;
  if (n > 45) problems.push(`the sentence has ${n} words (want at most 45)`);
  return emptyDraft(q, {
    key: when,
    keyKind: "date",
    distractors: wrong.map((text) => ({ text, kind: "date" as const })),
    support: [when],
    problems,
    closeness: 0.7,
  });
}
