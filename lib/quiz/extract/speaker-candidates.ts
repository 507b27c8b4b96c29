import {
  DEPARTMENT_WORDS,
  isTitleHead,
  isTitleWord,
  MONTH_OR_DAY,
  NOT_NAMES,
  ORG_NOUNS,
  PLACE_ACRONYMS,
} from "./lexicon";
import { tagsOf } from "./positions";
import { PARTIES } from "./title-split";
import type { Mention } from "./mentions";
import type { QuoteSpan } from "./quotes";
import { kindOf, nounOrg, pronounTarget, sentenceAt, type ArticleScope } from "./scope";
import { TAG, type Token } from "./tokens";

/**
 * Who may have said a quotation: the people, organisations and places named near it (its sentence, up to two
 * sentences before in the same or previous paragraph, the next sentence of its paragraph), names no rule had
 * linked, the pronouns, organisation nouns and title nouns there ("she", "the company", "the premier"), the
 * rules' pick, the previous quotation's speaker, and nobody. Each candidate carries the features the speaker
 * ranker scores (names of binary signals, plus `salience`).
 */
export type SpeakerCandidate = {
  /** The entity the candidate stands for; null for "nobody". */
  entity: string | null;
  /** Body offsets of the words that name it (empty for "nobody"). */
  start: number;
  end: number;
  features: string[];
  /** Real-valued feature: how often the article names the entity (log scale). */
  salience: number;
};

/** Which rule picked a speaker: the cue in the sentence, a "said:" lead-in, a reported-speech lead-in, the quote continued, none. */
export type RuleKind = "cue" | "colon" | "reported" | "continued" | "none";

/** What the decision so far knows: the rules' pick for this quotation and the previous quotation's speaker. */
export type SpeakerContext = { rule: string | null; how: RuleKind; previous: string | null; previousEnd: number };

/** Word stems of speech and writing cues ("say", "tell", "tweet", "insist"), learned from annotated cues. */
export type CueLexicon = ReadonlySet<string>;

/** "said" → "said", "insists" → "insist", "telling" → "tell": a cheap stem shared by training and extraction. */
export function cueStem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 4) return w;
  return w.replace(/(?:ing|ed|es|s)$/, "");
}

const PRONOUNS = /^(?:he|she)$/i;
/** Organisation nouns that speak for their organisation ("the company said"), and documents ("the statement"). */
const DOCUMENTS = new Set(["statement", "report"]);
const SPEAKING_NOUNS = new Set([...ORG_NOUNS, ...DOCUMENTS, "campaign"]);
const PREPOSITIONS =
  /^(?:to|of|for|with|about|at|against|by|from|on|in|into|over|under|than|like|toward|towards|between|among|after|before|during|without|behind)$/i;

export function speakerCandidates(
  scope: ArticleScope,
  q: QuoteSpan,
  ctx: SpeakerContext,
  cues: CueLexicon,
): SpeakerCandidate[] {
  const si = sentenceAt(scope, q.start);
  if (si < 0) return [nobody(scope, q, si, ctx, cues)];
  const lastSi = Math.max(si, sentenceAt(scope, Math.max(q.start, q.end - 1)));
  const window = windowOf(scope, si, lastSi);
  const out: SpeakerCandidate[] = [];
  for (const k of window) {
    const named = (scope.bySentence.get(k) ?? []).filter(
      (m) =>
        !quoted(scope, m.start) &&
        isSpeakerKind(scope, m) &&
        !(k > lastSi && (leadsIntoNext(scope, m, k) || speaksOwnNext(scope, m, k, ctx.previous))),
    );
    const firstStart = named[0]?.start;
    for (const m of named)
      out.push(
        candidate(
          scope,
          q,
          { si, lastSi, k, ctx, cues },
          {
            entity: m.entity!,
            start: m.start,
            end: m.end,
            from: m.from,
            to: m.to,
            type: mentionType(scope, m),
            first: m.start === firstStart,
            possessive: m.possessive,
          },
        ),
      );
    for (const m of scope.unlinked.get(k) ?? []) {
      // "Channel 4 issued a statement": a name that goes on with a number is a thing's (a channel, a mission)
      if (quoted(scope, m.start) || !plausibleName(m.name!) || /^ \d/.test(scope.body.slice(m.end, m.end + 2)))
        continue;
      out.push(
        candidate(
          scope,
          q,
          { si, lastSi, k, ctx, cues },
          {
            entity: `${UNLINKED}${m.name}`,
            start: m.start,
            end: m.end,
            from: m.from,
            to: m.to,
            type: "unknown",
            first: false,
            possessive: m.possessive,
          },
        ),
      );
    }
    for (const p of pronouns(scope, k)) {
      const entity = pronounTarget(scope, p.token.start, p.token.text);
      if (entity)
        out.push(
          candidate(
            scope,
            q,
            { si, lastSi, k, ctx, cues },
            {
              entity,
              start: p.token.start,
              end: p.token.end,
              from: p.index,
              to: p.index + 1,
              type: "pron",
              first: false,
              possessive: false,
            },
          ),
        );
    }
    for (const n of speakingNouns(scope, k)) {
      const entity = nounEntity(scope, n.noun, n.start);
      if (entity)
        out.push(
          candidate(
            scope,
            q,
            { si, lastSi, k, ctx, cues },
            {
              entity,
              start: n.start,
              end: n.end,
              from: n.from,
              to: n.to,
              type: "noun",
              first: false,
              possessive: false,
            },
          ),
        );
    }
    for (const t of titleNouns(scope, k)) {
      out.push(
        candidate(
          scope,
          q,
          { si, lastSi, k, ctx, cues },
          {
            entity: t.entity,
            start: t.start,
            end: t.end,
            from: t.from,
            to: t.to,
            type: "title",
            first: false,
            possessive: false,
          },
        ),
      );
    }
  }
  // "The cell was said to bring together …": the subject of a passive report is what is talked about, not who talks.
  const active = out.filter((c) => !c.features.includes("next:passive"));
  markNearest(active, q);
  // The rules' pick and the previous speaker may be named outside the window (a pronoun resolved further
  // back, a quotation continued from an earlier paragraph): each is a candidate of its own, whose features
  // say how the rule decided and how this quotation follows the last.
  if (ctx.rule) active.push(ruleCandidate(scope, ctx));
  if (ctx.previous) active.push(continuation(scope, q, si, ctx, cues));
  active.push(nobody(scope, q, si, ctx, cues));
  return active;
}

/** The quote's sentences, up to two before (same or previous paragraph) and one after (same paragraph). */
function windowOf(scope: ArticleScope, si: number, lastSi: number): number[] {
  const para = scope.paragraphOf;
  const out: number[] = [];
  for (let k = Math.max(0, si - 2); k < si; k++) if (para[si] - para[k] <= 1) out.push(k);
  for (let k = si; k <= lastSi; k++) out.push(k);
  if (lastSi + 1 < scope.sentences.length && para[lastSi + 1] === para[lastSi]) out.push(lastSi + 1);
  return out;
}

/** Prefix of a candidate key that names no entity yet; the caller registers it if it is chosen. */
export const UNLINKED = "?";

/**
 * A capitalised name that could be someone's: not a date word, a title word or a sentence-opening function word, nor
 * a party's name alone ("the Conservative leader said").
 */
const plausibleName = (name: string) =>
  /^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$/.test(name) &&
  !name
    .split(/\s+/)
    .some((w) => MONTH_OR_DAY.has(w.toLowerCase()) || NOT_NAMES.has(w.toLowerCase()) || isTitleWord(w)) &&
  !(/^\S+$/.test(name) && (commonNounAlone(name) || PARTIES.test(name)));

/** "Operations said", "Finance said": a department word or a plural common noun alone names no one. */
function commonNounAlone(word: string): boolean {
  const w = word.toLowerCase();
  if (DEPARTMENT_WORDS.has(w)) return true;
  const tags = tagsOf(w);
  return tags.has("Plural") && !tags.has("Person");
}

const quoted = (scope: ArticleScope, offset: number) =>
  scope.allQuotes.some((s) => s.start <= offset && offset < s.end);

function isSpeakerKind(scope: ArticleScope, m: Mention): boolean {
  const kind = kindOf(scope, m.entity);
  return (
    kind === "person" ||
    kind === "organization" ||
    (kind === "place" && !PLACE_ACRONYMS.has(m.name?.toLowerCase() ?? ""))
  );
}

function mentionType(scope: ArticleScope, m: Mention): string {
  const kind = kindOf(scope, m.entity);
  if (kind === "person") return m.name && /\s/.test(m.name) ? "full" : "surname";
  return kind === "organization" ? "org" : "place";
}

/**
 * "… opportunities." And Yelling says: "I think …": a name after a quotation whose speech verb ends its sentence in
 * a colon (or runs into a quotation) introduces the words after it, not the ones before.
 */
function leadsIntoNext(scope: ArticleScope, m: Mention, k: number): boolean {
  const after = scope.body.slice(m.end, scope.sentences[k]!.end);
  return (
    /^\s+(?:\w+ly\s+)?[a-z]+\b[^.!?“”"]{0,60}:\s*[“"‘']?\s*$/.test(after) ||
    /^\s+(?:\w+ly\s+)?[a-z]+:?\s*[“"‘]/.test(after)
  );
}

/**
 * "Mr Kennedy said he had voted for it but "I don't know what I would do now".": a name in the sentence after, whose
 * speech verb has a quotation of its own, speaks that one (unless the one before was already theirs).
 */
function speaksOwnNext(scope: ArticleScope, m: Mention, k: number, previous: string | null): boolean {
  const after = scope.body.slice(m.end, scope.sentences[k]!.end);
  return (
    m.entity !== previous &&
    /^\s+(?:\w+ly\s+)?(?:said|says|told|added|adds|argued|insisted|warned|claimed|admitted)\b[^“”"]{0,160}[“"]/.test(
      after,
    )
  );
}

function pronouns(scope: ArticleScope, k: number): { token: Token; index: number }[] {
  const out: { token: Token; index: number }[] = [];
  const { tokens } = scope;
  let lo = 0,
    hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].sentence < k) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < tokens.length && tokens[i].sentence === k; i++) {
    if (PRONOUNS.test(tokens[i].text) && !quoted(scope, tokens[i].start)) out.push({ token: tokens[i], index: i });
  }
  return out;
}

/** "the company", "its statement", "the campaign": the organisation or issuer they stand for. */
function speakingNouns(
  scope: ArticleScope,
  k: number,
): { noun: string; start: number; end: number; from: number; to: number }[] {
  const ev = scope.sentences[k];
  const out: { noun: string; start: number; end: number; from: number; to: number }[] = [];
  for (const m of ev.sentence.matchAll(/\b(?:[Tt]he|[Ii]ts|[Aa])\s+([a-z]+)\b/g)) {
    if (!SPEAKING_NOUNS.has(m[1])) continue;
    const start = ev.start + m.index;
    if (quoted(scope, start)) continue;
    // A document speaks as the subject ("the statement said"), not as the place words were read ("said in a statement").
    if (
      DOCUMENTS.has(m[1]) &&
      (!/^the$/i.test(m[0].split(/\s+/)[0]) || /\b(?:in|to|from|of|with|by)\s+$/i.test(ev.sentence.slice(0, m.index)))
    )
      continue;
    const end = start + m[0].length;
    const from = tokenAt(scope.tokens, start);
    out.push({ noun: m[1], start, end, from, to: tokenAt(scope.tokens, end - 1) + 1 });
  }
  return out;
}

/** "the premier", "the head coach", "the senator": the person the article gave that title, named last before. */
function titleNouns(
  scope: ArticleScope,
  k: number,
): { entity: string; start: number; end: number; from: number; to: number }[] {
  const ev = scope.sentences[k];
  const out: { entity: string; start: number; end: number; from: number; to: number }[] = [];
  // "the premier", and a capitalised title alone ("said the Librarian").
  for (const m of ev.sentence.matchAll(/\b[Tt]he((?:\s+[a-z-]+){1,3}|\s+[A-Z][a-z]+\b(?!\s+[A-Z]))/g)) {
    const words = m[1].trim().split(/\s+/);
    const h = words.findIndex((w) => isTitleHead(w));
    if (h < 0) continue;
    const head = words[h].toLowerCase();
    const start = ev.start + m.index;
    if (quoted(scope, start)) continue;
    const holder = scope.titled.filter((r) => r.at < start && r.title.split(/\s+/).includes(head)).pop();
    if (!holder) continue;
    const end = start + m[0].indexOf(words[h]) + head.length;
    out.push({
      entity: holder.person,
      start,
      end,
      from: tokenAt(scope.tokens, start),
      to: tokenAt(scope.tokens, end - 1) + 1,
    });
  }
  return out;
}

function nounEntity(scope: ArticleScope, noun: string, offset: number): string | undefined {
  if (noun !== "statement" && noun !== "report") return nounOrg(scope, noun, offset);
  const si = sentenceAt(scope, offset);
  for (let k = si; k >= Math.max(0, si - 2); k--) {
    const ms = (scope.bySentence.get(k) ?? []).filter(
      (m) =>
        m.start < offset &&
        !quoted(scope, m.start) &&
        ["person", "organization"].includes(kindOf(scope, m.entity) ?? ""),
    );
    if (ms.length) return ms[0].entity;
  }
  return undefined;
}

function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0,
    hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type Where = { si: number; lastSi: number; k: number; ctx: SpeakerContext; cues: CueLexicon };
type Span = {
  entity: string;
  start: number;
  end: number;
  from: number;
  to: number;
  type: string;
  first: boolean;
  possessive: boolean;
};

function candidate(scope: ArticleScope, q: QuoteSpan, w: Where, c: Span): SpeakerCandidate {
  const f: string[] = [`type:${c.type}`];
  const pos =
    w.k < w.si ? `P${w.si - w.k}` : w.k > w.lastSi ? "N1" : c.end <= q.start ? "B" : c.start >= q.end ? "A" : "I";
  f.push(`pos:${pos}`, `pos:${pos}&type:${c.type}`);
  const gap = c.end <= q.start ? scope.body.slice(c.end, q.start) : scope.body.slice(q.end, c.start);
  f.push(`dist:${bucket(gap.length)}`, `dist:${bucket(gap.length)}&pos:${pos}`);
  if (/[“”"]/.test(gap.replace(/^\s*[”"]|[“"]\s*$/g, ""))) f.push("gap:quote");
  if (/\n/.test(gap)) f.push("gap:paragraph");
  if (pos === "A" && /^\s*[,.]?[”"]?\s*[—–―-]+\s*$/.test(gap)) f.push("dash");
  if (/:\s*[“"]?$/.test(gap) && c.end <= q.start) f.push("colon");
  const next = verbAfter(scope, c, w.cues);
  // "Microsoft's Whitfield": the noun phrase starts at the possessive, so what precedes it is what precedes the name.
  const owner = (scope.bySentence.get(w.k) ?? []).find((m) => m.possessive && m.to === c.from);
  const from = owner ? owner.from : c.from;
  const prev = scope.tokens[from - 1];
  const prevOk = prev && prev.sentence === w.k;
  f.push(`next:${next ?? "other"}`, `next:${next ?? "other"}&pos:${pos}`);
  if (prevOk && w.cues.has(cueStem(prev.text)) && !/[,.;:]/.test(prev.post)) f.push(`prev:cue`, `prev:cue&pos:${pos}`);
  if (prevOk && /^according$/i.test(scope.tokens[from - 2]?.text ?? "") && /^to$/i.test(prev.text)) f.push("according");
  else if (prevOk && PREPOSITIONS.test(prev.text)) f.push("prep");
  if (!prevOk || /[,;:—–(]/.test(prev.post) || /^(?:and|but)$/i.test(prev.text)) f.push("clauseStart");
  if (c.possessive) f.push("possessive", `possessive&pos:${pos}`);
  // "Microsoft's Whitfield said": the possessive names whose person speaks.
  if (
    c.possessive &&
    (scope.bySentence.get(w.k) ?? []).some((m) => m.from === c.to && kindOf(scope, m.entity) === "person")
  )
    f.push("possessive&person");
  if (c.first) f.push("firstInSentence");
  if (w.ctx.rule === c.entity) f.push("rule", `rule:${w.ctx.how}`, `rule&pos:${pos}`);
  if (w.ctx.previous === c.entity) f.push("previous", `previous&pos:${pos}`);
  return {
    entity: c.entity,
    start: c.start,
    end: c.end,
    features: f,
    salience: Math.log(1 + (scope.mentionCount.get(c.entity) ?? 0)),
  };
}

/** The verb after a candidate, past an appositive (", the former secretary of State,") and adverbs: a cue or another verb. */
function verbAfter(scope: ArticleScope, c: Span, cues: CueLexicon): "cue" | "nounCue" | "passive" | "verb" | undefined {
  const { tokens } = scope;
  let i = c.to;
  const sentence = tokens[c.from]?.sentence;
  const last = tokens[i - 1];
  if (last && /^,\s*$/.test(last.post)) {
    let j = i;
    while (
      j < tokens.length &&
      j - i < 16 &&
      tokens[j].sentence === sentence &&
      !/[,;:]/.test(tokens[j].post) &&
      !/[“”"]/.test(tokens[j].post + tokens[j].pre)
    )
      j++;
    if (j < tokens.length && /^,\s*$/.test(tokens[j].post)) i = j + 1;
  }
  while (
    i < tokens.length &&
    tokens[i].sentence === sentence &&
    (tokens[i].tags & TAG.adverb ||
      /^(?:has|have|had|also|then|later|again|once|would|will|is|was)$/i.test(tokens[i].text))
  ) {
    if (cues.has(cueStem(tokens[i].text))) break;
    i++;
  }
  const t = tokens[i];
  if (!t || t.sentence !== sentence) return undefined;
  // "The cell was said to bring together …": a passive report names no speaker.
  if (
    /^(?:said|reported|described|quoted|thought|believed)$/i.test(t.text) &&
    /^(?:is|was|are|were|been|being)$/i.test(tokens[i - 1]?.text ?? "")
  )
    return "passive";
  if (cues.has(cueStem(t.text))) return "cue";
  // "a Treasury Department statement reads", "the White House spokesman said": the speaking noun is the owner's.
  if (SPOKEN_BY.test(t.text) && cues.has(cueStem(tokens[i + 1]?.text ?? "")) && tokens[i + 1].sentence === sentence)
    return "nounCue";
  return t.tags & TAG.verb ? "verb" : undefined;
}
const SPOKEN_BY =
  /^(?:statement|release|spokesman|spokeswoman|spokesperson|official|officials|report|letter|memo|aide|aides|campaign|spokesmen)$/;

function bucket(n: number): string {
  return n <= 3 ? "0" : n <= 20 ? "1" : n <= 60 ? "2" : n <= 150 ? "3" : "4";
}

/** Nearest candidate before and after the quotation: the nearest is most often the speaker. */
function markNearest(cands: SpeakerCandidate[], q: QuoteSpan) {
  const before = cands.filter((c) => c.end <= q.start).sort((a, b) => b.end - a.end)[0];
  const after = cands.filter((c) => c.start >= q.end).sort((a, b) => a.start - b.start)[0];
  before?.features.push("nearestBefore");
  after?.features.push("nearestAfter");
}

function ruleCandidate(scope: ArticleScope, ctx: SpeakerContext): SpeakerCandidate {
  const entity = ctx.rule!;
  return {
    entity,
    start: -1,
    end: -1,
    features: ["type:rule", `type:rule&how:${ctx.how}`],
    salience: Math.log(1 + (scope.mentionCount.get(entity) ?? 0)),
  };
}

/** The previous quotation's speaker, with how this quotation follows it: same paragraph, next, or later; text between; a cue of its own. */
function continuation(
  scope: ArticleScope,
  q: QuoteSpan,
  si: number,
  ctx: SpeakerContext,
  cues: CueLexicon,
): SpeakerCandidate {
  const entity = ctx.previous!;
  const gap = ctx.previousEnd >= 0 && ctx.previousEnd <= q.start ? scope.body.slice(ctx.previousEnd, q.start) : "";
  const breaks = (gap.match(/\n\s*/g) ?? []).length;
  const where = breaks === 0 ? "same" : breaks === 1 ? "next" : "far";
  const f = ["type:cont", `cont:${where}`, `cont&how:${ctx.how}`];
  const text = /[a-z]{3,}[^“”"]*[.!?]/.test(gap.replace(/^[^A-Za-z]*[”"]/, ""));
  if (text) f.push("cont:text", `cont:text&${where}`);
  const ev = scope.sentences[si];
  const cue = ev !== undefined && cueOutside(scope, ev, q, cues);
  if (cue) f.push("cont:cue");
  // The whole pattern as one feature: "the next paragraph, nothing between, no cue of its own" is one convention.
  f.push(`cont:${where}${text ? "+text" : ""}${cue ? "+cue" : ""}&how:${ctx.how}`);
  return { entity, start: -1, end: -1, features: f, salience: Math.log(1 + (scope.mentionCount.get(entity) ?? 0)) };
}

function cueOutside(
  scope: ArticleScope,
  ev: { sentence: string; start: number },
  q: QuoteSpan,
  cues: CueLexicon,
): boolean {
  const outside =
    ev.sentence.slice(0, Math.max(0, q.start - ev.start)) + " " + ev.sentence.slice(Math.max(0, q.end - ev.start));
  return outside.split(/[^A-Za-z]+/).some((w) => cues.has(cueStem(w)));
}

function nobody(
  scope: ArticleScope,
  q: QuoteSpan,
  si: number,
  ctx: SpeakerContext,
  cues: CueLexicon,
): SpeakerCandidate {
  const f = ["type:none", `none&how:${ctx.how}`];
  if (ctx.rule === null) f.push("rule", `rule:${ctx.how}`);
  const ev = scope.sentences[si];
  if (ev) {
    if (!cueOutside(scope, ev, q, cues)) f.push("none:noCue");
    if (!(scope.bySentence.get(si) ?? []).length) f.push("none:noName");
  }
  return { entity: null, start: q.start, end: q.start, features: f, salience: 0 };
}
