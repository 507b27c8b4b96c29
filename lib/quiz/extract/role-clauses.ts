import type { Evidence } from "../types";
import { isTitleHead } from "./lexicon";
import { isPositionNoun, singularNoun } from "./positions";
import { parseTitlePhrase, type TitleParse } from "./roles";
import { inQuote, pronounTarget, type ArticleScope } from "./scope";

/** Roles stated by a clause: "who will join Y as Z", "served as Z", "was elected Z", "X is the Z of Y". */
export type ClauseForm = "joined-as" | "served-as" | "copula";
type AddRole = (person: string | undefined, t: TitleParse, ev: Evidence, how: ClauseForm) => void;

export function clauseRoles(scope: ArticleScope, add: AddRole) {
  joinedAs(scope, add);
  servedAs(scope, add);
  copulaRoles(scope, add);
  pluralSubjects(scope, add);
}

/** "…, who will join Norvale as chief technology officer from …": the organisation joined and the post. */
const JOIN_AS =
  /^[^.;“"]{0,40}?\b(?:join|joins|joined|joining|rejoin|rejoins|rejoined)\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*\s+){0,4}?[A-Z][\w.&'’-]*)\s+as\s+(?:its\s+|the\s+|a\s+|an\s+)?([a-z][^,;.()“"]+?)(?=\s+(?:from|in|on|at|when|after|before|later|next|this)\b|[,;.]|$)/;

function joinedAs(scope: ArticleScope, add: AddRole) {
  for (const m of scope.persons) {
    const ev = scope.sentences[m.sentence];
    if (!ev) continue;
    const j = JOIN_AS.exec(ev.sentence.slice(m.end - ev.start));
    if (!j || inQuote(scope, m.end)) continue;
    const t = parseTitlePhrase(j[2]);
    if (t) add(m.entity, { title: t.title, org: t.org ?? j[1] }, ev, "joined-as");
  }
}

/**
 * "served as director of Y", "in his role as the National Manager for NSS", "worked for a decade as a public
 * defender" (groups 1–2), and "was elected mayor of Y", "was named chief of the Z" (groups 3–4).
 */
const SERVED_AS =
  /\b(?:(?:served|serves|serving|worked|works|working)(?:\s+[a-z]+){0,6}?|appointed|named|elected|became|becomes|role)\s+as\s+((?:the|a|an)\s+)?([^,;.()]+?(?:\s*\([A-Z0-9]+\))?)(?=\s+(?:from|since|until|in|between|during|when|before|after|under)\b|[,;.]|$)|\b(?:was|were|has been|had been)\s+(?:re-?)?(?:elected|named|appointed|promoted to)\s+((?:the|a|an)\s+)?([a-z][a-z -]+?(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5})?)(?=\s+(?:on|in|from|since|until|after|before|by|when|last|this|next|and|to|with|at)\b|[,;.]|$)/g;

/** The person named before in the sentence, or "she"/"he", who served as or was elected to a post. */
function servedAs(scope: ArticleScope, add: AddRole) {
  scope.sentences.forEach((ev, si) => {
    for (const m of ev.sentence.matchAll(SERVED_AS)) {
      if (inQuote(scope, ev.start + m.index)) continue;
      const t = parseTitlePhrase(m[2] ?? m[4]);
      if (!t || !t.title.split(/\s+/).some((x) => isTitleHead(x))) continue;
      let who = scope.persons
        .filter((p) => p.sentence === si && p.start < ev.start + m.index && !inQuote(scope, p.start))
        .pop()?.entity;
      const pron = /(?:^|[,;]\s+|\b(?:and|later|then|years later|when)\s+)(she|he)\b/i.exec(
        ev.sentence.slice(0, m.index),
      );
      if (!who && pron) who = pronounTarget(scope, ev.start + pron.index, pron[1]) ?? undefined;
      if (who) add(who, t, ev, "served-as");
    }
  });
}

/** "is the chief executive of the company", "was once a lawyer at X": a copula and a noun phrase headed by a position. */
const COPULA_TITLE =
  /^(?:\s*,\s*who)?\s+(?:is|was|has been|had been|became|becomes|remains|remained)(?:\s+(?:now|once|still|also|then))?\s+((?:the|a|an|its)\s+[^,;:.()“”"]+?)(?=\s+(?:who|which|that|since|until|when|after|before|and|but|in\s+\d{4}|from\s+\d{4})\b|[,;:.()“”"]|$)/;

/** "Roe is the new chief executive of the company", "Fry, who was once the mayor of Y, …": the subject's position. */
function copulaRoles(scope: ArticleScope, add: AddRole) {
  for (const m of scope.persons) {
    const ev = scope.sentences[m.sentence];
    if (!ev || m.possessive || inQuote(scope, m.start)) continue;
    // Abbreviation stops ("Mrs. Clinton's campaign") do not end the noun phrase.
    const after = ev.sentence.slice(m.end - ev.start).replace(/\b(Mr|Mrs|Ms|Dr|St|Jr|Sr|[A-Z])\./g, "$1\u2024");
    const c = COPULA_TITLE.exec(after);
    if (!c) continue;
    const np = c[1]
      .replace(/\u2024/g, ".")
      .replace(/^(?:the|a|an)\s+(?:new|current|interim|former|then|longtime)\s+/i, (x) =>
        /former|then/i.test(x) ? x : x.replace(/\s\S+\s+$/, " "),
      );
    const t = parseTitlePhrase(np);
    const head =
      t?.title
        .split(/\s+(?:of|for|at)\s+/)[0]
        .split(/\s+/)
        .pop() ?? "";
    if (t && isPositionNoun(head)) add(m.entity, t, ev, "copula");
  }
}

/** "The three Special Consultants are A, B and C", "Its new directors include …": a plural title subject, then names. */
const PLURAL_SUBJECT =
  /^(?:The|Its|Their)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|new|other)\s+){0,2}((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+s)\s+(?:are|were|will be|include|included)\s+(?:former\s+)?/;

function pluralSubjects(scope: ArticleScope, add: AddRole) {
  scope.sentences.forEach((ev, si) => {
    const m = PLURAL_SUBJECT.exec(ev.sentence);
    if (!m) return;
    const words = m[1].split(/\s+/);
    const head = words[words.length - 1];
    if (!isPositionNoun(head) || singularNoun(head) === head.toLowerCase()) return;
    const title = [...words.slice(0, -1), /^[A-Z]/.test(head) ? capitalise(singularNoun(head)) : singularNoun(head)];
    const at = ev.start + m[0].length;
    const first = scope.persons.find((p) => p.sentence === si && p.start >= at && p.start <= at + 40);
    if (!first) return;
    let end = first.end;
    add(first.entity, { title: title.join(" ") }, ev, "copula");
    for (const next of scope.persons.filter((p) => p.sentence === si && p.start > first.start)) {
      if (!/^(?:,\s*|,?\s+and\s+)$/.test(scope.body.slice(end, next.start))) break;
      add(next.entity, { title: title.join(" ") }, ev, "copula");
      end = next.end;
    }
  });
}

const capitalise = (w: string) => w[0].toUpperCase() + w.slice(1);
