/**
 * Stand-ins for a who-said question the flaw check drops, so the quote stays
 * asked about: "Which of these does the article attribute to X?", then "type
 * who said it".
 */
import type { Cluster, Corpus } from "./corpus";
import { lastNameAlone } from "./cloze";
import { sourceOf } from "./corpus";
import { baseQuestion, choiceOptions, emptyDraft, type Draft } from "./draft";
import { mentions } from "./distractors";
import { entityIndex } from "./entity-index";
import { inSentence } from "./naming";
import { OptionPool } from "./pool";
import { chunkForPrompt, quoteIdentity, quoteProblems, type QuoteChunk } from "./quotes";
import { SimilarityIndex } from "./similar";
import { speakersOf } from "./speakers";
import { closeInnerQuote, fragmentProblem } from "./standalone";
import { corpusText } from "./text-index";
import { quoteDoubts } from "./trust";
import { bare, cite, norm, splitSentences, stripOuterQuotes, words } from "./text";

/** A wrong sentence shares at most this much of its content words with the right one. */
const DIFFERENT = 0.4;

/**
 * A sentence as the article prints it inside its quotation marks; an inner quotation that closed with the
 * outer one ("… 'playing the show',\"") gets its mark back.
 */
function printed(t: string): string {
  // (a full stop goes too: options cut before their attribution have none, so one with it stands out)
  return closeInnerQuote(
    stripOuterQuotes(t)
      .replace(/[,;:.]$/, "")
      .trim(),
  );
}

/** An organisation known by an acronym, written out once: "the African Union (AU)". */
function spelledOut(corpus: Corpus, s: Cluster): string {
  const long =
    s.kind === "organization" && /^[A-Z]{2,6}$/.test(s.name)
      ? s.surfaces.find((x) => x.includes(" ") && /^[A-Z]/.test(x))
      : undefined;
  return long ? `${inSentence(corpus, long)} (${s.name})` : inSentence(corpus, s.name);
}

/**
 * Every quoted sentence that could be a wrong option for someone: said by a
 * known speaker, 5–30 words, printed so in the articles. Per question, those
 * of the speaker (or anyone who may be them), naming them, credited to them
 * elsewhere, or close to the right sentence are skipped.
 */
/**
 * A wrong option is read as alone as the right one: no sentence that leans on one not shown
 * ("He has earned the right …", "You don't coach that."), no lower-case cut-in.
 */
const standsAlone = (t: string) => !fragmentProblem(t) && !/^[\s"“‘'(…]*[a-z]/.test(t);

class SentencePool {
  readonly options: OptionPool;
  private readonly bySpeaker = new Map<Cluster, number[]>();
  private readonly saidBy = new Map<Cluster, number[]>();
  private readonly byWord = new Map<string, number[]>();
  private readonly naming = new Map<Cluster, number[]>();
  private readonly alike: SimilarityIndex;
  private readonly texts: string[] = [];

  constructor(corpus: Corpus) {
    const items: { text: string; slugs: string[] }[] = [];
    const flow = corpusText(corpus).flow;
    for (const x of corpus.quotes) {
      // a wrong option must surely be someone else's: "The Republican candidate … by saying '…'" may be the key's
      if (!x.speakerC || quoteDoubts(corpus, x).length) continue;
      for (const part of splitSentences(stripOuterQuotes(x.text))) {
        const t = printed(part);
        const n = words(t).length;
        if (n < 5 || n > 30 || !flow.contains(norm(t)) || !standsAlone(t)) continue;
        const i = items.length;
        items.push({ text: t, slugs: [x.slug] });
        this.texts.push(t);
        add(this.bySpeaker, x.speakerC, i);
        for (const y of new Set(speakersOf(corpus, t))) add(this.saidBy, y, i);
        for (const w of new Set(bare(t).split(" "))) add(this.byWord, w, i);
      }
    }
    this.options = new OptionPool(items);
    this.alike = SimilarityIndex.over(this.texts, DIFFERENT);
  }

  /** Sentences that may not be offered against `key`, said by `s`. */
  skipped(corpus: Corpus, s: Cluster, key: string): number[] {
    const out = new Set<number>(this.alike.similar(key));
    for (const y of entityIndex(corpus).corefs(s)) {
      for (const i of this.bySpeaker.get(y) ?? []) out.add(i);
      for (const i of this.saidBy.get(y) ?? []) out.add(i);
    }
    for (const i of this.naming.get(s) ?? this.findNaming(s)) out.add(i);
    return [...out];
  }

  /** Sentences that name `s` (`mentions`): found through the rarest word of each name. */
  private findNaming(s: Cluster): number[] {
    const cands = new Set<number>();
    const rarest = (ws: string[]) =>
      ws.sort((a, b) => (this.byWord.get(a)?.length ?? 0) - (this.byWord.get(b)?.length ?? 0))[0];
    for (const n of s.names) if (n.length > 1) this.byWord.get(rarest(n.split(" ")))?.forEach((i) => cands.add(i));
    const surname = s.kind === "person" ? words(s.name).at(-1) : undefined;
    if (surname && surname.length > 2) this.byWord.get(surname)?.forEach((i) => cands.add(i));
    const out = [...cands].filter((i) => mentions(this.texts[i], s));
    this.naming.set(s, out);
    return out;
  }
}

function add<K>(m: Map<K, number[]>, k: K, i: number): void {
  const list = m.get(k);
  if (list) list.push(i);
  else m.set(k, [i]);
}

const POOLS = new WeakMap<Corpus, SentencePool>();

function sentencePool(corpus: Corpus): SentencePool {
  let pool = POOLS.get(corpus);
  if (!pool) POOLS.set(corpus, (pool = new SentencePool(corpus)));
  return pool;
}

/**
 * Stand-in for a who-said question that lacks wrong speakers (an interview, a
 * corpus with one or two voices): "Which of these does the article attribute to
 * X?" with sentences other speakers said as the wrong options, exactly as
 * the articles print them.
 */
export function saidWhichChoice(corpus: Corpus, c: QuoteChunk, whoId: string): Draft | undefined {
  const s = c.quote.speakerC;
  if (!s) return undefined;
  const identity = quoteIdentity(c);
  const key = printed(c.text);
  const q = baseQuestion({
    kind: "single_choice",
    factKind: "quote",
    identity,
    variant: "which",
    prompt: `Which of these does the article attribute to ${spelledOut(corpus, s)}?`,
    explanation: `The article attributes these words to ${spelledOut(corpus, s)}: ${cite(c.part === 0 ? c.quote.evidence.sentence : c.source.sentence)}`,
    source: c.source,
  });
  const pool = sentencePool(corpus);
  const picks = pool.options.pick({
    key,
    slug: c.quote.slug,
    n: 3,
    seed: q.id,
    skip: pool.skipped(corpus, s, key),
    // the article's own other quotations only: one from another story is told apart by its topic alone
    near: [],
  });
  const { options, answer } = choiceOptions(q.id, key, picks);
  q.options = options;
  q.answer = answer;
  const problems = quoteProblems(corpus, c);
  if (!corpusText(corpus).flow.contains(norm(key))) problems.push("the quote is not printed this way in the article");
  if (words(key).length > 45) problems.push("the quote is too long for an option");
  if (picks.length < 2) problems.push("too few other quotations in the article to choose among");
  return emptyDraft(q, {
    key,
    keyKind: "text",
    distractors: picks.map((t) => ({ text: t, kind: "text" as const })),
    support: [key.slice(0, 40)],
    problems,
    prominence: c.part === 0 ? 0.7 : 0.4,
    closeness: 0.5,
    fallbackFor: whoId,
  });
}

/**
 * Last stand-in before a plain true statement: type who said it. The source is
 * the sentence that names the speaker (the attribution), so the answer stands
 * in its cited sentence.
 */
export function whoSaidCloze(corpus: Corpus, c: QuoteChunk, before: string[]): Draft | undefined {
  const s = c.quote.speakerC;
  if (!s || s.kind !== "person") return undefined;
  const surname = s.name.split(/\s+/).at(-1)!;
  const named = [c.source, sourceOf(c.quote.slug, c.quote.evidence)].find((x) =>
    words(x.sentence).includes(surname.toLowerCase()),
  );
  if (!named) return undefined;
  const identity = quoteIdentity(c);
  const q = baseQuestion({
    kind: "cloze",
    factKind: "quote",
    identity,
    variant: "typed",
    prompt: `Fill in the blank: _____ said: “${chunkForPrompt(c)}”`,
    explanation: `The article attributes these words to ${s.name}: ${cite(named.sentence)}`,
    source: named,
  });
  // the form the cited sentence uses, then the full name and the surname when unique
  const inSentenceForm = s.surfaces.find((x) => norm(named.sentence).includes(norm(x))) ?? surname;
  q.answer = inSentenceForm;
  const unique = entityIndex(corpus).peopleWithLastName(surname) === 1;
  const alone = unique && surname.length > 2 && lastNameAlone(corpus, s.name);
  q.accept = [...new Set([inSentenceForm, s.name, ...(alone ? [surname] : [])])];
  const problems = quoteProblems(corpus, c);
  if (mentions(c.text, s)) problems.push("the quote names its own speaker");
  return emptyDraft(q, {
    key: inSentenceForm,
    support: [inSentenceForm],
    problems,
    closeness: 0.5,
    prominence: 0.4,
    fallbackFor: before,
  });
}
