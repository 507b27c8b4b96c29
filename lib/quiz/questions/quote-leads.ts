/**
 * What the words right before a quotation say about who speaks it: "in which Adelson said:" names the
 * speaker, "arguing he is "…"" describes someone, "quoted Reagan's …" repeats another's words.
 */
import type { CQuote, Cluster, Corpus } from "./corpus";
import { entityIndex } from "./entity-index";

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
