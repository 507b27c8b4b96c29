/**
 * What the words right before a quotation say about who speaks it: "in which Adelson said:" names the
 * speaker, "arguing he is "…"" describes someone, "quoted Reagan's …" repeats another's words.
 */
import type { CQuote, Cluster, Corpus } from "./corpus";
import { entityIndex } from "./entity-index";
import { escapeRe } from "../../regex";

/** Names, then a speech verb and a colon, right before a quotation: "… in which Adelson said:". */
const SAID_COLON_LEAD =
  /((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'-]*(?:\s+(?:and|&)\s+(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'-]*)?)\s+(?:\w+ly\s+)?(?:said|says|added|adds|wrote|writes|stated|states|declared|explained|tweeted|replied|responded)\s*:\s*[“"]?\s*$/;

/**
 * The people named right before "said:" opening the quotation speak it: a quote credited to anyone else
 * (the blogger who reported it), or one such lead-in naming two people, is held back rather than guessed.
 */
export function leadInDoubt(corpus: Corpus, q: CQuote, s: Cluster): string | undefined {
  const sentence = q.evidence.sentence;
  const at = sentence.indexOf(q.text.slice(0, 40));
  if (at <= 0) return undefined;
  const m = SAID_COLON_LEAD.exec(sentence.slice(0, at));
  if (!m) return undefined;
  const lead = m[0].trim().replace(/[“"\s]+$/, "");
  const ix = entityIndex(corpus);
  const people = ix.mentionedIn(m[1]).filter((c) => c.kind === "person");
  if (people.length > 1) return `the quotation is introduced by “${lead}”, which names more than one person`;
  const [who] = people;
  return who && !ix.corefs(s).includes(who)
    ? `the quotation is introduced by “${lead}”, which names ${who.name}, not ${s.name}`
    : undefined;
}

/** A person, then a copula, right before the opening mark ("arguing he is "…""), or "calling her "…"". */
const PREDICATE_LEAD =
  /\b(?:he|she|him|her|they|them|[A-Z][a-z]+)\s+(?:is|was|are|were|being|as)\s+(?:a|an|the)?\s*["“]\s*$|\b(?:called|calling|calls|labell?ed|labell?ing|dubbed|dubbing|branded|branding)\s+(?:him|her|them|[A-Z][a-z]+)\s+(?:a|an|the)?\s*["“]\s*$/;

/**
 * Words quoted as what someone is ("… arguing he is "philosophically unmoored …"") describe that
 * person; whoever wrote them is the subject of another clause, so the speaker found is a guess.
 */
export function predicateQuote(q: CQuote): string | undefined {
  const sentence = q.evidence.sentence;
  const at = sentence.indexOf(q.text.slice(0, 40));
  const before = at > 0 ? sentence.slice(0, at) : "";
  const m = PREDICATE_LEAD.exec(before);
  return m ? `the quoted words say what someone is (“${m[0].trim()}”), not who said them` : undefined;
}

/** "… and quoted Reagan's "eleventh commandment" -- "…"": the speaker repeats someone else's words. */
const QUOTING =
  /\b(?:quot(?:ed|ing|es)|cit(?:ed|ing|es)|recit(?:ed|ing|es)|paraphras(?:ed|ing|es)|read\s+(?:from|aloud))\b/i;

export function quotedFromAnother(q: CQuote): string | undefined {
  const sentence = q.evidence.sentence;
  const at = sentence.indexOf(q.text.slice(0, 40));
  const m = at > 0 ? QUOTING.exec(sentence.slice(0, at)) : null;
  return m ? `the speaker “${m[0]}” someone else's words: whose they are is a matter of reading` : undefined;
}

const ORG_VOICE =
  "campaign|administration|camp|team|foundation|office|transition|spokesman|spokeswoman|spokesperson|aides?";

/**
 * "… the Trump campaign explained in its release: "…"": the words are the campaign's; credited to the
 * person whose name only modifies it, the speaker is a guess. So is an organisation the words were said
 * to ("another source speaking to Fox News said …").
 */
export function voiceDoubt(q: CQuote, s: Cluster): string | undefined {
  const sentence = q.evidence.sentence;
  const outside = sentence.replace(/“[^”]*”?|"[^"]*"?/g, " ");
  if (s.kind === "person") {
    const surname = s.name.trim().split(/\s+/).at(-1) ?? "";
    const voice = new RegExp(`\\b${escapeRe(surname)}(?:['’]s)?\\s+(?:${ORG_VOICE})\\b`, "i").exec(outside);
    const own = s.surfaces.some((x) =>
      new RegExp(`\\b${escapeRe(x)}\\b(?!(?:['’]s)?\\s+(?:${ORG_VOICE})\\b)`).test(outside),
    );
    if (voice && !own) return `the words are given to “${voice[0]}”, not to ${s.name} in person`;
  }
  // "said Judicial Watch president Tom Fitton": the body's officer, named, said them (whatever kind the
  // extractor gave the body)
  const officer = s.surfaces.find((x) =>
    new RegExp(`\\b${escapeRe(x)}(?:['’]s)?\\s+(?:[a-z][\\w-]*\\s+){1,3}[A-Z][a-z]+\\s+[A-Z][a-z]+`).test(outside),
  );
  if (officer) return `the words are said by a named officer of ${s.name}, not by ${s.name} itself`;
  if (s.kind === "organization") {
    const heard = s.surfaces.find((x) =>
      new RegExp(`\\b(?:to|told|with|on)\\s+(?:the\\s+)?${escapeRe(x)}\\b`, "i").test(outside),
    );
    if (heard) return `${s.name} is who the words were said to, not who said them`;
  }
  return undefined;
}

/**
 * "Trump was asked, "…?"", "Sanders was asked by host Bill Maher, who has …, "…?"": the quotation is a question
 * put to the person, by someone the sentence may not name.
 */
const ASKED_OF =
  /\b(?:was|were|is|are|been|being|get|got|gets)\s+asked\b([^“"]{0,200})[“"]?\s*$|\basked\s+(?:him|her|them)\b([^“"]{0,20})[“"]?\s*$/i;
/** Words between "was asked" and the quotation that give the answer instead ("was asked about it and said, '…'"). */
const ANSWERED = /\b(?:said|says|replied|answered|responded|told|saying|replying|answering|responding|added)\b/i;

/** The words are a question someone was asked, not words the one asked said. */
export function questionPutTo(q: CQuote): string | undefined {
  const sentence = q.evidence.sentence;
  const at = sentence.indexOf(q.text.slice(0, 40));
  const m = at > 0 ? ASKED_OF.exec(sentence.slice(0, at)) : null;
  // "Sanders was asked by host Bill Maher, who …, '…?'": the asker may be named at length before the question
  return m && !ANSWERED.test(m[1] ?? m[2] ?? "")
    ? `the quotation is a question put to someone (“${m[0].trim().split(/\s+/).slice(0, 6).join(" ")} …”), not words they said`
    : undefined;
}
