import type { Evidence, Role } from "../types";
import { isAcronymWord, isOrgHead, isPlaceName, isTitleHead, isTitleWord, ORG_NOUNS, PORTFOLIOS } from "./lexicon";
import { sameArticlePerson } from "./resolve";
import { clauseRoles, type ClauseForm } from "./role-clauses";
import { parseTitlePhrase, splitTitles, type TitleParse } from "./roles";
import { lowerTitleBefore, parseAppositive, titleBeforeComma } from "./title-context";
import type { Mention } from "./mentions";
import { isTerritorial } from "./title-split";
import { TAG } from "./tokens";
import { tagsOf } from "./positions";
import { inQuote, nounOrg, type ArticleScope } from "./scope";
import { support } from "./support";

/** Roles found so far and every entity id they referred to (an organisation may be looked up and then refused). */
type RoleSink = { roles: Role[]; used: Set<string> };

/**
 * The positions the article gives its people: titles around each person mention, "who will join Y as Z",
 * and "served as / was elected …" with the person named before or a pronoun. Deduplicated per person.
 */
export function collectRoles(scope: ArticleScope): { roles: Role[]; used: Set<string> } {
  const sink: RoleSink = { roles: [], used: new Set() };
  titlesAroundNames(scope, sink);
  sharedTitles(scope, sink);
  titleCoreference(scope, sink);
  clauseRoles(scope, (person, t, ev, how) => addRole(scope, sink, person, t, ev, how));
  return { roles: dedupeRoles(sink.roles), used: sink.used };
}

function use(sink: RoleSink, id: string | undefined): string | undefined {
  if (id) sink.used.add(id);
  return id;
}

function orgId(scope: ArticleScope, sink: RoleSink, name: string | undefined): string | undefined {
  if (!name) return undefined;
  const reg = scope.registry;
  const n = name
    .replace(/^(?:the|U\.S\.|US|UK|U\.K\.)\s+(?=[A-Z])/, "")
    .replace(/['’]s$/, "")
    .trim();
  return use(sink, reg.find(n)?.id ?? reg.find(name)?.id ?? reg.addOrg(n));
}

type RoleForm =
  "title-before-name" | "appositive" | "title-before-comma" | "lower-title" | "title-coreference" | ClauseForm;

function addRole(
  scope: ArticleScope,
  sink: RoleSink,
  person: string | null | undefined,
  t: TitleParse,
  ev: Evidence,
  how: RoleForm,
) {
  const reg = scope.registry;
  if (!person || reg.kindOf(person) !== "person" || !t.title) return;
  for (const part of splitTitles(t)) {
    const r: Role = { person, title: part.title, evidence: ev };
    const lowerOrg = part.org && /^[a-z]+$/.test(part.org);
    const org = t.its
      ? use(sink, lastOrganisation(scope, ev.start))
      : lowerOrg
        ? ORG_NOUNS.has(part.org!)
          ? use(sink, nounOrg(scope, part.org!, ev.end))
          : undefined
        : part.org && (isPlaceName(part.org) || placeOfPost(part))
          ? undefined
          : orgId(scope, sink, part.org);
    // "Doyle's attorney": a person is no organisation.
    if (org && reg.kindOf(org) !== "person" && !(part.org && sameArticlePerson(scope.mentions, reg, part.org)))
      r.organization = org;
    const byNoun = Boolean((lowerOrg || t.its) && r.organization);
    sink.roles.push({
      ...r,
      ...support(`role:${how}`, byNoun ? ["org:by-noun"] : r.organization ? ["org:named"] : [], byNoun ? 1 : 0),
    });
  }
}

/** "mayor of Springfield": the place an elected post is held over is no organisation ("Council" or "BoE" are). */
const placeOfPost = (t: TitleParse) =>
  isTerritorial(t.title.split(/\s+/).pop()) &&
  !t.org!.split(/\s+/).some((w) => isOrgHead(w) || isAcronymWord(w) || /^[A-Z]\w*[A-Z]/.test(w));

/** "Acme Corp makes robots. Its chief executive, …": the organisation named last before the sentence. */
function lastOrganisation(scope: ArticleScope, offset: number): string | undefined {
  for (let i = scope.mentions.length - 1; i >= 0; i--) {
    const m = scope.mentions[i];
    if (m.end > offset) continue;
    if (m.entity && scope.registry.kindOf(m.entity) === "organization") return m.entity;
    // "… Association of Directors of Social Services …. But Age Concern argued …. Its director general": a name
    // no list knows, nearer than the last organisation, may be the body "its" stands for; nobody sure
    if (!m.entity && m.kind === "candidate" && /\s/.test(m.name ?? "")) return undefined;
  }
  return undefined;
}

/** A title in the mention, an appositive after the name, a title phrase before ", Name", a lower-case title before it. */
/**
 * "An identical letter has been sent to Feroz Abbasi, the men's solicitor says.": after a name that is not the
 * sentence's subject, ", the … says." closing the sentence is who reports it, not the name's position.
 */
function reportingTag(before: string, after: string): boolean {
  if (before.trim().split(/\s+/).length < 3) return false;
  return /^\s*,\s+(?:the|a|an|his|her|their|its)\s+[^,;:“”"]{1,80}?\s+(?:says|said|adds|added|argues|argued|claims|claimed|insists|insisted|believes|believed|told\s+\S+)(?:\s+[^\s.!?]+){0,3}\s*[.!?]?\s*$/.test(
    after,
  );
}

function titlesAroundNames(scope: ArticleScope, sink: RoleSink) {
  for (const m of scope.persons) {
    const ev = scope.sentences[m.sentence];
    if (!ev) continue;
    const rel = m.end - ev.start;
    if (m.title)
      addRole(
        scope,
        sink,
        m.entity,
        {
          title: m.title,
          org:
            m.org ??
            (m.possessive || inQuote(scope, m.start) ? undefined : orgAfterName(m.title, ev.sentence.slice(rel))),
        },
        ev,
        "title-before-name",
      );
    const before = ev.sentence.slice(0, m.start - ev.start);
    if (!reportingTag(before, ev.sentence.slice(rel)))
      for (const t of parseAppositive(ev.sentence.slice(rel))) addRole(scope, sink, m.entity, t, ev, "appositive");
    // "The NCA's head, Keith Bristow, said": an apposition, so the name is followed by a comma or ends the clause
    // ("In a statement, Pierce said" is none); "McCrory's opponent" is not McCrory.
    // A sentence that opens with the title phrase ("The NCA's head, Keith Bristow concurred") needs no second comma.
    const apposed =
      !m.possessive && (/^\.?\s*(?:[,.;:)]|$)/.test(ev.sentence.slice(rel)) || OPENING_TITLE.test(before));
    if (/,\s*$/.test(before) && !m.title) {
      if (!apposed) continue;
      const t = titleBeforeComma(before);
      if (t) addRole(scope, sink, m.entity, t, ev, "title-before-comma");
    } else if (!m.title && !inQuote(scope, m.start)) {
      const list = listAfter(scope, m);
      const t = lowerTitleBefore(titleLead(scope, m), list.length > 0);
      if (t) for (const who of [m, ...list]) addRole(scope, sink, who.entity, t, ev, "lower-title");
    }
  }
}

/**
 * The words right before a name that may hold a title and its organisation: nouns, adjectives and title words back
 * to the nearest verb, determiner or punctuation ("The Librarian joins movie critic X" → "movie critic"; "fellow
 * Republican X" has no noun before the name).
 */
const NOT_IN_TITLE = TAG.pronoun | TAG.preposition | TAG.adverb | TAG.conjunction | TAG.determiner;

/** A word the lexicon knows as a noun or verb, not as a name, place or adjective ("work", "culture", "lobbyist"). */
function isCommonWord(w: string): boolean {
  const t = tagsOf(w);
  return (
    (t.has("Noun") || t.has("Verb")) &&
    !["Person", "FirstName", "LastName", "Place", "ProperNoun", "Adjective"].some((x) => t.has(x))
  );
}

function titleLead(scope: ArticleScope, m: Mention): string {
  const { tokens } = scope;
  const head = tokens[m.from - 1];
  // After a closing quotation mark compromise may read a title as a verb ("…," coach Dave Tippett said).
  const prev = tokens[m.from - 2];
  const titleHead =
    isTitleHead(head?.text ?? "") &&
    !(prev && (prev.tags & TAG.pronoun || /^(?:to|will|would|can|could|we|they|i|you)$/i.test(prev.text)));
  if (!head || head.sentence !== m.sentence || !(head.tags & TAG.noun || titleHead) || /[,;:()“”"]/.test(head.post))
    return "";
  let i = m.from - 1;
  while (i > 0) {
    const t = tokens[i - 1];
    const titleWord = isTitleWord(t.text);
    if (t.sentence !== m.sentence || /[,;:()“”"—–]/.test(t.post) || /[“"(]/.test(tokens[i].pre)) break;
    // "Work and pensions minister X" opening the sentence: the portfolio's first word and "and" belong to the title
    const opener = tokens[i - 2];
    if (
      t.text === "and" &&
      opener?.sentence === m.sentence &&
      (i - 2 === 0 || tokens[i - 3].sentence !== m.sentence) &&
      /^[A-Z][a-z]+$/.test(opener.text) &&
      !(opener.tags & (TAG.person | TAG.firstName | TAG.place)) &&
      isCommonWord(opener.text.toLowerCase()) &&
      // a word the article writes with a capital inside a sentence is a name ("… said Manafort")
      !new RegExp(`[a-z,;] ${opener.text}\\b`).test(scope.body)
    ) {
      i -= 2;
      break;
    }
    // compromise reads some nouns before a title as verbs ("Clinton campaign manager"): only a past, third-person
    // or capitalised (imperative) verb ends the run.
    const verb = t.tags & TAG.verb && (t.tags & TAG.pastTense || /s$/.test(t.text) || /^[A-Z]/.test(t.text));
    if (!titleWord && !PORTFOLIOS.has(t.text.toLowerCase()) && (verb || t.tags & NOT_IN_TITLE)) break;
    i--;
  }
  return scope.body.slice(tokens[i].start, tokens[m.from - 1].end) + " ";
}

/** A sentence opening with a definite or possessive title phrase and a comma: "The NCA's head, ", "Acme's chief executive, ". */
const OPENING_TITLE = /^(?:The|Its|[A-Z][\w.&-]*['’]s)\s[^,;:“”"]*,\s*$/;

/** The people listed right after a name in its sentence ("A, B and C"), none with a title of its own. */
function listAfter(scope: ArticleScope, m: Mention): Mention[] {
  const out: Mention[] = [];
  let end = m.end;
  for (const next of scope.persons.slice(scope.persons.indexOf(m) + 1)) {
    if (next.sentence !== m.sentence || next.title || !/^(?:,\s*|,?\s+and\s+)$/.test(scope.body.slice(end, next.start)))
      break;
    out.push(next);
    end = next.end;
  }
  return out;
}

/** "Justices Elena Kagan, Sonia Sotomayor and Ruth Bader Ginsburg": the names listed after a plural title share it. */
function sharedTitles(scope: ArticleScope, sink: RoleSink) {
  for (const m of scope.persons) {
    if (!m.sharedTitle || !m.title) continue;
    const ev = scope.sentences[m.sentence];
    for (const next of listAfter(scope, m))
      addRole(scope, sink, next.entity, { title: m.title, org: m.org }, ev, "title-before-name");
  }
}

/** "The San Francisco mayor", "The Acme chief executive" opening a sentence: an organisation or place, then a lower-case title. */
const DEFINITE_TITLE = /^The\s+((?:[A-Z][\w.&'’-]*\s+){1,3})((?:[a-z][a-z-]*\s+){1,3})/;

/**
 * "Ed Lee spoke. The San Francisco mayor said …": a sentence opening with a definite title phrase and no name
 * refers to the person the sentence before is about (its first person named outside quotations).
 */
function titleCoreference(scope: ArticleScope, sink: RoleSink) {
  scope.sentences.forEach((ev, si) => {
    const m = DEFINITE_TITLE.exec(ev.sentence);
    if (!m || si === 0 || scope.paragraphOf[si] - scope.paragraphOf[si - 1] > 1) return;
    // The title is the lower-case title words, ending in a head and followed by something else ("said"), not "of".
    const words = m[2].trim().split(/\s+/);
    let n = 0;
    while (n < words.length && isTitleWord(words[n])) n++;
    if (!n || !isTitleHead(words[n - 1]) || /^(?:of|for|at)$/.test(words[n] ?? "")) return;
    const title = words.slice(0, n).join(" ");
    if (scope.persons.some((p) => p.sentence === si && p.start < ev.start + m[0].length)) return;
    // The antecedent is the subject of the sentence before: not someone this sentence names ("The FBI director
    // chastised Clinton"), and not someone already given another post ("The Indiana governor" after a nominee).
    const head = words[n - 1];
    const who = scope.persons.find((p) => p.sentence === si - 1 && !inQuote(scope, p.start));
    const named = (id: string) => scope.persons.some((p) => p.sentence === si && p.entity === id);
    const otherPost = (id: string) => sink.roles.some((r) => r.person === id && !r.title.toLowerCase().includes(head));
    const heldByOther = sink.roles.some((r) => r.person !== who?.entity && r.title.toLowerCase().includes(head));
    if (!who?.entity || named(who.entity) || otherPost(who.entity) || heldByOther) return;
    addRole(scope, sink, who.entity, { title, org: m[1].trim() }, ev, "title-coreference");
  });
}

/** "of/for the Org Name (SHORT)" right after a titled name, up to a clause boundary. */
const ORG_AFTER_NAME =
  /^\s+(?:of|for)\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*|of|and|for|the|&)(?:\s+(?:[A-Z][\w.&'’-]*|of|and|for|the|&))*)(?:\s*\(([A-Z][A-Za-z0-9&-]*[A-Z0-9])\))?(?=\s*[,;.]|\s+(?:and|said|says|made|is|was|has|had|who|announced|told)\b|\s*$)/;

/**
 * "Assistant Attorney General X of the Justice Department's Criminal Division", "Special Agent in Charge X of the
 * … Office of Inspector General (HHS-OIG)": the organisation in an "of/for the …" phrase right after a titled name
 * (its short form when one follows in brackets). Exported for tests.
 */
export function orgAfterName(title: string, after: string): string | undefined {
  const m = ORG_AFTER_NAME.exec(after);
  if (!m || !/^[A-Z]/.test(m[1]) || /\s(?:of|and|for|the|&)$/.test(m[1])) return undefined;
  if (m[2] && isAcronymWord(m[2].replace(/-/g, ""))) return m[2];
  return parseTitlePhrase(`${title} of ${m[1]}`)?.org;
}

/** One role per person and position: a bare "Administrator" repeats "EPA Administrator". */
function dedupeRoles(roles: Role[]): Role[] {
  const words = (r: Role) =>
    new Set(
      `${r.title} ${r.organization?.replace(/^\w+:/, "") ?? ""}`
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((x) => x && !/^(?:of|for|the|and|at)$/.test(x)),
    );
  const out: Role[] = [];
  for (const r of roles) {
    const wr = words(r);
    const same = out.findIndex((o) => o.person === r.person && o.title.toLowerCase() === r.title.toLowerCase());
    if (same >= 0) {
      if (!out[same].organization && r.organization) out[same] = r;
      continue;
    }
    const covered = out.some((o) => o.person === r.person && [...wr].every((x) => words(o).has(x)));
    if (!covered) out.push(r);
  }
  const narrower = (a: Set<string>, b: Set<string>) => a.size < b.size && [...a].every((x) => b.has(x));
  return out.filter((r) => !out.some((o) => o !== r && o.person === r.person && narrower(words(r), words(o))));
}
