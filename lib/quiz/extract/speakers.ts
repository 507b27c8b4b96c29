import type { Quote } from "../types";
import { isTitleHead } from "./lexicon";
import type { Mention } from "./mentions";
import { findCue, type QuoteSpan } from "./quotes";
import {
  inQuote,
  kindOf,
  nounOrg,
  PERSON_NOUNS,
  pronounTarget,
  RELATION_NOUNS,
  sentenceAt,
  type ArticleScope,
} from "./scope";
import {
  speakerCandidates,
  UNLINKED,
  type RuleKind,
  type SpeakerCandidate,
  type SpeakerContext,
} from "./speaker-candidates";
import { saidColonOverride } from "./said-colon";
import { chooseSpeaker, SPEAKER_MODEL, type SpeakerChoice, type SpeakerModel } from "./speaker-model";

/** A speaker decision: an entity id, null for "the text names nobody", undefined for "no evidence here". */
type Speaker = string | null | undefined;

/** The ranker's choice for one quotation; training replaces it with the annotated source. */
export type SpeakerDecision = (q: QuoteSpan, cands: SpeakerCandidate[], ctx: SpeakerContext) => SpeakerChoice;

/**
 * Every quotation that may be speech, one quote per paragraph of a span, with its speaker: the rules read
 * the cue in its sentence, a "X said:" lead-in, a reported-speech sentence just before, or the quotation it
 * continues; the ranker then weighs their pick against every other candidate near the quotation.
 * `used` holds every speaker id decided, including those of quotes too short to report.
 */
export function attributeQuotes(
  scope: ArticleScope,
  model: SpeakerModel = SPEAKER_MODEL,
  decide?: SpeakerDecision,
): { quotes: Quote[]; used: Set<string> } {
  const { body, sentences } = scope;
  const quotes: Quote[] = [];
  const used = new Set<string>();
  const groupSpeaker = new Map<number, SpeakerChoice>();
  let last: Last = { group: -1, speaker: null, end: -1 };
  for (const [k, q] of scope.quotes.entries()) {
    if (!groupSpeaker.has(q.group)) {
      // Segments joined in one paragraph are one quotation: its cue may follow the last of them.
      let n = k;
      while (scope.quotes[n + 1]?.joined && scope.quotes[n + 1].group === q.group) n++;
      const whole = n > k ? { ...q, end: scope.quotes[n].end, closed: scope.quotes[n].closed } : q;
      const rule = speakerOf(scope, whole, last);
      const ctx: SpeakerContext = { rule: rule.speaker, how: rule.how, previous: last.speaker, previousEnd: last.end };
      const cands = speakerCandidates(scope, whole, ctx, model.cues);
      const ranked = decide ? decide(whole, cands, ctx) : chooseSpeaker(model, cands);
      const choice = decide
        ? ranked
        : asideOverride(
            scope,
            whole,
            rule.speaker,
            bodyOverride(
              whole,
              rule.speaker,
              agentOverride(
                scope,
                whole,
                describedOverride(whole, rule.speaker, saidColonOverride(scope, whole, ranked, model, cands)),
              ),
            ),
          );
      groupSpeaker.set(q.group, { ...choice, entity: linked(scope, choice.entity) });
    }
    const choice = groupSpeaker.get(q.group)!;
    const speaker = choice.entity;
    last = { group: q.group, speaker, end: q.end };
    if (speaker) used.add(speaker);
    // One quote per paragraph of the span; its evidence is the sentence(s) it lies in.
    const first = sentenceAt(scope, q.start);
    const lastSi = sentenceAt(scope, Math.max(q.start, q.end - 1));
    if (first < 0 || lastSi < 0) continue;
    const text = body.slice(q.start, q.end).replace(/^[\s“”"]+|[\s“”",]+$/g, "");
    if (text.split(/\s+/).length < 3) continue;
    // '… from Europe." When he was …, " a worrying issue …". Washington argues': a span opening on punctuation is
    // the text between two quotations, read from a closing mark whose opening twin the source lost
    if (/^[.,;:!?)\]]/.test(text)) continue;
    const evStart = sentences[first].start;
    const evEnd = sentences[lastSi].end;
    quotes.push({
      text,
      speaker,
      evidence: { sentence: body.slice(evStart, evEnd), start: evStart, end: evEnd },
      confidence: choice.confidence,
      signals: choice.signals,
    });
  }
  return { quotes, used };
}

type Last = { group: number; speaker: string | null; end: number };

/** A chosen name no rule had linked ("Melanie said") becomes a person of the corpus. */
function linked(scope: ArticleScope, key: string | null): string | null {
  if (!key?.startsWith(UNLINKED)) return key;
  const name = key.slice(UNLINKED.length);
  return name.includes(" ") ? scope.registry.addPerson(name) : (scope.registry.addSurname(name, true) ?? null);
}

/** The rules' speaker and which rule gave it. */
function speakerOf(scope: ArticleScope, q: QuoteSpan, last: Last): { speaker: string | null; how: RuleKind } {
  const cue = cueSpeaker(scope, q);
  // a body that speaks but is not named ("…," the organisation said.) ends the quotation before: nobody, not its speaker
  const cued = cue ?? signedBy(scope, q) ?? (cue === null && bodyCues.has(q) ? null : undefined);
  if (cued !== undefined) return { speaker: cued, how: "cue" };
  // GOV.UK style: "Prisons Minister Helen Carver said:" alone in the paragraph before the quotation.
  const colon = colonLeadSpeaker(scope, q);
  if (colon !== undefined) return { speaker: colon, how: "colon" };
  // "X said the case showed …. “…”": the person the sentence just before reports with a speech verb.
  const reported = reportedLeadSpeaker(scope, q, last.end);
  if (reported !== undefined) return { speaker: reported, how: "reported" };
  // No cue: a quote that follows straight on from another (same or next paragraph) continues it.
  const gap = scope.body.slice(last.end, q.start);
  const continues =
    last.group >= 0 &&
    gap.split(/\n\s*\n|\n/).length <= 2 &&
    last.end >= 0 &&
    !/[a-z]{3,}[^"“”]*[.!?]\s*\n[^"“]/.test(gap);
  return continues ? { speaker: last.speaker, how: "continued" } : { speaker: null, how: "none" };
}

/** "the statement said": the subject of the nearest sentence before that mentions a statement (or of the one before). */
function nounSpeaker(scope: ArticleScope, noun: string, offset: number): string | undefined {
  if (noun !== "statement") return nounOrg(scope, noun, offset);
  const si = sentenceAt(scope, offset);
  for (let k = si - 1; k >= Math.max(0, si - 3); k--) {
    const ms = (scope.bySentence.get(k) ?? []).filter(
      (m) => !inQuote(scope, m.start) && ["person", "organization"].includes(kindOf(scope, m.entity) ?? ""),
    );
    if (ms.length && (/\bstatement\b/i.test(scope.sentences[k].sentence) || k === si - 1)) return ms[0].entity!;
  }
  return undefined;
}

const pickSpeaker = (scope: ArticleScope, ms: readonly Mention[], fromEnd: boolean) => {
  const order = fromEnd ? [...ms].reverse() : ms;
  return (
    order.find((m) => kindOf(scope, m.entity) === "person") ??
    order.find((m) => kindOf(scope, m.entity) === "organization")
  )?.entity;
};

/** Quotations whose cue is a body the article does not name ("the organisation said"). */
const bodyCues = new WeakSet<QuoteSpan>();

/** "the company said in a statement", "the department said": an organisation noun right before the verb. */
const NOUN_SUBJECT =
  /\b(?:the|its|a)\s+(company|firm|department|agency|ministry|union|group|commission|board|district|university|statement|organisation|organization|association|council|charity|institute|committee|authority|body|alliance|coalition|club)\s*(?:\w+ly\s+)?$/i;

/**
 * The speaker of a quote span from the cue in its sentence: "X said", "said X", "according to X",
 * a document ("an NCA press release reads" → NCA), or a pronoun (the last person named before).
 * undefined = no cue at all (the caller may carry the previous speaker on).
 */
function cueSpeaker(scope: ArticleScope, q: QuoteSpan): Speaker {
  const { sentences, body } = scope;
  const si = sentenceAt(scope, q.start);
  if (si < 0) return undefined;
  // The cue may follow the first sentence of a multi-sentence span, or precede it.
  const lastSi = sentenceAt(scope, Math.max(q.start, q.end - 1));
  const ev = sentences[si];
  const endEv = sentences[lastSi] ?? ev;
  const cue =
    findCue(endEv, Math.max(q.start, endEv.start), q.end) ??
    (si !== lastSi ? findCue(ev, q.start, Math.min(q.end, ev.end)) : undefined) ??
    findCue(ev, q.start, q.end);
  if (!cue) return undefined;
  const sent = cue.verbStart >= endEv.start ? endEv : ev;
  const inSentence = scope.bySentence.get(sent === endEv ? lastSi : si) ?? [];
  const outside = (m: Mention) => !(m.start >= q.start && m.end <= q.end);
  if (cue.inverted) {
    // "said the Librarian, who first appointed Mr. X": the title right after the verb names the speaker.
    const titled = titleAfterVerb(scope, cue.verbEnd);
    if (titled) return titled;
    const clauseEnd = sentenceEndOrQuote(body, cue.verbEnd, sent.end);
    const found = pickSpeaker(
      scope,
      inSentence.filter((m) => m.start >= cue.verbEnd && m.start < clauseEnd && outside(m)),
      false,
    );
    if (found) return found;
    // "…," said the 30 year old. / said the two time champion.: a person described, not named, stands for
    // whoever the sentences before are about, as "he" or "she" would
    if (DESCRIBED_AFTER_VERB.test(body.slice(cue.verbEnd, clauseEnd))) {
      describedCues.add(q);
      return pronounTarget(scope, cue.verbStart);
    }
  }
  const clauseStart = cue.kind === "after" ? q.end : sent.start;
  const lead = body.slice(clauseStart, cue.verbStart);
  const pron = /\b(he|she)\s*(?:\w+ly\s+)?$/i.exec(lead);
  if (pron) return pronounTarget(scope, cue.verbStart, pron[1]);
  // "According to Mr Peston the prime minister said:": the source of the report is not the one who spoke
  const reported =
    /^(?:\W*\s*)?according\s+to\s+(?:[A-Z][\w'’.-]*\s+){1,4},?\s*(the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s*$/i.exec(lead);
  if (reported && !/[A-Z]/.test(reported[1])) {
    // the ranker weighs the name nearest the verb: the source's name is an aside it must not take
    asides.set(q, { start: clauseStart, end: cue.verbStart });
    const head = reported[1].split(/\s+/).pop()!;
    const titled = isTitleHead(head)
      ? scope.titled.filter((r) => r.at < cue.verbStart && r.title.toLowerCase().split(/\s+/).includes(head)).pop()
      : undefined;
    if (!titled) bodyCues.add(q);
    return titled?.person ?? null;
  }
  // "X, writing in the blogzine Print Culture, said:": the names inside the aside are where X spoke, not who
  const aside = ASIDE_BEFORE_VERB.exec(lead);
  const subjectEnd = aside ? clauseStart + aside.index : cue.verbStart;
  if (aside) asides.set(q, { start: subjectEnd, end: cue.verbStart });
  const before = pickSpeaker(
    scope,
    inSentence.filter((m) => m.end <= subjectEnd && m.start >= clauseStart && outside(m)),
    true,
  );
  // "Prime Minister Tony Blair's official spokesman said:": the spokesman speaks, whom the article does not name (a
  // body's spokesperson speaks as the body: "A Home Office spokesperson said")
  const owner =
    before && kindOf(scope, before) === "person"
      ? inSentence.filter((m) => m.entity === before && m.end <= subjectEnd && m.start >= clauseStart).pop()
      : undefined;
  if (
    owner &&
    new RegExp(
      String.raw`^(?:['’]s?)?\s+(?:[a-z-]+\s+){0,2}?(?:${RELATION_NOUNS}|office|press\s+secretary)\s*(?:\w+ly\s+)?$`,
    ).test(scope.body.slice(owner.end, subjectEnd))
  ) {
    bodyCues.add(q);
    return null;
  }
  // "One reader wrote:", "a correspondent – all are anonymous – wrote:": someone the article does not name
  if (!before && UNNAMED_PERSON.test(lead.slice(0, subjectEnd - clauseStart))) {
    bodyCues.add(q);
    return null;
  }
  // "the company said in a statement", "the department said": the organisation that noun stands for;
  // "the statement said": whoever the sentence before says issued it.
  const noun = NOUN_SUBJECT.exec(lead);
  if (noun && !before) {
    const found = nounSpeaker(scope, noun[1].toLowerCase(), cue.verbStart);
    if (found) return found;
    bodyCues.add(q);
  }
  if (before) return before;
  const after = pickSpeaker(
    scope,
    inSentence.filter(
      (m) => m.start >= cue.verbEnd && outside(m) && m.start < q.start + (cue.kind === "before" ? 0 : 1e9),
    ),
    false,
  );
  return after ?? null;
}

/** ", writing in the culture blogzine Print Culture, said": an aside between a subject and its speech verb. */
const ASIDE_BEFORE_VERB =
  /,\s+(?:writing|speaking|talking|appearing|commenting|posting|blogging|giving\s+evidence)\s+(?:in|on|to|for|at|from|with|before)\b[^,;:"“”]{1,80},\s*(?:\w+ly\s+)?$/i;

/** An unnamed person as the subject of a speech verb: "One reader", "another correspondent", "a local resident". */
const UNNAMED_PERSON = new RegExp(
  String.raw`(?:^|[,;]\s+|\b(?:and|but)\s+)(?:a|an|one|another)\s+(?:[a-z-]+\s+){0,2}?(?:reader|correspondent|contributor|commenter|viewer|listener|caller|resident|witness|neighbour|neighbor|fan|supporter|user|customer|passenger|voter|onlooker|bystander|parent|student|worker|employee|${PERSON_NOUNS})s?\b(?:\s{2,}[^"“”]{1,60}?\s{2,}|\s*,[^"“”,]{1,60},\s*|\s+)(?:\w+ly\s+)?$`,
  "i",
);

/** The aside before each quotation's speech verb, whose names the ranker must not take for the speaker. */
const asides = new WeakMap<QuoteSpan, { start: number; end: number }>();

/** Quotations whose cue names a described person ("said the 30 year old"), resolved by the rules like "he". */
const describedCues = new WeakSet<QuoteSpan>();

/**
 * "'…,' said the 30 year old.": the ranker, trained on cues that name their speaker, does not weigh a
 * described one; the rules' reading (the person the sentences before are about) stands.
 */
function describedOverride(q: QuoteSpan, rule: string | null, choice: SpeakerChoice): SpeakerChoice {
  if (!rule || !describedCues.has(q) || choice.entity === rule) return choice;
  return {
    entity: rule,
    confidence: Math.min(choice.confidence, 0.75),
    signals: [...choice.signals, "rule:described-speaker"],
  };
}

/** "a spokesman for", "an aide to", "a source close to": someone unnamed who speaks for the person named next. */
const AGENT_FOR =
  /\b(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|solicitor|representative|source|friend|ally)\s+(?:for|to|of|close\s+to)\s+/i;

/**
 * "…," the organisation said in a statement.: a body speaks that the article does not name; the ranker, which
 * weighs the speaker of the quotation before, does not know that the cue has ended it. Nobody is sure.
 */
function bodyOverride(q: QuoteSpan, rule: string | null, choice: SpeakerChoice): SpeakerChoice {
  if (rule !== null || !bodyCues.has(q) || choice.entity === null) return choice;
  return { entity: null, confidence: choice.confidence, signals: [...choice.signals, "rule:unnamed-body"] };
}

/**
 * "E Hayot, writing in the blogzine Print Culture, said:": a name inside the aside before the speech verb is where
 * the speaker wrote or spoke; the ranker, which weighs the name nearest the verb, does not know it. The rules'
 * reading (the subject before the aside, or nobody) stands.
 */
function asideOverride(scope: ArticleScope, q: QuoteSpan, rule: string | null, choice: SpeakerChoice): SpeakerChoice {
  const aside = asides.get(q);
  if (!aside || !choice.entity || choice.entity === rule) return choice;
  const inside = scope.mentions.some((m) => m.entity === choice.entity && m.start >= aside.start && m.end <= aside.end);
  if (!inside) return choice;
  return { entity: rule, confidence: Math.min(choice.confidence, 0.75), signals: [...choice.signals, "rule:aside"] };
}

/**
 * "A spokesman for Cabinet Office minister Francis Maude said: '…'": the one speaking is the spokesman, whom the
 * article does not name, not the person he speaks for; the quotation gets no speaker, whatever the ranker chose.
 */
function agentOverride(scope: ArticleScope, q: QuoteSpan, choice: SpeakerChoice): SpeakerChoice {
  // a spokesperson for a body speaks as that body ("A spokesperson for Delta Airlines told …")
  if (!choice.entity || kindOf(scope, choice.entity) !== "person") return choice;
  const sentences = new Set([sentenceAt(scope, q.start), sentenceAt(scope, Math.max(q.start, q.end - 1))]);
  for (const si of sentences) {
    if (si < 0) continue;
    const sent = scope.sentences[si];
    for (const m of scope.bySentence.get(si) ?? []) {
      if (m.entity !== choice.entity || (m.start >= q.start && m.end <= q.end)) continue;
      // the agent phrase, then at most a title, right before the name; a speech verb after it
      const lead = scope.body.slice(Math.max(sent.start, m.start - 80), m.start);
      const agent = new RegExp(`${AGENT_FOR.source}(?:[\\w'’.-]+\\s+){0,4}$`, "i").exec(lead);
      if (agent && SPEECH_AFTER.test(scope.body.slice(m.end, m.end + 40)))
        return { entity: null, confidence: choice.confidence, signals: [...choice.signals, "rule:speaks-for"] };
    }
  }
  return choice;
}

/** A speech verb right after a name ("Maude said:", "Maude's office said" is not this). */
const SPEECH_AFTER = /^\s+(?:\w+ly\s+)?(?:said|says|told|added|adds|stated|explained|insisted|warned|claimed)\b/;

/** "said the 30 year old", "said the two time champion", "said the Moroccan": a described person after the verb. */
const DESCRIBED_AFTER_VERB = new RegExp(
  String.raw`^\s+the\s+(?:[\w-]+\s+){0,3}?(?:${PERSON_NOUNS}|year old|[a-z]+er)\s*(?:[.!?]|,\s+who\b.*)?\s*$`,
);

/** "… said:" / "told the committee:" ending the sentence before a quotation. */
const COLON_LEAD =
  /\b(said|says|added|adds|stated|states|told\s+(?:the\s+)?[A-Za-z]+|commented|explained|warned|wrote|writes)\b([^.!?“”"]{0,80}):\s*$/i;

/**
 * The speaker of a quotation that opens its paragraph right after a sentence ending "X said:" (or "said X:",
 * "She added:"): the person (else organisation) named in that lead-in. undefined when there is no such lead-in.
 */
function colonLeadSpeaker(scope: ArticleScope, q: QuoteSpan): Speaker {
  const { body, sentences } = scope;
  const si = sentenceAt(scope, q.start);
  if (si <= 0) return undefined;
  // The quotation must start its paragraph.
  if (!/(?:^|\n)\s*[“"]?$/.test(body.slice(Math.max(0, q.start - 3), q.start))) return undefined;
  const prev = sentences[si - 1];
  const between = body.slice(prev.end, q.start);
  if (!/\n/.test(between) || /[A-Za-z]/.test(between)) return undefined;
  const lead = COLON_LEAD.exec(prev.sentence);
  if (!lead) return undefined;
  const verbStart = prev.start + lead.index;
  const verbEnd = verbStart + lead[1].length;
  const ms = (scope.bySentence.get(si - 1) ?? []).filter((m) => !inQuote(scope, m.start));
  const of = (list: readonly Mention[], kind: string) => list.find((m) => kindOf(scope, m.entity) === kind)?.entity;
  const after = ms.filter((m) => m.start >= verbEnd);
  const before = ms.filter((m) => m.end <= verbStart).reverse();
  const pron = /\b(he|she)\s*(?:\w+ly\s+)?$/i.exec(body.slice(prev.start, verbStart));
  return (
    of(after, "person") ??
    (pron ? pronounTarget(scope, verbStart, pron[1]) : undefined) ??
    of(before, "person") ??
    of(before, "organization") ??
    of(after, "organization")
  );
}

/**
 * The speaker of a cue-less quotation that follows straight on from a sentence outside quotation marks that
 * reports someone's words ("Eurojust President X said the case showed …." / "She said the rules would …"):
 * the person named with the speech verb. undefined when the sentence before has no such speaker.
 */
function reportedLeadSpeaker(scope: ArticleScope, q: QuoteSpan, lastQuoteEnd: number): Speaker {
  const { body, sentences } = scope;
  const si = sentenceAt(scope, q.start);
  if (si <= 0) return undefined;
  const prev = sentences[si - 1];
  // Nothing but space between that sentence and the quotation, and no quotation inside that sentence.
  if (/[^\s“"]/.test(body.slice(prev.end, q.start)) || prev.start < lastQuoteEnd || /[“”"]/.test(prev.sentence))
    return undefined;
  const verb = /\b(?:said|says|told|added|adds|stated|explained|warned|argued|noted)\b/.exec(prev.sentence);
  if (!verb) return undefined;
  const verbStart = prev.start + verb.index;
  const verbEnd = verbStart + verb[0].length;
  const ms = (scope.bySentence.get(si - 1) ?? []).filter((m) => kindOf(scope, m.entity) === "person");
  const lead = body.slice(prev.start, verbStart);
  // The subject right before the verb ("… President X said"), else "said X".
  const before = ms.filter((m) => m.end <= verbStart && /^\s*$/.test(body.slice(m.end, verbStart)));
  if (before.length) return before[before.length - 1].entity!;
  const pron = /(?:^|[,;]\s*|\band\s+)(he|she)\s*(?:\w+ly\s+)?$/i.exec(lead);
  if (pron) return pronounTarget(scope, verbStart, pron[1]) ?? undefined;
  const after = ms.find((m) => m.start >= verbEnd && /^[\s,]*$/.test(body.slice(verbEnd, m.start)));
  return after?.entity;
}

function sentenceEndOrQuote(body: string, from: number, to: number): number {
  const i = body.slice(from, to).search(/[“"]/);
  return i < 0 ? to : from + i;
}

/** "said the Librarian", "said the head coach": the person the article gave that title, named before. */
function titleAfterVerb(scope: ArticleScope, verbEnd: number): string | undefined {
  const m = /^\s+the\s+((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)(?=[\s,.;]|$)/.exec(scope.body.slice(verbEnd, verbEnd + 60));
  const head = m?.[1].split(/\s+/).pop()?.toLowerCase();
  if (!head || !isTitleHead(head)) return undefined;
  return scope.titled.filter((r) => r.at < verbEnd && r.title.split(/\s+/).includes(head)).pop()?.person;
}

/** "“…” ― Jane Roe, author of X": a testimonial or epigraph signed with a dash names its speaker right after it. */
function signedBy(scope: ArticleScope, q: QuoteSpan): string | undefined {
  const dash = /^[.,!?…]?["”]?\s*[―—–-]+\s*/.exec(scope.body.slice(q.end, q.end + 8));
  if (!dash || !q.closed) return undefined;
  const at = q.end + dash[0].length;
  const m = scope.mentions.find((x) => x.start === at && x.entity);
  const kind = m ? kindOf(scope, m.entity) : undefined;
  return kind === "person" || kind === "organization" ? m!.entity : undefined;
}
