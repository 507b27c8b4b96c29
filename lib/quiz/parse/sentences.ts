/**
 * Sentence splitting with offsets. compromise splits sentences too, but its boundaries are
 * not offset-exact over the original text and it splits after titles like "Supt." that news
 * English uses constantly, so the boundary rules live here and stay cheap (one linear scan).
 */

export type Span = { start: number; end: number };

/** Words that end in a period without ending a sentence. Lower-cased, without the period. */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "mt",
  "ft",
  "rev",
  "hon",
  "sen",
  "rep",
  "gov",
  // plural titles before a list of names: "Reps. Jim Clyburn and Justin Bamberg"
  "sens",
  "reps",
  "govs",
  "drs",
  "profs",
  "messrs",
  "pres",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cmdr",
  "adm",
  "sgt",
  "cpl",
  "pvt",
  "supt",
  "insp",
  "det",
  "cllr",
  "atty",
  "amb",
  "supt",
  "ch",
  "con",
  "dept",
  "univ",
  "assn",
  "bros",
  "inc",
  "ltd",
  "co",
  "corp",
  "plc",
  "llc",
  "vs",
  "etc",
  "al",
  "approx",
  "est",
  "fig",
  "vol",
  "ed",
  "eds",
  "op",
  "cf",
  "ave",
  "blvd",
  "rd",
  "hwy",
  "ala",
  "ariz",
  "ark",
  "calif",
  "colo",
  "conn",
  "del",
  "fla",
  "ga",
  "ill",
  "ind",
  "kan",
  "ky",
  "la",
  "md",
  "mass",
  "mich",
  "minn",
  "miss",
  "mo",
  "mont",
  "neb",
  "nev",
  "okla",
  "ore",
  "pa",
  "tenn",
  "tex",
  "va",
  "vt",
  "wash",
  "wis",
  "wyo",
]);
/** Abbreviations that only hold before a number ("No. 10", "Jan. 5"); elsewhere they can end a sentence. */
const BEFORE_NUMBER = new Set([
  "no",
  "nos",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "p",
  "pp",
  "para",
  "art",
]);
/** After a dotted initialism ("U.S.") a new sentence is only assumed when one of these starts it. */
const SENTENCE_STARTERS = new Set([
  "the",
  "a",
  "an",
  "it",
  "its",
  "he",
  "she",
  "they",
  "we",
  "i",
  "you",
  "this",
  "that",
  "these",
  "those",
  "there",
  "but",
  "and",
  "in",
  "on",
  "at",
  "as",
  "if",
  "when",
  "while",
  "after",
  "before",
  "his",
  "her",
  "their",
  "our",
  "some",
  "many",
  "most",
  "officials",
  "however",
  "meanwhile",
]);

const CLOSERS = `"'”’)]»`;
const OPENERS = `"'“‘([«`;

/** Sentence spans inside text[from, to). Leading/trailing whitespace is excluded from each span. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    const ch = text[i];
    if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let end = i + 1;
      while (end < to && (text[end] === "." || text[end] === "!" || text[end] === "?")) end++;
      while (end < to && CLOSERS.includes(text[end])) end++;
      if (end >= to) break;
      if (isSpace(text[end]) && isBoundary(text, start, i, end, to)) {
        spans.push({ start, end });
        start = skipSpace(text, end, to);
        i = start;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  const end = trimEnd(text, start, to);
  if (end > start) spans.push({ start, end });
  return spans;
}

function isBoundary(text: string, sentStart: number, dot: number, after: number, to: number): boolean {
  const next = skipSpace(text, after, to);
  if (next >= to) return true;
  const c = text[next];
  const nextIsUpper = isUpper(c) || isDigit(c) || OPENERS.includes(c);
  if (text[dot] !== ".") return nextIsUpper || OPENERS.includes(c);
  if (!nextIsUpper) return false;
  // A closing quote before the space ("…today.” The") settles it.
  if (after > dot + 1 && CLOSERS.includes(text[after - 1])) return true;
  const word = wordBefore(text, sentStart, dot);
  const lower = word.toLowerCase();
  if (/^[A-Za-z]$/.test(word)) return false; // an initial: "Paul M. Nakasone"
  if (ABBREVIATIONS.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && isDigit(c)) return false;
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    // "U.S. officials" vs "… in the U.S. The": only a common sentence opener ends it.
    const nextWord =
      text
        .slice(next)
        .match(/^[A-Za-z]+/)?.[0]
        ?.toLowerCase() ?? "";
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

function wordBefore(text: string, from: number, dot: number): string {
  let j = dot;
  while (j > from && /[A-Za-z.]/.test(text[j - 1])) j--;
  return text.slice(j, dot);
}

const isSpace = (c: string) => c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\u00a0";
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string) => c >= "0" && c <= "9";

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && isSpace(text[i])) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpace(text[to - 1])) to--;
  return to;
}
