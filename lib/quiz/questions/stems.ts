/** Making article sentences stand on their own as question stems. */
import { formatDay, parseWhen } from "./dates";
import { RELATIVE_TIME } from "./text";

/** The text with quotations blanked out, so checks only judge the narrator's words. */
export function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*”?/g, " ").replace(/"[^"]*"?/g, " ");
}

/**
 * Anchor relative time words outside quotations: "published Friday" becomes
 * "published Friday (13 November 2015)". Without a publication date the
 * sentence cannot be anchored and the stem is refused.
 */
export function anchorRelativeTimes(text: string, published?: string): { text: string; problems: string[] } {
  const outside = outsideQuotes(text);
  const m = RELATIVE_TIME.exec(outside);
  if (!m) return { text, problems: [] };
  const w = parseWhen(m[0], published);
  if (!w || w.start !== w.end) return { text, problems: [`relative date “${m[0]}” has no anchor`] };
  // "Saturday’s (19 December 2015) debate", not "Saturday (19 December 2015)’s debate"
  const at = m.index + m[0].length + (/^['’]s\b/.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
  const anchored = text.slice(0, at) + ` (${formatDay(w.start)})` + text.slice(at);
  // a second relative expression would need its own anchor
  const rest = RELATIVE_TIME.exec(outsideQuotes(anchored.slice(at)));
  return rest
    ? { text: anchored, problems: [`relative date “${rest[0]}” has no anchor`] }
    : { text: anchored, problems: [] };
}
