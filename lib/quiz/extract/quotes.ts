import type { Evidence, ParsedArticle } from "../types";
import { SPEECH_VERBS } from "./lexicon";

/**
 * Direct quotations: spans between double quotation marks (curly or straight), including a
 * quote that runs over several paragraphs (no closing mark before the break, the next paragraph
 * reopening it). Single marks are left alone: they nest inside quotes or are apostrophes.
 */
export type QuoteSpan = {
  start: number;
  end: number;
  group: number;
  closed: boolean;
  /** A segment that goes on from the one before in the same paragraph ("First. "Second."): one quotation. */
  joined?: boolean;
};

export function findQuoteSpans(article: ParsedArticle): QuoteSpan[] {
  const { body } = article;
  const spans: QuoteSpan[] = [];
  let group = -1;
  let carry = false; // the previous paragraph ended inside a quote
  let carrySingle = false; // … inside a single-mark quote
  for (const p of article.paragraphs) {
    if (p.cruft) continue;
    const text = body.slice(p.start, p.end);
    // The paragraph before ended inside a quotation that this one does not reopen: its closing mark was lost, so
    // where the words end is unknown; only its first sentence is surely speech ('"… rather than millions. More
    // than 4,300 podcasts are listed. Curry's Daily Source Code … has thousands of listeners.' then narration).
    if (carry && !/^[“"]/.test(text)) {
      const last = spans[spans.length - 1]!;
      const first = /[.!?…](?=["”’]?\s+["“‘]?[A-Z])/.exec(body.slice(last.start, last.end));
      if (first) last.end = last.start + first.index + 1;
    }
    // British style: a paragraph without double marks may quote speech in single marks.
    if (!/[“”"]/.test(text) && /[‘']/.test(text)) {
      const found = singleQuoteSpans(text, carrySingle);
      carrySingle = false;
      carry = false;
      for (const q of found) {
        if (!q.continued) group++;
        spans.push({ start: p.start + q.start, end: p.start + q.end, group, closed: q.closed });
        if (!q.closed) carrySingle = true;
      }
      continue;
    }
    carrySingle = false;
    const lead = body.slice(p.start, p.start + 1);
    const continued = carry && (lead === "“" || lead === '"');
    carry = false;
    for (const seg of doubleQuoteSegments(text)) {
      // has 'had two letters … that say, "We want you to …"': words quoted inside a single-mark quotation are
      // someone else's (the letter's), not the speaker's
      if (insideSingleQuote(text, seg)) continue;
      if (!seg.continues && !(continued && seg.start === 1)) group++;
      spans.push({
        start: p.start + seg.start,
        end: p.start + seg.end,
        group,
        closed: seg.closed,
        ...(seg.continues ? { joined: true } : {}),
      });
      carry = !seg.closed && seg.end === text.length;
    }
  }
  return spans.filter((s) => s.end > s.start);
}

type Segment = { start: number; end: number; closed: boolean; continues: boolean };

/**
 * A double-quoted segment that closes right before a single closing mark ('… say, "We want …."') and follows a
 * single opening mark not closed before it: a quotation inside a British-style quotation.
 */
function insideSingleQuote(text: string, seg: Segment): boolean {
  if (!seg.closed || !/^[’']/.test(text.slice(seg.end + 1, seg.end + 2))) return false;
  const before = text.slice(0, Math.max(0, seg.start - 1));
  const open = /(?:^|[\s(:])[‘'](?=[A-Za-z0-9])(?![^‘’']*[’'](?:[\s.,;:!?]|$))[^"“”]*$/.exec(before);
  return !!open;
}

/**
 * Double-quoted segments of one paragraph (offsets relative to it). Beyond plain pairs of marks: a short term quoted
 * inside a quotation (“what he calls “hell” than …”) stays inside it; and an opening mark right after a sentence end
 * inside an open quotation starts a new segment of the same quotation, the previous one left unclosed — the
 * multi-paragraph convention (a mark opening each paragraph, one closing mark at the end) once its paragraph breaks
 * were lost: "First. "Second. "Third," she said.
 */
export function doubleQuoteSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let open = -1;
  let continues = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== "“" && c !== "”" && c !== '"') continue;
    if (open < 0) {
      if (c !== "”") [open, continues] = [i + 1, false];
      continue;
    }
    const nested = c === "”" ? -1 : nestedTermEnd(text, i);
    if (nested > 0) {
      i = nested;
      continue;
    }
    if (c === "”" || (c === '"' && !opensSentence(text, i))) {
      out.push({ start: open, end: i, closed: true, continues });
      open = -1;
    } else if (opensSentence(text, i) || c === "“") {
      out.push({ start: open, end: text.slice(0, i).trimEnd().length, closed: false, continues });
      [open, continues] = [i + 1, true];
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length, closed: false, continues });
  return out;
}

/** A mark after a space that follows a sentence end, before a word: it opens, it does not close. */
const opensSentence = (text: string, i: number) =>
  /[.!?…]["”’]?\s+$/.test(text.slice(Math.max(0, i - 4), i)) && /^[“"]?[A-Z0-9‘'(\[]/.test(text.slice(i + 1, i + 3));

/**
 * Inside a quotation, a mark after a space opening a term of up to four words whose closing mark is followed by more
 * of the sentence in lower case (“what he calls “hell” than …”): the index of that closing mark, else -1.
 */
function nestedTermEnd(text: string, i: number): number {
  if (!/\s/.test(text[i - 1] ?? "") || !/[A-Za-z]/.test(text[i + 1] ?? "")) return -1;
  const m = /^([^“”"]{1,40}?)([”"])(?=[,;]?\s+[a-z])/.exec(text.slice(i + 1));
  if (!m || m[1].split(/\s+/).length > 4 || /[.!?]$/.test(m[1])) return -1;
  return i + 1 + m[1].length;
}

/**
 * Speech in single marks (‘…’ or '…') inside one paragraph, told from apostrophes ("don't", "victims' homes")
 * by position: the opening mark starts the paragraph or follows a space, colon or bracket and precedes a
 * letter; the closing mark follows a non-space and precedes punctuation, the paragraph end or a speech cue.
 * Only clear speech counts: introduced by a colon or a speech verb, followed by a cue, continuing a
 * quotation from the paragraph before, or a whole paragraph of quoted sentences. Offsets are relative to the
 * paragraph.
 */
export function singleQuoteSpans(
  text: string,
  continuing = false,
): { start: number; end: number; closed: boolean; continued: boolean }[] {
  const out: { start: number; end: number; closed: boolean; continued: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const opens =
      (c === "‘" || c === "'") &&
      (i === 0 || /[\s(\[—–:]/.test(text[i - 1])) &&
      /[A-Za-z0-9£$€…]/.test(text[i + 1] ?? "");
    if (!opens) {
      i++;
      continue;
    }
    let close = -1;
    for (let j = i + 2; j < text.length; j++) {
      const d = text[j];
      if ((d !== "’" && d !== "'") || /\s/.test(text[j - 1])) continue;
      const rest = text.slice(j + 1);
      if (
        // (a spaced dash after the mark: "was 'not seriously unwell' – a factor which …")
        /^(?:[.,;:!?)—–]|\s+[—–]\s|\s*$)/.test(rest) ||
        new RegExp(String.raw`^\s+(?:[A-Za-z.'’-]+\s+){0,4}?(?:${VERBS})\b`).test(rest)
      ) {
        // "the victims' homes.": a plural possessive before punctuation is not a close when letters follow the s'.
        close = j;
        break;
      }
      // "'Highly effective' or highly theatrical?": a mark after a short term (not a plural "s'") and before a
      // lower-case word closes a quoted term, which is no speech.
      if (/^\s+[a-z]/.test(rest) && !/s$/i.test(text[j - 1]) && text.slice(i + 1, j).split(/\s+/).length <= 3) {
        close = j;
        break;
      }
    }
    const end = close < 0 ? text.length : close;
    const inner = text.slice(i + 1, end);
    const before = text.slice(0, i);
    const after = close < 0 ? "" : text.slice(close + 1);
    const speech =
      /:\s*$/.test(before) ||
      CUE_VERB_END.test(before) ||
      (i === 0 && continuing) ||
      // "'He's been inspirational since day one. He works really hard.'": a whole paragraph of quoted sentences
      (i === 0 && !after.trim() && inner.split(/\s+/).length >= 6 && /[.!?…]\s*$/.test(inner)) ||
      CUE_AFTER.test(after.replace(/^[.,]/, ",")) ||
      new RegExp(String.raw`^[\s,]*(?:[A-Za-z.'’-]+\s+){1,4}?(?:${VERBS})\b`).test(after);
    if (speech && inner.split(/\s+/).length >= 4)
      out.push({ start: i + 1, end, closed: close >= 0, continued: i === 0 && continuing });
    i = end + 1;
  }
  return out;
}
const CUE_VERB_END =
  /\b(?:said|says|told|added|adds|stated|wrote|writes|warned|explained|reads|according to)\b[^.!?]{0,60}$/i;

/** A quoted term or title rather than speech: a few words, or mostly capitalised words without a clause. */
export function isScareOrTitle(text: string): boolean {
  const words = text
    .replace(/[.,;:!?]+$/, "")
    .split(/\s+/)
    .filter((w) => /[A-Za-z]/.test(w));
  // "It will take years." is speech; "smart", "IC3." and "slow, safe speed" are not.
  if (words.length <= 2 || (words.length <= 4 && !/[.!?,]\s*$/.test(text))) return true;
  // "The Salt Road," "Summer and Smoke.": a short run of title-case words (small words lower-case) is a title.
  const SMALL = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|but|nor|as|is)$/;
  if (
    words.length <= 6 &&
    /^[A-Z]/.test(words[0]) &&
    words.every((w) => /^[A-Z0-9]/.test(w) || SMALL.test(w)) &&
    words.filter((w) => !SMALL.test(w)).length >= 2
  )
    return true;
  const caps = words.filter((w) => /^[A-Z]/.test(w) && w.length > 3).length;
  const long = words.filter((w) => w.length > 3).length;
  return caps >= Math.max(3, long * 0.7);
}

const VERBS = [...SPEECH_VERBS].join("|");
/** "… ," said X" / "," X said" — the cue right after the closing mark. */
export const CUE_AFTER = new RegExp(String.raw`^[\s,]*(?:(${VERBS})\b|according to\b)`, "i");
export const CUE_VERB = new RegExp(String.raw`\b(?:(${VERBS})\b|according to\b)`, "gi");
export const PASSIVE = /\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:said|reported|described|quoted)\s*$/i;

export type Cue = { kind: "before" | "after"; verb: string; verbStart: number; verbEnd: number; inverted: boolean };

/**
 * The speech cue for a quote: the verb after the closing mark in its sentence, or the last
 * speech verb before the opening mark. `inverted` means the speaker follows the verb ("said X").
 */
export function findCue(sentence: Evidence, quoteStart: number, quoteEnd: number): Cue | undefined {
  const { start } = sentence;
  const after = sentence.sentence.slice(Math.min(sentence.sentence.length, quoteEnd + 1 - start));
  const afterStart = quoteEnd + 1;
  const inv = CUE_AFTER.exec(after);
  if (inv) {
    const idx = after.search(/\S/) + (after.slice(after.search(/\S/)).startsWith(",") ? 1 : 0);
    const vs =
      afterStart + after.toLowerCase().indexOf(inv[0].replace(/^[\s,]+/, "").toLowerCase(), Math.max(0, idx - 1));
    return {
      kind: "after",
      verb: inv[0].replace(/^[\s,]+/, ""),
      verbStart: vs,
      verbEnd: vs + inv[0].replace(/^[\s,]+/, "").length,
      inverted: true,
    };
  }
  // "…," X said. / "…," an NCA press release reads.
  const postClause = after.split(/[“"]/)[0];
  CUE_VERB.lastIndex = 0;
  const m = CUE_VERB.exec(postClause);
  if (m && m.index < 120) {
    return {
      kind: "after",
      verb: m[0],
      verbStart: afterStart + m.index,
      verbEnd: afterStart + m.index + m[0].length,
      inverted: /^according/i.test(m[0]),
    };
  }
  const before = sentence.sentence.slice(0, Math.max(0, quoteStart - 1 - start));
  let last: RegExpExecArray | undefined;
  CUE_VERB.lastIndex = 0;
  for (let b = CUE_VERB.exec(before); b; b = CUE_VERB.exec(before)) last = b;
  if (last) {
    if (PASSIVE.test(before.slice(0, last.index + last[0].length))) return undefined;
    return {
      kind: "before",
      verb: last[0],
      verbStart: start + last.index,
      verbEnd: start + last.index + last[0].length,
      inverted: /^according/i.test(last[0]),
    };
  }
  return undefined;
}
