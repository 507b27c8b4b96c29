/**
 * A short, stand-alone phrase for a dated event, made from its sentence with
 * the date taken out — ordering items must not carry their own dates.
 */
import nlp from "compromise";
import { capitalizeFirst, hasRelativeTime, startsWithUnresolvedReference, words } from "./text";
import { escapeRe } from "../../regex";

const DATEISH =
  /\b(?:1[89]\d\d|20\d\d|january|february|march|april|june|july|august|september|october|november|december)\b/i;
const LEAD_IN =
  /(?:\b(?:back\s+)?(?:as early as|at|in|on|since|from|during|by|until|before|after)\s+)?(?:the\s+)?(?:(?:end|start|beginning|middle|week)\s+of\s+)?$/i;

/** "an NCA press release published Friday reads" → "An NCA press release was published". */
function reportedRelease(sentence: string, when: string): string | undefined {
  const m = new RegExp(
    `[”"]\\s*,?\\s*((?:an?|the)\\s+[^“”"]+?)\\s+(published|released|issued|sent|posted|made public)\\s+(?:on\\s+)?${escapeRe(when)}\\s+(?:reads|read|says|said|stated|states|added|adds)\\b`,
    "i",
  ).exec(sentence);
  return m ? `${capitalizeFirst(m[1])} was ${m[2]}` : undefined;
}

const NOMINAL =
  "launch|creation|founding|formation|opening|establishment|closure|merger|introduction|publication|signing";

/**
 * "the creation in 2010 of Action Fraud" → "The creation of Action Fraud";
 * "its launch in 2008" → "The launch of the NFA", with "its" resolved to the
 * nearest organisation named before it (`nameBefore`).
 */
function nominalEvent(s: string, when: string, nameBefore?: (text: string) => string | undefined): string | undefined {
  const m = new RegExp(
    `\\b([Ii]ts|[Tt]heir|[Tt]he)\\s+(${NOMINAL})\\s+(?:in|on)\\s+${escapeRe(when)}(?:\\s+of\\s+((?:the\\s+)?[A-Z][\\w’'-]*(?:\\s+[A-Z][\\w’'-]*)*))?`,
  ).exec(s);
  if (!m) return undefined;
  if (m[3]) return `The ${m[2].toLowerCase()} of ${m[3]}`;
  if (m[1].toLowerCase() === "the") return undefined;
  const owner = nameBefore?.(s.slice(0, m.index));
  return owner ? `The ${m[2].toLowerCase()} of ${owner}` : undefined;
}

/** The clause of a long sentence that holds the date. */
function clauseWithDate(s: string, when: string): string {
  const parts = s.split(/,\s+|\s+(?=(?:as|when|while|because|where|after|before)\s)/);
  const hit = parts.find((p) => p.toLowerCase().includes(when.toLowerCase()));
  return hit && words(hit).length >= 5 ? hit.replace(/^(?:as|when|while|because|where|after|before)\s+/i, "") : s;
}

export function eventItemText(
  sentence: string,
  when: string,
  nameBefore?: (text: string) => string | undefined,
): string | undefined {
  let s = sentence.trim().replace(/[.!?]+["”’]?$/, "");
  const released = reportedRelease(s, when);
  if (released) return released;
  const nominal = nominalEvent(s, when, nameBefore);
  if (nominal) return nominal;
  if (
    words(s).length > 25 &&
    !/^when\s/i.test(s.slice(s.toLowerCase().indexOf(when.toLowerCase()) + when.length).replace(/^[,\s]+/, ""))
  )
    s = clauseWithDate(s, when);
  const at = s.toLowerCase().indexOf(when.toLowerCase());
  if (at < 0) return undefined;
  // "during Sunday's prime-time address": the date is the noun's determiner, and the noun is left without one
  if (/^['’]s?\b/.test(s.slice(at + when.length))) return undefined;
  const lead = LEAD_IN.exec(s.slice(0, at));
  const from = lead ? at - lead[0].length : at;
  let t = (s.slice(0, from) + s.slice(at + when.length))
    .replace(/\s+,/g, ",")
    .replace(/\s{2,}/g, " ")
    .replace(/^[,\s]+/, "")
    .trim();
  // "when X, Y": the dated happening is X
  const whenClause = /^when\s+([^,]+),/i.exec(t);
  if (whenClause) t = whenClause[1];
  // "The IC3, which began, is …" → "The IC3 began"
  const rel = /^(.+?),\s+(?:which|who)\s+(\w+),\s+/i.exec(t);
  if (rel && words(rel[1]).length <= 6) t = `${rel[1]} ${rel[2]}`;
  // "The project, first proposed, will be built": the date belonged to a phrase now left empty
  if (/,\s*(?:\w+\s+)?\w+(?:ed|en)\s*,/.test(t)) return undefined;
  // "and in 2019 she was …": the clause's conjunction goes, so the pronoun check sees "she"
  t = t.replace(/^(?:and|but|while|then)\s+/i, "");
  // "since her first trip, in 1994, she did not hesitate": the date belonged to a phrase now left empty
  if (/,\s*,/.test(t)) return undefined;
  t = capitalizeFirst(t.replace(/[,;:\s]+$/, ""));
  if (/,\s*$|\b(?:in|on|at|of|from|since|during)$/i.test(t)) return undefined;
  return t;
}

/** Reasons an item phrase cannot stand on its own. */
export function itemProblems(text: string | undefined): string[] {
  if (!text) return ["no stand-alone phrase for the event"];
  const p: string[] = [];
  const n = words(text).length;
  if (n < 4 || n > 25) p.push(`the event phrase has ${n} words (want 4–25)`);
  if (DATEISH.test(text)) p.push("the event phrase still contains a date");
  if (hasRelativeTime(text)) p.push("the event phrase has a relative time word");
  if (startsWithUnresolvedReference(text) || /^(?:we|i|our|us)\b/i.test(text))
    p.push("the event phrase starts with a pronoun");
  if (/[“”"]/.test(text)) p.push("the event phrase contains a quotation");
  if (/(?:^|\s)['’]s\b/.test(text)) p.push("the event phrase keeps a possessive whose owner was cut");
  // "But, California flipped …", "The 9/11 attackers struck ; now …": the cut kept a joint to a clause not shown
  if (/^(?:but|and|so|yet|then|also|however|still)\b/i.test(text.trim()) || /\s[;:]\s|\s[;:]$/.test(text))
    p.push("the event phrase keeps the joint of a clause that was cut");
  // "Hillary Clinton said she", "The next mayoral election is not": the cut left a clause without its end
  if (CUT_END.test(text.trim())) p.push("the event phrase stops in the middle of a clause");
  // "Followed by one in Pittsburgh", "Guided Huckabee to victory", "Neither will appear …": no subject of its own
  const first = text.trim().split(/\s+/)[0] ?? "";
  if (
    QUANTIFIER_SUBJECT.test(first) ||
    (/^[A-Z][a-z]+$/.test(first) &&
      tagsOf(first.toLowerCase()).some((t) => /^(?:PastTense|Participle|Gerund)$/.test(t)) &&
      !tagsOf(first.toLowerCase()).some((t) => /^(?:Noun|Singular|Plural)$/.test(t)))
  )
    p.push("the event phrase has no subject of its own");
  // "A CNN-ORC survey released had him at 4 percent": a person pronoun with no name before it in the phrase
  const pronoun = /\b(?:he|him|his|she|her|they|them|their)\b/i.exec(text);
  if (pronoun && !/\b[A-Z][a-z]+\b/.test(text.slice(1, pronoun.index)))
    p.push(`the event phrase's “${pronoun[0]}” refers to someone it does not name`);
  return p;
}

/** Words no phrase ends on: a pronoun subject, a negation, an auxiliary, a verb of saying, a preposition. */
const CUT_END =
  /\b(?:he|she|they|it|we|i|not|is|was|are|were|be|been|has|have|had|will|would|can|could|said|says|that|to|of|the|a|an|and|or|but|with|for|in|on|at|by|from)$/i;
const QUANTIFIER_SUBJECT = /^(?:neither|either|both|each|none|all|some|another|one)$/i;
const tagsOf = (w: string): string[] =>
  (nlp(w).json() as { terms: { tags: string[] }[] }[]).flatMap((x) => x.terms).flatMap((t) => t.tags);

/** Words opening a clause inside the sentence: a date after one of them dates that clause's happening. */
const SUBORDINATOR =
  /\b(after|before|when|whenever|while|since|until|because|although|though|once|whereas|which|who|whom|whose|where)\b/gi;
const RELATIVE = new Set(["which", "who", "whom", "whose", "where"]);
/** A finite verb in a fragment: the tagger's, or a past form it misreads after an adjective ("his rival announced"). */
const hasVerb = (text: string) =>
  nlp(text).has("#Verb") ||
  /\b[a-z]{3,}ed\b|\b(?:was|were|is|are|has|had|have|did|said|made|took|came|went)\b/.test(text);

/**
 * Is the event's date in a subordinate or relative clause while the item is not that clause? ("Eric Trump's
 * comments came after his father unveiled a nickname in a Sunday tweet": Sunday dates the tweet, not the
 * comments.) The item may stand for that clause alone: "when X, Y" cut to X, "The IC3, which began in 2013,
 * is …" rebuilt as "The IC3 began".
 */
export function dateOfOtherClause(sentence: string, when: string, item: string): boolean {
  const at = sentence.toLowerCase().indexOf(when.trim().toLowerCase());
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  const clause = before.slice(
    Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(" — ")) + 1,
  );
  const opensClause = (m: RegExpExecArray) => {
    const rest = clause.slice(m.index + m[0].length).trim();
    // "the WHO said" is an acronym; "since its launch in 2008", "after the vote on Sunday" date a noun, no clause
    return m[0] !== m[0].toUpperCase() && !!rest && (RELATIVE.has(m[1].toLowerCase()) || hasVerb(rest));
  };
  const found = [...clause.matchAll(SUBORDINATOR)].find(opensClause);
  if (!found) return false;
  const tail = words(clause.slice(found.index + found[0].length));
  const it = words(item);
  if (!RELATIVE.has(found[1].toLowerCase()))
    return !(tail.length && it.slice(0, 2).join(" ") === tail.slice(0, 2).join(" "));
  return !(it.length <= 8 && tail.length > 0 && it.at(-1) === tail[0]);
}
