import type { DatedEvent, Evidence } from "../types";
import { iso, MONTHS, pad } from "../parse/dates";
import { isOrgHead, NOT_NAMES } from "./lexicon";
import { support, type Pattern } from "./support";

/**
 * Dated happenings: a sentence outside quotations that places something at a year, month, day
 * or relative day. `when` is kept as written; `date` is filled in from the article's own date
 * where that fixes it, assuming news reports the past unless the sentence is about a schedule.
 */
const MON =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const ORD = "(?:\\d{1,2}(?:st|nd|rd|th)?)";
const YEAR = "(?:1[89]\\d\\d|20\\d\\d)";
const PATTERNS: RegExp[] = [
  // Day ranges: "April 23-24", "5-6 March", and "5 6 March" where a page lost the dash.
  new RegExp(
    `\\b(?:${MON} ${ORD}\\s*[-–]\\s*${ORD}|\\d{1,2}(?:\\s*[-–]\\s*|\\s)${ORD} ${MON})(?:,? ${YEAR})?(?![\\w-])`,
    "g",
  ),
  // "the first quarter of 2019", "the second half of 2024".
  new RegExp(`\\b(?:the )?(?:first|second|third|fourth|last|final) (?:quarter|half) of ${YEAR}\\b`, "gi"),
  // "for the last week or two", "in the past week", "over the past few months" (kept as written).
  /\b(?:for|over|in|during) the (?:past|last) (?:(?:few|several|two|three|\d+) )?(?:days?|weeks?|months?|years?)(?: or (?:two|so))?\b/gi,
  // "the week of August 28, 2023", "Monday 6th June", "December 23, 2003", "4 June 2011", "May, 2000", "December 2021", "July 8"
  new RegExp(
    `\\b(?:(?:the )?(?:week|weekend|month) of )?(?:${DAY},? )?(?:${ORD} ${MON}(?:,? ${YEAR})?|${MON}(?: |(?<=\\.))${ORD}(?:,? ${YEAR})?|${MON},? ${YEAR})(?![\\w-])`,
    "g",
  ),
  // Decades: "the 1990s", "the late 1980s" (no single date).
  /\b(?:the )?(?:early |mid-|late )?(?:1[89]\d0|20\d0)s\b/g,
  // "end of 2014", "early 2013", "1993-2008", "in 2010"
  new RegExp(
    `\\b(?:(?:the )?(?:end|beginning|start|middle|spring|summer|autumn|fall|winter) of |(?:early|mid|late)[- ])${YEAR}\\b`,
    "g",
  ),
  new RegExp(`\\b${YEAR}\\s*[-–]\\s*(?:${YEAR}|\\d\\d)\\b`, "g"),
  new RegExp(
    `\\b(?:in|of|by|for|from|during|until|as early as|as late as|before|after|around|throughout) ${YEAR}\\b(?![-–]\\d)`,
    "gi",
  ),
  // A year inside a noun phrase: "the 2012 peak", "its 2019 report".
  new RegExp(`\\b(?:the|its|their|his|her|a|an) ${YEAR}(?= [a-z])`, "gi"),
  // Times of day: "at 3 p.m.", "10:30 a.m. EDT".
  /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s(?:ET|EDT|EST|PT|PST|PDT|CT|CDT|GMT|BST|UTC)\b)?/gi,
  // Relative days: "Friday", "Last Friday", "last year", "earlier this year", "today", "over the past few days"
  new RegExp(`\\b(?:(?:last|this|next|on|early|late) )?${DAY}(?: (?:morning|afternoon|evening|night))?\\b`, "gi"),
  // "by the end of the year", "end of last year" (before "last year" alone).
  /\b(?:(?:by|before|until|towards?) )?(?:the )?(?:end|beginning|start|middle) of (?:the|this|next|last) (?:year|month|week|decade|summer|winter|spring|fall|autumn)\b/gi,
  /\b(?:(?:earlier|later) )?(?:this|last|next) (?:weekend|week|month|year|spring|summer|autumn|fall|winter)\b/gi,
  // "over the weekend".
  /\b(?:over|during) the weekend\b/gi,
  /\b(?:today|yesterday|tonight|tomorrow)\b(?!['’]s)/gi,
  // Vague times to come: "in the coming weeks", "in the days ahead", "within weeks".
  /\b(?:in|over) the (?:coming|next few|next several) (?:days|weeks|months|years)\b|\bin the (?:days|weeks|months) ahead\b|\bwithin (?:days|weeks|months)\b/gi,
  /\b(?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?|years?) ago\b/gi,
  // A month alone, after a preposition or "last/this/next": "in October", "last September", "since March".
  // (A capitalised preposition opens a sentence: "From September, …".)
  new RegExp(
    `\\b(?:(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id)|(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this|[Ll]ater this)) |[Mm]id-)(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b(?![ -]?\\d)`,
    "g",
  ),
  // Holidays: "on Boxing Day", "over Christmas".
  /\b(?:Christmas(?: Day| Eve)?|Boxing Day|New Year['’]s (?:Day|Eve)|Easter(?: Sunday| Monday)?|Good Friday|Thanksgiving(?: Day)?|Independence Day|Memorial Day|Labou?r Day|Veterans Day|Halloween|Valentine['’]s Day)\b/g,
];

/** A date that names its year, or its month and day. */
const EXPLICIT = new RegExp(`${YEAR}|${MON} ${ORD}|${ORD} ${MON}`);

/**
 * "Sheffield Wednesday", "the Sunday Times", "May Street": a weekday or month word with a capitalised word
 * right beside it (not opening the sentence, not another date word) is part of a name.
 */
function inName(s: string, at: number, end: number): boolean {
  const word = s.slice(at, end);
  if (
    !new RegExp(`^(?:${DAY}|January|February|March|April|June|July|August|September|October|November|December)$`).test(
      word,
    )
  )
    return false;
  const before = /([A-Z][a-z]+)\s$/.exec(s.slice(Math.max(0, at - 30), at));
  const after = /^\s([A-Z][a-z]+)/.exec(s.slice(end, end + 30));
  const dateWord = (w: string) =>
    new RegExp(`^(?:${DAY}|${MON}|On|In|By|Last|Next|This|Since|Until|From|Early|Late)$`).test(w);
  const nameWord = (w: string) => !dateWord(w) && !NOT_NAMES.has(w.toLowerCase());
  // "told the House Committee Tuesday": after an organisation's name the weekday dates the telling.
  const orgBefore = before && isOrgHead(before[1]) && !(after && nameWord(after[1]));
  return Boolean((before && nameWord(before[1]) && !orgBefore) || (after && nameWord(after[1])));
}

const FUTURE =
  /\b(?:will|shall|scheduled|is to|are to|due to|set to|expected to|plans? to|next|takes? effect|comes? into force|upcoming)\b/i;
/** "starts at 9:30 a.m. on Tuesday", "opens Friday": a schedule in the present tense, a few words before the date. */
const SCHEDULED_BEFORE =
  /\b(?:starts|begins|opens|reopens|closes|ends|resumes|kicks off|takes place|(?:is|are) (?:planned|slated|due))\b(?:\s+(?!said\b|told\b)\S+){0,4}\s+$/i;

export function findEvents(
  sentences: readonly Evidence[],
  inQuote: (offset: number) => boolean,
  published?: string,
): DatedEvent[] {
  const ref = published ? new Date(`${published}T00:00:00Z`) : undefined;
  const out: DatedEvent[] = [];
  for (const ev of sentences) {
    const s = ev.sentence;
    // A sentence needs words besides the date to state a happening ("[1 April 2011]" does not).
    if (!/\b[a-z]{3,}\b/.test(s)) continue;
    const found: { at: number; end: number; when: string }[] = [];
    for (const re of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const at = m.index;
        const end = at + m[0].length;
        if (found.some((f) => at < f.end && end > f.at)) continue;
        // Inside a quotation only an explicit date is the article's ("“We will finish by March 2026”"); "tomorrow" is the speaker's.
        if (inQuote(ev.start + at) && !EXPLICIT.test(m[0])) continue;
        if (inName(s, at, end)) continue;
        // "by the end of the year" is a deadline, not the end of the year itself: the preposition stays.
        const when =
          /^(?:(?:by|before|until|towards?) the |(?:for|over|in|during) the (?:past|last|coming|next))/i.test(m[0])
            ? m[0]
            : m[0].replace(
                /^(?:in|of|by|for|from|during|until|since|through|as early as|as late as|before|after|around|throughout|on|the|its|their|his|her|a|an) /i,
                "",
              );
        // "May" after a first name is a surname (Theresa May); alone it is the modal or a name, unless a time word
        // opens it ("in May", "last May"; "from May" or "by May" may be a person).
        const monthMay = /^(?:in|since|until|during|through|last|this|next|early|late|mid)[- ]May$/i.test(m[0]);
        if ((/^May$/.test(when) && !monthMay) || (/^May\b/.test(when) && /[A-Z][a-z]+\s$/.test(s.slice(0, at))))
          continue;
        found.push({ at, end, when });
      }
    }
    found.sort((a, b) => a.at - b.at);
    const future = FUTURE.test(s);
    for (const f of found) {
      // "the Pentagon said on Wednesday" reports the past whatever the sentence plans.
      const reported = /\b(?:said|told|announced|reported|confirmed)\s+(?:on\s+)?$/i.test(
        s.slice(Math.max(0, f.at - 20), f.at),
      );
      const planned = future || SCHEDULED_BEFORE.test(s.slice(Math.max(0, f.at - 50), f.at));
      // "in March and April 2023": the month takes the year that closes the pair.
      const pair = new RegExp(`^\\s+(?:and|or|to|through)\\s+${MON},?\\s+(${YEAR})\\b`).exec(s.slice(f.end));
      const date =
        pair && /^[A-Z][a-z]+$/.test(f.when)
          ? normalise(`${f.when} ${pair[1]}`, ref, false)
          : normalise(f.when, ref, planned && !reported);
      const e: DatedEvent = { when: f.when, what: s, evidence: ev };
      if (date) e.date = date;
      out.push({ ...e, ...support(precision(f.when), planned && !reported ? ["schedule"] : []) });
    }
  }
  return out;
}

/** How precisely the words date it: a full date, a month of a year, a year, a month, a holiday, a relative day. */
function precision(when: string): Pattern {
  const year = new RegExp(YEAR).test(when);
  const month = new RegExp(`\\b${MON}`).test(when);
  if (year && month && /\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)/.test(when.replace(new RegExp(YEAR, "g"), "")))
    return "event:date";
  if (year && month) return "event:month-year";
  if (year) return "event:year";
  if (month && /\d/.test(when)) return "event:date";
  if (month) return "event:month";
  if (/\b(?:coming|ahead|within|next few|next several)\b/i.test(when)) return "event:vague";
  return /^[A-Z]/.test(when) && !new RegExp(`^(?:${DAY})`).test(when) ? "event:holiday" : "event:relative";
}

const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** ISO date (or year / year-month) for an expression, anchored at the article's date. */
export function normalise(when: string, ref: Date | undefined, future: boolean): string | undefined {
  const w = when.toLowerCase();
  const years = when.match(/\b(1[89]\d\d|20\d\d)\b/g);
  const monthName = w.match(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/)?.[0];
  const month = monthName ? (MONTHS[monthName] ?? MONTHS[monthName.slice(0, 3)]) : undefined;
  const day = when.match(/\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/)?.[1];
  if (/\d{4}\s*[-–]\s*\d{2,4}/.test(when)) return undefined; // a range has no single date
  if (month && years) return day ? iso(+years[0], month, +day) : `${years[0]}-${pad(month)}`;
  if (years) return years[0];
  if (!ref) return undefined;
  const y = ref.getUTCFullYear();
  if (month && day) {
    // Past-biased: the latest such date not after the article (or the next one for a schedule).
    let year = y;
    const candidate = Date.UTC(year, month - 1, +day);
    const weekday = DAYS.findIndex((d) => w.includes(d));
    if (weekday >= 0) {
      // "Monday 6th June": the nearest year in which that date is that weekday.
      const fit = [y, y - 1, y + 1].find((yy) => new Date(Date.UTC(yy, month - 1, +day)).getUTCDay() === weekday);
      if (fit !== undefined) return iso(fit, month, +day);
    }
    if (!future && candidate > ref.getTime()) year--;
    if (future && candidate < ref.getTime()) year++;
    return iso(year, month, +day);
  }
  if (month && !day && !/\d/.test(when)) {
    // "in October", "last September": the latest such month not after the article (the next one for a schedule).
    const m0 = ref.getUTCMonth() + 1;
    const year =
      /\bnext\b/.test(w) || (future && month > m0)
        ? month >= m0
          ? y
          : y + 1
        : month > m0 || (/\blast\b/.test(w) && month === m0)
          ? y - 1
          : y;
    return `${year}-${pad(month)}`;
  }
  const shift = (days: number) => new Date(ref.getTime() + days * 864e5).toISOString().slice(0, 10);
  if (/\btoday|tonight\b/.test(w)) return shift(0);
  if (/\byesterday\b/.test(w)) return shift(-1);
  if (/\btomorrow\b/.test(w)) return shift(1);
  const dow = DAYS.findIndex((d) => w.includes(d));
  if (dow >= 0) {
    const diff = (ref.getUTCDay() - dow + 7) % 7;
    if (future || /\bnext\b/.test(w)) return shift((dow - ref.getUTCDay() + 7) % 7 || 7);
    return shift(-(/\blast\b/.test(w) && diff === 0 ? 7 : diff));
  }
  if (/\blast year\b/.test(w)) return String(y - 1);
  if (/\bthis year\b/.test(w)) return String(y);
  if (/\bnext year\b/.test(w)) return String(y + 1);
  return undefined;
}
