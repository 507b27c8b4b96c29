/**
 * What a role question may offer beside its key. A wrong title must be wrong for the person by the whole
 * article, not only by its role facts ("Republican presidential hopefuls Jeb Bush and …" makes "Presidential
 * candidate" true of Bush); a keyed title must name a position, not a vague head ("a top official in the
 * state iron workers union" cut to "top official").
 */
import type { Cluster, Corpus, CRole } from "./corpus";
import { isTitleHead } from "../extract/lexicon";
import { entityIndex } from "./entity-index";
import { tagsOf } from "./validity";
import { words } from "./text";
import { escapeRe } from "../../regex";

/** Heads that name no position until a body is said: "a top official", "a senior member", "a leader". */
const GENERIC_HEADS = new Set([
  "official",
  "officials",
  "leader",
  "member",
  "figure",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "aide",
  "staffer",
  "executive",
  "insider",
  "operative",
  // a race without its office or party: "nominee" cut from "Republican nominee"
  "nominee",
  "candidate",
  "challenger",
  "contender",
  "hopeful",
]);

/** Words that rank or date a head without saying where it is held. */
const RANKERS = new Set([
  "a",
  "an",
  "the",
  "top",
  "senior",
  "junior",
  "high",
  "ranking",
  "longtime",
  "long",
  "time",
  "former",
  "key",
  "leading",
  "prominent",
  "veteran",
  "chief",
  "lead",
  "one",
  "onetime",
  "ex",
  "current",
  "then",
]);

/**
 * A title that is a generic head with no body ("Top official", "Former leader", "Spokesman"): not keyable
 * as a position. With the organisation known (a role fact's `orgC`) the stem names the body, so it is.
 */
export function genericTitle(title: string, hasBody: boolean): string | undefined {
  if (hasBody) return undefined;
  const ws = words(title);
  const rest = ws.filter((w) => !RANKERS.has(w));
  if (rest.length !== 1 || !GENERIC_HEADS.has(rest[0]!)) return undefined;
  return `the title “${title.trim()}” is a generic head with no body it is held in`;
}

/** Kinds of title named by other words: a "hopeful" or "nominee" is a candidate, a Senate President a senator. */
const HEAD_FAMILY: Record<string, string> = {
  hopeful: "candidate",
  nominee: "candidate",
  contender: "candidate",
  challenger: "candidate",
  candidacy: "candidate",
  senate: "senator",
  sen: "senator",
  gov: "governor",
  governorship: "governor",
  rep: "representative",
  congressman: "representative",
  congresswoman: "representative",
  mayoral: "mayor",
  mayoralty: "mayor",
  presidency: "president",
  pres: "president",
  presidential: "president",
  spokesman: "spokesperson",
  spokeswoman: "spokesperson",
  chairman: "chair",
  chairwoman: "chair",
  chairperson: "chair",
  // "head of corporate communications" and "media chief" are one kind of post
  head: "chief",
  boss: "chief",
};

/** "chairmen" → "chairman", "directors" → "director". */
const singular = (w: string) =>
  w.length > 4 && w.endsWith("men")
    ? w.slice(0, -3) + "man"
    : w.length > 4 && w.endsWith("s") && !w.endsWith("ss")
      ? w.slice(0, -1)
      : w;
const family = (w: string) => HEAD_FAMILY[singular(w)] ?? singular(w);

/** The head of a title: its last word before "of/for/at/in/with" ("Executive director of advocacy" → director). */
export function titleHead(title: string): string | undefined {
  const ws = words(title);
  const cut = ws.findIndex((w) => ["of", "for", "at", "in", "with", "to"].includes(w));
  const head = (cut > 0 ? ws.slice(0, cut) : ws).at(-1);
  return head ? family(head) : undefined;
}

/** Words on either side of a mention that may still describe that person ("former Florida Gov. Jeb Bush, …"). */
const BEFORE = 6;
const AFTER = 8;

const APPLIED = new WeakMap<Corpus, Map<string, Set<string>>>();

/**
 * The words the article writes next to a person (appositives, titles before the name, "Bush and other GOP
 * candidates"), folded into title families: a window around each mention that stops at another person.
 */
function wordsApplied(corpus: Corpus, person: Cluster, slug: string): Set<string> {
  let bySlug = APPLIED.get(corpus);
  if (!bySlug) APPLIED.set(corpus, (bySlug = new Map()));
  const key = `${slug}\u0000${person.key}`;
  const known = bySlug.get(key);
  if (known) return known;
  const out = new Set<string>();
  const people = corpus.clusters.filter((c) => c.kind === "person" && c !== person);
  for (const sentence of sentencesOf(corpus, slug)) {
    const mine = spans(sentence, person.surfaces);
    if (!mine.length) continue;
    const others = people.flatMap((c) => spans(sentence, c.surfaces)).filter((o) => !mine.some((m) => overlaps(m, o)));
    for (const m of mine) {
      const from = Math.max(-1, ...others.filter((o) => o[1] <= m[0]).map((o) => o[1]));
      const to = Math.min(
        sentence.length + 1,
        ...others.filter((o) => o[0] >= m[1]).map((o) => titledFrom(sentence, o[0])),
      );
      const before = words(sentence.slice(Math.max(0, from), m[0])).slice(-BEFORE);
      const after = words(sentence.slice(m[1], Math.min(sentence.length, to))).slice(0, AFTER);
      for (const w of [...before, ...after]) out.add(family(w));
    }
    for (const w of namelessTitles(sentence)) out.add(family(w));
  }
  bySlug.set(key, out);
  return out;
}

/** "the former Democratic National Committee chairwoman": a title with "the" and no name after it. */
const DEFINITE_TITLE =
  /\bthe\s+((?:[\w.’'-]+\s+){0,5}?)([a-z]+)(?=\s*[,.;:!?)—]|\s+(?:and|who|whom|whose|which|said|says|is|was|has|had|will|would)\b|\s*$)/g;

/**
 * The words of titles a sentence uses to point back at someone it has named ("… seeking to defeat the
 * former Democratic National Committee chairwoman"): whoever it is, they may be any person of the
 * sentence, so none of them is offered that title as a wrong answer.
 */
function namelessTitles(sentence: string): string[] {
  return [...sentence.matchAll(DEFINITE_TITLE)]
    .filter((m) => isTitleHead(m[2]))
    .flatMap((m) => words(`${m[1]} ${m[2]}`));
}

/** "… and Majority Leader Kevin McCarthy": the capitalised title run written before a name is that name's. */
const TITLE_RUN = /(?:\b(?:[A-Z][a-z]*\.?|[A-Z]+)\s+)+$/;

function titledFrom(sentence: string, at: number): number {
  const run = TITLE_RUN.exec(sentence.slice(0, at));
  return run ? run.index : at;
}

type Range = [number, number];
const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];

function spans(text: string, surfaces: readonly string[]): Range[] {
  const out: Range[] = [];
  for (const s of surfaces) {
    if (s.length < 3) continue;
    const re = new RegExp(`(?<![\\w-])${escapeRe(s)}(?![\\w-])`, "g");
    for (const m of text.matchAll(re)) {
      const r: Range = [m.index, m.index + m[0].length];
      if (!out.some((x) => overlaps(x, r))) out.push(r);
    }
  }
  return out;
}

function sentencesOf(corpus: Corpus, slug: string): string[] {
  const given = corpus.contexts.get(slug)?.sentences;
  if (given?.length) return given.map((s) => s.text);
  const facts = [...corpus.roles, ...corpus.quotes, ...corpus.descriptions, ...corpus.events];
  return [...new Set(facts.filter((f) => f.slug === slug).map((f) => f.evidence.sentence))];
}

/**
 * Does the article apply a title of this kind to the person anywhere ("presidential hopefuls Jeb Bush",
 * "State Senate President Steve Sweeney")? Then it cannot be a wrong option for them.
 */
export function articleApplies(corpus: Corpus, person: Cluster, slug: string, title: string): boolean {
  const head = titleHead(title);
  if (!head) return false;
  const near = wordsApplied(corpus, person, slug);
  // "Majority Leader" is another position than the "Minority Leader" the article gives
  return near.has(head) && words(title).every((w) => !OTHER_RANK.has(w) || near.has(w));
}

/**
 * Does the article give this person a position "title, body" (a matching label)? The title as
 * `articleApplies` reads it, and every word of the body's name near a mention of the person too.
 */
export function articleAppliesAt(corpus: Corpus, person: Cluster, slug: string, title: string, body?: string): boolean {
  if (!articleApplies(corpus, person, slug, title)) return false;
  const near = wordsApplied(corpus, person, slug);
  return !body || words(body).every((w) => near.has(family(w)));
}

/** Words that make a title of the same head another position. */
const OTHER_RANK = new Set(["majority", "minority", "vice", "deputy", "assistant", "associate", "lieutenant", "under"]);

/** A role question's distractor filter: true for a title the article gives the key's holder in any form. */
export const appliedToHolder = (corpus: Corpus, r: CRole) => (title: string) =>
  articleApplies(corpus, r.personC, r.slug, title);

/** Words that make a title a relation, a standing in a race or a span of time rather than a position. */
const RELATION =
  /\b(?:member|part|scion|heir)\s+of\s+(?:a|an)\b|\b(?:son|daughter|wife|husband|father|mother|brother|sister|cousin|nephew|niece|grandson|granddaughter|friend|mentor|prot[eé]g[eé]|compatriot|rival)(?:-in-law)?\b|^fellow\s+[a-z]/i;
const STANDING = /\bfront-?runners?\b|\bfavou?rites?\b|\bhopefuls?\b|\bunderdogs?\b/i;
/** Words for a person's views or fame, which an author gives, not a post anyone holds ("the great American nationalist"). */
const EPITHET =
  /^(?:(?:great|leading|prominent|noted|famous|staunch|fierce|avowed|self-described|american|british)\s+)*(?:nationalist|globalist|populist|conservative|liberal|progressive|socialist|libertarian|patriot|hawk|dove|moderate|centrist|firebrand|icon|legend|hero|maverick|provocateur|gadfly|zealot|ideologue|mogul|tycoon|magnate|kingpin|dictator|strongman)s?$/i;
const SPAN =
  /\bfor\s+(?:many|several|some|a\s+few|\d+|two|three|four|five|ten)?\s*(?:years|decades|months)\b|\bsince\b/i;

/**
 * "Member of a prominent Orthodox family", "Front-runner", "Mayor for many years": not a position to ask
 * about, and no wrong option beside one.
 */
export function notAPosition(title: string): string | undefined {
  const t = title.trim();
  if (RELATION.test(t)) return `the title “${t}” is a relation, not a position`;
  if (STANDING.test(t)) return `the title “${t}” is a standing in a race, not a position`;
  if (EPITHET.test(t)) return `“${t}” is an epithet for someone's views, not a position`;
  if (SPAN.test(t)) return `the title “${t}” runs into a span of time`;
  if (PRAISE.test(t)) return `“${t}” is praise or a pastime someone is given, not a position`;
  if (VISIT.test(t)) return `“${t}” is someone's visit, custom or company, not a position`;
  return undefined;
}

/** "occasional house-guest", "regular visitor", "friend and clubman": a visit, a custom or company, not a post. */
const VISIT =
  /\b(?:house-?guests?|guests?|visitors?|neighbou?rs?|tourists?|passengers?|customers?|patrons?|regulars?|clubman|clubmen|club-?mates?|team-?mates?|classmates?|flatmates?|housemates?|colleagues?)$/i;

/** "avid diver", "a serious scholar", "keen cyclist": an evaluation or a hobby, not a post anyone holds. */
const PRAISE =
  /^(?:an?\s+)?(?:avid|keen|passionate|devoted|lifelong|die-?hard|proud|serious|brilliant|talented|gifted|respected|beloved|dedicated|enthusiastic|amateur|self-confessed|self-styled|committed)\s/i;

const FEMALE_TITLE =
  /\b(?:\w+woman|\w+women|queen|princess|duchess|countess|baroness|empress|actress|hostess|first\s+lady|madam)\b/i;
const MALE_TITLE =
  /\b(?:spokesman|congressman|councilman|businessman|alderman|assemblyman|anchorman|chairman|king|prince|duke|count|baron|emperor|first\s+gentleman)\b/i;

/** A woman's title offered for a man or a man's for a woman (by the first name's gender, when it has one). */
export function genderedFor(title: string, gender: "female" | "male" | undefined): boolean {
  if (gender === "male") return FEMALE_TITLE.test(title);
  if (gender === "female") return MALE_TITLE.test(title) && !/\bchairman\b/i.test(title);
  return false;
}

/** The gender a person's first name gives, if the lexicon knows it as one gender's only. */
export function nameGender(name: string): "female" | "male" | undefined {
  const tags = tagsOf(name.trim().split(/\s+/)[0] ?? "");
  const f = tags.includes("FemaleName"),
    m = tags.includes("MaleName");
  return f === m ? undefined : f ? "female" : "male";
}

/**
 * A title tied to a named body or person ("Former Bush administration official", "Casino mogul and RJC
 * backer"): when the stem names another organisation it is no position there.
 */
export function boundToName(corpus: Corpus, title: string): boolean {
  const rest = title.trim().replace(/^\S+\s*/, "");
  return (
    /\b[A-Z]{2,}\b/.test(rest) ||
    entityIndex(corpus)
      .mentionedIn(rest)
      .some((c) => c.kind !== "place")
  );
}
