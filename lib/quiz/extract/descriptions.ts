import type { Evidence } from "../types";
import { ORG_NOUNS } from "./lexicon";

/**
 * What an organisation is or does, as the text states it by apposition or copula. Works on a
 * sentence and the organisation mentions in it; returns the description text and which mention
 * (by index in `orgs`) it describes, or a name for an organisation no rule has met yet.
 */
export type OrgRef = { start: number; end: number; name: string; entity: string; head: string; first: boolean };
export type FoundDescription = { subject: string; text: string; evidence: Evidence; newOrg?: string };

const NOUN_ALT = [...ORG_NOUNS].join("|");
const APPOS_BEFORE = new RegExp(String.raw`(?:^|[,;]\s*|\b(?:and|but)\s+)((?:the|its|a|an|their|his|her|[A-Z][\w.]*['’]s)\s+(?:[\w’'-]+\s+){0,6}(?:${NOUN_ALT}))\s*,\s*(?:the\s+)?$`, "i");
const APPOS_AFTER = new RegExp(String.raw`^\s*,\s+((?:a|an|the)\s+(?:[\w’'-]+\s+){0,6}(?:${NOUN_ALT}|group|organisation|organization|charity|nonprofit|watchdog|regulator|body))(?=\s*[,.;]|\s+(?:that|which|based|for|in|of)\b)`, "i");
const CALLED_BEFORE = /\b((?:a|an|the)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+(?:called|named|known as)\s+(?:the\s+)?$/i;
const COPULA_AFTER = /^(?:\s*,\s*which\s[^,]*(?:,[^,]*)?,)?\s+(?:is|are|remains|serves as|acts as|was set up as|was created as)\s+((?:a|an|the|its|[A-Z][\w.]*['’]s)\s.+)$/;
const PARTICIPLE_AFTER = /^\s*,\s+((?:comprised|composed|made up|consisting|formed|created|set up|based|charged|tasked|responsible)\b.*)$/;
const BARE_APPOS_AFTER = new RegExp(String.raw`^\s+(the\s+(?:[a-z’'-]+\s+){0,5}(?:${NOUN_ALT}|centre|center)\s+(?:which|that|who)\s.+)$`);
const DEFINITE = new RegExp(String.raw`(?:^|:\s+)["“]?The\s+(${NOUN_ALT})\s+((?:is|are|was said to|has|have|will)\b.+|[a-z]+s\b.+)$`);

const clean = (s: string) => s.replace(/[“”"]/g, "").replace(/[\s.,;:]+$/, "").trim();

export function describe(ev: Evidence, orgs: OrgRef[], inQuote: (offset: number) => boolean, recent: OrgRef[]): FoundDescription[] {
  const out: FoundDescription[] = [];
  const s = ev.sentence;
  for (const o of orgs) {
    const before = s.slice(0, o.start - ev.start);
    const after = s.slice(o.end - ev.start).replace(/^\s*\([^)]*\)/, "");
    if (inQuote(o.start)) continue;
    const ap = APPOS_BEFORE.exec(before) ?? CALLED_BEFORE.exec(before);
    if (ap) out.push({ subject: o.entity, text: clean(ap[1]), evidence: ev });
    const clauseStart = /(?:^|,\s*)(?:the\s+)?$/i.test(before) || /^(?:within|in|at|for|under)\b[^,]*,\s*(?:the\s+)?$/i.test(before);
    const cop = clauseStart ? COPULA_AFTER.exec(after) : null;
    if (cop) out.push({ subject: o.entity, text: clean(cutClause(cop[1])), evidence: ev });
    const appos = APPOS_AFTER.exec(after);
    if (appos) out.push({ subject: o.entity, text: clean(appos[1]), evidence: ev });
    const part = PARTICIPLE_AFTER.exec(after);
    if (part) out.push({ subject: o.entity, text: clean(listAppositive(part[1])), evidence: ev });
  }
  const bare = /([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,4})(\s+the\s+[a-z].*)$/.exec(s);
  if (bare) {
    const m = BARE_APPOS_AFTER.exec(bare[2]);
    if (m && !inQuote(ev.start + bare.index)) out.push({ subject: "", newOrg: bare[1], text: clean(m[1]), evidence: ev });
  }
  const def = DEFINITE.exec(s);
  if (def) {
    const noun = def[1].toLowerCase();
    const ref = [...recent].reverse().find((r) => r.head === noun) ?? [...recent].reverse().find((r) => r.first);
    if (ref) out.push({ subject: ref.entity, text: clean(def[2]), evidence: ev });
  }
  return out;
}

/** "comprised of a, b, and c, held its meeting" → "comprised of a, b, and c": list items continue, a clause ends it. */
function listAppositive(text: string): string {
  const parts = text.split(/,\s*/);
  let n = 1;
  while (n < parts.length && (parts[n].split(/\s+/).length <= 3 || /^(?:and|or)\s/.test(parts[n]))) {
    n++;
    if (/^(?:and|or)\s/.test(parts[n - 1])) break;
  }
  return parts.slice(0, n).join(", ");
}

function cutClause(text: string): string {
  return text.replace(/\s*[;:].*$/, "");
}
