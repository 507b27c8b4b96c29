import type { Evidence, ParsedArticle } from "../types";
import { BARE_SHORT, MINOR, namedBodies } from "./acronym-bodies";

/**
 * Acronym definitions the text itself makes: "Long Form (LF)", "LF (Long Form)", "Long Form, or LF",
 * "Long Form LF" when LF is exactly its initialism, and a footnoted "LF1" whose footnote spells it out.
 * The long form is found by Schwartz–Hearst matching, never from a list of known acronyms.
 */
export type AcronymDef = { short: string; long: string; evidence: Evidence; offset: number; how: AcronymForm };
/** How the text defines it: "Long (LF)", "LF (Long)", "Long, or LF", "Long – the LF –", "Long LF", a footnote. */
export type AcronymForm = "paren" | "short-first" | "or" | "dash" | "bare" | "footnote" | "initialism";

const SHORT = String.raw`[A-Z][A-Za-z0-9&-]{0,9}[A-Z0-9]`;
const PAREN_SHORT = new RegExp(String.raw`\(\s*(${SHORT})s?\s*\)`, "g");
const OR_SHORT = new RegExp(String.raw`,?\s+or\s+["“‘]?(${SHORT})(?=["”’]?[\s.,;:)]|["”’]?$)`, "g");
/** "LF, the Long Form," — the short form first, its spelled-out name in apposition. */
const SHORT_APPOSITIVE = new RegExp(
  String.raw`\b(${SHORT}), (?:the |an? )?((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|on)\s+)*){1,8}[A-Z][\w'’-]*)(?=[,.;]|\s[a-z])`,
  "g",
);
/** "The European Central Bank – the ECB – is …", "a body known as the ECB". */
const DASH_SHORT = new RegExp(
  String.raw`(?:\s[–—]\s+|,?\s+(?:known as|called)\s+)(?:the\s+)?["“‘]?(${SHORT})["”’]?(?=\s*[–—,.;:)]|\s+(?:is|was|has|will|said)\b)`,
  "g",
);
const SHORT_THEN_PAREN = new RegExp(String.raw`\b(${SHORT})\s+\(([^()]{4,120})\)`, "g");
const FOOTNOTED = /\b([A-Z]{2,8})(\d{1,2})\b/g;
const ORG_HEAD_OF = new Set([
  "bureau",
  "department",
  "office",
  "ministry",
  "institute",
  "agency",
  "board",
  "council",
  "commission",
  "division",
  "court",
  "school",
  "college",
  "university",
  "museum",
  "federation",
  "association",
]);

const isShort = (s: string) => (s.match(/[A-Z]/g) ?? []).length >= 2 && s.length <= 10 && !/^[A-Z][a-z]+$/.test(s);

/**
 * Schwartz–Hearst: match the short form's letters right to left inside the candidate text, the
 * first letter at a word start. Returns the long form (from that word to the end) or undefined.
 */
export function matchLongForm(short: string, candidate: string): string | undefined {
  const letters = short.replace(/[^A-Za-z]/g, "").toLowerCase();
  if (letters.length < 2) return undefined;
  // "European Union and European Economic Area (EEA)": capitalised words right before the acronym whose
  // initials are exactly its letters are the long form (letter matching inside words would give "Economic Area").
  // ("… Design Silver certification, known as LEEDS": a lower-case word or two after those words is no part of it.)
  const all = candidate.trim().split(/\s+/);
  const lowerEnd =
    all.length - (/^[a-z]/.test(all[all.length - 1] ?? "") ? (/^[a-z]/.test(all[all.length - 2] ?? "") ? 2 : 1) : 0);
  const tail = all.slice(0, lowerEnd).slice(-letters.length);
  if (
    tail.length === letters.length &&
    tail.every((w, i) => /^[A-Z][a-z]/.test(w) && w[0].toLowerCase() === letters[i])
  )
    return tail.join(" ");
  // A compound acronym ("HHS-OIG") joins two short forms: its long form is exactly the capitalised words
  // (with "of"/"and" between them) whose initials are its letters, without an organisation head before them.
  if (/[A-Za-z]-[A-Za-z]/.test(short)) {
    const exact = exactInitials(letters, candidate);
    if (exact) return exact;
  }
  const text = candidate.toLowerCase();
  let s = letters.length - 1;
  let l = text.length - 1;
  let lastAt = -1;
  while (s >= 0) {
    const c = letters[s];
    while (l >= 0 && (text[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(text[l - 1])))) l--;
    if (l < 0) return undefined;
    if (lastAt < 0) lastAt = l;
    l--;
    s--;
  }
  let long = withoutIdleTail(candidate.slice(l + 1).trim(), lastAt - (l + 1));
  // "Organization of the Petroleum Exporting Countries (OPEC)": a first letter matched in a joining word
  // ("of") moves left to the nearest word that starts with it.
  if (MINOR.has(long.split(/\s+/)[0].toLowerCase())) {
    const head = candidate.slice(0, l + 1);
    const re = new RegExp(String.raw`(?:^|\s)(${letters[0]}[\w.'’-]*)\s+(?:\S+\s+){0,3}$`, "i");
    const m = re.exec(head);
    if (m && /^[A-Z]/.test(m[1]))
      long = candidate.slice(head.length - m[0].length + (m[0].length - m[0].trimStart().length)).trim();
  }
  // "Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)": the initials skip the organisation head
  // and "of" before them, but the name includes them.
  const headOf = /(?:^|\s)([A-Z][a-z]+)\s+of\s+(?:the\s+)?$/.exec(candidate.slice(0, candidate.length - long.length));
  if (headOf && ORG_HEAD_OF.has(headOf[1].toLowerCase()) && /^[A-Z]/.test(long) && long.split(/\s+/).length >= 2) {
    long = candidate.slice(candidate.length - long.length - headOf[0].trimStart().length).trim();
    return long;
  }
  const words = long.split(/\s+/);
  const strict = initialism(letters, candidate);
  if (words.length > Math.min(letters.length + 5, letters.length * 2) || (words.length < 2 && letters.length > 2))
    return strict;
  // A long form names something: it starts with a capital and most of its words are capitalised.
  if (!/^[A-Z]/.test(long)) return strict;
  const content = words.filter((w) => !MINOR.has(w.toLowerCase()));
  if (content.filter((w) => /^[A-Z]/.test(w)).length < Math.ceil(content.length * 0.6)) return strict;
  // The first letter must start the first word; later letters may sit inside words (NOAA's "Oceanic").
  if (words[0][0].toLowerCase() !== letters[0]) return strict;
  // "the European Conference of Postal and Telecommunications Administrations (CEPT)": a letter found inside a
  // word that the capitalised word just before the match starts with spells a name in another order (French,
  // here), and the match cut it short; the name is not these words.
  const before = /(?:^|\s)([A-Z][A-Za-z'’-]*)\s+$/.exec(candidate.slice(0, candidate.lastIndexOf(long)));
  const starts = new Set(words.map((w) => w[0].toLowerCase()));
  const inside = [...letters].filter((c) => !starts.has(c));
  if (before && before[1] !== "The" && inside.includes(before[1][0].toLowerCase())) return strict;
  return long;
}

/**
 * "Leadership in Energy and Environmental Design Silver certification, known as LEEDS", "Tyson Foods (TSN)": words
 * after the one that gives the last letter spell nothing and are left out ("Tyson" alone is then no long form for
 * TSN); after "and" they stay ("Centers for Disease Control and Prevention").
 */
function withoutIdleTail(long: string, lastAt: number): string {
  const trimmed = long.slice(0, lastAt + 1) + (long.slice(lastAt + 1).match(/^\S*/)?.[0] ?? "");
  if (trimmed.length >= long.trimEnd().length || /\s(?:and|&|of|for)\s+\S+$/.test(long)) return long;
  return trimmed.trim();
}

/** The capitalised words at the end of the candidate, minor words between them allowed, whose initials are exactly the letters. */
export function exactInitials(letters: string, candidate: string): string | undefined {
  const words = candidate.trim().split(/\s+/);
  let k = letters.length - 1;
  let i = words.length - 1;
  while (i >= 0 && k >= 0) {
    const w = words[i];
    if (MINOR.has(w.toLowerCase()) && k < letters.length - 1) {
      i--;
      continue;
    }
    if (!/^[A-Z][a-z]/.test(w) || w[0].toLowerCase() !== letters[k]) return undefined;
    k--;
    i--;
  }
  return k < 0 ? words.slice(i + 1).join(" ") : undefined;
}

/**
 * A lower-case long form only as an exact initialism of the words right before the acronym:
 * "unmanned aircraft system, or UAS", "liquefied natural gas (LNG)", "Highly pathogenic avian influenza".
 */
function initialism(letters: string, candidate: string): string | undefined {
  const words = candidate.trim().split(/\s+/);
  // "high-bandwidth memory (HBM)": each part of a hyphenated word gives a letter.
  const parts = words.flatMap((w, wi) =>
    w
      .split("-")
      .filter(Boolean)
      .map((p) => ({ p, wi })),
  );
  if (parts.length < letters.length) return undefined;
  const tail = parts.slice(-letters.length);
  if (!tail.every(({ p }, i) => /^[A-Za-z][a-z]*$/.test(p) && p[0].toLowerCase() === letters[i])) return undefined;
  const first = tail[0].wi;
  // The letters must start at a word's start, not inside a hyphenated word.
  if (parts.findIndex((x) => x.wi === first) !== parts.length - letters.length) return undefined;
  if (MINOR.has(tail[0].p.toLowerCase()) || tail.slice(1).some(({ p }) => /^[A-Z]/.test(p))) return undefined;
  return words.slice(first).join(" ");
}

/** The words right before position `end` in the sentence: a window for the long form. */
function before(sentence: string, end: number, short: string): string {
  const text = sentence
    .slice(0, end)
    .replace(/[\s,]+$/, "")
    .replace(/['’]s$/, "");
  const words = text.split(/\s+/);
  return words
    .slice(-(short.length * 2 + 3))
    .join(" ")
    .replace(/^[^A-Za-z]+/, "");
}

export function findAcronyms(article: ParsedArticle): AcronymDef[] {
  const out: AcronymDef[] = [];
  const add = (short: string, long: string | undefined, ev: Evidence, offset: number, how: AcronymForm) => {
    if (!long || long.toLowerCase() === short.toLowerCase()) return;
    long = long.replace(/^the\s+/i, "").replace(/[,;:]+$/, "");
    out.push({ short, long, evidence: ev, offset: ev.start + offset, how });
  };
  const footnotes = footnoteTexts(article);

  for (const ev of article.sentences) {
    const s = ev.sentence;
    for (const m of s.matchAll(PAREN_SHORT)) {
      const short = m[1];
      if (!isShort(short)) continue;
      add(short, matchLongForm(short, before(s, m.index, short)), ev, m.index, "paren");
    }
    for (const m of s.matchAll(OR_SHORT)) {
      const short = m[1];
      if (!isShort(short)) continue;
      add(short, matchLongForm(short, before(s, m.index, short)), ev, m.index, "or");
    }
    for (const m of s.matchAll(DASH_SHORT)) {
      const short = m[1];
      if (!isShort(short)) continue;
      add(short, matchLongForm(short, before(s, m.index, short)), ev, m.index, "dash");
    }
    for (const m of s.matchAll(SHORT_THEN_PAREN)) {
      const short = m[1];
      if (!isShort(short)) continue;
      const long = matchLongForm(short, m[2].trim());
      if (long && long === m[2].trim()) add(short, long, ev, m.index, "short-first");
    }
    for (const m of s.matchAll(SHORT_APPOSITIVE)) {
      if (!isShort(m[1])) continue;
      const long = exactInitials(m[1].replace(/[^A-Za-z]/g, "").toLowerCase(), m[2]);
      if (long === m[2]) add(m[1], long, ev, m.index, "short-first");
    }
    // "the European Food Safety Authority EFSA": a bare acronym right after the words it abbreviates.
    for (const m of s.matchAll(BARE_SHORT)) {
      const short = m[1];
      const prev = s.slice(0, m.index).trimEnd();
      if (prev.length === m.index || !/[a-z]$/.test(prev)) continue;
      const words = prev.split(/\s+/).slice(-(short.length * 2));
      const caps = words.filter((w) => !MINOR.has(w.toLowerCase()));
      const tail = caps.slice(-short.length);
      if (tail.length === short.length && tail.every((w, i) => w[0] === short[i])) {
        const first = words.lastIndexOf(tail[0]);
        add(short, words.slice(first).join(" "), ev, m.index, "bare");
      }
    }
    for (const m of s.matchAll(FOOTNOTED)) {
      const note = footnotes.get(m[2]);
      if (note) add(m[1], matchLongForm(m[1], note) === note ? note : undefined, ev, m.index, "footnote");
    }
  }
  out.push(...namedBodies(article, out));
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.offset - b.offset)
    .filter((a) => {
      const k = `${a.short}|${a.long.toLowerCase()}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

/** Footnote number → footnote text, for footnotes printed as a "1 :" line followed by the note. */
function footnoteTexts(article: ParsedArticle): Map<string, string> {
  const notes = new Map<string, string>();
  article.paragraphs.forEach((p, i) => {
    if (p.reason !== "footnote marker") return;
    const next = article.paragraphs[i + 1];
    const num = article.body.slice(p.start, p.end).match(/\d+/)?.[0];
    if (next && !next.cruft && num) notes.set(num, article.body.slice(next.start, next.end).trim());
  });
  return notes;
}
