/** Role facts: "What is X's position at Y?", "X is the T of which organisation?" and role sanity checks. */
import type { Corpus, CRole } from "./corpus";
import { inCruft, sourceOf } from "./corpus";
import { baseQuestion, choiceOptions, emptyDraft, type Draft } from "./draft";
import { mentions, pickEntities } from "./distractors";
import { entityIndex } from "./entity-index";
import { factIndex } from "./fact-index";
import { OptionPool } from "./pool";
import { TitleIndex, titleOf, wordsOverlap } from "./similar";
import { inSentence } from "./naming";
import { isDemonym, isPlaceName, isTitleHead, TITLE_MODIFIERS } from "../extract/lexicon";
import { appliedToHolder, boundToName, genderedFor, nameGender } from "./role-options";
import { passingMention, roleDoubts } from "./trust";

export { passingMention };
import { bare, capitalizeFirst, expandTitles, norm, words, cite } from "./text";
import { escapeRe } from "../../regex";

const ROLE_WORD =
  /\b(?:director|chief|head|secretary|minister|president|commissioner|administrator|manager|officer|chair(?:man|woman|person)?|governor|senator|commander|deputy|assistant|spokes(?:person|man|woman)|ceo|cfo|cto|founder|editor|professor|mayor|ambassador|attorney|judge|lead(?:er)?|member|analyst|researcher|reporter|correspondent|chancellor|king|queen|executive|coordinator|advis[oe]r|counsel|agent|inspector|superintendent|constable|representative|congress(?:man|woman)|council(?:man|woman|lor|or|member)|alder(?:man|woman)|selectman|assembly(?:man|woman|member)|mp|lawmaker|scientist|economist|physician|author|owner|partner|principal|dean|captain|colonel|general|admiral|sergeant|lieutenant|premier|justice|clerk|prosecutor|trustee|fellow|rapporteur|envoy|controller|auditor|treasurer|registrar|spokesperson|vice|supervisor|specialist|engineer|presenter|producer|journalist|chairman|boss)\b/i;

/** Offices held over a place rather than in a body. */
const PLACE_TITLES =
  /\b(?:mayor|governor|lieutenant governor|senator|representative|congress(?:man|woman)|council(?:man|woman|lor|or|member)|alder(?:man|woman)|selectman|sheriff|premier|prime minister)\b/i;

/**
 * Could this title be held in the organisation the stem names? Not an office held over a place
 * ("Senator" at a law school), and not a title bound to another body ("professor at …"), unless the
 * key is of that kind too: otherwise the stem's organisation picks the key out.
 */
function fitsOrganisation(title: string, key: string): boolean {
  if (PLACE_TITLES.test(title) && !PLACE_TITLES.test(key)) return false;
  const bound = (t: string) => /\b(?:of|at|for)\s+(?:the\s+)?[A-Z]/.test(t);
  return !bound(title) || bound(key);
}

// ("Professor Robin Lovell Badge": the academic form of address, not the post he holds)
const RANKS = new Set(["general", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "professor", "prof"]);

const PROBLEMS = new WeakMap<CRole, string[]>();

/** Problems that make a role fact unusable (most are extractor mistakes). */
export function roleProblems(corpus: Corpus, r: CRole): string[] {
  let p = PROBLEMS.get(r);
  if (!p) PROBLEMS.set(r, (p = findRoleProblems(corpus, r)));
  return p.slice();
}

function findRoleProblems(corpus: Corpus, r: CRole): string[] {
  const p: string[] = [];
  const title = r.title.trim();
  if (r.personC.kind !== "person") p.push(`role holder “${r.personC.name}” is not a person`);
  if (words(r.personC.name).length < 1 || !/^[A-Z]/.test(r.personC.name))
    p.push(`role holder “${r.personC.name}” does not look like a name`);
  if (!title || words(title).length > 12) p.push(`role title “${title}” is empty or too long`);
  if (RANKS.has(bare(title))) p.push(`“${title}” is a form of address or rank, not a position`);
  const namesElsewhere = entityIndex(corpus).isPersonName(bare(title));
  const roleWord = ROLE_WORD.test(title) || title.split(/\s+/).some((w) => isTitleHead(w.replace(/[^A-Za-z-]/g, "")));
  if (
    namesElsewhere ||
    (!roleWord &&
      title.split(/\s+/).every((w) => /^[A-Z]/.test(w)) &&
      words(title).length <= 3 &&
      !/\b(?:of|for)\b/.test(title))
  )
    p.push(`role title “${title}” looks like a name, not a position`);
  if (mentions(title, r.personC)) p.push(`role title “${title}” contains the person's own name`);
  if (/["“”]/.test(title)) p.push(`role title “${title}” contains quotation marks`);
  // "Ex Labour minister" is stated as "former Labour minister"
  const sentence = norm(expandTitles(r.evidence.sentence).replace(/\b[Ee]x(?:-|\s+)(?=[A-Za-z])/g, "former "));
  const surname = words(r.personC.name).at(-1) ?? "";
  if (!words(sentence).includes(surname)) p.push("the evidence sentence does not name the person");
  if (
    !words(title)
      .filter((w) => w.length > 2)
      .every((w) => words(sentence).includes(w))
  )
    p.push("the evidence sentence does not contain the title");
  if (inCruft(corpus, r.slug, r.evidence.start, r.evidence.end)) p.push("built from page cruft");
  const cut = r.orgC ? cutFromLongerName(r.evidence.sentence, r.orgC.surfaces) : undefined;
  if (cut) p.push(`the body “${cut}” is cut from a longer name in the sentence`);
  return p;
}

/** "Senate Minority Leader Harry Reid" stated with no body as "Minority Leader": the sentence's title is longer. */
export function titleCutProblem(sentence: string, title: string): string | undefined {
  const longer = cutFromLongerName(sentence, [title.trim()]);
  return longer ? `the sentence's title is “${longer}”: the statement cuts it to “${title.trim()}”` : undefined;
}

/**
 * "White House Press Secretary Jay Carney" read as a post of "House": every use of the body's name in the
 * sentence follows another capitalised word of the same name (not "The", a nationality or a place's short form).
 */
export function cutFromLongerName(sentence: string, surfaces: readonly string[]): string | undefined {
  let seen: string | undefined;
  for (const s of surfaces) {
    const re = new RegExp(`(^|[^\\w’'-])${escapeRe(s)}(?![\\w-])`, "g");
    for (const m of sentence.matchAll(re)) {
      const before = /([A-Z][\w.&’'-]*)\s+$/.exec(sentence.slice(0, m.index + m[1]!.length));
      const word = before?.[1];
      if (
        !word ||
        /['’]s$/.test(word) ||
        /^(?:The|A|An|US|U\.S\.|UK|U\.K\.|EU)$/.test(word) ||
        isDemonym(word) ||
        isPlaceName(word)
      )
        return undefined;
      seen = `${word} ${s}`;
    }
  }
  return seen;
}

export function roleIdentity(r: CRole): string {
  return `${r.slug}|role|${r.personC.key}|${bare(r.title)}|${r.orgC?.key ?? ""}`;
}

/** All titles a person (or anyone who may be that person) holds anywhere in the corpus. */
export function titlesOf(corpus: Corpus, r: CRole): string[] {
  return factIndex(corpus)
    .rolesOfAnyone(r.personC)
    .map((x) => x.title);
}

/** Could `candidate` be read as the same or an overlapping position as one of `held`? */
export function titleOverlaps(candidate: string, held: string[]): boolean {
  const c = titleOf(candidate);
  return held.some((h) => wordsOverlap(titleOf(h), c));
}

export const displayTitle = (t: string) => capitalizeFirst(t.trim().replace(/\s+/g, " "));

type TitlePool = { options: OptionPool; titles: TitleIndex; bares: Set<string> };
const POOLS = new WeakMap<Corpus, TitlePool>();

/** Titles of the corpus' sound roles, one per wording, with the articles that give them. */
function titlePool(corpus: Corpus): TitlePool {
  let pool = POOLS.get(corpus);
  if (pool) return pool;
  const byBare = new Map<string, { text: string; slugs: string[] }>();
  for (const x of corpus.roles) {
    if (roleProblems(corpus, x).length || roleDoubts(corpus, x).length) continue;
    const t = displayTitle(x.title);
    const e = byBare.get(bare(t)) ?? { text: t, slugs: [] };
    e.slugs.push(x.slug);
    byBare.set(bare(t), e);
  }
  const items = [...byBare.values()];
  pool = {
    options: new OptionPool(items),
    titles: new TitleIndex(items.map((e) => e.text)),
    bares: new Set(byBare.keys()),
  };
  POOLS.set(corpus, pool);
  return pool;
}

/** Longer than this, a title is a description ("Independent senator from Vermont") among plain titles. */
const PLAIN_TITLE_WORDS = 4;

/**
 * Can this title stand as one option among titles? A plain title: a few words, no place or body after a
 * preposition, one position head ("Campaign manager", "Deputy Assistant Attorney General"), not two titles
 * run together ("Chair Representative", cut from "Committee Chair Rep. X").
 */
export function plainTitle(title: string): boolean {
  const ws = words(title);
  if (ws.length > PLAIN_TITLE_WORDS || /,|\b(?:from|at|in|for|with|on)\b/i.test(title)) return false;
  // "Former head" stands out among present posts; "Ask former senator" is a sentence's words, not a title
  if (/\b(?:former|ex|onetime|then|late)\b/i.test(title)) return false;
  return ws.filter((w) => isTitleHead(w) && !TITLE_MODIFIERS.has(w.toLowerCase())).length <= 1;
}

/** "University of North Carolina at Chapel Hill" taken as "Chapel Hill": the body is the tail of a longer name. */
function cutBody(sentence: string, org: string): boolean {
  return new RegExp(`\\b[A-Z][\\w.'’-]*\\s+(?:at|in)\\s+(?:the\\s+)?${escapeRe(org)}\\b`).test(sentence);
}

/** "What is Robert Hannigan's position at GCHQ?" with titles held by others as distractors. */
export function roleTitleChoice(corpus: Corpus, r: CRole): Draft {
  const identity = roleIdentity(r);
  const org = r.orgC ? ` ${r.orgC.kind === "place" ? "in" : "at"} ${inSentence(corpus, r.orgC.name)}` : "";
  // the stem names no body: "at the House" points to "Speaker", "at the RNC" rules out a cabinet post
  const q = baseQuestion({
    kind: "single_choice",
    factKind: "role",
    identity,
    variant: "title",
    prompt: `What position does the article give ${r.personC.name}?`,
    explanation: `The article names ${r.personC.name} as ${displayTitle(r.title)}${org}: ${cite(r.evidence.sentence)}`,
    source: sourceOf(r.slug, r.evidence),
  });
  const held = titlesOf(corpus, r);
  const pool = titlePool(corpus);
  const key = displayTitle(r.title);
  const overlapping = [...new Set(held.flatMap((h) => pool.titles.overlapping(h)))];
  const applied = appliedToHolder(corpus, r);
  const gender = nameGender(r.personC.name);
  const picks = pool.options.pick({
    key,
    slug: r.slug,
    n: 3,
    seed: q.id,
    skip: overlapping,
    // titles only from the key's own article: a title from another story names another field
    near: [],
    reject: (t) =>
      !plainTitle(t) ||
      (!!r.orgC && (!fitsOrganisation(t, key) || (boundToName(corpus, t) && !boundToName(corpus, key)))) ||
      applied(t) ||
      genderedFor(t, gender),
  });
  const { options, answer } = choiceOptions(q.id, key, picks);
  q.options = options;
  q.answer = answer;
  const problems = roleProblems(corpus, r);
  if (picks.length < 3) problems.push("too few plain titles held at such a body to choose among");
  const passing = passingMention(corpus, r);
  if (passing) problems.push(passing);
  if (!plainTitle(key)) problems.push(`“${key}” is a description, not a plain title to choose among titles`);
  if (r.orgC && cutBody(r.evidence.sentence, r.orgC.name))
    problems.push(`“${r.orgC.name}” is the end of a longer name in the sentence`);
  return emptyDraft(q, {
    key,
    keyKind: "title",
    distractors: picks.map((text) => ({ text, kind: "title" as const })),
    support: [words(r.personC.name).at(-1) ?? r.personC.name, r.title],
    problems,
    closeness: 0.5,
  });
}

/** "Robert Hannigan is the Director of which organisation?" (only for short, plain titles). */
export function roleOrgChoice(corpus: Corpus, r: CRole): Draft | undefined {
  const orgC = r.orgC;
  if (!orgC || orgC.kind !== "organization" || /,|\bof\b|\bfor\b/.test(r.title) || words(r.title).length > 4)
    return undefined;
  // a mayor's or governor's "organisation" is a place: the options would be bodies of another kind
  if (PLACE_TITLES.test(r.title)) return undefined;
  const identity = roleIdentity(r);
  const article = /^[A-Z]/.test(r.title) ? "the " : "the ";
  const q = baseQuestion({
    kind: "single_choice",
    factKind: "role",
    identity,
    variant: "org",
    prompt: `${r.personC.name} is ${article}${r.title.trim()} of which organisation?`,
    explanation: `The article names ${r.personC.name} as ${displayTitle(r.title)} of ${orgC.name}: ${cite(r.evidence.sentence)}`,
    source: sourceOf(r.slug, r.evidence),
  });
  const held = factIndex(corpus)
    .rolesOfAnyone(r.personC)
    .flatMap((x) => (x.orgC ? [x.orgC] : []));
  const picks = pickEntities(corpus, orgC, {
    n: 3,
    seed: q.id,
    slug: r.slug,
    eligible: factIndex(corpus).isEmployerOrNamed,
    trueOf: held,
    mentioned: r.title,
    // bodies named in the same story: one from another story is of another kind
    sameArticle: true,
  });
  const { options, answer } = choiceOptions(q.id, orgC.name, picks);
  q.options = options;
  q.answer = answer;
  return emptyDraft(q, {
    key: orgC.name,
    keyKind: "organization",
    distractors: picks.map((text) => ({ text, kind: "organization" as const })),
    support: [words(r.personC.name).at(-1) ?? r.personC.name, r.title],
    problems: roleProblems(corpus, r),
    closeness: 0.6,
  });
}

/** "a" or "an" as the word is said: "an MSNBC reporter", "a NASA engineer", "an Iowa pollster". */
function indefinite(word: string): "a" | "an" {
  if (/^[A-Z]{2,}\b/.test(word) && !/^[A-Z][a-z]/.test(word))
    return /^[AEFHILMNORSX]/.test(word) && !/^(?:NASA|NATO|NOAA|OPEC|FEMA|HUD)\b/.test(word) ? "an" : "a";
  return /^[aeiou]/i.test(word) && !/^(?:uni|eu|one)/i.test(word) ? "an" : "a";
}

/** A role as a statement: "Robert Hannigan is the Director of GCHQ". */
export function roleStatement(person: string, title: string, org?: string, sentence?: string): string {
  // "Tennis player Anna K…" opening a sentence: only the sentence's start made the common noun a capital
  // ("Former Home Secretary": a former holder is one of several, "a former Home Secretary")
  const t =
    /^[A-Z][a-z]+(?:\s+[a-z][\w-]*)+$/.test(title.trim()) || /^Former\s/.test(title.trim())
      ? title.trim().charAt(0).toLowerCase() + title.trim().slice(1)
      : title.trim();
  // "names X as Senator", but "names X as a presidential candidate": a common noun needs its article
  if (!org) {
    // "US Attorney Paul McNulty", "EU Commission president X": the short form before the title is part of the post
    const place = sentence
      ? new RegExp(`(?:^|[\\s(])((?:[A-Z]{2,4}|U\\.S\\.|U\\.K\\.))\\s+${escapeRe(t)}\\b`).exec(sentence)
      : null;
    const post = place ? `${place[1]} ${t}` : t;
    const article = /^[a-z]/.test(t) || (place && /^[a-z]/.test(t.split(/\s+/).at(-1)!)) ? `${indefinite(post)} ` : "";
    return `The article names ${person} as ${article}${post}`;
  }
  // "assistant chief of staff for Installation Management": the article's own word joins title and body
  const bare = org.replace(/^the\s+/i, "");
  const joined = sentence
    ? new RegExp(`${escapeRe(t)}\\s+(of|for|at|with)\\s+(?:the\\s+)?${escapeRe(bare)}\\b`, "i").exec(sentence)
    : null;
  // "MSNBC reporter Alex Seitz-Wald": "as an MSNBC reporter", not "the reporter of MSNBC"
  if (sentence && /^[a-z]/.test(t) && new RegExp(`\\b${escapeRe(bare)}\\s+${escapeRe(t)}\\b`).test(sentence)) {
    // ("EU Commission president X": the short form before the body stays with it)
    const lead = new RegExp(
      `(?:^|[\\s(])((?:[A-Z]{2,4}|U\\.S\\.|U\\.K\\.))\\s+${escapeRe(bare)}\\s+${escapeRe(t)}\\b`,
    ).exec(sentence);
    const named = lead ? `${lead[1]} ${bare}` : bare;
    return `The article names ${person} as ${indefinite(named)} ${named} ${t}`;
  }
  if (joined && /\b(?:of|for)\b/.test(t))
    return `The article names ${person} as ${/^[a-z]/.test(t) ? "the " : ""}${t} ${joined[1]!.toLowerCase()} ${org}`;
  if (/,/.test(t) || /\b(?:of|for|at)\b/.test(t)) return `The article names ${person} as ${t}, at ${org}`;
  // "Scott Lundy, a member of the Washington Scuba Alliance": one of many, so "a member", never "the member"
  const one =
    NON_UNIQUE_TITLE.test(t) ||
    (sentence !== undefined &&
      new RegExp(`\\b(?:a|an|one)\\s+(?:[\\w-]+\\s+){0,2}${escapeRe(t)}\\b`, "i").test(sentence));
  // "Lord Callaghan became a clerk at the Inland Revenue": a post held once is told in the article's own past tense
  const past = sentence
    ? new RegExp(
        `\\b(became|was|had\\s+been|served\\s+as|worked\\s+as)\\s+(?:(?:a|an|the)\\s+)?${escapeRe(t)}\\b`,
        "i",
      ).exec(sentence)
    : null;
  return `${person} ${past ? past[1].toLowerCase().replace(/\s+/g, " ") : "is"} ${one ? indefinite(t) : "the"} ${t} of ${org}`;
}

/** A post that only means something with its body: "chief", "head", "director" of what? */
export const BODY_HEAD =
  /^(?:chief|head|boss|leader|director|chairman|chairwoman|chairperson|chair|president|executive|manager|secretary|commissioner|deputy|official|member)$/;

/** Titles many people hold at once at one body: "a member of", "a trustee of". */
const NON_UNIQUE_TITLE =
  /^(?:member|fellow|supporter|volunteer|employee|staffer|resident|student|trustee|adviser|advisor|aide|official|analyst|researcher|professor|lecturer|partner|officer|agent|player)$/i;
