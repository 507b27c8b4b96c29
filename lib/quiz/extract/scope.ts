import type { Evidence, ParsedArticle } from "../types";
import type { AcronymDef } from "./acronyms";
import type { EntityRegistry } from "./entities";
import { isTitleHead, ORG_NOUN_HEADS, SPEECH_VERBS, TITLE_HEADS } from "./lexicon";
import type { Mention } from "./mentions";
import { isScareOrTitle, type QuoteSpan } from "./quotes";
import type { Token } from "./tokens";

/** What one article yields before any entity is resolved. */
export type ArticleDraft = Readonly<{
  article: ParsedArticle;
  tokens: readonly Token[];
  mentions: readonly Mention[];
  acronyms: readonly AcronymDef[];
  quotes: readonly QuoteSpan[];
}>;

export type Gender = "m" | "f";

/**
 * Everything the fact collectors read about one article, resolved once: its text, tokens, mentions with
 * their entities, and the quotations that may be speech. Read-only; the registry is the corpus-wide entity
 * table the collectors may add organisations to.
 */
export type ArticleScope = Readonly<{
  article: ParsedArticle;
  body: string;
  sentences: readonly Evidence[];
  /** Index in article.paragraphs of each sentence's paragraph. */
  paragraphOf: readonly number[];
  tokens: readonly Token[];
  mentions: readonly Mention[];
  acronyms: readonly AcronymDef[];
  /** Every quoted span, scare quotes included. */
  allQuotes: readonly QuoteSpan[];
  /** Quoted spans that may be speech (short quoted terms and titles left out). */
  quotes: readonly QuoteSpan[];
  /** Mentions of people, in text order. */
  persons: readonly Mention[];
  bySentence: ReadonlyMap<number, readonly Mention[]>;
  /** Capitalised names no rule linked to an entity ("Melanie", "PolitiFact"), per sentence: possible speakers. */
  unlinked: ReadonlyMap<number, readonly Mention[]>;
  /** How many mentions each entity has in the article. */
  mentionCount: ReadonlyMap<string, number>;
  registry: EntityRegistry;
  gender: ReadonlyMap<string, Gender>;
  /** Description text per organisation id (lower-case, space-joined), once descriptions are known. */
  described: ReadonlyMap<string, string>;
  /** The roles found for each person, as (title, position of the sentence stating it), once roles are known. */
  titled: readonly { person: string; title: string; at: number }[];
}>;

/** Quoted speech-cue words right after a short quoted term make it speech ("“Fraudsters adapt,” said X"). */
const CUE_AFTER_TERM = /^[^.!?“”"]{0,60}\b(?:said|says|told|added|stated|reads|wrote|according to)\b/i;

/** "X told MSNBC that “exactly who did it” remains …": a phrase of four words or more right after a speech cue is speech. */
const CUE_BEFORE_PHRASE =
  /\b(?:said|says|told|tells|added|adds|wrote|writes|called|calls|described|describes|insisted|warned|argued)\b[^.!?“”"]{0,60}$/i;
function cuedPhrase(body: string, q: QuoteSpan): boolean {
  const words = body
    .slice(q.start, q.end)
    .split(/\s+/)
    .filter((w) => /[A-Za-z]/.test(w));
  return (
    words.length >= 4 &&
    !/^[A-Z]/.test(words[1] ?? "") &&
    CUE_BEFORE_PHRASE.test(body.slice(Math.max(0, q.start - 81), q.start - 1))
  );
}

export function articleScope(
  draft: ArticleDraft,
  mentions: readonly Mention[],
  registry: EntityRegistry,
  gender: ReadonlyMap<string, Gender>,
): ArticleScope {
  const { article } = draft;
  const { body } = article;
  const all = draft.quotes;
  // Short quoted words are scare quotes or titles, unless they are part of a longer quotation or a cue follows.
  const quotes = all.filter(
    (q) =>
      !isScareOrTitle(body.slice(q.start, q.end)) ||
      all.some((o) => o !== q && o.group === q.group) ||
      CUE_AFTER_TERM.test(body.slice(q.end + 1, q.end + 80)) ||
      cuedPhrase(body, q),
  );
  const bySentence = new Map<number, Mention[]>();
  const unlinked = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.entity) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
    else if (m.name && m.kind === "candidate") unlinked.set(m.sentence, [...(unlinked.get(m.sentence) ?? []), m]);
  }
  const persons = mentions.filter((m) => m.entity && registry.kindOf(m.entity) === "person");
  const mentionCount = new Map<string, number>();
  for (const m of mentions) if (m.entity) mentionCount.set(m.entity, (mentionCount.get(m.entity) ?? 0) + 1);
  return {
    article,
    body,
    sentences: article.sentences,
    paragraphOf: paragraphIndex(article),
    tokens: draft.tokens,
    mentions,
    acronyms: draft.acronyms,
    allQuotes: all,
    quotes,
    persons,
    bySentence,
    unlinked,
    mentionCount,
    registry,
    gender,
    described: new Map(),
    titled: [],
  };
}

function paragraphIndex(article: ParsedArticle): number[] {
  let p = 0;
  return article.sentences.map((ev) => {
    while (p < article.paragraphs.length - 1 && article.paragraphs[p].end <= ev.start) p++;
    return p;
  });
}

/** Whether the offset lies inside a quotation that may be speech. */
export function inQuote(scope: ArticleScope, offset: number): boolean {
  const spans = scope.quotes;
  let lo = 0,
    hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end < offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Index of the sentence holding the offset, or -1. */
export function sentenceAt(scope: ArticleScope, offset: number): number {
  const { sentences } = scope;
  let lo = 0,
    hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export const kindOf = (scope: ArticleScope, id: string | undefined) => (id ? scope.registry.kindOf(id) : undefined);

/** The last person mentioned before the offset. */
export function personBefore(scope: ArticleScope, offset: number): string | null {
  const { persons } = scope;
  let lo = 0,
    hi = persons.length - 1,
    found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (persons[mid].end <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? persons[found].entity! : null;
}

/**
 * "he said": a person named earlier in the same sentence, else the subject (first person named outside
 * quotation marks) of the nearest sentence before that names one — not a name inside someone's quote.
 * "she" skips people whose first name (or "Mr.") says they are men, and "he" women.
 */
/** "the prime minister talked", "The chancellor has said": a title with "the" as the subject of a verb. */
const TITLE_SUBJECT =
  /\b[Tt]he\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:\w+ly\s+)?(?:[a-z]+ed|was|is|has|had|said|says|told|set|used|made|gave|went|came|took|spoke|wrote|will|would)\b/;

/** Sentence k's words outside quotation marks. */
function outsideQuotes(scope: ArticleScope, k: number): string {
  return scope.sentences[k].sentence.replace(/[“"][^”"]*[”"]/g, " ");
}

/** An unread name of two to four words, outside quotation marks, as the subject of a speech verb in sentence k. */
function unknownSpeakerIn(scope: ArticleScope, k: number, offset: number): boolean {
  const sent = scope.sentences[k];
  return (scope.unlinked.get(k) ?? []).some(
    (m) =>
      m.end <= offset &&
      !inQuote(scope, m.start) &&
      /^\S+(?:\s+\S+){1,3}$/.test(m.name ?? "") &&
      /^(?:,[^,;:"“”]{1,80},)?\s+(?:\w+ly\s+)?(?:said|says|wrote|writes|told|tells|added|adds)\b/.test(
        scope.body.slice(m.end, Math.min(sent.end, m.end + 100)),
      ),
  );
}

export function pronounTarget(scope: ArticleScope, offset: number, pronoun?: string): string | null {
  const want = /^she$/i.test(pronoun ?? "") ? "f" : /^he$/i.test(pronoun ?? "") ? "m" : undefined;
  const fits = (m: Mention) => !want || !scope.gender.has(m.entity!) || scope.gender.get(m.entity!) === want;
  const si = sentenceAt(scope, offset);
  // "The image portrayed Mr Howard as a hypnotist, he argued.": the words he argued are the clause before
  // him, so he is nobody named in it; he is the subject of a sentence before.
  const tagged = si >= 0 && closesReportedClause(scope, si, offset);
  // back through the sentences before, to the nearest that names a person outside quotation marks ("He also
  // pledged …. And he promised …": a chain of "he" leads back to the subject named at its start)
  for (let k = si; si >= 0 && k >= 0; k--) {
    if (k === si && tagged) continue;
    const ms = (scope.bySentence.get(k) ?? []).filter(
      (m) =>
        kindOf(scope, m.entity) === "person" &&
        m.end <= offset &&
        !inQuote(scope, m.start) &&
        // "the Moroccan": one capitalised word after "the" describes a person, it does not name one
        !(/\bthe\s+$/i.test(scope.body.slice(Math.max(0, m.start - 4), m.start)) && !/\s/.test(m.name ?? "")),
    );
    const ok = ms.filter(fits);
    if (k < si) {
      // "And he confirmed Mr Blair's insistence …. He said: …": the sentence before is his too (its subject is
      // the same pronoun), so the names in it are not his; go on back
      if (want && pronounSubject(scope.sentences[k].sentence) === want) continue;
      // "The campaign was the first time she had been involved, and she doesn't think Clinton can …": the same
      // pronoun before every fitting name there stands for someone before that sentence too; go on back
      if (want && ok.length && pronounBefore(scope, k, want, ms[0]!.start)) continue;
      // "If Mr Blair did not want to take part, they could go ahead, Lord Holme said.": the person who closes
      // the sentence by saying it is its subject; the names before are inside what he said
      const closing = closingReporter(scope, k, ok);
      if (closing) return closing.entity!;
      // "Minister A confirmed the grant and MP B has urged the council to use it. He said: …": two clauses,
      // each with a fitting subject of its own; "he" may be either, so the words have no sure speaker
      if (ok.length > 1 && secondSubject(scope, ok)) return null;
      // "A Labour Party spokesman criticised Michael Howard's record. He said: …": he is that spokesman, whom
      // the article does not name, not the person he spoke of
      if (unnamedSubjectBefore(scope, k, ms, want)) return null;
    }
    // "Mrs Crown's niece, Judith Paynes, told the hearing …": a person named as another's relative or agent is
    // the subject, not the one she belongs to; unnamed ("Smith's lawyer said …"), nobody sure
    if (k < si && ok.length && ok[0].possessive) {
      const owned = possessedSubject(scope, ok[0], ok);
      if (owned !== undefined) return owned;
    }
    if (ok.length) return (k === si ? ok[ok.length - 1] : ok[0]).entity!;
    // "E Hayot, writing in …, said: … He says that …": a name the tagger could not read speaks there; "he" may be
    // that person, so nobody named before is sure
    if (!ms.length && unknownSpeakerIn(scope, k, offset)) return null;
    if (ms.length && !want) return (k === si ? ms[ms.length - 1] : ms[0]).entity!;
    // far back, the nearest sentence naming someone ends the search: no fitting person there, none sure
    if (ms.length && k < si - 6) break;
    // "… although the prime minister talked about …. To that end he set out …. he declared:": a person named by a
    // title alone is the subject; he is the person the article gave that title, else nobody sure (not someone
    // named further back)
    if (!ms.length && k < si) {
      const titled = TITLE_SUBJECT.exec(outsideQuotes(scope, k));
      const head = titled?.[1].split(/\s+/).pop();
      if (head && isTitleHead(head)) {
        // the whole title, not its head alone ("the former president" is not the Vice President)
        const phrase = titled![1].toLowerCase();
        const holder = scope.titled
          .filter((r) => r.at < scope.sentences[k].start && r.title.toLowerCase().replace(/^the\s+/, "") === phrase)
          .pop();
        return holder?.person ?? null;
      }
    }
    // "Kibet fell back, but Kogo …. The Briton tumbled to the ground …. He said:": a person described, not
    // named, took over as the subject; a paper describes so the person the story is about, else nobody sure
    if (!ms.length && k < si && DESCRIBED_PERSON.test(scope.sentences[k].sentence)) {
      const main = storyPerson(scope);
      return main && fits({ entity: main } as Mention) ? main : null;
    }
    // "A Labour spokesman later said …. “…,” he said.": he is that spokesman, whom the article does not name.
    if (k < si && unnamedSpeakerSubject(scope.sentences[k].sentence)) return null;
  }
  // the nearest person before, unless the pronoun says it is someone else ("She told …" after only men)
  const before = personBefore(scope, offset);
  return before && want && scope.gender.has(before) && scope.gender.get(before) !== want ? null : before;
}

/** Whether sentence k has a subject "he" (m) or "she" (f) outside quotation marks before the offset. */
function pronounBefore(scope: ArticleScope, k: number, want: "m" | "f", before: number): boolean {
  const sent = scope.sentences[k];
  // ("After struggling to persuade voters that he understands …, Emanuel said": an opening clause may name him later)
  if (
    /^\W*(?:After|When|While|Whilst|Although|Though|As|Since|Because|If|Before|Despite|Once|Until|Unless)\b/.test(
      sent.sentence,
    )
  )
    return false;
  const re = want === "m" ? /\bhe\b/gi : /\bshe\b/gi;
  for (const m of sent.sentence.slice(0, Math.max(0, before - sent.start)).matchAll(re))
    if (!inQuote(scope, sent.start + m.index)) return true;
  return false;
}

/** The gender of a "he"/"she" that is a subject of sentence: opening it, or closing it ("…, he said."). */
export function pronounSubject(sentence: string): "m" | "f" | undefined {
  const m =
    /^(?:(?:And|But|So|Yet|Then|However|Meanwhile|Later|Instead),?\s+)?(he|she)\b/i.exec(sentence) ??
    /,\s*(he|she)\s+(?:\w+ly\s+)?(?:said|says|added|adds|told|argued|insisted|explained|warned|claimed)\b(?:[^.!?]{0,40}[.!?]?["”’]?\s*$|\s*,\s+(?:saying|adding|arguing|claiming|insisting|noting|warning)\b)/i.exec(
      sentence,
    );
  return m ? (m[1].toLowerCase() === "he" ? "m" : "f") : undefined;
}

/** Nouns a paper describes a person by instead of naming them again: "The Briton", "the 32-year-old". */
export const PERSON_NOUNS =
  "runner|player|striker|midfielder|forward|defender|keeper|goalkeeper|champion|star|winner|athlete|boxer|golfer|batsman|bowler|rider|driver|actor|actress|singer|veteran|youngster|teenager|man|woman|boy|girl|father|mother|husband|wife|son|daughter|\\d+-year-old|[A-Z][a-z]+(?:an|on|ese|ish)|Scot|Swiss|Frenchman|Frenchwoman|Dutchman|Englishman|Welshman|Irishman";

/** A sentence whose subject is a person described by a noun: "The Briton tumbled …", "But the 32-year-old said …". */
const DESCRIBED_PERSON = new RegExp(
  String.raw`^(?:(?:But|And|However|Yet|Still),?\s+)?[Tt]he\s+(?:[a-z-]+\s+){0,2}(?:${PERSON_NOUNS})(?:,\s+who\b[^,]{0,80},)?\s+(?:\w+ly\s+)?(?:[a-z]+ed|was|is|has|had|said|says|took|made|gave|went|came|won|ran|fell|began|felt|knew|told|will|would|can|could)\b`,
);

/** The person the story is about: named (outside quotations) at least three times, twice as often as anyone else. */
function storyPerson(scope: ArticleScope): string | undefined {
  const n = new Map<string, number>();
  for (const m of scope.persons) if (!inQuote(scope, m.start)) n.set(m.entity!, (n.get(m.entity!) ?? 0) + 1);
  const [first, second] = [...n].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

/** People one is named by through another: kin, and those who act for someone. */
export const RELATION_NOUNS =
  "niece|nephew|cousin|aunt|uncle|brother|sister|son|daughter|father|mother|husband|wife|widow|widower|partner|fiancée?|girlfriend|boyfriend|friend|neighbour|neighbor|grandson|granddaughter|grandfather|grandmother|stepfather|stepmother|lawyer|solicitor|barrister|attorney|spokesman|spokeswoman|spokesperson|agent|manager|aide|assistant|colleague|team-mate|teammate|deputy";

/**
 * The subject a possessive name opens ("Mrs Crown's niece, Judith Paynes, …"): the person named in apposition
 * after the relation, null when none is named, undefined when the possessive is no relation ("Obama's speech").
 */
function possessedSubject(scope: ArticleScope, owner: Mention, ok: readonly Mention[]): string | null | undefined {
  const rel = new RegExp(String.raw`^(?:['’]s?)?\s+(?:[a-z-]+\s+){0,2}?(?:${RELATION_NOUNS})\b\s*(,\s*)?`).exec(
    scope.body.slice(owner.end, owner.end + 60),
  );
  if (!rel) return undefined;
  const at = owner.end + rel[0].length;
  const named = ok.find((m) => m !== owner && m.start >= at && m.start <= at + 2);
  return named && rel[1] ? named.entity! : null;
}

/** A speech verb with at most a few words after it closing a sentence: "… said.", "… told the BBC on Monday." */
const CLOSING_SPEECH = /^\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(\w+)\b[^.!?“”"]{0,40}[.!?]?["”’]?\s*$/;
/** "…, said chairman Lord Holme.": a speech verb and up to four title words right before the name. */
const INVERTED_SPEECH = /,\s*(\w+)\s+(?:[\w'’.-]+\s+){0,4}$/;

/**
 * The person named in a reporting clause that closes sentence k after a comma: "…, Lord Holme said." or "…,
 * said Lord Holme." Only when someone else is named before that clause (else the first person is the same).
 */
function closingReporter(scope: ArticleScope, k: number, ok: readonly Mention[]): Mention | undefined {
  if (ok.length < 2) return undefined;
  const sent = scope.sentences[k];
  const last = ok[ok.length - 1]!;
  if (ok.every((m) => m.entity === last.entity)) return undefined;
  const before = scope.body.slice(sent.start, last.start);
  const after = scope.body.slice(last.end, sent.end);
  const verbAfter = CLOSING_SPEECH.exec(after);
  // "…, Lord Holme said.": a comma, then at most a title before the name
  if (verbAfter && SPEECH_VERBS.has(verbAfter[1].toLowerCase()) && /,\s*(?:[\w'’.-]+\s+){0,4}$/.test(before)) {
    const lead = /,\s*((?:[\w'’.-]+\s+){0,4})$/.exec(before)![1];
    if (!lead.split(/\s+/).some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return last;
  }
  // "…, said Lord Holme.": the verb before the name, nothing but a full stop after it
  const inverted = INVERTED_SPEECH.exec(before);
  if (inverted && SPEECH_VERBS.has(inverted[1].toLowerCase()) && /^\s*[.!?]?["”’]?\s*$/.test(after)) return last;
  return undefined;
}

/** Nouns for a person that tell a gender the pronoun may contradict. */
const FEMALE_NOUN = /(?:woman|women|wife|mother|daughter|girl|sister|spokeswoman|chairwoman|businesswoman)$/;

/**
 * Whether sentence k opens with a person it describes but does not name ("A Labour Party spokesman", "One
 * senior official") as the subject of a verb, and names the people it names only after that subject.
 */
function unnamedSubjectBefore(scope: ArticleScope, k: number, ms: readonly Mention[], want?: "m" | "f"): boolean {
  const sent = scope.sentences[k];
  const m =
    /^(?:(?:But|And|However|Meanwhile|Later),?\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\w'’-]+\s+){0,4}?)([a-z-]+)\s+(?:(?:\w+ly|later|also|then|earlier|again|previously)\s+)?(\w+)\b/.exec(
      sent.sentence,
    );
  if (!m || !UNNAMED_SPEAKERS.has(m[2])) return false;
  if (
    !SPEECH_VERBS.has(m[3].toLowerCase()) &&
    !/^(?:[a-z]+ed|has|had|was|is|told|gave|made|took|wrote|spoke)$/.test(m[3])
  )
    return false;
  if (want && (want === "f") !== FEMALE_NOUN.test(m[2]) && /(?:man|woman|men|women|wife|husband)$/.test(m[2]))
    return false;
  const subjectEnd = sent.start + m[0].length - m[3].length;
  return ms.every((x) => x.start >= subjectEnd);
}

/**
 * Whether a later fitting person of a sentence is the subject of a clause joined to the first one ("… and
 * North Herefordshire's MP Bill Wiggin has urged …"): a different person, after "and", "but", "while" or ";",
 * right before a verb.
 */
function secondSubject(scope: ArticleScope, ok: readonly Mention[]): boolean {
  const first = ok[0]!;
  const verb = /^\s+(?:\w+ly\s+)?(?:has|have|had|is|was|will|would|said|says|[a-z]+ed)\b/;
  // "Anna Harper and her deputy Clara Lind criticised …" is one clause with two subjects, not two clauses
  if (!verb.test(scope.body.slice(first.end, first.end + 40))) return false;
  return ok.some((m) => {
    if (m.entity === first.entity) return false;
    const between = scope.body.slice(first.end, m.start);
    const after = scope.body.slice(m.end, m.end + 40);
    return (
      /(?:,?\s+(?:and|but|while|whereas)\s|;\s)/.test(between) &&
      verb.test(after) &&
      // the second name opens its clause: nothing between the joining word and it but a title or a place
      /(?:\band|\bbut|\bwhile|\bwhereas|;)\s+(?:[A-Z][\w'’.-]*\s+|[a-z]+\s+){0,5}$/.test(between)
    );
  });
}

/** Human nouns that can be the unnamed subject of a speech verb ("a spokesman said", "one official added"). */
const UNNAMED_SPEAKERS = new Set([
  ...TITLE_HEADS,
  ...["source", "sources", "official", "officials", "witness", "resident", "man", "woman", "friend", "relative"],
]);

/**
 * Whether the sentence's subject, before its first speech verb, is a person the article describes but does
 * not name: "A Labour spokesman later said …", "But one senior official told the BBC …".
 */
function unnamedSpeakerSubject(sentence: string): boolean {
  const m =
    /^(?:(?:But|And|However|Meanwhile),?\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\w'’-]+\s+){0,4}?)([a-z-]+)\s+(?:(?:\w+ly|later|also|then|earlier|again|previously)\s+)?(\w+)\b/.exec(
      sentence,
    );
  return !!m && UNNAMED_SPEAKERS.has(m[2]) && SPEECH_VERBS.has(m[3].toLowerCase()) && !/[A-Z][a-z]+\s+[A-Z]/.test(m[1]);
}

/**
 * Whether the "he"/"she" at `offset` (or just before it) is the subject of a speech verb that closes its
 * sentence after a comma: "…, he argued.", "…, she told the BBC on Monday." Not "When Smith arrived, he said
 * he was tired" (the clause before is not what he said) nor "…, he said that …".
 */
function closesReportedClause(scope: ArticleScope, si: number, offset: number): boolean {
  const sent = scope.sentences[si];
  const before = scope.body.slice(sent.start, offset);
  // offset is the pronoun itself (a candidate) or the speech verb after it ("he later argued")
  const spoken = /\b(?:he|she)\s+(?:\w+ly\s+)?$/i.exec(before);
  const pronStart = spoken
    ? spoken.index
    : /^(?:he|she)\b/i.test(scope.body.slice(offset, offset + 4))
      ? before.length
      : -1;
  if (pronStart < 0) return false;
  const lead = scope.body.slice(sent.start, sent.start + pronStart);
  const tail = scope.body.slice(sent.start + pronStart, sent.end);
  // (a lead partly in quotation marks is still what he said: 'Mr Blair has "the same passion", he said.')
  if (!/,["”’]?\s*$/.test(lead)) return false;
  // 'Trump asserted that France had lost its identity: "…," he claimed.': the sentence's own subject introduced
  // the words (a speech verb or a colon outside the quotation marks), so "he" is that subject
  const narration = lead.replace(/[“"][^”"]*[”"]?/g, " ");
  if (/:/.test(narration) || narration.split(/\s+/).some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return false;
  if (
    /^(?:When|After|Before|As|If|Although|Though|While|Whilst|Because|Since|Once|Until|Unless|Asked|Speaking|Pressed|Questioned|Having)\b/.test(
      lead,
    )
  )
    return false;
  const t = /^(?:he|she)\s+(?:\w+ly\s+)?(\w+)\b([^.!?]*)[.!?]?\s*$/i.exec(tail);
  if (!t || !SPEECH_VERBS.has(t[1].toLowerCase())) return false;
  // ("…, he claimed, saying he has the wrong answers": a participle clause after the tag goes on with his words)
  const rest = t[2].replace(/^\s*,\s*(?:saying|adding|arguing|claiming|insisting|noting|warning)\b.*$/i, "").trim();
  return !/[:“”"]|\bthat\b|\b(?:he|she|it|they|we|i)\b/i.test(rest) && rest.split(/\s+/).filter(Boolean).length <= 8;
}

/** The organisation named most often (ties: the one named last), for "the company". */
function mostNamed(orgs: readonly Mention[]): Mention | undefined {
  const n = new Map<string, number>();
  for (const m of orgs) n.set(m.entity!, (n.get(m.entity!) ?? 0) + 1);
  let best: Mention | undefined;
  for (const m of orgs) if (!best || n.get(m.entity!)! > n.get(best.entity!)!) best = m;
  return best;
}

/**
 * "the commission's executive vice-president", "the union's president", "agency spokesperson": the last
 * organisation named before whose name has that head noun (or a head of that kind: a union may be an
 * "… Association"), or that the text described with that noun ("a Houston-based environmental group").
 */
export function nounOrg(scope: ArticleScope, noun: string, offset: number): string | undefined {
  const heads = ORG_NOUN_HEADS[noun] ?? [noun];
  const orgs = scope.mentions
    .filter((m) => m.start < offset && m.entity && kindOf(scope, m.entity) === "organization")
    .reverse();
  const words = (id: string) => scope.registry.get(id)!.name.toLowerCase().split(/\s+/);
  const nounRe = new RegExp(String.raw`\b${noun}\b`);
  return (
    orgs.find(
      (m) =>
        words(m.entity!).some((x) => heads.includes(x.replace(/\.$/, ""))) ||
        nounRe.test(scope.described.get(m.entity!) ?? ""),
    ) ??
    (noun === "company" || noun === "firm" ? mostNamed(orgs) : undefined) ??
    // "… agrees. '…,' the organisation said": a word for any body stands for the one named last, close before
    (/^(?:organisation|organization|body)$/.test(noun) && orgs[0] && sentenceAt(scope, offset) - orgs[0].sentence <= 2
      ? orgs[0]
      : undefined)
  )?.entity;
}
