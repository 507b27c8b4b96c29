import type { EntityKind } from "../types";
import { kindBefore, unknownOrgAppositive } from "./descriptions";
import type { EntityRegistry } from "./entities";
import { isAcronymWord, isOrgHead, isPlaceName, isTitleWord, MONTH_OR_DAY } from "./lexicon";
import type { Mention } from "./mentions";
import { parseAppositive, titleBeforeComma } from "./title-context";
import type { ArticleDraft, Gender } from "./scope";
import { TAG, type Token } from "./tokens";

/**
 * Entity resolution over all the articles given together. Each stage takes mentions and returns new ones:
 * kinds settled from context, "the Committee" named, entities registered, then each mention linked to one.
 */
export function resolveEntities(drafts: readonly ArticleDraft[], reg: EntityRegistry): Mention[][] {
  for (const d of drafts) for (const a of d.acronyms) reg.addAcronym(a.short, a.long, acronymKind(a.long));
  const settled = drafts.map((d) => namedByHead(settleKinds(d, reg)));
  for (const mentions of settled) {
    for (const m of mentions) {
      if (!m.name) continue;
      if (m.kind === "person" && m.name.split(/\s+/).length >= 2) reg.addPerson(m.name);
      else if (m.kind === "organization" || m.kind === "place")
        reg.addOrg(m.name, m.kind === "place" ? "place" : "organization");
    }
  }
  return settled.map((mentions, i) => linkEntities(drafts[i], possessedPeople(drafts[i].tokens, mentions), reg));
}

/** "… Agency", and "Commission on …", "Bureau of …" (an organisation head before its complement): organisations. */
const acronymKind = (long: string): EntityKind => {
  const words = long.toLowerCase().split(/\s+/);
  return words.some((x, i) => isOrgHead(x) && (i === words.length - 1 || /^(?:of|on|for)$/.test(words[i + 1] ?? "")))
    ? "organization"
    : "other";
};

const COUNTRY_PREFIX = /^(?:U\.S\.|US|UK|U\.K\.|British|American)\s+(?=\S+\s+\S)/;

/** Mentions in text order with their kind decided by what surrounds them; earlier decisions inform later ones. */
function settleKinds(d: ArticleDraft, reg: EntityRegistry): Mention[] {
  const out: Mention[] = [];
  for (const m of d.mentions)
    out.push(
      m.name ? settleKind(d, commonWordCut(d, { ...m, name: m.name.replace(COUNTRY_PREFIX, "") }), out, reg) : m,
    );
  return out;
}

/**
 * "Photographer Abian adds:": a capitalised word opening a name that the article also writes in lower case
 * ("photographer Abian hopes …") is a common noun, not a first name, unless it is a known first name ("Will").
 */
function commonWordCut(d: ArticleDraft, m: Mention): Mention {
  if ((m.kind !== "person" && m.kind !== "candidate") || m.nameFrom === undefined) return m;
  const words = m.name!.split(/\s+/);
  const t = d.tokens[m.nameFrom];
  const next = d.tokens[m.nameFrom + 1];
  if (words.length < 2 || !t || !next || t.text !== words[0] || !/^[A-Z][a-z]+$/.test(t.text)) return m;
  if (t.tags & (TAG.firstName | TAG.male | TAG.female | TAG.honorific)) return m;
  if (!new RegExp(`\\b${t.text.toLowerCase()}\\b`).test(d.article.body)) return m;
  return { ...m, name: words.slice(1).join(" "), nameStart: next.start, nameFrom: m.nameFrom + 1 };
}

function settleKind(d: ArticleDraft, m: Mention, earlier: readonly Mention[], reg: EntityRegistry): Mention {
  const name = m.name!;
  // A fragment of a defined long form ("Atmospheric Administration" of "National Oceanic and …") is that entity.
  const whole = d.acronyms.find((a) => a.long !== name && a.long.endsWith(` ${name}`));
  if (whole && m.kind === "organization") m = { ...m, name: whole.short };
  const n = m.name!;
  if (n.includes("/")) return { ...m, name: undefined };
  if (m.kind === "organization" && isAcronymWord(n) && !reg.find(n) && !usedAsOrg(d.tokens, m))
    return { ...m, kind: "candidate" };
  if (m.kind === "candidate" && !n.includes(" ") && MONTH_OR_DAY.has(n.toLowerCase())) return { ...m, name: undefined };
  if (m.kind === "candidate" && /^\S+(?: \S+){1,2}$/.test(n) && looksLikeSpeakerOrTitled(d, m))
    return { ...m, kind: "person" };
  // "the Acme chief, Roe, said": a lone name right after a title phrase and a comma is a person's.
  if (m.kind === "candidate" && /^[A-Z][a-z]+$/.test(n) && !MONTH_OR_DAY.has(n.toLowerCase()) && titledBefore(d, m))
    return { ...m, kind: "person" };
  if (
    m.kind === "candidate" &&
    !isPlaceName(n) &&
    /^\s*,\s*(?:who\b|\d{1,3},)/.test(d.article.body.slice(m.end, m.end + 12))
  )
    return { ...m, kind: "person" };
  // "Robert Lansing … Lansing said": a one-word place name that is the surname of a person named in full
  // earlier in the article (and not after "in"/"at"/"from"…) is that person.
  if (m.kind === "place" && !n.includes(" ") && surnameOfEarlierPerson(d, m, earlier))
    return { ...m, kind: "candidate" };
  // "Action Fraud, the UK's national reporting centre …", "Apple, which makes …": an organisation.
  // (A name compromise guessed was a place, "Norvale, a robotics firm", too, when no gazetteer knows it.)
  if ((m.kind === "candidate" || m.kind === "place") && !isPlaceName(n) && !m.possessive && orgByContext(d, m))
    return { ...m, kind: "organization" };
  return m;
}

/** "the Committee" after "Cybersecurity Advisory Committee": the last organisation with that head word. */
function namedByHead(mentions: readonly Mention[]): Mention[] {
  const lastByHead = new Map<string, string>();
  return mentions.map((m) => {
    if (!m.name || m.kind !== "organization") return m;
    const words = m.name.split(/\s+/);
    const head = words[words.length - 1].toLowerCase();
    if (words.length === 1 && isOrgHead(head) && lastByHead.has(head)) return { ...m, name: lastByHead.get(head) };
    if (words.length > 1 && isOrgHead(head)) lastByHead.set(head, m.name);
    return m;
  });
}

/** "GCHQ's Hannigan said", "the NCA's Bristow": a surname after an organisation's possessive is a person of it. */
function possessedPeople(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  return mentions.map((m, i) => {
    const prev = mentions[i - 1];
    const of =
      prev && m.name && m.kind === "candidate" && prev.possessive && prev.to === m.from && prev.kind === "organization";
    return of && possessedPerson(tokens, m) ? { ...m, kind: "person" } : m;
  });
}

function linkEntities(d: ArticleDraft, mentions: readonly Mention[], reg: EntityRegistry): Mention[] {
  return mentions.map((m) => {
    if (!m.name) return m;
    let entity: string | undefined;
    if (m.kind === "person" && m.name.split(/\s+/).length >= 2) entity = reg.addPerson(m.name);
    else if (m.kind === "organization" || m.kind === "place") entity = reg.addOrg(m.name);
    // "Sir Howard said", after "Sir Howard Newby": a knight or dame is called by the given name, never the surname
    else if (!m.name.includes(" ") && /^(?:Sir|Dame)$/.test(d.tokens[(m.nameFrom ?? m.from) - 1]?.text ?? ""))
      entity = byGivenName(mentions, reg, m.name) ?? reg.addOtherPerson(m.name);
    else if (!m.name.includes(" ") && !isAcronymWord(m.name))
      entity =
        articlePersonBySurname(d.tokens, mentions, reg, m) ??
        (otherGender(d.tokens, mentions, m) ? reg.addOtherPerson(m.name) : reg.addSurname(m.name, m.kind === "person"));
    else entity = reg.find(m.name)?.id;
    return { ...m, entity };
  });
}

/** The person of this article whose full name opens with the given name ("Howard" → "Howard Newby"), if one. */
function byGivenName(mentions: readonly Mention[], reg: EntityRegistry, given: string): string | undefined {
  const full = [
    ...new Set(
      mentions
        .filter(
          (x) => x.kind === "person" && x.name && x.name.split(/\s+/).length >= 2 && x.name.split(/\s+/)[0] === given,
        )
        .map((x) => x.name!),
    ),
  ];
  return full.length === 1 ? reg.addPerson(full[0]!) : undefined;
}

/**
 * "Clinton said" in an article that names Hillary Clinton and Bill Clinton: the one named last before,
 * as a reader takes it (else the first named after); with one such person in the article, that person.
 */
function articlePersonBySurname(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  reg: EntityRegistry,
  m: Mention,
): string | undefined {
  const surname = m.name!.toLowerCase();
  // "Mr. Obama" is not Michelle Obama.
  const want = genderOf(tokens, m);
  let before: string | undefined;
  let after: string | undefined;
  for (const p of mentions) {
    if (p.kind !== "person" || !p.name || !p.name.includes(" ") || p.name.split(/\s+/).pop()!.toLowerCase() !== surname)
      continue;
    const g = genderOf(tokens, p);
    if (want && g && want !== g) continue;
    const id = reg.find(p.name)?.id;
    if (!id || reg.kindOf(id) !== "person") continue;
    if (p.start < m.start) before = id;
    else after ??= id;
  }
  return before ?? after;
}

/** A bare, undefined acronym is an organisation only where the text treats it as one: "the FBI", "NIH's", "NSA Director". */
function usedAsOrg(tokens: readonly Token[], m: Mention): boolean {
  const prev = tokens[m.from - 1];
  const next = tokens[m.to];
  return (
    m.possessive ||
    m.title !== undefined ||
    (prev !== undefined && /^the$/i.test(prev.text) && prev.sentence === tokens[m.from].sentence) ||
    (next !== undefined && isTitleWord(next.text))
  );
}

/** "Kath Viner, editor of …", "The paper's editor, Kath Viner,", "Kath Viner said": a name the text treats as a person's. */
function looksLikeSpeakerOrTitled(d: ArticleDraft, m: Mention): boolean {
  const ev = d.article.sentences[m.sentence];
  if (!ev || m.possessive) return false;
  const after = ev.sentence.slice(m.end - ev.start);
  const before = ev.sentence.slice(0, m.start - ev.start);
  if (
    /^\s*,?\s*(?:said|says|told|added|stated|warned|explained)\b/.test(after) ||
    /\b(?:said|says|told)\s*$/.test(before)
  )
    return true;
  return (
    parseAppositive(after, true).length > 0 || (/,\s*$/.test(before) && titleBeforeComma(before, true) !== undefined)
  );
}

function titledBefore(d: ArticleDraft, m: Mention): boolean {
  const ev = d.article.sentences[m.sentence];
  if (!ev || m.possessive) return false;
  const before = ev.sentence.slice(0, m.start - ev.start);
  return /\b(?:the|its|[A-Z][\w.]*['’]s)\s[^,]*,\s*$/i.test(before) && titleBeforeComma(before, true) !== undefined;
}

/** A one-word name after a possessive: a person when compromise says so or a speech verb follows ("Microsoft's Smith said"). */
function possessedPerson(tokens: readonly Token[], m: Mention): boolean {
  if (
    m.name!.includes(" ") ||
    isAcronymWord(m.name!) ||
    isPlaceName(m.name!) ||
    MONTH_OR_DAY.has(m.name!.toLowerCase())
  )
    return false;
  const tok = tokens[m.from];
  const next = tokens[m.to];
  if (tok.tags & (TAG.place | TAG.organization) && !(tok.tags & TAG.person)) return false;
  return (
    Boolean(tok.tags & (TAG.person | TAG.lastName)) ||
    (next !== undefined &&
      next.sentence === tok.sentence &&
      /^(?:said|says|told|added|adds|stated|explained|warned|wrote|argued|noted)$/.test(next.text))
  );
}

function orgByContext(d: ArticleDraft, m: Mention): boolean {
  const ev = d.article.sentences[m.sentence];
  if (!ev) return false;
  const after = ev.sentence.slice(m.end - ev.start, m.end - ev.start + 200);
  const before = ev.sentence.slice(Math.max(0, m.start - ev.start - 60), m.start - ev.start);
  return (
    /^\s*,\s*which\s+[a-z]+s\b/.test(after) || unknownOrgAppositive(m.name!, after) !== undefined || kindBefore(before)
  );
}

function surnameOfEarlierPerson(d: ArticleDraft, m: Mention, earlier: readonly Mention[]): boolean {
  if (
    /\b(?:in|at|from|to|near|into|across|outside|inside|around|of)\s+$/i.test(
      d.article.body.slice(Math.max(0, m.start - 12), m.start),
    )
  )
    return false;
  const surname = m.name!.toLowerCase();
  return earlier.some(
    (p) =>
      p.kind === "person" && !!p.name && p.name.includes(" ") && p.name.split(/\s+/).pop()!.toLowerCase() === surname,
  );
}

/**
 * "Reyes said" in an article that names Angela Reyes: that person, even when another article of the
 * corpus names a Thomas Reyes (the corpus-wide surname is then ambiguous).
 */
export function sameArticlePerson(
  mentions: readonly Mention[],
  reg: EntityRegistry,
  surname: string,
): string | undefined {
  const ids = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "person" || !m.name || !m.name.includes(" ")) continue;
    if (m.name.split(/\s+/).pop()!.toLowerCase() !== surname.toLowerCase()) continue;
    const id = reg.find(m.name)?.id;
    if (id && reg.kindOf(id) === "person") ids.add(id);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** "Mr. Obama" where the article names only Michelle Obama: someone else of that surname. */
function otherGender(tokens: readonly Token[], mentions: readonly Mention[], m: Mention): boolean {
  const want = genderOf(tokens, m);
  const surname = m.name!.toLowerCase();
  return (
    Boolean(want) &&
    mentions.some(
      (p) =>
        p.kind === "person" &&
        !!p.name?.includes(" ") &&
        p.name.split(/\s+/).pop()!.toLowerCase() === surname &&
        (genderOf(tokens, p) ?? want) !== want,
    )
  );
}

/** First names common for both men and women in English-language news (the first-name lists give one). */
const UNISEX = new Set(
  `kim robin jordan leslie lesley jamie casey taylor alex sam chris pat terry jean dana lee morgan shannon tracy
  kelly jan andrea nicola sasha toni jo joe jody jess jackie jessie frankie billie charlie ashley avery riley
  kerry carey cary evelyn marion shelby sydney aubrey blair drew emerson hayden jody kendall lindsay
  lindsey logan parker quinn reagan reese rowan ryan skyler stacy whitney val vivian`.split(/\s+/),
);

/** "Anita" is a woman's name, "James" a man's (compromise's first-name lists), or "Mr."/"Ms." before the name. */
function genderOf(tokens: readonly Token[], m: Mention): Gender | undefined {
  if (m.nameFrom === undefined) return undefined;
  const t = tokens[m.nameFrom];
  const prev = tokens[m.nameFrom - 1];
  if (prev && prev.sentence === t.sentence && /^(?:Mr|Mrs|Ms|Miss|Lord|Lady|Baroness|Baron|Sir|Dame)$/.test(prev.text))
    return /^(?:Mr|Lord|Baron|Sir)$/.test(prev.text) ? "m" : "f";
  // A lone surname's first-name tags say nothing ("Vance" is also a man's first name).
  if (!m.name?.includes(" ")) return undefined;
  // "Kim Collins" is a man: a name given to men and women alike says nothing
  if (UNISEX.has(t.text.toLowerCase())) return undefined;
  if (t.tags & TAG.male && !(t.tags & TAG.female)) return "m";
  if (t.tags & TAG.female && !(t.tags & TAG.male)) return "f";
  return undefined;
}

/** Each person's gender where every mention that tells agrees. */
export function genders(
  drafts: readonly ArticleDraft[],
  resolved: readonly (readonly Mention[])[],
): Map<string, Gender> {
  const out = new Map<string, Gender | null>();
  drafts.forEach(({ tokens }, i) => {
    for (const m of resolved[i]) {
      if (!m.entity) continue;
      const g = genderOf(tokens, m);
      if (!g) continue;
      const had = out.get(m.entity);
      out.set(m.entity, had === undefined || had === g ? g : null);
    }
  });
  return new Map([...out].filter((e): e is [string, Gender] => e[1] !== null));
}
