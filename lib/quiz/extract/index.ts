import { parseArticle } from "../parse/article";
import type { ArticleFacts, ArticleInput, ParsedArticle, Role } from "../types";
import { findAcronyms, type AcronymDef } from "./acronyms";
import { collectDescriptions, describedText } from "./description-facts";
import { EntityRegistry } from "./entities";
import { findEvents } from "./events";
import { isAcronymWord } from "./lexicon";
import { findMentions } from "./mentions";
import { findQuoteSpans } from "./quotes";
import { genders, resolveEntities } from "./resolve";
import { collectRoles } from "./role-facts";
import { articleScope, inQuote, type ArticleDraft, type ArticleScope } from "./scope";
import { attributeQuotes } from "./speakers";
import { support } from "./support";
import { tokenize } from "./tokens";

export { copulaLead } from "./description-facts";
export { orgAfterName } from "./role-facts";

/** Facts of several articles taken together: one entity per person or organisation across them. */
export function extractFacts(inputs: ArticleInput[]): ArticleFacts[] {
  return extractFactsFromParsed(inputs.map(parseArticle));
}

/**
 * `known`: the stored facts of a library these articles join. Their acronyms,
 * people and organisations are registered first, so an article added alone
 * resolves "GCHQ" or a lone surname the way a run over the whole library would.
 */
export function extractFactsFromParsed(articles: ParsedArticle[], known: readonly ArticleFacts[] = []): ArticleFacts[] {
  return scopesOf(articles, known).map(articleFacts);
}

function registryOf(known: readonly ArticleFacts[]): EntityRegistry {
  const registry = new EntityRegistry();
  for (const facts of known)
    for (const a of facts.acronyms) {
      const kind = facts.entities.find((e) => e.id === a.entity)?.kind;
      if (kind && kind !== "person") registry.addAcronym(a.short, a.long, kind);
    }
  for (const facts of known)
    for (const e of facts.entities) {
      if (e.kind === "person" && e.name.split(/\s+/).length >= 2) registry.addPerson(e.name);
      else if (e.kind !== "person") {
        registry.addOrg(e.name, e.kind);
        for (const alias of e.aliases) if (isAcronymWord(alias)) registry.addAcronym(alias, e.name, e.kind);
      }
    }
  return registry;
}

/** Each article's scope, its entities resolved over all the articles together (and the known library). */
function scopesOf(articles: ParsedArticle[], known: readonly ArticleFacts[] = []): ArticleScope[] {
  const drafts: ArticleDraft[] = articles.map((article) => {
    const tokens = tokenize(article);
    return {
      article,
      tokens,
      mentions: findMentions(tokens),
      acronyms: findAcronyms(article),
      quotes: findQuoteSpans(article),
    };
  });
  const registry = registryOf(known);
  const resolved = resolveEntities(drafts, registry);
  const gender = genders(drafts, resolved);
  return drafts.map((d, i) => articleScope(d, resolved[i], registry, gender));
}

/** The scopes the speaker ranker is trained on: as extraction sees them when it attributes quotes. */
export function speakerScopes(articles: ParsedArticle[]): ArticleScope[] {
  return scopesOf(articles).map((scope) => {
    const described = { ...scope, described: describedText(collectDescriptions(scope)) };
    return { ...described, titled: titledOf(collectRoles(described).roles) };
  });
}

const titledOf = (roles: readonly Role[]) =>
  roles.map((r) => ({ person: r.person, title: r.title.toLowerCase(), at: r.evidence.start }));

/** "initials" when the long form's capitalised words start with exactly the short form's letters; else letters inside words, weaker. */
function acronymSupport(a: AcronymDef) {
  const letters = a.short.replace(/[^A-Za-z]/g, "").toLowerCase();
  const initials = a.long
    .split(/[\s-]+/)
    .filter((w) => /^[A-Za-z]/.test(w) && !/^(?:of|and|for|the|on|in|to|at|de|du)$/i.test(w))
    .map((w) => w[0].toLowerCase())
    .join("");
  return initials === letters
    ? support(`acronym:${a.how}`, ["initials"])
    : support(`acronym:${a.how}`, ["letters-in-words"], 1);
}

/**
 * One article's facts. Descriptions come first: "the group's director" and "the group said" resolve to the
 * organisation the text described as a group. The registry may gain organisations named only in a role.
 */
function articleFacts(scope: ArticleScope): ArticleFacts {
  const reg = scope.registry;
  const used = new Set<string>();
  for (const m of scope.mentions) if (m.entity) used.add(m.entity);
  const acronyms = scope.acronyms.map((a) => ({
    short: a.short,
    long: a.long,
    entity: reg.find(a.short)?.id,
    evidence: a.evidence,
    ...acronymSupport(a),
  }));
  const descriptions = collectDescriptions(scope);
  const described: ArticleScope = { ...scope, described: describedText(descriptions) };
  const roles = collectRoles(described);
  const quotes = attributeQuotes({ ...described, titled: titledOf(roles.roles) });
  // Time words inside any quotation marks, scare quotes included, are not the article's own dating.
  const inAnyQuote = (o: number) => scope.allQuotes.some((q) => q.start <= o && o < q.end);
  const events = findEvents(scope.sentences, (o) => inQuote(scope, o) || inAnyQuote(o), scope.article.meta.published);
  for (const id of [
    ...acronyms.map((a) => a.entity),
    ...descriptions.map((d) => d.subject),
    ...roles.used,
    ...quotes.used,
  ])
    if (id) used.add(id);
  const same = firstNameRefs(reg, used);
  for (const [from, to] of same) {
    used.delete(from);
    reg.addAlias(to, reg.get(from)!.name);
  }
  const entities = [...used]
    .map((id) => reg.get(id)!)
    .filter(Boolean)
    .sort((a, b) => a.id.localeCompare(b.id));
  const one = (id: string) => same.get(id) ?? id;
  return {
    article: scope.article.meta,
    entities,
    acronyms,
    descriptions,
    roles: roles.roles.map((r) => (same.has(r.person) ? { ...r, person: one(r.person) } : r)),
    quotes: quotes.quotes.map((q) => (q.speaker && same.has(q.speaker) ? { ...q, speaker: one(q.speaker) } : q)),
    events,
  };
}

/**
 * "Abian Sacks goes …. Abian, 27, said": a person an article calls by a first name alone is the one person of
 * that article with that first name, when nobody there has it as a surname. Id of the one-word person → id of
 * the full name.
 */
function firstNameRefs(reg: EntityRegistry, ids: ReadonlySet<string>): Map<string, string> {
  const people = [...ids].map((id) => reg.get(id)).filter((e) => e?.kind === "person");
  const full = people
    .filter((e) => e!.name.split(/\s+/).length >= 2)
    .map((e) => ({ id: e!.id, w: e!.name.split(/\s+/) }));
  const out = new Map<string, string>();
  for (const e of people) {
    if (!/^[A-Z][a-z]+$/.test(e!.name)) continue;
    const owners = full.filter((f) => f.w[0] === e!.name);
    if (owners.length === 1 && !full.some((f) => f.w.at(-1) === e!.name)) out.set(e!.id, owners[0]!.id);
  }
  return out;
}
