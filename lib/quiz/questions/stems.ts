/** Making article sentences stand on their own as question stems. */
import { formatDay, parseWhen } from "./dates";
import { RELATIVE_TIME } from "./text";

/** The text with quotations blanked out, so checks only judge the narrator's words. */
export function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*”?/g, " ").replace(/"[^"]*"?/g, " ");
}

/** Words that make a sentence a plan or a forecast. */
const FUTURE =
  /\b(?:will|shall|scheduled|plans?\s+to|set\s+to|is\s+to|are\s+to|going\s+to|expected\s+to|upcoming|next)\b/i;

/** "USA TODAY", "NBC's Today", "the Today show": the word in a name, not the day. */
const NAMED_TODAY = /^(?:TODAY|Today)$/;

/** The first relative time expression of the text that is not part of a name. */
function relativeTime(text: string): RegExpExecArray | undefined {
  const all = new RegExp(RELATIVE_TIME.source, "gi");
  for (const m of text.matchAll(all)) {
    const before = text.slice(0, m.index);
    const named =
      NAMED_TODAY.test(m[0]) &&
      (m[0] === "TODAY" ||
        /[A-Z][\w'’]*\s+$/.test(before) ||
        /^\s+(?:show|program|programme)\b/i.test(text.slice(m.index + m[0].length)));
    if (!named) return m as RegExpExecArray;
  }
  return undefined;
}

/**
 * Anchor relative time words outside quotations: "published Friday" becomes
 * "published Friday (13 November 2015)". Without a publication date the
 * sentence cannot be anchored and the stem is refused.
 */
export function anchorRelativeTimes(text: string, published?: string): { text: string; problems: string[] } {
  const outside = outsideQuotes(text);
  const m = relativeTime(outside);
  if (!m) return { text, problems: [] };
  const w = parseWhen(m[0], published);
  if (!w || w.start !== w.end) return { text, problems: [`relative date “${m[0]}” has no anchor`] };
  // "Graham will headline a fundraiser … on Monday": a weekday in a plan may be after the day of writing, and
  // the anchor takes the one before it
  if (w.relative && FUTURE.test(outside) && /day$/i.test(m[0]))
    return { text, problems: [`“${m[0]}” in a plan may be after the day of writing: no sure date for it`] };
  // "Saturday’s (19 December 2015) debate", not "Saturday (19 December 2015)’s debate"
  const at = m.index + m[0].length + (/^['’]s\b/.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
  const anchored = text.slice(0, at) + ` (${formatDay(w.start)})` + text.slice(at);
  // a second relative expression would need its own anchor
  const rest = relativeTime(outsideQuotes(anchored.slice(at)));
  return rest
    ? { text: anchored, problems: [`relative date “${rest[0]}” has no anchor`] }
    : { text: anchored, problems: [] };
}
