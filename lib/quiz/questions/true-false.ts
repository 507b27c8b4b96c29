/**
 * True/false statements. True ones restate a fact; false ones swap in another
 * entity of the same kind from the corpus (never an inserted "not"), checked
 * against every fact so the swap is definitely false.
 */
import { cite } from "./text";
import type { Cluster, Corpus, CDescription, CRole } from "./corpus";
import { mayCorefer, sourceOf } from "./corpus";
import { baseQuestion, emptyDraft, type Draft } from "./draft";
import {
  describedAs,
  descriptionIdentity,
  descriptionProblems,
  descriptionText,
  describedAlike,
  mayBeDescribedAs,
  sharedByMany,
} from "./descriptions";
import { mentions, pickEntities } from "./distractors";
import {
  chunkForPrompt,
  ownPost,
  personLike,
  quoteIdentity,
  quoteProblems,
  speakersOf,
  type QuoteChunk,
} from "./quotes";
import { inSentence } from "./naming";
import { BODY_HEAD, passingMention, titleCutProblem, roleIdentity, roleProblems, roleStatement } from "./roles";
import { factIndex } from "./fact-index";
import { describedIn, goneIn, quotedIn } from "./speaker-fields";
import { withReferent } from "./standalone";
import { titleWords } from "./similar";
import { articleApplies, genderedFor, nameGender } from "./role-options";

/** A fact that can be stated truly, and (when a safe swap exists) falsely. */
export type TrueFalsePair = { identity: string; truth: Draft; falsehood?: Draft };

function tf(
  identity: string,
  factKind: "role" | "quote" | "description",
  value: boolean,
  statement: string,
  explanation: string,
  source: ReturnType<typeof sourceOf>,
  problems: string[],
): Draft {
  const q = baseQuestion({
    kind: "true_false",
    factKind,
    identity,
    variant: String(value),
    prompt: `True or false: ${statement}`,
    explanation,
    source,
  });
  q.answer = value;
  return emptyDraft(q, { problems, closeness: value ? 0.3 : 0.6 });
}

const COMPARABLE = new WeakMap<CRole, (c: Cluster) => boolean>();

/**
 * People who hold a position of the same kind in the corpus (their title shares a word with this one):
 * "Peter Morgan is the lawyer for the state agency" is a plausible false statement, "Hillary Clinton
 * is the lawyer for the state agency" is absurd. The same function per role, so pools are kept.
 */
function comparableHolders(corpus: Corpus, r: CRole): (c: Cluster) => boolean {
  let f = COMPARABLE.get(r);
  if (!f) {
    const mine = titleWords(r.title);
    const facts = factIndex(corpus);
    f = (c: Cluster) =>
      facts.isRoleHolder(c) && facts.rolesOfAnyone(c).some((x) => [...titleWords(x.title)].some((w) => mine.has(w)));
    COMPARABLE.set(r, f);
  }
  return f;
}

/** Titles of a race: candidates, nominees, hopefuls. */
const RACE_TITLE = /\b(?:candidates?|nominees?|hopefuls?|contenders?|challengers?|front-?runners?)\b/i;

/** A title held in the past: false of another person only as far as the article knows. */
const PAST_TITLE = /\b(?:former|ex-|onetime|one-time|erstwhile|retired|past)\b/i;

export function roleTrueFalse(corpus: Corpus, r: CRole): TrueFalsePair {
  const identity = roleIdentity(r);
  const org = r.orgC ? inSentence(corpus, r.orgC.name) : undefined;
  // a title at a named body ("Chief Security Officer, Mastercard") is the article's fact about that body; a bare
  // title or a place's office of someone named once ("President Barack Obama won the state in 2008") is an aside
  const passing = r.orgC?.kind === "organization" ? undefined : passingMention(corpus, r);
  const problems = [...roleProblems(corpus, r), ...(passing ? [passing] : [])];
  // "WADA chief Dick Pound" read without its body: "names Dick Pound as a chief" says nothing
  if (!org && BODY_HEAD.test(r.title.trim()))
    problems.push(`“${r.title.trim()}” of what? The statement cuts the title from the body it heads`);
  // "US Attorney Paul McNulty", "EU Commission president Jose Manuel Barroso": no body, and the title the sentence
  // prints is longer than the one stated
  const cutTitle = !org ? titleCutProblem(r.evidence.sentence, r.title) : undefined;
  if (cutTitle) problems.push(cutTitle);
  const sentence = r.evidence.sentence.trim();
  const truth = tf(
    identity,
    "role",
    true,
    `${roleStatement(r.personC.name, r.title, org, sentence)}.`,
    `True. The article says: ${cite(sentence)}`,
    sourceOf(r.slug, r.evidence),
    problems,
  );
  // someone else who holds no overlapping position at that organisation anywhere in the corpus
  const facts = factIndex(corpus);
  const holders = facts
    .rolesWithTitleLike(r.title)
    .filter((x) => !r.orgC || !x.orgC || mayCorefer(x.orgC, r.orgC))
    .map((x) => x.personC);
  const comparable = comparableHolders(corpus, r);
  const [other] = pickEntities(corpus, r.personC, {
    n: 1,
    seed: truth.question.id + "/swap",
    slug: r.slug,
    // with no organisation to make it false, never someone the article gives a title of that kind anyway
    // ("presidential hopefuls Bush and Christie")
    eligible: (c) =>
      comparable(c) &&
      !genderedFor(r.title, nameGender(c.name)) &&
      (!!r.orgC || !articleApplies(corpus, c, r.slug, r.title)),
    trueOf: holders,
    sameArticle: true,
    onlyEligible: true,
  });
  // "names X as a former campaign manager": anyone may once have held a post; its denial is no sure fact
  // a race title ("a presidential nominee") may be true of any candidate in the campaign the article covers
  if (!other || PAST_TITLE.test(r.title) || RACE_TITLE.test(r.title)) return { identity, truth };
  const falsehood = tf(
    identity,
    "role",
    false,
    `${roleStatement(other, r.title, org, sentence)}.`,
    `False. The article gives that position to ${r.personC.name}, not ${other}: ${cite(sentence)}`,
    sourceOf(r.slug, r.evidence),
    problems,
  );
  return { identity, truth, falsehood };
}

const lastWord = (name: string) => name.trim().split(/\s+/).at(-1)?.toLowerCase() ?? "";

export function quoteTrueFalse(corpus: Corpus, c: QuoteChunk): TrueFalsePair | undefined {
  const s = c.quote.speakerC;
  if (!s) return undefined;
  const identity = quoteIdentity(c);
  const problems = quoteProblems(corpus, c);
  // "Trump said: '… than Donald Trump'": words about their own speaker give the answer away either way
  if (mentions(c.text, s)) problems.push("the quote names its own speaker");
  const quoted = `“${chunkForPrompt(c)}”`;
  const truth = tf(
    identity,
    "quote",
    true,
    `${inSentence(corpus, s.name, true)} said: ${quoted}`,
    `True. The article attributes these words to ${inSentence(corpus, s.name)}: ${cite(c.quote.evidence.sentence)}`,
    c.source,
    problems,
  );
  const [other] = pickEntities(corpus, s, {
    n: 1,
    seed: truth.question.id + "/swap",
    slug: c.quote.slug,
    eligible: factIndex(corpus).isStatementSpeaker,
    trueOf: [...speakersOf(corpus, c.text), ...describedIn(corpus, c.quote, c.text), ...goneIn(corpus, c.quote.slug)],
    // someone this article quotes: a person only mentioned, or quoted only elsewhere, is a weak false speaker
    // and never one of the speaker's surname: "Clinton declared" may be either Clinton
    // and, beside a person, a person ("the Orlando Sentinel" credited with a headline is no false speaker)
    fits: (x) =>
      quotedIn(corpus, c.quote.slug)(x) &&
      lastWord(x.name) !== lastWord(s.name) &&
      (s.kind !== "person" || personLike(corpus, x)),
    mentioned: withReferent(c.text, c.referent),
    sameArticle: true,
    onlyEligible: true,
  });
  // "Hillary Clinton said: '… It's not for Hillary …'": a speaker the words talk about makes the falsehood obvious
  const firstName = other?.split(/\s+/)[0];
  if (!other || (firstName && new RegExp(`\\b${firstName.replace(/[^\w-]/g, "")}\\b`).test(c.text)))
    return { identity, truth };
  // "… when I was a senator …" put to an activist: the words claim a post the other never held
  if (ownPost(c.text)) return { identity, truth };
  const falsehood = tf(
    identity,
    "quote",
    false,
    `${inSentence(corpus, other, true)} said: ${quoted}`,
    `False. The article attributes these words to ${inSentence(corpus, s.name)}, not ${inSentence(corpus, other)}: ${cite(c.quote.evidence.sentence)}`,
    c.source,
    problems,
  );
  return { identity, truth, falsehood };
}

export function descriptionTrueFalse(corpus: Corpus, d: CDescription): TrueFalsePair | undefined {
  const s = d.subjectC;
  if (!s) return undefined;
  const identity = descriptionIdentity(d);
  const text = descriptionText(d);
  const problems = descriptionProblems(corpus, d);
  const sentence = d.evidence.sentence.trim();
  const truth = tf(
    identity,
    "description",
    true,
    `The article describes ${inSentence(corpus, s.name)} as ${describedAs(text)}.`,
    `True. The article says: ${cite(sentence)}`,
    sourceOf(d.slug, d.evidence),
    problems,
  );
  const [other] = pickEntities(corpus, s, {
    n: 1,
    seed: truth.question.id + "/swap",
    slug: d.slug,
    trueOf: describedAlike(corpus, d),
    mentioned: text,
    sameArticle: true,
    // another body of the same kind: "the Malaysia Airlines" as "a digital security firm" is absurd, not false
    fits: mayBeDescribedAs(corpus, text),
  });
  // "one of the leading providers of online advertising" may be true of a rival too
  if (!other || sharedByMany(text)) return { identity, truth };
  const falsehood = tf(
    identity,
    "description",
    false,
    `The article describes ${inSentence(corpus, other)} as ${describedAs(text)}.`,
    `False. The article says that of ${inSentence(corpus, s.name)}, not ${inSentence(corpus, other)}: ${cite(sentence)}`,
    sourceOf(d.slug, d.evidence),
    problems,
  );
  return { identity, truth, falsehood };
}
