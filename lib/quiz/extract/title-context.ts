import {
  isDemonym,
  isPlaceName,
  isTitleHead,
  isTitleWord,
  ORG_NOUNS,
  PORTFOLIOS,
  SPEECH_VERBS,
  stripPossessive,
} from "./lexicon";
import { isPositionNoun, singularNoun, tagsOf } from "./positions";
import { isTerritorial } from "./title-split";
import { ARTICLE, FIELD_STOP, parseTitlePhrase, splitTitles, type TitleParse } from "./roles";

/**
 * Title phrases in their places around a name: the appositive after it, a title phrase before ", Name", and a
 * lower-case title right before it.
 */
const STOP_PART =
  /^(?:said|says|say|stated|states|told|tells|added|adds|warned|explained|noted|who|which|whose|that|where|when|is|was|are|were|has|had|have|will|would|can|could|may|might|concurred|announced|according|speaking|in|on|at|after|before|during|while|also|and (?:said|added|told))\b/i;

/**
 * The appositive after a name, as (title, organisation) pairs: ", NCA Director General, said",
 * ", Commander, U.S. Cyber Command, Director, NSA/Chief, Central Security Service."
 */
export function parseAppositive(after: string, strict = false): TitleParse[] {
  // "Richard Rowe Jr., commanding general": the abbreviation's full stop before the comma.
  after = after.replace(/^\.(?=\s*,)/, "");
  if (!/^\s*,/.test(after)) return [];
  const stop = after.search(/[:;“"(]|(?<!\b[A-Z])\.(?:\s|$)|\s[—–]\s/);
  // "X, professor at Y and director of its Z says": the speech verb ends the appositive.
  const region = (stop < 0 ? after : after.slice(0, stop)).replace(/^\s*,\s*/, "").replace(SPEECH_AFTER, "");
  // "an astronomer at Stockholm University and the study's lead author": two positions.
  const parts = region
    .split(/\s*,\s*|\s*\/\s*|\s+and\s+(?=(?:a|an|the|its)\s+(?:\S+\s+){0,3}?(?:[\w-]+)(?:\s|$))/)
    .filter(Boolean);
  const out: TitleParse[] = [];
  let cur: TitleParse | undefined;
  let prevPart = "";
  for (const part of parts) {
    if (
      STOP_PART.test(part) ||
      SPEECH_VERBS.has(part.split(/\s+/)[0]) ||
      /^(?:called|calls|urged|welcomed|criticised|criticized|rejected|declined|pointed|insisted|argued|urged|predicted|dismissed|praised)\b/.test(
        part,
      )
    )
      break;
    if (/^\d+$/.test(part)) continue;
    // "the foreign minister of France, a permanent member of the Security Council": the second appositive
    // describes what the first one's complement names.
    if (cur && /\s(?:of|for|at)\s+(?:the\s+)?[A-Z]/.test(prevPart) && /^(?:a|an)\s/i.test(part)) break;
    prevPart = part;
    // A list inside the title: "head of strategy, partnerships, and transformation for …".
    const listItem =
      /^(?:and|or|&)?\s*[a-z]/.test(part) &&
      !isVerb(part.replace(/^(?:and|or|&)\s+/, "").split(/\s+/)[0]) &&
      !ARTICLE.test(part) &&
      (/^(?:and|or|&)\s/.test(part) || part.split(/\s+/).length <= 3);
    const merged = cur && listItem ? parseTitlePhrase(`${cur.title}, ${part}`, strict) : undefined;
    if (cur && merged) {
      cur.title = merged.title;
      cur.org = merged.org ?? cur.org;
      continue;
    }
    const ts = twoPosts(part, strict);
    if (ts) {
      out.push(...ts);
      cur = ts[ts.length - 1];
      continue;
    }
    const t = parseTitlePhrase(part, strict);
    if (t) {
      cur = { ...t };
      out.push(cur);
      continue;
    }
    if (!cur) break;
    if (/^[A-Z]/.test(part) && !cur.org) cur.org = part.replace(/^the\s+/i, "");
    else if (/^[A-Z]/.test(part)) cur.title = `${cur.title}, ${part}`;
    else break;
  }
  return out.flatMap(splitTitles);
}

/** "spoke", "scored twice": a verb after the appositive ends it ("head of strategy, partnerships" is a list). */
const isVerb = (w: string) => {
  const tags = tagsOf(w.toLowerCase());
  return tags.has("PastTense") || (tags.has("Verb") && !tags.has("Noun") && /[^s]s$/.test(w));
};

const SPEECH_AFTER = new RegExp(String.raw`\s+(?:${[...SPEECH_VERBS].join("|")})\b.*$`);

/**
 * "IMCOM commanding general and assistant chief of staff for …", "professor at Y and director of its Z": two posts
 * joined by "and" when the first names its own organisation; "president and CEO of Acme" is one post.
 */
function twoPosts(part: string, strict: boolean): TitleParse[] | undefined {
  const m = /^(.+?)\s+and\s+(.+)$/.exec(part);
  if (!m) return undefined;
  const left = parseTitlePhrase(m[1], strict);
  const right = parseTitlePhrase(m[2], strict);
  if (!left?.org || !right) return undefined;
  return [left, right];
}

/** The title phrase that ends right before ", Name": "the Director of the NSA, General …", "The NCA's head, Keith Bristow". */
/** A subject and its past or present verb inside a phrase: "… and Emanuel fired …", "Emanuel fired …". */
const NEW_CLAUSE =
  /(?:^|\b(?:and|but|or|while|as)\s+)[A-Z][\w'’-]+\s+(?:[a-z]+ed|[a-z]+s|said|told|named|made|gave|took)\s+(?:his|her|their|its|the|a|an)\b/;

export function titleBeforeComma(before: string, strict = false): TitleParse | undefined {
  const clause =
    before
      .replace(/,\s*$/, "")
      .split(/[,;:“”"]\s*|\s[-—–]+\s/)
      .pop() ?? "";
  const words = clause.trim().split(/\s+/);
  // "These employees, Stumpf explained": a plural is no one person's title.
  const head = words[words.length - 1] ?? "";
  if (singularNoun(head) !== head.toLowerCase() && !/(?:ss|us)$/.test(head)) return undefined;
  // Take the longest tail that parses as a title phrase and starts at a title-ish word.
  for (let i = Math.max(0, words.length - 10); i < words.length; i++) {
    const tail = words.slice(i).join(" ");
    if (!/^(?:the|its|a|an|[A-Z])/i.test(tail) || (/^[a-z]/.test(tail) && !ARTICLE.test(tail + " "))) continue;
    // "charged the officer with murder and Emanuel fired his police chief, Garry F. McCarthy": a tail that runs
    // over a clause of its own (a name and its verb) is two clauses, not a title phrase
    if (NEW_CLAUSE.test(tail)) continue;
    // "And Florida's attorney general, Pam Bondi": a sentence's opening conjunction is no part of a name
    if (/^(?:And|But|So|Or|Nor|Yet|Then|Also|Still|Plus)\s/.test(tail)) continue;
    const t = parseTitlePhrase(tail, strict);
    if (t) return t;
  }
  return undefined;
}

/** A word the lexicon knows, and not as a name or a place ("work", "culture"). */
const isCommonNoun = (w: string) => {
  const t = tagsOf(w);
  return t.size > 0 && !["Person", "FirstName", "LastName", "Place", "ProperNoun"].some((x) => t.has(x));
};

/** Capitalised words before a lower-case title and a name: the organisation, unless they say where or which party. */
const NOT_OWNER =
  /^(?:U\.S\.|US|UK|U\.K\.|EU|American|British|European|Republican|Democratic|Democrat|Labour|Conservative|Tory)$/;
/** Up to four capitalised words, then up to four lower-case words, right before the name. */
const BEFORE_NAME = /(?:^|[\s(“"‘])((?:[A-Z][\w.&'’-]*\s+){0,4}?)((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\s+$/;

/** A lower-case word that may qualify a position ("movie", "presidential", "campaign"), not a verb, adverb or function word. */
const fieldWord = (w: string) =>
  isTitleWord(w) ||
  PORTFOLIOS.has(w) ||
  /^(?:of|for|vice|co)$/.test(w) ||
  (/^[a-z][a-z-]+$/.test(w) && !FIELD_STOP.has(w) && !/(?:ed|ly|ing)$/.test(w) && !ARTICLE.test(`${w} `));

/**
 * A lower-case title right before a name, after an optional organisation or portfolio:
 * "Microsoft vice chair Dana Whitfield", "WHO chief scientist Dr. …", "Finance minister Rachel …",
 * "the health secretary Eleanor …", "movie critic Leonard Maltin", "Republican presidential nominee Donald Trump".
 * With `list` (names follow in a list), a plural title is read too: "Colorado State forecasters A and B".
 * `before` is the sentence text up to the name (honorifics excluded).
 */
export function lowerTitleBefore(before: string, list = false): TitleParse | undefined {
  const m = BEFORE_NAME.exec(before);
  if (!m) return undefined;
  let lower = m[2].split(/\s+/);
  // "Lt. James Ford and firefighter Eric Nolan": the capitalised words before "and" are another name.
  const joined = /^(?:and|or)$/.test(lower[0] ?? "");
  const head = lower[lower.length - 1];
  const plural = singularNoun(head) !== head;
  if (!isPositionNoun(head) || (plural && !list)) return undefined;
  // The longest run of qualifying words before the head; "former" stays in the title, "the" does not.
  let k = lower.length - 1;
  while (k > 0 && fieldWord(lower[k - 1])) k--;
  const adjacent = k === 0;
  lower = [...lower.slice(k, -1), plural ? singularNoun(head) : head];
  while (lower.length > 1 && /^(?:the|a|an|and|or)$/.test(lower[0])) lower = lower.slice(1);
  // "Work and pensions minister Alan Johnson": one capitalised common noun before "and" opens the portfolio (a
  // sentence starts with it); a name before "and" ("Lt. James Ford and firefighter …") is another person
  const opener = m[1].trim();
  if (joined && k === 1 && /^[A-Z][a-z]+$/.test(opener) && isCommonNoun(opener.toLowerCase()))
    return { title: `${opener} and ${lower.join(" ")}` };
  if (joined) return isTitleHead(singularNoun(head)) ? { title: lower.join(" ") } : undefined;
  // "agency spokesperson Victoria Lane", "union president …": an organisation noun owns the title.
  if (lower.length >= 2 && ORG_NOUNS.has(lower[0]) && !/[A-Z]/.test(m[1]) && isTitleHead(lower[lower.length - 1]))
    return { title: lower.slice(1).join(" "), org: lower[0] };
  let caps = adjacent ? m[1].trim().split(/\s+/).filter(Boolean) : [];
  while (caps.length && /^(?:The|A|An|But|And|In|On|At|As|When|After|Former)$/.test(caps[0])) caps = caps.slice(1);
  if (caps.length === 1 && PORTFOLIOS.has(caps[0].toLowerCase())) return { title: `${caps[0]} ${lower.join(" ")}` };
  // "Chief cabinet secretary Yoshihide Suga", "Deputy chief constable …": a title word written with a capital
  // opens the title (a sentence or a line may start with it); it owns nothing
  if (caps.length === 1 && isTitleWord(caps[0])) return { title: `${caps[0]} ${lower.join(" ")}` };
  while (caps.length && NOT_OWNER.test(caps[0])) caps = caps.slice(1);
  // "Ex-Chelsea manager", "ex England captain": "ex" is "former", the club or country after it owns the post
  const ex = /^[Ee]x(?:-(.+))?$/.exec(caps[0] ?? "");
  if (ex) {
    const rest = ex[1] ? [ex[1], ...caps.slice(1)] : caps.slice(1);
    const inner = lowerTitleBefore(`${rest.join(" ")} ${lower.join(" ")} `);
    return inner && { ...inner, title: `former ${inner.title}` };
  }
  const org = caps.map(stripPossessive).join(" ");
  if (!org || isPlaceName(org) || caps.every((w) => isDemonym(w)) || isTerritorial(lower[lower.length - 1]))
    return { title: lower.join(" ") };
  return { title: lower.join(" "), org };
}
