import { findAcronyms, type AcronymDef } from "./extract/acronyms";
import { describe, unknownOrgAppositive, type OrgRef } from "./extract/descriptions";
import { EntityRegistry } from "./extract/entities";
import { findEvents } from "./extract/events";
import { isAcronymWord, isOrgHead, isPlaceName, isTitleHead, isTitleWord, MONTH_OR_DAY, ORG_NOUN_HEADS, ORG_NOUNS, ORG_KIND_NOUNS } from "./extract/lexicon";
import { findMentions, type Mention } from "./extract/mentions";
import { findCue, findQuoteSpans, isScareOrTitle, type QuoteSpan } from "./extract/quotes";
import { lowerTitleBefore, parseAppositive, parseTitlePhrase, splitTitles, titleBeforeComma, type TitleParse } from "./extract/roles";
import { TAG, tokenize, type Token } from "./extract/tokens";
import { parseArticle } from "./parse/article";
import type { ArticleFacts, ArticleInput, Description, EntityKind, Evidence, ParsedArticle, Quote, Role } from "./types";

type Work = {
  article: ParsedArticle;
  tokens: Token[];
  mentions: Mention[];
  acronyms: AcronymDef[];
  quotes: QuoteSpan[];
};

/** Facts of several articles taken together: one entity per person or organisation across them. */
export function extractFacts(inputs: ArticleInput[]): ArticleFacts[] {
  return extractFactsFromParsed(inputs.map(parseArticle));
}

export function extractFactsFromParsed(articles: ParsedArticle[]): ArticleFacts[] {
  const work: Work[] = articles.map((article) => {
    const tokens = tokenize(article);
    return { article, tokens, mentions: findMentions(tokens), acronyms: findAcronyms(article), quotes: findQuoteSpans(article) };
  });
  const registry = new EntityRegistry();
  registerEntities(work, registry);
  const gender = genders(work);
  return work.map((w) => articleFacts(w, registry, gender));
}

/** A bare, undefined acronym is an organisation only where the text treats it as one: "the FBI", "NIH's", "NSA Director". */
function usedAsOrg(tokens: Token[], m: Mention): boolean {
  const prev = tokens[m.from - 1];
  const next = tokens[m.to];
  return m.possessive || m.title !== undefined || (prev !== undefined && /^the$/i.test(prev.text) && prev.sentence === tokens[m.from].sentence) || (next !== undefined && isTitleWord(next.text));
}

/** "Kath Viner, editor of …", "The paper's editor, Kath Viner,", "Kath Viner said": a name the text treats as a person's. */
function looksLikeSpeakerOrTitled(w: Work, m: Mention): boolean {
  const ev = w.article.sentences[m.sentence];
  if (!ev || m.possessive) return false;
  const after = ev.sentence.slice(m.end - ev.start);
  const before = ev.sentence.slice(0, m.start - ev.start);
  if (/^\s*,?\s*(?:said|says|told|added|stated|warned|explained)\b/.test(after) || /\b(?:said|says|told)\s*$/.test(before)) return true;
  return parseAppositive(after).length > 0 || (/,\s*$/.test(before) && titleBeforeComma(before) !== undefined);
}

/** A one-word name after a possessive: a person when compromise says so or a speech verb follows ("Microsoft's Smith said"). */
function possessedPerson(tokens: Token[], m: Mention): boolean {
  if (m.name!.includes(" ") || isAcronymWord(m.name!) || isPlaceName(m.name!) || MONTH_OR_DAY.has(m.name!.toLowerCase())) return false;
  const tok = tokens[m.from];
  const next = tokens[m.to];
  if (tok.tags & (TAG.place | TAG.organization) && !(tok.tags & TAG.person)) return false;
  return Boolean(tok.tags & (TAG.person | TAG.lastName)) || (next !== undefined && next.sentence === tok.sentence && /^(?:said|says|told|added|adds|stated|explained|warned|wrote|argued|noted)$/.test(next.text));
}

function orgByContext(w: Work, m: Mention): boolean {
  const ev = w.article.sentences[m.sentence];
  if (!ev) return false;
  const after = ev.sentence.slice(m.end - ev.start, m.end - ev.start + 200);
  return /^\s*,\s*which\s+[a-z]+s\b/.test(after) || unknownOrgAppositive(m.name!, after) !== undefined;
}

/** "… Agency", and "Commission on …", "Bureau of …" (an organisation head before its complement): organisations. */
const acronymKind = (long: string): EntityKind => {
  const words = long.toLowerCase().split(/\s+/);
  return words.some((x, i) => isOrgHead(x) && (i === words.length - 1 || /^(?:of|on|for)$/.test(words[i + 1] ?? ""))) ? "organization" : "other";
};

/** Entities first from all articles (acronyms, organisations, full names), then one-word names against them. */
function registerEntities(work: Work[], reg: EntityRegistry) {
  for (const w of work) for (const a of w.acronyms) reg.addAcronym(a.short, a.long, acronymKind(a.long));
  for (const w of work) {
    for (const m of w.mentions) {
      if (!m.name) continue;
      m.name = m.name.replace(/^(?:U\.S\.|US|UK|U\.K\.|British|American)\s+(?=\S+\s+\S)/, "");
      // A fragment of a defined long form ("Atmospheric Administration" of "National Oceanic and …") is that entity.
      const whole = w.acronyms.find((a) => a.long !== m.name && a.long.endsWith(` ${m.name}`));
      if (whole && m.kind === "organization") m.name = whole.short;
      if (m.name.includes("/")) m.name = undefined;
      else if (m.kind === "organization" && isAcronymWord(m.name) && !reg.find(m.name) && !usedAsOrg(w.tokens, m)) m.kind = "candidate";
      else if (m.kind === "candidate" && !m.name.includes(" ") && MONTH_OR_DAY.has(m.name.toLowerCase())) m.name = undefined;
      else if (m.kind === "candidate" && /^\S+(?: \S+){1,2}$/.test(m.name) && looksLikeSpeakerOrTitled(w, m)) m.kind = "person";
      else if (m.kind === "candidate" && !isPlaceName(m.name) && /^\s*,\s*(?:who\b|\d{1,3},)/.test(w.article.body.slice(m.end, m.end + 12))) m.kind = "person";
      // "Robert Lansing … Lansing said": a one-word place name that is the surname of a person named in full
      // earlier in the article (and not after "in"/"at"/"from"…) is that person.
      else if (m.kind === "place" && !m.name.includes(" ") && surnameOfEarlierPerson(w, m)) m.kind = "candidate";
      // "Action Fraud, the UK's national reporting centre …", "Apple, which makes …": an organisation.
      else if (m.kind === "candidate" && !isPlaceName(m.name) && !m.possessive && orgByContext(w, m)) m.kind = "organization";
    }
    // "the Committee" after "Cybersecurity Advisory Committee": the last organisation with that head word.
    const lastByHead = new Map<string, string>();
    for (const m of w.mentions) {
      if (!m.name || m.kind !== "organization") continue;
      const words = m.name.split(/\s+/);
      const head = words[words.length - 1].toLowerCase();
      if (words.length === 1 && isOrgHead(head) && lastByHead.has(head)) m.name = lastByHead.get(head);
      else if (words.length > 1 && isOrgHead(head)) lastByHead.set(head, m.name);
    }
  }
  for (const w of work) {
    for (const m of w.mentions) {
      if (!m.name) continue;
      if (m.kind === "person" && m.name.split(/\s+/).length >= 2) reg.addPerson(m.name);
      else if (m.kind === "organization" || m.kind === "place") reg.addOrg(m.name, m.kind === "place" ? "place" : "organization");
    }
  }
  for (const w of work) {
    w.mentions.forEach((m, i) => {
      // "GCHQ's Hannigan said", "the NCA's Bristow": a surname after an organisation's possessive is a person of it.
      const prev = w.mentions[i - 1];
      if (prev && m.name && m.kind === "candidate" && prev.possessive && prev.to === m.from && prev.kind === "organization" && possessedPerson(w.tokens, m)) m.kind = "person";
    });
    for (const m of w.mentions) {
      if (!m.name) continue;
      if (m.kind === "person" && m.name.split(/\s+/).length >= 2) m.entity = reg.addPerson(m.name);
      else if (m.kind === "organization" || m.kind === "place") m.entity = reg.addOrg(m.name);
      else if (!m.name.includes(" ") && !isAcronymWord(m.name)) m.entity = sameArticlePerson(w, reg, m.name) ?? reg.addSurname(m.name, m.kind === "person");
      else m.entity = reg.find(m.name)?.id;
    }
  }
}

/** The organisation named most often (ties: the one named last), for "the company". */
function mostNamed(orgs: Mention[]): Mention | undefined {
  const n = new Map<string, number>();
  for (const m of orgs) n.set(m.entity!, (n.get(m.entity!) ?? 0) + 1);
  let best: Mention | undefined;
  for (const m of orgs) if (!best || n.get(m.entity!)! > n.get(best.entity!)!) best = m;
  return best;
}

/**
 * "Reyes said" in an article that names Angela Reyes: that person, even when another article of the
 * corpus names a Thomas Reyes (the corpus-wide surname is then ambiguous).
 */
function surnameOfEarlierPerson(w: Work, m: Mention): boolean {
  if (/\b(?:in|at|from|to|near|into|across|outside|inside|around|of)\s+$/i.test(w.article.body.slice(Math.max(0, m.start - 12), m.start))) return false;
  const surname = m.name!.toLowerCase();
  return w.mentions.some((p) => p.kind === "person" && p.start < m.start && !!p.name && p.name.includes(" ") && p.name.split(/\s+/).pop()!.toLowerCase() === surname);
}

function sameArticlePerson(w: Work, reg: EntityRegistry, surname: string): string | undefined {
  const ids = new Set<string>();
  for (const m of w.mentions) {
    if (m.kind !== "person" || !m.name || !m.name.includes(" ")) continue;
    if (m.name.split(/\s+/).pop()!.toLowerCase() !== surname.toLowerCase()) continue;
    const id = reg.find(m.name)?.id;
    if (id && reg.kindOf(id) === "person") ids.add(id);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** "Anita" is a woman's name, "James" a man's (compromise's first-name lists), or "Mr."/"Ms." before the name. */
function genders(work: Work[]): Map<string, "m" | "f"> {
  const out = new Map<string, "m" | "f" | null>();
  for (const w of work) {
    for (const m of w.mentions) {
      if (!m.entity || m.nameFrom === undefined) continue;
      const t = w.tokens[m.nameFrom];
      const prev = w.tokens[m.nameFrom - 1];
      let g: "m" | "f" | undefined;
      if (prev && prev.sentence === t.sentence && /^(?:Mr|Mrs|Ms|Miss)$/.test(prev.text)) g = prev.text === "Mr" ? "m" : "f";
      else if (t.tags & TAG.male && !(t.tags & TAG.female)) g = "m";
      else if (t.tags & TAG.female && !(t.tags & TAG.male)) g = "f";
      if (!g) continue;
      const had = out.get(m.entity);
      out.set(m.entity, had === undefined || had === g ? g : null);
    }
  }
  return new Map([...out].filter((e): e is [string, "m" | "f"] => e[1] !== null));
}

function articleFacts(w: Work, reg: EntityRegistry, gender: Map<string, "m" | "f"> = new Map()): ArticleFacts {
  const { article } = w;
  const { body, sentences } = article;
  // Short quoted words are scare quotes or titles, unless a speech cue follows them ("“Fraudsters adapt,” said X").
  const spans = w.quotes.filter(
    (q) => !isScareOrTitle(body.slice(q.start, q.end)) || w.quotes.some((o) => o !== q && o.group === q.group) || /^[^.!?“”"]{0,60}\b(?:said|says|told|added|stated|reads|wrote|according to)\b/i.test(body.slice(q.end + 1, q.end + 80)),
  );
  const inQuote = (offset: number) => {
    let lo = 0, hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].end < offset) lo = mid + 1;
      else if (spans[mid].start > offset) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const sentenceAt = (offset: number) => {
    let lo = 0, hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= offset) lo = mid + 1;
      else if (sentences[mid].start > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  };
  const used = new Set<string>();
  const use = (id: string | undefined) => (id && used.add(id), id);
  for (const m of w.mentions) use(m.entity);
  const orgId = (name: string | undefined) => {
    if (!name) return undefined;
    const n = name.replace(/^(?:the|U\.S\.|US|UK|U\.K\.)\s+(?=[A-Z])/, "").replace(/['’]s$/, "").trim();
    return use(reg.find(n)?.id ?? reg.find(name)?.id ?? reg.addOrg(n));
  };

  const acronyms = w.acronyms.map((a) => ({ short: a.short, long: a.long, entity: use(reg.find(a.short)?.id), evidence: a.evidence }));

  // Descriptions.
  const descriptions: Description[] = [];
  const orgMentions = w.mentions.filter((m) => m.entity && reg.kindOf(m.entity) !== "person" && m.name && m.nameStart !== undefined);
  const seenOrg = new Set<string>();
  const refs: OrgRef[] = orgMentions.map((m) => {
    const first = !seenOrg.has(m.entity!);
    seenOrg.add(m.entity!);
    const name = m.name!;
    const long = reg.get(m.entity!)?.name ?? name;
    return { start: m.nameStart!, end: m.end, name, entity: m.entity!, head: long.split(/\s+/).pop()!.toLowerCase(), first };
  });
  let r0 = 0;
  for (let si = 0; si < sentences.length; si++) {
    const ev = sentences[si];
    while (r0 < refs.length && refs[r0].start < ev.start) r0++;
    let r1 = r0;
    while (r1 < refs.length && refs[r1].start < ev.end) r1++;
    const recent = refs.slice(Math.max(0, r0 - 12), r1);
    const found = describe(ev, refs.slice(r0, r1), inQuote, recent);
    // "Europol is the European Union's law enforcement agency", "Eurojust, based in The Hague, is the EU's agency
    // for …": a sentence that opens with a known organisation's name and defines it by a copula.
    const lead = copulaLead(ev.sentence);
    // The complement names a kind of organisation, so an unknown name there is one too ("Eurojust … is the EU's agency").
    const leadOrg = lead && !inQuote(ev.start) ? reg.find(lead.name) ?? (isPlaceName(lead.name) ? undefined : reg.get(reg.addOrg(lead.name))) : undefined;
    if (lead && leadOrg && leadOrg.kind === "organization" && !found.some((d) => d.subject === leadOrg.id)) found.push({ subject: leadOrg.id, text: lead.text, evidence: ev });
    for (const d of found) {
      const subject = d.newOrg ? reg.addOrg(d.newOrg) : d.subject;
      if (!subject || !d.text) continue;
      use(subject);
      descriptions.push({ subject, text: d.text, evidence: d.evidence });
    }
  }

  // Roles.
  const roles: Role[] = [];
  const persons = w.mentions.filter((m) => m.entity && reg.kindOf(m.entity) === "person");
  const personBefore = (offset: number) => {
    // Binary search: the last person mention that ends before the offset.
    let lo = 0, hi = persons.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (persons[mid].end <= offset) {
        found = mid;
        lo = mid + 1;
      }
      else hi = mid - 1;
    }
    return found >= 0 ? persons[found].entity! : null;
  };
  const bySentence = new Map<number, Mention[]>();
  for (const m of w.mentions) if (m.entity) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  // "he said": a person named earlier in the same sentence, else the subject (first person named outside
  // quotation marks) of the nearest sentence before that names one — not a name inside someone's quote.
  // "she" skips people whose first name (or "Mr.") says they are men, and "he" women.
  const pronounTarget = (offset: number, pronoun?: string) => {
    const want = /^she$/i.test(pronoun ?? "") ? "f" : /^he$/i.test(pronoun ?? "") ? "m" : undefined;
    const fits = (m: Mention) => !want || !gender.has(m.entity!) || gender.get(m.entity!) === want;
    const si = sentenceAt(offset);
    for (let k = si; si >= 0 && k >= Math.max(0, si - 6); k--) {
      const ms = (bySentence.get(k) ?? []).filter((m) => reg.kindOf(m.entity!) === "person" && m.end <= offset && !inQuote(m.start));
      const ok = ms.filter(fits);
      if (ok.length) return (k === si ? ok[ok.length - 1] : ok[0]).entity!;
      if (ms.length && !want) return (k === si ? ms[ms.length - 1] : ms[0]).entity!;
    }
    return personBefore(offset);
  };
  // "the commission's executive vice-president", "the union's president", "agency spokesperson": the last
  // organisation named before whose name has that head noun (or a head of that kind: a union may be an
  // "… Association"), or that the text described with that noun ("a Houston-based environmental group").
  const described = new Map<string, string>();
  for (const d of descriptions) described.set(d.subject, `${described.get(d.subject) ?? ""} ${d.text.toLowerCase()}`);
  const nounOrg = (noun: string, offset: number) => {
    const heads = ORG_NOUN_HEADS[noun] ?? [noun];
    const orgs = w.mentions.filter((m) => m.start < offset && m.entity && reg.kindOf(m.entity) === "organization").reverse();
    const words = (id: string) => reg.get(id)!.name.toLowerCase().split(/\s+/);
    return (
      orgs.find((m) => words(m.entity!).some((x) => heads.includes(x.replace(/\.$/, ""))) || new RegExp(String.raw`\b${noun}\b`).test(described.get(m.entity!) ?? "")) ??
      (noun === "company" || noun === "firm" ? mostNamed(orgs) : undefined)
    )?.entity;
  };
  const addRole = (person: string | undefined, t: TitleParse, ev: Evidence) => {
    if (!person || reg.kindOf(person) !== "person" || !t.title) return;
    for (const part of splitTitles(t)) {
      const r: Role = { person, title: part.title, evidence: ev };
      const lowerOrg = part.org && /^[a-z]+$/.test(part.org);
      const org = lowerOrg ? (ORG_NOUNS.has(part.org!) ? use(nounOrg(part.org!, ev.end)) : undefined) : part.org && isPlaceName(part.org) ? undefined : orgId(part.org);
      // "Doyle's attorney": a person is no organisation.
      if (org && reg.kindOf(org) !== "person" && !(part.org && sameArticlePerson(w, reg, part.org))) r.organization = org;
      roles.push(r);
    }
  };
  for (const m of persons) {
    const ev = sentences[m.sentence];
    if (!ev) continue;
    const rel = m.end - ev.start;
    if (m.title) addRole(m.entity, { title: m.title, org: m.org ?? (m.possessive || inQuote(m.start) ? undefined : orgAfterName(m.title, ev.sentence.slice(rel))) }, ev);
    for (const t of parseAppositive(ev.sentence.slice(rel))) addRole(m.entity, t, ev);
    const before = ev.sentence.slice(0, m.start - ev.start);
    if (/,\s*$/.test(before) && !m.title) {
      const t = titleBeforeComma(before);
      if (t) addRole(m.entity, t, ev);
    } else if (!m.title && !inQuote(m.start)) {
      const t = lowerTitleBefore(before);
      if (t) addRole(m.entity, t, ev);
    }
  }
  // "Kenji Watanabe, who will join Norvale as chief technology officer": the organisation joined.
  for (const m of persons) {
    const ev = sentences[m.sentence];
    if (!ev) continue;
    const j = /^[^.;“"]{0,40}?\b(?:join|joins|joined|joining|rejoin|rejoins|rejoined)\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*\s+){0,4}?[A-Z][\w.&'’-]*)\s+as\s+(?:its\s+|the\s+|a\s+|an\s+)?([a-z][^,;.()“"]+?)(?=\s+(?:from|in|on|at|when|after|before|later|next|this)\b|[,;.]|$)/.exec(ev.sentence.slice(m.end - ev.start));
    if (!j || inQuote(m.end)) continue;
    const t = parseTitlePhrase(j[2]);
    if (t) addRole(m.entity, { title: t.title, org: t.org ?? j[1] }, ev);
  }
  // "X … served as director of Y", "in his role as the National Manager for NSS", "worked for a decade as a
  // public defender", "was elected mayor of Y" — the person named before in the sentence, or "she"/"he".
  for (let si = 0; si < sentences.length; si++) {
    const ev = sentences[si];
    const re = /\b(?:(?:served|serves|serving|worked|works|working)(?:\s+[a-z]+){0,6}?|appointed|named|elected|became|becomes|role)\s+as\s+((?:the|a|an)\s+)?([^,;.()]+?(?:\s*\([A-Z0-9]+\))?)(?=\s+(?:from|since|until|in|between|during|when|before|after)\b|[,;.]|$)|\b(?:was|were|has been|had been)\s+(?:re-?)?(?:elected|named|appointed|promoted to)\s+((?:the|a|an)\s+)?([a-z][a-z -]+?(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5})?)(?=\s+(?:on|in|from|since|until|after|before|by|when|last|this|next|and|to|with|at)\b|[,;.]|$)/g;
    for (const m of ev.sentence.matchAll(re)) {
      if (inQuote(ev.start + m.index)) continue;
      const phrase = m[2] ?? m[4];
      const t = parseTitlePhrase(phrase);
      if (!t || !t.title.split(/\s+/).some((x) => isTitleHead(x))) continue;
      let who = persons.filter((p) => p.sentence === si && p.start < ev.start + m.index && !inQuote(p.start)).pop()?.entity;
      const lead = ev.sentence.slice(0, m.index);
      const pron = /(?:^|[,;]\s+|\b(?:and|later|then|years later|when)\s+)(she|he)\b/i.exec(lead);
      if (!who && pron) who = pronounTarget(ev.start + pron.index, pron[1]) ?? undefined;
      if (who) addRole(who, t, ev);
    }
  }

  // Quotes.
  const quotes: Quote[] = [];
  let lastGroup = -1;
  let lastSpeaker: string | null = null;
  let lastEnd = -1;
  const groupSpeaker = new Map<number, string | null>();
  // "the statement said": the subject of the nearest sentence before that mentions a statement (or of the one before).
  const nounSpeaker = (noun: string, offset: number): string | undefined => {
    if (noun !== "statement") return nounOrg(noun, offset);
    const si = sentenceAt(offset);
    for (let k = si - 1; k >= Math.max(0, si - 3); k--) {
      const ms = (bySentence.get(k) ?? []).filter((m) => !inQuote(m.start) && ["person", "organization"].includes(reg.kindOf(m.entity!) ?? ""));
      if (ms.length && (/\bstatement\b/i.test(sentences[k].sentence) || k === si - 1)) return ms[0].entity!;
    }
    return undefined;
  };
  for (const q of spans) {
    if (!groupSpeaker.has(q.group)) {
      let speaker = resolveSpeaker(q, w, sentences, sentenceAt, pronounTarget, reg, bySentence, nounSpeaker);
      // No cue: a quote that follows straight on from another (same or next paragraph) continues it.
      // GOV.UK style: "Prisons Minister Helen Carver said:" alone in the paragraph before the quotation.
      if (speaker === undefined) speaker = colonLeadSpeaker(q, body, sentences, sentenceAt, pronounTarget, reg, bySentence, inQuote);
      // "X said the case showed …. “…”": the person the sentence just before reports with a speech verb.
      if (speaker === undefined) speaker = reportedLeadSpeaker(q, body, sentences, sentenceAt, pronounTarget, reg, bySentence, lastEnd);
      if (speaker === undefined) {
        const gap = body.slice(lastEnd, q.start);
        speaker = lastGroup >= 0 && gap.split(/\n\s*\n|\n/).length <= 2 && lastEnd >= 0 && !/[a-z]{3,}[^"“”]*[.!?]\s*\n[^"“]/.test(gap) ? lastSpeaker : null;
      }
      groupSpeaker.set(q.group, speaker ?? null);
    }
    const speaker = groupSpeaker.get(q.group) ?? null;
    lastGroup = q.group;
    lastSpeaker = speaker;
    lastEnd = q.end;
    use(speaker ?? undefined);
    // One quote per paragraph of the span; its evidence is the sentence(s) it lies in.
    const first = sentenceAt(q.start);
    const last = sentenceAt(Math.max(q.start, q.end - 1));
    if (first < 0 || last < 0) continue;
    const text = body.slice(q.start, q.end).replace(/^[\s“”"]+|[\s“”",]+$/g, "");
    if (text.split(/\s+/).length < 3) continue;
    const evStart = sentences[first].start;
    const evEnd = sentences[last].end;
    quotes.push({ text, speaker, evidence: { sentence: body.slice(evStart, evEnd), start: evStart, end: evEnd } });
  }

  // Time words inside any quotation marks, scare quotes included, are not the article's own dating.
  const inAnyQuote = (o: number) => w.quotes.some((q) => q.start <= o && o < q.end);
  const events = findEvents(sentences, (o) => inQuote(o) || inAnyQuote(o), article.meta.published);

  const entities = [...used].map((id) => reg.get(id)!).filter(Boolean).sort((a, b) => a.id.localeCompare(b.id));
  return { article: article.meta, entities, acronyms, descriptions, roles: dedupeRoles(roles), quotes, events };
}

/**
 * The speaker of a quote span from the cue in its sentence: "X said", "said X", "according to X",
 * a document ("an NCA press release reads" → NCA), or a pronoun (the last person named before).
 * undefined = no cue at all (the caller may carry the previous speaker on).
 */
function resolveSpeaker(
  q: QuoteSpan, w: Work, sentences: Evidence[], sentenceAt: (o: number) => number,
  personBefore: (o: number, pronoun?: string) => string | null, reg: EntityRegistry, bySentence: Map<number, Mention[]>,
  nounSpeaker: (noun: string, offset: number) => string | undefined = () => undefined,
): string | null | undefined {
  const si = sentenceAt(q.start);
  if (si < 0) return undefined;
  // The cue may follow the first sentence of a multi-sentence span, or precede it.
  const lastSi = sentenceAt(Math.max(q.start, q.end - 1));
  const ev = sentences[si];
  const endEv = sentences[lastSi] ?? ev;
  const cue = findCue(endEv, Math.max(q.start, endEv.start), q.end) ?? (si !== lastSi ? findCue(ev, q.start, Math.min(q.end, ev.end)) : undefined) ?? findCue(ev, q.start, q.end);
  if (!cue) return undefined;
  const sent = cue.verbStart >= endEv.start ? endEv : ev;
  const inSentence = bySentence.get(sent === endEv ? lastSi : si) ?? [];
  const pick = (ms: Mention[], fromEnd: boolean) => {
    const order = fromEnd ? [...ms].reverse() : ms;
    return (order.find((m) => reg.kindOf(m.entity!) === "person") ?? order.find((m) => reg.kindOf(m.entity!) === "organization"))?.entity;
  };
  const outside = (m: Mention) => !(m.start >= q.start && m.end <= q.end);
  if (cue.inverted) {
    const clauseEnd = sentenceEndOrQuote(w.article.body, cue.verbEnd, sent.end);
    const found = pick(inSentence.filter((m) => m.start >= cue.verbEnd && m.start < clauseEnd && outside(m)), false);
    if (found) return found;
  }
  const clauseStart = cue.kind === "after" ? q.end : sent.start;
  const lead = w.article.body.slice(clauseStart, cue.verbStart);
  const pron = /\b(he|she)\s*(?:\w+ly\s+)?$/i.exec(lead);
  if (pron) return personBefore(cue.verbStart, pron[1]);
  // "the company said in a statement", "the department said": the organisation that noun stands for;
  // "the statement said": whoever the sentence before says issued it.
  const noun = /\b(?:the|its|a)\s+(company|firm|department|agency|ministry|union|group|commission|board|district|university|statement)\s*(?:\w+ly\s+)?$/i.exec(lead);
  if (noun && !pick(inSentence.filter((m) => m.end <= cue.verbStart && m.start >= clauseStart && outside(m)), true)) {
    const found = nounSpeaker(noun[1].toLowerCase(), cue.verbStart);
    if (found) return found;
  }
  const before = pick(inSentence.filter((m) => m.end <= cue.verbStart && m.start >= clauseStart && outside(m)), true);
  if (before) return before;
  const after = pick(inSentence.filter((m) => m.start >= cue.verbEnd && outside(m) && m.start < q.start + (cue.kind === "before" ? 0 : 1e9)), false);
  return after ?? null;
}

/**
 * The speaker of a quotation that opens its paragraph right after a sentence ending "X said:" (or "said X:",
 * "She added:"): the person (else organisation) named in that lead-in. undefined when there is no such lead-in.
 */
export function colonLeadSpeaker(
  q: QuoteSpan, body: string, sentences: Evidence[], sentenceAt: (o: number) => number,
  personBefore: (o: number, pronoun?: string) => string | null, reg: EntityRegistry, bySentence: Map<number, Mention[]>,
  inQuote: (o: number) => boolean,
): string | null | undefined {
  const si = sentenceAt(q.start);
  if (si <= 0) return undefined;
  // The quotation must start its paragraph.
  if (!/(?:^|\n)\s*[“"]?$/.test(body.slice(Math.max(0, q.start - 3), q.start))) return undefined;
  const prev = sentences[si - 1];
  const between = body.slice(prev.end, q.start);
  if (!/\n/.test(between) || /[A-Za-z]/.test(between)) return undefined;
  const lead = /\b(said|says|added|adds|stated|states|told\s+(?:the\s+)?[A-Za-z]+|commented|explained|warned|wrote|writes)\b([^.!?“”"]{0,80}):\s*$/i.exec(prev.sentence);
  if (!lead) return undefined;
  const verbStart = prev.start + lead.index;
  const verbEnd = verbStart + lead[1].length;
  const ms = (bySentence.get(si - 1) ?? []).filter((m) => !inQuote(m.start));
  const of = (list: Mention[], kind: string) => list.find((m) => reg.kindOf(m.entity!) === kind)?.entity;
  const after = ms.filter((m) => m.start >= verbEnd);
  const before = ms.filter((m) => m.end <= verbStart).reverse();
  const pron = /\b(he|she)\s*(?:\w+ly\s+)?$/i.exec(body.slice(prev.start, verbStart));
  return of(after, "person") ?? (pron ? personBefore(verbStart, pron[1]) : undefined) ?? of(before, "person") ?? of(before, "organization") ?? of(after, "organization");
}

/**
 * The speaker of a cue-less quotation that follows straight on from a sentence outside quotation marks that
 * reports someone's words ("Eurojust President X said the case showed …." / "She said the rules would …"):
 * the person named with the speech verb. undefined when the sentence before has no such speaker.
 */
export function reportedLeadSpeaker(
  q: QuoteSpan, body: string, sentences: Evidence[], sentenceAt: (o: number) => number,
  personBefore: (o: number, pronoun?: string) => string | null, reg: EntityRegistry, bySentence: Map<number, Mention[]>,
  lastQuoteEnd: number,
): string | null | undefined {
  const si = sentenceAt(q.start);
  if (si <= 0) return undefined;
  const prev = sentences[si - 1];
  // Nothing but space between that sentence and the quotation, and no quotation inside that sentence.
  if (/[^\s“"]/.test(body.slice(prev.end, q.start)) || prev.start < lastQuoteEnd || /[“”"]/.test(prev.sentence)) return undefined;
  const verb = /\b(?:said|says|told|added|adds|stated|explained|warned|argued|noted)\b/.exec(prev.sentence);
  if (!verb) return undefined;
  const verbStart = prev.start + verb.index;
  const verbEnd = verbStart + verb[0].length;
  const ms = (bySentence.get(si - 1) ?? []).filter((m) => reg.kindOf(m.entity!) === "person");
  const lead = body.slice(prev.start, verbStart);
  // The subject right before the verb ("… President X said"), else "said X".
  const before = ms.filter((m) => m.end <= verbStart && /^\s*$/.test(body.slice(m.end, verbStart)));
  if (before.length) return before[before.length - 1].entity!;
  const pron = /(?:^|[,;]\s*|\band\s+)(he|she)\s*(?:\w+ly\s+)?$/i.exec(lead);
  if (pron) return personBefore(verbStart, pron[1]) ?? undefined;
  const after = ms.find((m) => m.start >= verbEnd && /^[\s,]*$/.test(body.slice(verbEnd, m.start)));
  return after?.entity;
}

function sentenceEndOrQuote(body: string, from: number, to: number): number {
  const i = body.slice(from, to).search(/[“"]/);
  return i < 0 ? to : from + i;
}

/**
 * A sentence opening "Name is the/a … agency …" (optionally "Name, based in X, is …"): the name and what
 * it is, when the complement's head is a kind of organisation. Exported for tests.
 */
export function copulaLead(sentence: string): { name: string; text: string } | undefined {
  const m = /^(?:The\s+)?([A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|and)){0,5})(?:\s*,\s*(?:based|headquartered|founded|set up)\s+in\s+[^,]{1,40},)?\s+is\s+((?:a|an|the|[A-Z][\w.]*['’]s)\s+[^,;.]+)/.exec(sentence);
  if (!m) return undefined;
  const np = m[2].split(/\s+(?:that|which|who|whose|with|and)\s+/)[0];
  const head = np.split(/\s+(?:of|for|in|on|to|at)\s+/)[0].split(/\s+/).pop()!.toLowerCase();
  if (!ORG_KIND_NOUNS.has(head)) return undefined;
  return { name: m[1], text: m[2].trim() };
}

/**
 * "Assistant Attorney General X of the Justice Department's Criminal Division", "Special Agent in Charge X of the
 * … Office of Inspector General (HHS-OIG)": the organisation in an "of/for the …" phrase right after a titled name
 * (its short form when one follows in brackets). Exported for tests.
 */
export function orgAfterName(title: string, after: string): string | undefined {
  const m = /^\s+(?:of|for)\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*|of|and|for|the|&)(?:\s+(?:[A-Z][\w.&'’-]*|of|and|for|the|&))*)(?:\s*\(([A-Z][A-Za-z0-9&-]*[A-Z0-9])\))?(?=\s*[,;.]|\s+(?:and|said|says|made|is|was|has|had|who|announced|told)\b|\s*$)/.exec(after);
  if (!m || !/^[A-Z]/.test(m[1]) || /\s(?:of|and|for|the|&)$/.test(m[1])) return undefined;
  if (m[2] && isAcronymWord(m[2].replace(/-/g, ""))) return m[2];
  return parseTitlePhrase(`${title} of ${m[1]}`)?.org;
}

/** One role per person and position: a bare "Administrator" repeats "EPA Administrator". */
function dedupeRoles(roles: Role[]): Role[] {
  const words = (r: Role) => new Set(`${r.title} ${r.organization?.replace(/^\w+:/, "") ?? ""}`.toLowerCase().split(/[^a-z0-9]+/).filter((x) => x && !/^(?:of|for|the|and|at)$/.test(x)));
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
  return out.filter((r) => !out.some((o) => o !== r && o.person === r.person && (() => {
    const a = words(r), b = words(o);
    return a.size < b.size && [...a].every((x) => b.has(x));
  })()));
}
