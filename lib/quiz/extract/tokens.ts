import nlp from "compromise";
import type { ParsedArticle } from "../types";

/**
 * One compromise pass per paragraph; everything else reads these tokens. Offsets are
 * absolute in the article body (compromise keeps every character in pre/text/post, so
 * walking them reproduces the paragraph exactly).
 */
export type Token = {
  text: string;
  start: number;
  end: number;
  /** Punctuation and space after the token, as written. */
  post: string;
  pre: string;
  /** compromise tags that the rules look at, as bit flags (see TAG). */
  tags: number;
  /** Index of the sentence (in ParsedArticle.sentences) the token belongs to. */
  sentence: number;
};

export const TAG = {
  person: 1,
  firstName: 2,
  lastName: 4,
  honorific: 8,
  organization: 16,
  place: 32,
  verb: 64,
  noun: 128,
  properNoun: 256,
  acronym: 512,
  date: 1024,
  determiner: 2048,
  pronoun: 4096,
  preposition: 8192,
  adjective: 16384,
  adverb: 32768,
  conjunction: 65536,
  pastTense: 131072,
  value: 262144,
  male: 524288,
  female: 1048576,
} as const;

const TAG_BITS: [string, number][] = [
  ["Person", TAG.person],
  ["FirstName", TAG.firstName],
  ["LastName", TAG.lastName],
  ["Honorific", TAG.honorific],
  ["Organization", TAG.organization],
  ["Place", TAG.place],
  ["Verb", TAG.verb],
  ["Noun", TAG.noun],
  ["ProperNoun", TAG.properNoun],
  ["Acronym", TAG.acronym],
  ["Date", TAG.date],
  ["Determiner", TAG.determiner],
  ["Pronoun", TAG.pronoun],
  ["Preposition", TAG.preposition],
  ["Adjective", TAG.adjective],
  ["Adverb", TAG.adverb],
  ["Conjunction", TAG.conjunction],
  ["PastTense", TAG.pastTense],
  ["Value", TAG.value],
  ["MaleName", TAG.male],
  ["FemaleName", TAG.female],
];

type Term = { text: string; pre: string; post: string; tags: Set<string> };

export function tokenize(article: ParsedArticle): Token[] {
  const { body, sentences } = article;
  const tokens: Token[] = [];
  let si = 0;
  for (const p of article.paragraphs) {
    if (p.cruft) continue;
    const text = body.slice(p.start, p.end);
    const docs = (nlp(text) as unknown as { docs: Term[][] }).docs;
    let pos = p.start;
    for (const sent of docs) {
      for (const term of sent) {
        pos += term.pre.length;
        const start = pos;
        pos += term.text.length;
        const tokenEnd = pos;
        pos += term.post.length;
        // Contractions ("NCA's" → "NCA's" + implied "is") yield empty terms: nothing to read.
        if (!term.text) continue;
        while (si < sentences.length - 1 && sentences[si].end <= start) si++;
        let tags = 0;
        for (const [name, bit] of TAG_BITS) if (term.tags.has(name)) tags |= bit;
        tokens.push({ text: term.text, start, end: tokenEnd, pre: term.pre, post: term.post, tags, sentence: si });
      }
    }
  }
  // A token glued to a stripped dateline ("WIRE)--Norvale") keeps only its part inside the sentence.
  for (const t of tokens) {
    const sent = sentences[t.sentence];
    if (sent && t.start < sent.start && t.end > sent.start && /^[A-Za-z]/.test(t.text.slice(sent.start - t.start))) {
      t.pre = "";
      t.text = t.text.slice(sent.start - t.start);
      t.start = sent.start;
    }
  }
  // A token outside every sentence (a stripped dateline) has no sentence to cite.
  return tokens.filter(
    (t) => sentences[t.sentence] && t.start >= sentences[t.sentence].start && t.end <= sentences[t.sentence].end,
  );
}
