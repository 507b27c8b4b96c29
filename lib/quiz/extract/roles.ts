import {
  isAcronymWord,
  isHonorific,
  isOrgHead,
  isPlaceName,
  isTitleHead,
  isTitleWord,
  ORG_NOUNS,
  PORTFOLIOS,
  stripPossessive,
  TITLE_HEADS,
} from "./lexicon";
import { isPositionNoun } from "./positions";
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

export const ARTICLE = /^(?:a|an|the|its|his|her|their)\s+/i;
export const HEAD_RE = new RegExp(String.raw`\b(?:${[...TITLE_HEADS].join("|")})\b`, "i");

/** An organisation's name after "of/for/at/with": capitalised words (small joining words inside), or an acronym and a unit. */
const ORG_COMPLEMENT = String.raw`((?:[A-Z][\w.&'’-]*|of|and|for|the|&)(?:\s+(?:[A-Z][\w.&'’-]*|of|and|for|the|&))*|[A-Z][A-Z0-9&]+(?:['’]s)?(?:\s+[a-z]+){1,5})`;
const FIRST_COMPLEMENT = new RegExp(String.raw`^(.*?\S)\s+(?:for|of|at|with)\s+(?:the\s+|its\s+)?${ORG_COMPLEMENT}$`);
const LAST_COMPLEMENT = new RegExp(String.raw`^(.*\S)\s+(?:for|at|with)\s+(?:the\s+|its\s+)?${ORG_COMPLEMENT}$`);

/** `strict`: only the closed title heads count as a position (for deciding that an unknown name is a person's). */
export function parseTitlePhrase(raw: string, strict = false): TitleParse | undefined {
  const t = titlePhrase(raw, strict);
  return t && /^\s*its\s/i.test(raw) && !t.org ? { ...t, its: true } : t;
}

function titlePhrase(raw: string, strict: boolean): TitleParse | undefined {
  let text = raw
    .trim()
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/[.,;:]+$/, "");
  // A relative clause ends the title: "a professor … at MIT who was not involved in the research".
  text = text.replace(/\s+(?:who|whom|whose|which|that)\s.*$/, "");
  text = text.replace(ARTICLE, "");
  // "Robert Jackson, a former minister, to Labour": after a comma, a phrase of movement is the clause's, not the post's
  text = text.replace(/,\s+(?:to|from|into|after|before|over|against)\s.*$/, "");
  // "Lib Dem's elections chief Lord Rennard said": a styled name inside the phrase is someone else's title and name
  if (/\s(?:Lord|Lady|Sir|Dame|Baroness|Baron|Mr|Mrs|Ms|Mx|Dr)\.?\s+[A-Z][a-z]/.test(text)) return undefined;
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
  if (
    !HEAD_RE.test(text) &&
    !text
      .split(/\s+/)
      .slice(0, 5)
      .some((w) => isPositionNoun(w, strict))
  )
    return undefined;
  // An organisation complement: "… for the NCA's National Cyber Crime Unit", "chief executive of Acme Corp",
  // the last one after a lower-case title ("group president of Poultry for Tyson Foods").
  const orgComp = (c: RegExpExecArray | null) =>
    c && /^[A-Z]/.test(c[2]) && looksLikeOrg(c[2]) && !isFunctionArea(c[2]) && !isHonorific(c[2].split(/\s+/)[0])
      ? c
      : null;
  const last = LAST_COMPLEMENT.exec(text);
  const first = orgComp(FIRST_COMPLEMENT.exec(text));
  const lastOk = orgComp(last && /(?:^|\s)[a-z]/.test(last[1]) ? last : null);
  // "of Dairy for Kestrel Foods": a "for/at" inside the first complement starts the organisation.
  const inner = first ? /^(.*?)\s(?:for|at)\s/.exec(first[2]) : null;
  const comp = first && !(lastOk && inner && !inner[1].split(/\s+/).some(isOrgHead)) ? first : lastOk;
  if (comp) {
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
  // "chief executive of the company": an organisation noun the caller resolves to the organisation it stands for.
  const byNoun = /^(.*\S)\s+(?:of|for|at)\s+the\s+([a-z]+)$/.exec(text);
  if (!org && byNoun && ORG_NOUNS.has(byNoun[2]) && HEAD_RE.test(byNoun[1])) {
    org = byNoun[2];
    text = byNoun[1];
  }
  const words = text.split(/\s+/);
  if (/^[A-Z]/.test(text) && words.every((w) => /^[A-Z]/.test(w) || /^(?:of|for|and|the|&)$/.test(w))) {
    const split = titleSplit(
      words.map(stripPossessive),
      words.map((w) => stripPossessive(w).toLowerCase()),
    );
    // "Poet Laureate Rita Dove" is a title and a name, not a title.
    if (!split || !(isTitleWord(words[words.length - 1]) || /\s(?:of|for)\s/.test(text))) return undefined;
    return { title: split.title, org: org ?? split.org };
  }
  return leadAndTitle(words, org, strict);
}

/** Where the position words start: the first title word among the first three, else a lower-case position noun ("brakeman"). */
function titleStart(words: string[], strict: boolean): number {
  const t = words.findIndex((w) => isTitleWord(w.toLowerCase()));
  if (t >= 0 && t <= 2) return t;
  return words.findIndex((w, i) => i <= 4 && /^[a-z]/.test(w) && isPositionNoun(w, strict));
}

/**
 * The words before the position: a lower-case portfolio or field belongs to the title ("health secretary", "research
 * director", "third-grade teacher"); capitalised words name the organisation ("NSA Cybersecurity Director", "WCAP
 * program director", "a former Obama administration official"), with "former" kept in the title.
 */
function leadAndTitle(words: string[], org: string | undefined, strict: boolean): TitleParse | undefined {
  let first = titleStart(words, strict);
  if (first < 0) return undefined;
  while (first > 0 && /^[a-z]/.test(words[first - 1]) && PORTFOLIOS.has(words[first - 1])) first--;
  // After the title's first word, the title runs on only in title words up to a complement ("has named" ends it).
  const tail = words.slice(first + 1);
  const comp = tail.findIndex((w) => /^(?:of|for|at|with|on|to|in)$/.test(w));
  if (tail.slice(0, comp < 0 ? tail.length : comp).some((w) => VERBISH.test(w) || /^[a-z]+(?:ed|ly)$/.test(w)))
    return undefined;
  const lead = words.slice(0, first);
  if (!lead.length) return { title: words.join(" "), org };
  const caps = lead.findIndex((w) => /^[A-Z]/.test(w));
  const capsEnd = caps < 0 ? -1 : lead.findIndex((w, i) => i > caps && !/^[A-Z]/.test(w));
  const capsRun = caps < 0 ? [] : lead.slice(caps, capsEnd < 0 ? lead.length : capsEnd);
  const pre = caps < 0 ? [] : lead.slice(0, caps);
  const field = caps < 0 ? lead : lead.slice(caps + capsRun.length);
  const fieldOk = (ws: string[]) =>
    ws.length <= 3 &&
    ws.every((w) => isTitleWord(w) || (/^[a-z][a-z-]+$/.test(w) && !FIELD_STOP.has(w) && !/(?:ed|ly)$/.test(w)));
  if (!fieldOk(field) || !pre.every((w) => /^(?:former|then|ex|longtime|top|senior)$/.test(w))) return undefined;
  const rest = [...pre, ...field, ...words.slice(first)].join(" ");
  if (!capsRun.length) return { title: rest, org };
  const owner = capsRun.map(stripPossessive);
  // "NSA Cybersecurity Director …": the acronym is the organisation, the capitalised rest is the title.
  if (!org && isAcronymWord(owner[0]) && owner.length > 1 && !field.length)
    return { title: [...pre, ...capsRun.slice(1), ...words.slice(first)].join(" "), org: owner[0] };
  return { title: rest, org: org ?? owner.join(" ") };
}

/** Auxiliaries and reporting verbs: a title phrase that holds one is a clause ("The Librarian has named …"). */
const VERBISH = /^(?:is|was|are|were|be|been|has|have|had|will|would|can|could|should|may|might|said|says|told|than)$/;

/** Lower-case words that do not open a title's field ("said director", "new chief"). */
export const FIELD_STOP = new Set([
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
  "has",
  "have",
  "had",
  "be",
  "been",
  "are",
  "were",
  "will",
  "would",
  "can",
  "could",
  "should",
  "may",
  "might",
  "than",
  "more",
  "most",
  "these",
  "those",
  "some",
  "at",
  "in",
  "on",
  "of",
  "for",
  "from",
  "into",
  "about",
  "after",
  "before",
  "over",
  "herself",
  "himself",
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

/**
 * "Cybersecurity Director and Deputy National Manager": two positions joined by "and", each of two words or more;
 * "president and CEO", "Chairman and Chief Executive" name one post.
 */
export function splitTitles(t: TitleParse): TitleParse[] {
  const parts = t.title.split(/\s+and\s+(?=[A-Z])/);
  const twoWords = (p: string) => p.split(/\s+/).length >= 2;
  if (
    parts.length === 2 &&
    parts.every((p) => twoWords(p) && p.split(/\s+/).some((w) => isTitleHead(w.toLowerCase()))) &&
    !/^(?:chief|deputy)\b/i.test(parts[1])
  ) {
    return [{ title: parts[0], org: t.org }, { title: parts[1] }];
  }
  return [t];
}
