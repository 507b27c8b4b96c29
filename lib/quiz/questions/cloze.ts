/**
 * Cloze: a fact sentence with its key term blanked — a person's name, an
 * organisation, or a stated date; never a function word. Accepted answers
 * cover the forms a learner may fairly type (full name, surname, short form).
 */
import type { Cluster, Corpus, CDescription, CEvent, CRole, Source } from "./corpus";
import { inCruft, sourceOf } from "./corpus";
import { baseQuestion, emptyDraft, type Draft } from "./draft";
import { mentions } from "./distractors";
import { entityIndex } from "./entity-index";
import { corpusText } from "./text-index";
import { askableWhen, eventIdentity, eventProblems } from "./events";
import { descriptionIdentity, descriptionProblems } from "./descriptions";
import { roleIdentity, roleProblems } from "./roles";
import { anchorRelativeTimes } from "./stems";
import { withFirstNames } from "./full-names";
import { BLANK, balanceQuotes, dateCore, findTerm } from "./cloze-text";
import { isStopword, norm, startsWithUnresolvedReference, words, cite } from "./text";
import { escapeRe } from "../../regex";

/** The longest surface form of an entity that appears in the sentence. */
function surfaceIn(sentence: string, c: Cluster, corpus: Corpus): string | undefined {
  for (const s of c.surfaces) {
    const at = findTerm(sentence, s);
    if (at >= 0) return sentence.slice(at, at + s.length);
  }
  // "Dr. Collins": a person's surname, when no one else in the corpus has it
  const surname = c.kind === "person" ? c.name.split(/\s+/).at(-1)! : "";
  if (surname.length > 2 && entityIndex(corpus).peopleWithLastName(surname) === 1) {
    const at = findTerm(sentence, surname);
    if (at >= 0) return sentence.slice(at, at + surname.length);
  }
  return undefined;
}

/**
 * May the last word of this name stand alone as an answer? Not for "Robert Kilroy Silk" (a hyphen lost) when
 * the articles write only "Mr Kilroy Silk": a last word never written without the word before it is no surname
 * of its own.
 */
export function lastNameAlone(corpus: Corpus, name: string): boolean {
  const ws = name.split(/\s+/);
  if (ws.length < 3) return true;
  return new RegExp(`(?<!\\b${escapeRe(ws.at(-2)!)}\\s+)\\b${escapeRe(ws.at(-1)!)}\\b`).test(corpusText(corpus).raw);
}

function acceptFor(answer: string, c?: Cluster, corpus?: Corpus): string[] {
  const out = new Set([answer]);
  if (c) {
    out.add(c.name);
    if (c.short) out.add(c.short);
    if (c.kind === "person" && corpus) {
      const surname = c.name.split(/\s+/).at(-1)!;
      const shared = entityIndex(corpus).peopleWithLastName(surname);
      const ws = c.name.split(/\s+/);
      if (shared === 1 && surname.length > 2) {
        if (lastNameAlone(corpus, c.name)) out.add(surname);
        // "Wasserman Schultz": a surname of two words, as the article writes it alone
        for (let i = 1; i < ws.length - 1; i++) {
          const tail = ws.slice(i).join(" ");
          // written without the first name before it: at a line's start, after punctuation, a lower-case word or "Mr"
          const t = escapeRe(tail);
          const alone = new RegExp(
            `(?:^|[^\\w\\s])\\s*${t}\\b|(?<![A-Z][\\w.'’-]*)\\s${t}\\b|\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s${t}\\b`,
            "m",
          );
          if (c.surfaces.includes(tail) || alone.test(corpusText(corpus).raw)) out.add(tail);
        }
      }
    }
  }
  // "Jason O Grady": a dataset that lost the apostrophe of an Irish name; the name as spelt is right too
  for (const a of [...out]) if (/\bO [A-Z][a-z]/.test(a)) out.add(a.replace(/\bO ([A-Z][a-z])/g, "O'$1"));
  return [...out];
}

function cloze(
  corpus: Corpus,
  init: {
    identity: string;
    factKind: "role" | "description" | "event";
    source: Source;
    answer: string;
    cluster?: Cluster;
    problems: string[];
    why: string;
  },
): Draft {
  const { source, answer } = init;
  const sentence = source.sentence.trim();
  const at = findTerm(sentence, answer);
  const blanked = at >= 0 ? sentence.slice(0, at) + BLANK + sentence.slice(at + answer.length) : sentence;
  const published = corpusText(corpus).published(source.article);
  const anchored = anchorRelativeTimes(
    balanceQuotes(withFirstNames(corpus, source.article, blanked, init.cluster)),
    published,
  );
  const q = baseQuestion({
    kind: "cloze",
    factKind: init.factKind,
    identity: init.identity,
    variant: "blank",
    prompt: `Fill in the blank: ${anchored.text}`,
    explanation: `${init.why} The sentence reads: ${cite(sentence)}`,
    source,
  });
  q.answer = answer;
  q.accept = acceptFor(answer, init.cluster, corpus);
  // "in _____" = "February 2012": the year alone fills the blank truly too
  const year = init.factKind === "event" ? /^(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)(\d{4})$/.exec(answer.trim()) : null;
  // … unless the stem already gives the year ("at the Expo 2005 in Aichi, in _____"): then the year alone is
  // no answer, and the month alone ("March") is the part the student supplies
  if (year && /\bin\s+_{5}/.test(blanked)) {
    if (!new RegExp(`\\b${year[1]}\\b`).test(anchored.text)) q.accept.push(year[1]!);
    else if (/^[A-Z][a-z]+\.?\s+\d{4}$/.test(answer.trim())) q.accept.push(answer.trim().split(/\s+/)[0]!);
  }
  const p = [...init.problems, ...anchored.problems];
  if (at < 0) p.push("the blanked term is not in the sentence");
  if (words(answer).every(isStopword)) p.push("the blank would be a function word");
  if (startsWithUnresolvedReference(sentence))
    p.push("the sentence opens with a pronoun whose referent is in another sentence");
  const n = words(sentence).length;
  if (n < 6 || n > 45) p.push(`the sentence has ${n} words (want 6–45)`);
  if (init.cluster && mentions(blanked, init.cluster)) p.push("another name of the answer stays in the sentence");
  else if (norm(blanked).includes(norm(answer))) p.push("the answer appears twice in the sentence");
  if (inCruft(corpus, source.article, source.start, source.end)) p.push("built from page cruft");
  return emptyDraft(q, { key: answer, support: [answer], problems: p, closeness: 0.6 });
}

/** A sentence naming this many people or more is a list: one name blanked from it is list trivia. */
const LIST_PEOPLE = 4;

export function roleCloze(corpus: Corpus, r: CRole): Draft {
  const answer = surfaceIn(r.evidence.sentence, r.personC, corpus) ?? r.personC.name;
  const people = entityIndex(corpus)
    .mentionedIn(r.evidence.sentence)
    .filter((c) => c.kind === "person");
  const listed =
    people.length >= LIST_PEOPLE
      ? [`the sentence lists ${people.length} people: one of them blanked is list trivia`]
      : [];
  return cloze(corpus, {
    identity: roleIdentity(r),
    factKind: "role",
    source: sourceOf(r.slug, r.evidence),
    answer,
    cluster: r.personC,
    problems: [...roleProblems(corpus, r), ...listed],
    why: `The article names ${r.personC.name} as ${r.title.trim()}${r.orgC ? ` (${r.orgC.name})` : ""}.`,
  });
}

export function descriptionCloze(corpus: Corpus, d: CDescription): Draft | undefined {
  if (!d.subjectC) return undefined;
  const answer = surfaceIn(d.evidence.sentence, d.subjectC, corpus);
  if (!answer) return undefined;
  return cloze(corpus, {
    identity: descriptionIdentity(d),
    factKind: "description",
    source: sourceOf(d.slug, d.evidence),
    answer,
    cluster: d.subjectC,
    problems: descriptionProblems(corpus, d),
    why: `The article describes ${d.subjectC.name} as “${d.text.trim()}”.`,
  });
}

export function eventCloze(corpus: Corpus, e: CEvent): Draft | undefined {
  if (!askableWhen(e)) return undefined;
  const answer = dateCore(e.when);
  return cloze(corpus, {
    identity: eventIdentity(e),
    factKind: "event",
    source: sourceOf(e.slug, e.evidence),
    answer,
    problems: eventProblems(corpus, e),
    why: `The article gives the date as “${e.when.trim()}”.`,
  });
}
