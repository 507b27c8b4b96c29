import {
  isAcronymWord,
  isOrgHead,
  isPlaceName,
  isTitleHead,
  isTitleWord,
  ORG_NOUNS,
  PORTFOLIOS,
  SPEECH_VERBS,
  stripPossessive,
  TITLE_HEADS,
} from "./lexicon";
import { titleSplit } from "./title-split";

/**
 * Title phrases in the shapes news English gives them: "NCA Director General", "head of strategy …
 * for the NCA's National Cyber Crime Unit", "a spokesman for Y", "The NCA's head". The title keeps
 * only the position words; the organisation is returned separately.
 */
export type TitleParse = {
  title: string;
  org?: string;
  /** "its chief executive": the organisation is the one the text is about. */ its?: boolean;
};

const ARTICLE = /^(?:a|an|the|its|his|her|their)\s+/i;
const HEAD_RE = new RegExp(String.raw`\b(?:${[...TITLE_HEADS].join("|")})\b`, "i");

export function parseTitlePhrase(raw: string): TitleParse | undefined {
  const t = titlePhrase(raw);
  return t && /^\s*its\s/i.test(raw) && !t.org ? { ...t, its: true } : t;
}

function titlePhrase(raw: string): TitleParse | undefined {
  let text = raw
    .trim()
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/[.,;:]+$/, "");
  // A relative clause ends the title: "a professor … at MIT who was not involved in the research".
  text = text.replace(/\s+(?:who|whom|whose|which|that)\s.*$/, "");
  text = text.replace(ARTICLE, "");
  // "the study's lead author": a possessive common noun that is no organisation is left out.
  const common = /^([a-z]+)['’]s\s+(.+)$/.exec(text);
  if (common && !ORG_NOUNS.has(common[1]) && HEAD_RE.test(common[2])) text = common[2];
  let org: string | undefined;
  // "NCA's head", "the agency's chief": the possessive names the organisation (a country's is no organisation:
  // "Saudi Arabia's energy minister"). A common noun ("the commission's") is resolved by the caller.
  const poss = /^((?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*|[a-z]+)['’]s\s+(.+)$/.exec(text);
  if (poss && HEAD_RE.test(poss[2]) && (/^[A-Z]/.test(poss[1]) || ORG_NOUNS.has(poss[1]))) {
    org = isPlaceName(poss[1]) ? undefined : poss[1];
    text = poss[2];
  }
  if (!HEAD_RE.test(text)) return undefined;
  // An organisation complement: "… for the NCA's National Cyber Crime Unit", "chief executive of Acme Corp".
  const comp =
    /^(.*?\S)\s+(?:for|of|at|with)\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*|of|and|for|the|&)(?:\s+(?:[A-Z][\w.&'’-]*|of|and|for|the|&))*|[A-Z][A-Z0-9&]+(?:['’]s)?(?:\s+[a-z]+){1,5})$/.exec(
      text,
    );
  if (comp && /^[A-Z]/.test(comp[2]) && looksLikeOrg(comp[2]) && !isFunctionArea(comp[2])) {
    const parts = comp[2].split(/['’]s\s+/);
    // "the BMA's junior doctors committee": a lower-case unit leaves the organisation that owns it.
    // "the FBI's New York Field Office": a unit named by its place is a branch of the organisation that owns it.
    const last = parts[parts.length - 1];
    const branch =
      parts.length > 1 &&
      /^(?:[A-Z][\w.'’-]*\s+){1,3}(?:Field\s+)?(?:Office|Division|Branch|Bureau)$/.test(last) &&
      isPlaceName(
        last
          .split(/\s+/)
          .slice(0, -1)
          .filter((w) => w !== "Field")
          .join(" "),
      );
    org = parts.length > 1 && (/^[a-z]/.test(last) || branch) ? parts[parts.length - 2] : last;
    text = comp[1];
    // With the organisation named after the title, words before the title are part of it ("Alaska Regional Administrator").
    if (
      /^[A-Z]/.test(text) &&
      HEAD_RE.test(text) &&
      text.split(/\s+/).every((w) => /^[A-Z]/.test(w) || /^(?:of|for|and|the|&)$/.test(w))
    )
      return { title: text, org };
  }
  const words = text.split(/\s+/);
  if (/^[A-Z]/.test(text) && words.every((w) => /^[A-Z]/.test(w) || /^(?:of|for|and|the|&)$/.test(w))) {
    const split = titleSplit(
      words.map(stripPossessive),
      words.map((w) => stripPossessive(w).toLowerCase()),
    );
    if (!split) return undefined;
    return { title: split.title, org: org ?? split.org };
  }
  let first = words.findIndex((w) => isTitleWord(w.toLowerCase()));
  if (first < 0 || first > 2) return undefined;
  // A lower-case portfolio belongs to the title: "health secretary", "energy minister".
  while (first > 0 && /^[a-z]/.test(words[first - 1]) && PORTFOLIOS.has(words[first - 1])) first--;
  const lead = words.slice(0, first);
  if (lead.length && !org && isAcronymWord(stripPossessive(lead[0])) && lead.slice(1).every((w) => /^[A-Z]/.test(w))) {
    // "NSA Cybersecurity Director …": the acronym is the organisation, the rest is the title.
    return { title: words.slice(1).join(" "), org: stripPossessive(lead[0]) };
  }
  if (lead.length && !org && lead.every((w) => /^[A-Z]/.test(w))) org = lead.join(" ");
  // "research director", "water resources minister", "third-grade teacher": up to two lower-case nouns
  // before the title are its field.
  else if (lead.length && !(lead.length <= 2 && lead.every((w) => /^[a-z][a-z-]+$/.test(w) && !FIELD_STOP.has(w))))
    return undefined;
  else if (lead.length) return { title: words.join(" "), org };
  return { title: words.slice(first).join(" "), org };
}

/** Lower-case words that do not open a title's field ("said director", "new chief"). */
const FIELD_STOP = new Set([
  "said",
  "says",
  "told",
  "and",
  "or",
  "but",
  "new",
  "then",
  "now",
  "also",
  "not",
  "who",
  "is",
  "was",
  "as",
  "by",
  "to",
  "with",
  "his",
  "her",
  "their",
  "our",
  "its",
  "this",
  "that",
  "one",
  "longtime",
  "veteran",
]);

/** The area a post covers, not an organisation: "Director of Operations", "Head of Policy and Communications". */
const FUNCTION_AREAS = new Set(
  "operations policy communications strategy research intelligence technology finance enforcement investigations cybersecurity security public legal affairs engineering marketing compliance prosecutions innovation science data digital programmes programs partnerships engagement outreach external international regulation standards training equality diversity inclusion risk audit resilience".split(
    " ",
  ),
);
export function isFunctionArea(s: string): boolean {
  const words = s.split(/\s+/).map((w) => w.toLowerCase());
  return words.some((w) => FUNCTION_AREAS.has(w)) && words.every((w) => FUNCTION_AREAS.has(w) || /^(?:and|&)$/.test(w));
}

function looksLikeOrg(s: string): boolean {
  const words = s.split(/\s+/);
  const last = stripPossessive(words[words.length - 1]);
  return (
    isAcronymWord(words[0]) ||
    isAcronymWord(last) ||
    words.some((w) => isOrgHead(stripPossessive(w).toLowerCase())) ||
    words.length <= 3
  );
}

/** "Cybersecurity Director and Deputy National Manager": two positions joined by "and". */
export function splitTitles(t: TitleParse): TitleParse[] {
  const parts = t.title.split(/\s+and\s+(?=[A-Z])/);
  if (parts.length === 2 && parts.every((p) => p.split(/\s+/).some((w) => isTitleHead(w.toLowerCase())))) {
    return [{ title: parts[0], org: t.org }, { title: parts[1] }];
  }
  return [t];
}

const STOP_PART =
  /^(?:said|says|say|stated|states|told|tells|added|adds|warned|explained|noted|who|which|whose|that|where|when|is|was|are|were|has|had|have|will|would|can|could|may|might|concurred|announced|according|speaking|in|on|at|after|before|during|while|and (?:said|added|told))\b/i;

/**
 * The appositive after a name, as (title, organisation) pairs: ", NCA Director General, said",
 * ", Commander, U.S. Cyber Command, Director, NSA/Chief, Central Security Service."
 */
export function parseAppositive(after: string): TitleParse[] {
  if (!/^\s*,/.test(after)) return [];
  const stop = after.search(/[:;“"(]|(?<!\b[A-Z])\.(?:\s|$)|\s[—–]\s/);
  const region = (stop < 0 ? after : after.slice(0, stop)).replace(/^\s*,\s*/, "");
  // "an astronomer at Stockholm University and the study's lead author": two positions.
  const parts = region
    .split(/\s*,\s*|\s*\/\s*|\s+and\s+(?=(?:a|an|the|its)\s+(?:\S+\s+){0,3}?(?:[\w-]+)(?:\s|$))/)
    .filter(Boolean);
  const out: TitleParse[] = [];
  let cur: TitleParse | undefined;
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
    const t = parseTitlePhrase(part);
    if (t && (/^[A-Z]/.test(part) || /^(?:a|an|the|its)\s/i.test(part) || HEAD_RE.test(part.split(/\s+/)[0]))) {
      cur = { ...t };
      out.push(cur);
      continue;
    }
    if (!cur) break;
    if (/^[A-Z]/.test(part)) {
      if (!cur.org) cur.org = part.replace(/^the\s+/i, "");
      else cur.title = `${cur.title}, ${part}`;
    } else if (
      /^(?:and|or|&)?\s*[a-z]/.test(part) &&
      !/^(?:a|an|the|its|his|her|their)\s/i.test(part) &&
      (/^(?:and|or|&)\s/.test(part) || part.split(/\s+/).length <= 3)
    ) {
      // A list inside the title: "head of strategy, partnerships, and transformation for …".
      const merged = parseTitlePhrase(`${cur.title}, ${part}`);
      if (!merged) break;
      cur.title = merged.title;
      cur.org = merged.org ?? cur.org;
    } else break;
  }
  return out.flatMap(splitTitles);
}

/** The title phrase that ends right before ", Name": "the Director of the NSA, General …", "The NCA's head, Keith Bristow". */
export function titleBeforeComma(before: string): TitleParse | undefined {
  const clause =
    before
      .replace(/,\s*$/, "")
      .split(/[,;:“”"]\s*/)
      .pop() ?? "";
  const words = clause.trim().split(/\s+/);
  // Take the shortest tail that parses as a title phrase and starts at a title-ish word.
  for (let i = Math.max(0, words.length - 10); i < words.length; i++) {
    const tail = words.slice(i).join(" ");
    if (!/^(?:the|its|a|an|[A-Z])/i.test(tail) || (/^[a-z]/.test(tail) && !ARTICLE.test(tail + " "))) continue;
    const t = parseTitlePhrase(tail);
    if (t) return t;
  }
  return undefined;
}

/**
 * A lower-case title right before a name, after an optional organisation or portfolio:
 * "Microsoft vice chair Dana Whitfield", "WHO chief scientist Dr. …", "Finance minister Rachel …",
 * "the health secretary Eleanor …". `before` is the sentence text up to the name (honorifics excluded).
 */
export function lowerTitleBefore(before: string): TitleParse | undefined {
  const m = /(?:^|[\s(“"‘])((?:[A-Z][\w.&'’-]*\s+){0,4}?)((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\s+$/.exec(before);
  if (!m) return undefined;
  const lower = m[2].split(/\s+/);
  // Only title vocabulary, ending in a title head; "the"/"a" may open it.
  // "Lt. James Ford and firefighter Eric Nolan": the capitalised words before "and" are another name.
  const joined = /^(?:and|or)$/.test(lower[0] ?? "");
  while (lower.length && /^(?:the|a|an|former|then|and|or)$/.test(lower[0])) lower.shift();
  if (joined)
    return lower.length &&
      isTitleHead(lower[lower.length - 1]) &&
      lower.every((w) => isTitleWord(w) || PORTFOLIOS.has(w))
      ? { title: lower.join(" ") }
      : undefined;
  // "agency spokesperson Victoria Lane", "union president …": an organisation noun owns the title.
  if (
    lower.length >= 2 &&
    ORG_NOUNS.has(lower[0]) &&
    !/[A-Z]/.test(m[1]) &&
    isTitleHead(lower[lower.length - 1]) &&
    lower.slice(1).every((w) => isTitleWord(w))
  ) {
    return { title: lower.slice(1).join(" "), org: lower[0] };
  }
  if (!lower.length || !isTitleHead(lower[lower.length - 1])) return undefined;
  if (!lower.every((w) => isTitleWord(w) || PORTFOLIOS.has(w) || /^(?:of|for|vice|co)$/.test(w))) return undefined;
  let caps = m[1].trim().split(/\s+/).filter(Boolean);
  while (caps.length && /^(?:The|A|An|But|And|In|On|At|As|When|After|Former)$/.test(caps[0])) caps = caps.slice(1);
  if (caps.length === 1 && PORTFOLIOS.has(caps[0].toLowerCase())) return { title: `${caps[0]} ${lower.join(" ")}` };
  const org = caps.map(stripPossessive).join(" ");
  if (!org || isPlaceName(org) || /^(?:U\.S\.|US|UK|U\.K\.|EU|American|British|European)$/.test(org))
    return { title: lower.join(" ") };
  return { title: lower.join(" "), org };
}
