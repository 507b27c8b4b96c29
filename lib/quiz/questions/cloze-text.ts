/** Blanking a term in a sentence, shared by cloze and sentence-completion questions. */
import { closeInnerQuote } from "./standalone";
import { escapeRe } from "../../regex";

export const BLANK = "_____";

/** A sentence cut from a longer quotation: close or open the quotation it leaves dangling. */
export function balanceQuotes(s: string): string {
  const open = (s.match(/“/g) ?? []).length,
    close = (s.match(/”/g) ?? []).length;
  if (open > close) return s + "”".repeat(open - close);
  if (close > open) return "“".repeat(close - open) + s;
  // a straight quote left open: the quotation goes on in the next sentence
  if ((s.match(/"/g) ?? []).length % 2 === 1) return s + '"';
  // "… told the Daily Telegraph: 'Age doesn't always bring wisdom.": a single quotation mark left open
  return closeInnerQuote(s);
}

/** Where `term` stands in `sentence` as whole words (case-insensitive), or -1. */
export function findTerm(sentence: string, term: string): number {
  const re = new RegExp(`(?<![\\w])${escapeRe(term)}(?![\\w])`, "i");
  return re.exec(sentence)?.index ?? -1;
}

/** The date itself inside "the end of 2014" or "the week of August 28, 2023". */
export function dateCore(when: string): string {
  return when
    .trim()
    .replace(
      /^(?:the\s+)?(?:end|start|beginning|early|mid|middle|late|week|spring|summer|autumn|fall|winter)\s+of\s+/i,
      "",
    );
}
