import type { Evidence, ParsedArticle } from "../types";
import { SPEECH_VERBS } from "./lexicon";

/**
 * Direct quotations: spans between double quotation marks (curly or straight), including a
 * quote that runs over several paragraphs (no closing mark before the break, the next paragraph
 * reopening it). Single marks are left alone: they nest inside quotes or are apostrophes.
 */
export type QuoteSpan = { start: number; end: number; group: number; closed: boolean };

export function findQuoteSpans(article: ParsedArticle): QuoteSpan[] {
  const { body } = article;
  const spans: QuoteSpan[] = [];
  let group = -1;
  let carry = false; // the previous paragraph ended inside a quote
  for (const p of article.paragraphs) {
    if (p.cruft) continue;
    let open = -1;
    const lead = body.slice(p.start, p.start + 1);
    const continued = carry && (lead === "“" || lead === '"');
    carry = false;
    for (let i = p.start; i < p.end; i++) {
      const c = body[i];
      if (c === "“" || (c === '"' && open < 0)) {
        if (open < 0 && !(continued && i === p.start)) group++;
        open = i + 1;
      } else if ((c === "”" || c === '"') && open >= 0) {
        spans.push({ start: open, end: i, group, closed: true });
        open = -1;
      }
    }
    if (open >= 0) {
      spans.push({ start: open, end: p.end, group, closed: false });
      carry = true;
    }
  }
  return spans.filter((s) => s.end > s.start);
}

/** A quoted term or title rather than speech: a few words, or mostly capitalised words without a clause. */
export function isScareOrTitle(text: string): boolean {
  const words = text.replace(/[.,;:!?]+$/, "").split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  // "It will take years." is speech; "smart", "IC3." and "slow, safe speed" are not.
  if (words.length <= 2 || (words.length <= 4 && !/[.!?,]\s*$/.test(text))) return true;
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
    const vs = afterStart + after.toLowerCase().indexOf(inv[0].replace(/^[\s,]+/, "").toLowerCase(), Math.max(0, idx - 1));
    return { kind: "after", verb: inv[0].replace(/^[\s,]+/, ""), verbStart: vs, verbEnd: vs + inv[0].replace(/^[\s,]+/, "").length, inverted: true };
  }
  // "…," X said. / "…," an NCA press release reads.
  const postClause = after.split(/[“"]/)[0];
  CUE_VERB.lastIndex = 0;
  const m = CUE_VERB.exec(postClause);
  if (m && m.index < 120) {
    return { kind: "after", verb: m[0], verbStart: afterStart + m.index, verbEnd: afterStart + m.index + m[0].length, inverted: /^according/i.test(m[0]) };
  }
  const before = sentence.sentence.slice(0, Math.max(0, quoteStart - 1 - start));
  let last: RegExpExecArray | undefined;
  CUE_VERB.lastIndex = 0;
  for (let b = CUE_VERB.exec(before); b; b = CUE_VERB.exec(before)) last = b;
  if (last) {
    if (PASSIVE.test(before.slice(0, last.index + last[0].length))) return undefined;
    return { kind: "before", verb: last[0], verbStart: start + last.index, verbEnd: start + last.index + last[0].length, inverted: /^according/i.test(last[0]) };
  }
  return undefined;
}
