/** Text helpers shared by the question builders and the flaw checks. */

/** Lower case, straight quotes, single spaces: the form used for every comparison. */
export function norm(s: string): string {
  return s
    .replace(/[‘’´`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Alphanumeric words of a text, normalised. */
export function words(s: string): string[] {
  return norm(s)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Normalised text without punctuation: "the U.S. Cyber-Command," → "the us cyber command". */
export function bare(s: string): string {
  return norm(s)
    .replace(/(?<=\b[a-z])\.(?=[a-z]\.)/g, "")
    .replace(/\b([a-z])\.(?=\s|$)/g, "$1")
    .replace(/'s\b/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export const STOPWORDS = new Set(
  (
    "a an the and or but of for to in on at by with from as is are was were be been being it its this that these those " +
    "he she they them his her their we our you your i me my us not no so if than then there here which who whom whose what " +
    "when where why how all any each both few more most other some such only own same too very can will just should now " +
    "into over under about after before between through during up down out off again further once also has have had do does did"
  ).split(" "),
);

export function isStopword(w: string): boolean {
  return STOPWORDS.has(w.toLowerCase());
}

/** Pronouns and demonstratives that make a sentence depend on the one before it. */
const LEADING_REFERENCE = /^(?:he|she|it|they|his|her|its|their|this|these|those|that|him|them|such)\b/i;

/**
 * "If confirmed, that would be …", "As a result, this means …": a demonstrative subject right after a short
 * opening phrase that names nothing (no capitalised word after its first) points back just the same.
 */
const DEMONSTRATIVE_AFTER_OPENING =
  /^[A-Z][a-z'’]*(?:\s+[a-z][\w'’-]*){0,5},\s+(?:this|that|these|those)\s+(?:[a-z]+ly\s+)?(?:would|will|is|was|are|were|has|had|could|can|may|might|should|must|means|meant|made|makes|came|comes|shows|showed)\b/;

/** True when the text opens with a pronoun or demonstrative whose referent lies outside it. */
export function startsWithUnresolvedReference(text: string): boolean {
  const t = text.replace(/^[\s"“‘'(\[]+/, "");
  return LEADING_REFERENCE.test(t) || DEMONSTRATIVE_AFTER_OPENING.test(t);
}

const WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
/** Relative time words that need their anchor date to mean anything to a reader. */
export const RELATIVE_TIME = new RegExp(
  `\\b(?:today|tonight|yesterday|tomorrow|(?:last|this|next|earlier this|later this|past)\\s+(?:week|month|year|weekend|few days|${WEEKDAY})|` +
    `${WEEKDAY}(?!,?\\s+(?:the\\s+)?(?:\\d|january|february|march|april|may|june|july|august|september|october|november|december))|the day after tomorrow|the day before yesterday|recently|(?:a|one|two|three|few) (?:days?|weeks?|months?|years?) ago|` +
    `earlier this (?:week|month|year)|over the past few days|in the intervening \\w+ months)\\b`,
  "i",
);

export function hasRelativeTime(text: string): boolean {
  return RELATIVE_TIME.test(text);
}

/** Strip matching outer quotation marks and surrounding space/punctuation. */
export function stripOuterQuotes(s: string): string {
  return s.replace(/^[\s"“”‘’']+/, "").replace(/[\s"“”‘’']+$/, "");
}

/** A sentence quoted in an explanation, without doubling the quotation marks it may already have. */
export function cite(sentence: string): string {
  const s = sentence.trim();
  return /^[“"]/.test(s) ? s : `“${s}”`;
}

export function capitalizeFirst(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** The content words of a text (no stopwords), as a set. */
export function contentWords(s: string): Set<string> {
  return new Set(words(s).filter((w) => !isStopword(w)));
}

/** Token-set Jaccard similarity of two texts (content words only). */
export function similarity(a: string, b: string): number {
  const A = contentWords(a);
  const B = contentWords(b);
  if (!A.size && !B.size) return 1;
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  return inter / (A.size + B.size - inter);
}

/** Split a quotation into sentence-sized pieces (keeps "Dr." and "U.S." together). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const re = /[^.!?]+(?:[.!?]+["”’']*|$)/g;
  let buf = "",
    pos = 0;
  for (const m of text.match(re) ?? []) {
    buf += m;
    pos += m.length;
    // an ellipsis inside a quotation marks words left out, not the end of a sentence ("responsibility ... you are")
    if (/\.\.\.\s*$/.test(m) && /^\s*[a-z]/.test(text.slice(pos))) continue;
    // a decimal point ("$8.8 billion") is not a full stop
    if (/\d\.$/.test(m) && /^\d/.test(text.slice(pos))) continue;
    // "[U.S. military action]", "Iraq, Syria, etc. is not": an abbreviation, or a lower-case word after the stop
    const last = (buf.trim().split(/\s+/).at(-1) ?? "").replace(/^[[("“‘']+/, "");
    if (/^\s*[a-z]/.test(text.slice(pos))) continue;
    // "on Aug. 15 was …", "No. 2": an abbreviation that holds before a number
    if (/^\s*\d/.test(text.slice(pos)) && /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos|pp?)\.$/.test(last))
      continue;
    if (
      /^(?:Dr|Mr|Mrs|Ms|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|No|vs|Prof|Inc|Ltd|Co|Corp|etc|approx|[A-Z])\.$/.test(last) ||
      /^(?:[A-Z]\.){2,}$/.test(last)
    )
      continue;
    if (buf.trim()) out.push(buf.trim());
    buf = "";
  }
  if (buf.trim()) out.push(buf.trim());
  return out;
}

/** True when `needle` occurs in `hay` as whole words (normalised). */
export function containsWords(hay: string, needle: string): boolean {
  const n = bare(needle);
  if (!n) return false;
  return (" " + bare(hay) + " ").includes(" " + n + " ");
}

const ABBREVIATIONS: Record<string, string> = {
  gov: "Governor",
  rep: "Representative",
  reps: "Representatives",
  sen: "Senator",
  sens: "Senators",
  lt: "Lieutenant",
  gen: "General",
  col: "Colonel",
  sgt: "Sergeant",
  capt: "Captain",
  supt: "Superintendent",
  det: "Detective",
  insp: "Inspector",
  cmdr: "Commander",
  adm: "Admiral",
  amb: "Ambassador",
  atty: "Attorney",
  pres: "President",
  prof: "Professor",
  rev: "Reverend",
  sec: "Secretary",
  maj: "Major",
  cpl: "Corporal",
  pvt: "Private",
  dept: "Department",
  asst: "Assistant",
  assoc: "Associate",
  dir: "Director",
  mgr: "Manager",
};

/** The sentence with abbreviated titles written out ("Gov. Karen Doyle" → "Governor Karen Doyle"), as the extractor reports them. */
export function expandTitles(sentence: string): string {
  return sentence.replace(/\b([A-Z][a-z]{1,4})\.(?=\s)/g, (m, w: string) => ABBREVIATIONS[w.toLowerCase()] ?? m);
}
