/**
 * The flaw check: every question must pass these or it is dropped with its
 * reasons. It re-derives what it can from the corpus instead of trusting the
 * builders, because the facts come from an extractor that can be wrong.
 */
import type { Corpus } from "./corpus";
import { clusterByName, inCruft, mayCorefer } from "./corpus";
import { fitsAcronym, swapsKeepClass } from "./acronyms";
import { parseWhen } from "./dates";
import type { Draft } from "./draft";
import { mentions } from "./distractors";
import { titleOverlaps } from "./roles";
import { entityIndex } from "./entity-index";
import { factIndex } from "./fact-index";
import { corpusText } from "./text-index";
import { outsideQuotes } from "./stems";
import { LEADING_CONNECTIVE, fragmentProblem } from "./standalone";
import { isGarbled } from "./validity";
import { isPlaceName, isTitleHead } from "../extract/lexicon";
import { bare, expandTitles, hasRelativeTime, norm, similarity, words } from "./text";

/** Embedded social posts and links: "pic.twitter.com/…", "— Apple Music (@AppleMusic)", "https://…". */
const EMBED = /pic\.twitter\.com|https?:\/\/|\bwww\.\w|\(@\w+\)|(?:^|\s)@\w{2,}\b/;

/** "FlagShareLikeReplyPaige": three or more capitalised words with no space between, a page's buttons. */
const CHROME_RUN = /(?:[A-Z][a-z]+){3,}/;

const ALL_NONE = /\b(?:all|none|both|neither) of the (?:above|options)\b/i;

/** Structure: counts, ids, one-to-one answers. */
export function checkStructure(d: Draft): string[] {
  const q = d.question,
    p: string[] = [];
  if (q.kind === "single_choice") {
    const opts = q.options ?? [];
    if (opts.length < 3 || opts.length > 5) p.push(`${opts.length} options (want 3–5): too few safe distractors`);
    if (new Set(opts.map((o) => bare(o.text))).size !== opts.length) p.push("options repeat");
    if (opts.filter((o) => o.id === q.answer).length !== 1) p.push("the answer is not exactly one of the options");
    if (opts.some((o) => ALL_NONE.test(o.text))) p.push("an “all/none of the above” option");
    // "Paul McNulty / Boyd / Antony Townsden": the one name without a first name stands out, key or not
    if (q.fact.kind === "quote" && /^Who said/.test(q.prompt)) {
      const single = opts.filter((o) => !/\s/.test(o.text.trim()));
      if (single.length === 1 && opts.length >= 3) p.push(`“${single[0]!.text}” is the only name without a first name`);
    }
    // "Senior counsel in the Brennan Center's Democracy Program" beside "Judge": the odd one out, key or not
    const lengths = opts.map((o) => words(o.text).length);
    // (a key sentence of 37 words beside at most 20 gives itself away as much as 3 words beside 1)
    const odd = lengths.findIndex((n, i) => {
      const most = Math.max(0, ...lengths.filter((_, j) => j !== i));
      return n >= 2 * most + 2 || (opts[i]!.id === q.answer && n >= 1.6 * most && n - most >= 10);
    });
    if (odd >= 0)
      p.push(
        opts[odd].id === q.answer
          ? "the key is the only long option: a giveaway"
          : `the option “${opts[odd].text}” is much longer than the others`,
      );
  } else if (q.kind === "true_false") {
    if (typeof q.answer !== "boolean") p.push("a true/false answer must be a boolean");
  } else if (q.kind === "cloze") {
    if (!/_{3,}/.test(q.prompt)) p.push("no blank in the prompt");
    if (typeof q.answer !== "string" || !norm(q.source.sentence).includes(norm(q.answer)))
      p.push("the cloze answer is not in its sentence");
  } else if (q.kind === "matching") {
    const left = q.left ?? [],
      right = q.right ?? [],
      ans = (q.answer ?? {}) as Record<string, string>;
    if (left.length < 3 || left.length > 6) p.push(`${left.length} pairs (want 3–6)`);
    const targets = left.map((l) => ans[l.id]);
    if (
      targets.some((t) => !right.some((r) => r.id === t)) ||
      new Set(targets).size !== targets.length ||
      right.length !== left.length
    )
      p.push("the matching answer is not one-to-one");
  } else if (q.kind === "ordering") {
    const items = q.items ?? [],
      ans = Array.isArray(q.answer) ? q.answer : [];
    if (items.length < 3 || items.length > 5) p.push(`${items.length} items (want 3–5)`);
    if (
      ans.length !== items.length ||
      new Set(ans).size !== ans.length ||
      ans.some((a) => !items.some((i) => i.id === a))
    )
      p.push("the ordering answer is not a permutation");
  }
  return p;
}

/** Exactly one right option: no distractor is the key under another name, or true elsewhere. */
export function checkOneRight(d: Draft, corpus: Corpus): string[] {
  const p: string[] = [];
  if (!d.key || !d.distractors) return p;
  const keyC =
    d.keyKind && ["person", "organization", "place", "other"].includes(d.keyKind)
      ? clusterByName(corpus, d.key)
      : undefined;
  // "Joachim Meisner" and "Cardinal Meisner" side by side: two wrong options that may be one person rule each
  // other out
  if (keyC) {
    const named = d.distractors.map((x) => clusterByName(corpus, x.text));
    for (let i = 0; i < named.length; i++)
      for (let j = 0; j < i; j++)
        if (named[i] && named[j] && mayCorefer(named[i]!, named[j]!))
          p.push(`distractors “${d.distractors[j]!.text}” and “${d.distractors[i]!.text}” may be the same`);
  }
  for (const x of d.distractors) {
    if (bare(x.text) === bare(d.key)) p.push(`distractor “${x.text}” is the key`);
    if (keyC) {
      const xc = clusterByName(corpus, x.text);
      if (xc && mayCorefer(xc, keyC)) p.push(`distractor “${x.text}” may be the same as the key “${d.key}”`);
    }
    if (d.keyKind === "organization" && sameOrEnclosingBody(x.text, d.key))
      p.push(`distractor “${x.text}” may be the key “${d.key}” or the body it belongs to`);
    if (d.keyKind === "title" && titleOverlaps(x.text, [d.key]))
      p.push(`distractor title “${x.text}” overlaps the key “${d.key}”`);
    if (d.keyKind === "expansion") {
      const real = factIndex(corpus).isRealExpansion(bare(x.text));
      if (real) p.push(`distractor “${x.text}” is a real expansion in the corpus`);
    }
    if (d.keyKind === "date") {
      const a = parseWhen(d.key),
        b = parseWhen(x.text);
      if (!a || !b || (a.end >= b.start && b.end >= a.start))
        p.push(`distractor date “${x.text}” is not clearly different from “${d.key}”`);
    }
  }
  return p;
}

/** "the out- standing success", "court- room": a word split at a printed line's end ("pre- and post-war" is English). */
const LINE_BREAK_HYPHEN = /\b[a-z]{2,}- (?!and\b|or\b|to\b|nor\b)[a-z]{2,}\b/;

/**
 * A word written twice ("an adviser to to the campaign", "a statue called called Forever Marilyn"): a typo of
 * the source. "had had", "that that" are English, and speech repeats for stress ("very, very", "no no").
 */
const DOUBLED = /\b([a-z]{1,}|[A-Z][a-z]+)\s+\1\b/i;
const MAY_REPEAT = new Set([
  "had",
  "that",
  "very",
  "really",
  "so",
  "no",
  "yes",
  "bye",
  "ha",
  "blah",
  "many",
  "much",
  "far",
  "long",
  "more",
  "again",
  "over",
]);

/** Party names as news English shortens them: "GOP" is the Republican Party. */
const PARTY_FORMS: [RegExp, string][] = [
  [/\bGOP\b/g, "Republican Party"],
  [/\bDems\b/g, "Democratic Party"],
];

/** A body's name in one form: the party written out, "X Party of Wyoming" as "Wyoming X Party", no "the". */
function bodyForm(name: string): string {
  let n = name.replace(/^the\s+/i, "");
  for (const [re, full] of PARTY_FORMS) n = n.replace(re, full);
  n = n.replace(/^(.+?\bParty)\s+of\s+(.+)$/, "$2 $1");
  return ` ${bare(n)} `;
}

/**
 * "Wyoming GOP" beside "Wyoming Republican Party" (the same body) or "Republican Party" (the body it belongs
 * to): an option that is the key under another name, or encloses it, is also right.
 */
export function sameOrEnclosingBody(a: string, b: string): boolean {
  const x = bodyForm(a),
    y = bodyForm(b);
  return x === y || (x.trim().length > 0 && y.trim().length > 0 && (x.includes(y) || y.includes(x)));
}

/** Distractors of the key's kind: people for people, organisations for organisations, fitting expansions, dates of the same granularity. */
export function checkSameKind(d: Draft, corpus: Corpus): string[] {
  const p: string[] = [];
  if (!d.key || !d.distractors || !d.keyKind) return p;
  const short =
    d.question.fact.kind === "acronym" ? /^What does (\S+) stand for\?$/.exec(d.question.prompt)?.[1] : undefined;
  for (const x of d.distractors) {
    if (x.kind !== d.keyKind) p.push(`distractor “${x.text}” is a ${x.kind}, the key a ${d.keyKind}`);
    if (["person", "organization", "place", "other"].includes(d.keyKind)) {
      const c = clusterByName(corpus, x.text);
      if (!c) p.push(`distractor “${x.text}” is not an entity of the corpus`);
      else if (c.kind !== d.keyKind) p.push(`distractor “${x.text}” is a ${c.kind}, the key a ${d.keyKind}`);
    }
    if (d.keyKind === "expansion" && short && !fitsAcronym(short, x.text))
      p.push(`distractor “${x.text}” does not fit the letters of ${short}`);
    if (d.keyKind === "expansion" && !swapsKeepClass(d.key, x.text))
      p.push(`distractor “${x.text}” puts a word of another kind where a word of “${d.key}” stands`);
    if (d.keyKind === "date" && parseWhen(x.text)?.gran !== parseWhen(d.key)?.gran)
      p.push(`distractor date “${x.text}” has another granularity`);
    if (d.keyKind === "title" && entityIndex(corpus).isPersonName(bare(x.text)))
      p.push(`distractor title “${x.text}” is a person's name`);
  }
  return p;
}

/** The answer is supported by the cited sentence. */
export function checkSupport(d: Draft): string[] {
  const s = norm(expandTitles(d.question.source.sentence));
  return d.support
    .filter((t) => {
      const n = norm(t);
      return (
        !s.includes(n) &&
        !words(t)
          .filter((w) => w.length > 2)
          .every((w) => words(s).includes(w))
      );
    })
    .map((t) => `the source sentence does not support “${t.slice(0, 40)}”`);
}

/** The key is not in the stem (under any of its names). */
export function checkLeak(d: Draft, corpus: Corpus): string[] {
  const q = d.question;
  if (!d.key || q.kind === "true_false" || q.kind === "matching" || q.kind === "ordering") return [];
  const prompt = q.kind === "cloze" ? q.prompt.replace(/_{3,}/, " ") : q.prompt;
  if (norm(d.key).length > 2 && (" " + bare(prompt) + " ").includes(" " + bare(d.key) + " "))
    return [`the stem gives the answer away (“${d.key}”)`];
  const c =
    d.keyKind && ["person", "organization", "place", "other"].includes(d.keyKind)
      ? clusterByName(corpus, d.key)
      : undefined;
  if (c && mentions(prompt, c)) return [`the stem names the answer (${c.name})`];
  return [];
}

/** Not built from page cruft, and the source sentence is one the parser kept. */
export function checkCruft(d: Draft, corpus: Corpus): string[] {
  const s = d.question.source;
  const p: string[] = [];
  if (inCruft(corpus, s.article, s.start, s.end)) p.push("built from page cruft");
  if (corpusText(corpus).hasSentenceAround(s.article, norm(s.sentence)) === false)
    p.push("the source sentence is not a sentence of the article text");
  if (!/[a-z]/.test(s.sentence)) p.push("the source has no running text (page chrome?)");
  if (EMBED.test(s.sentence)) p.push("the source holds an embedded post or a link, not article text");
  if (CHROME_RUN.test(s.sentence)) p.push("the source runs the page's buttons and bylines into the text");
  if (d.question.kind === "cloze" && !/[.!?…”"’)\]]\s*$/.test(s.sentence.trim()))
    p.push("the cloze sentence is not a complete sentence");
  return p;
}

/** Who-said options must be names that appear in the articles. */
export function checkNamesInArticles(d: Draft, corpus: Corpus): string[] {
  if (d.question.fact.kind !== "quote" || d.question.kind !== "single_choice") return [];
  const text = corpusText(corpus).byLine;
  if (!text.hay) return [];
  return (d.question.options ?? [])
    .filter((o) => !text.contains(norm(o.text)))
    .map((o) => `who-said option “${o.text}” is not a name from the articles`);
}

/** A grammatical, self-contained stem. */
export function checkStem(d: Draft): string[] {
  const q = d.question,
    t = q.prompt,
    p: string[] = [];
  if (!/^[A-Z“"…]/.test(t)) p.push("the stem does not start with a capital letter");
  if (q.kind === "single_choice" && !t.endsWith("?")) p.push("a choice stem must be a question");
  if (q.kind !== "cloze" && !/[?.”]$/.test(t)) p.push("the stem has no closing punctuation");
  if ((t.match(/“/g) ?? []).length !== (t.match(/”/g) ?? []).length || (t.match(/"/g) ?? []).length % 2 === 1)
    p.push("unbalanced quotation marks in the stem");
  if (/\s{2,}|\s[,.?]/.test(t)) p.push("stray spacing in the stem");
  if (/(?:^|[\s“"(:])['‘’]{2}/.test(t)) p.push("two apostrophes for a quotation mark in the stem");
  const twice = [...t.matchAll(new RegExp(DOUBLED.source, "gi"))].find((m) => !MAY_REPEAT.has(m[1]!.toLowerCase()));
  if (twice) p.push(`“${twice[0]}”: a word written twice in the source`);
  const options = [...(q.options ?? []), ...(q.left ?? []), ...(q.right ?? []), ...(q.items ?? [])];
  if ([t, ...options.map((o) => o.text)].some((x) => /<\/?[a-z][\w-]*(?:\s[^>]*)?>/i.test(x)))
    p.push("page markup (a tag such as <tweet>) in the question");
  const broken = [t, ...options.map((o) => o.text)].map((x) => LINE_BREAK_HYPHEN.exec(x)).find(Boolean);
  if (broken) p.push(`“${broken[0]}”: a word broken by a line-break hyphen`);
  if (options.some((o) => /\s[,.?](?:\s|$)/.test(o.text))) p.push("stray spacing or a cut ellipsis in an option");
  if (words(t).length > 80) p.push("the stem is too long");
  if (/\b(?:he|she|they|it)\s+(?:said|says|added|stated)\b/i.test(outsideQuotes(t)))
    p.push("the stem has an unresolved pronoun");
  if (hasRelativeTime(outsideQuotes(t)) && !/\(\d{1,2} [A-Z][a-z]+ \d{4}\)/.test(t))
    p.push("a relative date in the stem has no anchor");
  if (!norm(q.explanation)) p.push("no explanation");
  if ((q.kind === "cloze" || (q.fact.kind === "event" && q.kind === "single_choice")) && showsSentence(d))
    p.push(...sentenceStemProblems(d));
  const shown = [
    t,
    ...[...(q.options ?? []), ...(q.left ?? []), ...(q.right ?? []), ...(q.items ?? [])].map((o) => o.text),
  ];
  if (shown.some(isGarbled)) p.push("garbled characters (mojibake) in the question");
  return p;
}

const STEM_PRONOUN = /\b(?:he|she|his|her|him|they|their|them)\b/i;

/** "it" as the doer of a deed told in the past ("it put", "it bought", "it also launched"). */
const ACTING_IT =
  /\b[Ii]t\s+(?:also\s+|then\s+|later\s+|first\s+|now\s+)?(?!(?:seemed|appeared|emerged|happened|looked|sounded|felt|needed|used|turned|remained|proved|followed|occurred|transpired|depended|mattered)\b)(?:[a-z]+ed|put|bought|sold|made|paid|spent|won|lost|set|began|cut|built|brought|sent|sought|struck|ran|kept|held|gave|got|took\s+over|spun\s+off|hit|chose|drew|grew|rose|fell|became)\b/;

/**
 * Whether the stem shows its source sentence (most of the sentence's words are in it). A typed
 * stand-in that asks a fact in its own words ("In the article, PECASE stands for _____.", "_____
 * said: “…”") does not, so how that sentence reads alone does not matter to it.
 */
export function showsSentence(d: Draft): boolean {
  // the blanked answer is missing from the stem by design, however long it is
  const blanked = new Set(words(d.key ?? (typeof d.question.answer === "string" ? d.question.answer : "")));
  const sentence = words(d.question.source.sentence).filter((w) => !blanked.has(w));
  if (sentence.length === 0) return true;
  const stem = new Set(words(d.question.prompt));
  return sentence.filter((w) => stem.has(w)).length >= 0.6 * sentence.length;
}

/**
 * Nouns that news English uses, after "the", for a thing the story has already named ("the unit", "the
 * bill", "the ruling"). Bare, with nothing after them that says which one, they point to a sentence not
 * shown; "the bill that …", "the program of …" or "the Senate bill" say which.
 */
const BACK_NOUN =
  /\b[Tt]he\s+(?:(?:famous|same|latest|new|original|infamous|iconic|controversial|whole|entire|historic|dramatic)\s+)?(moment|scene|film|movie|album|episode|case|unit|program|programme|plan|scheme|bill|measure|law|policy|proposal|deal|agreement|project|initiative|practice|decision|move|report|study|survey|lawsuit|suit|investigation|probe|inquiry|ruling|verdict|order|ban|legislation|incident|attack|shooting|memo|letter|video|group|company|firm|agency|organization|organisation|association|charity|council|committee|club|catalogue|catalog|archive|archives|question|treaty|interview|effort|program's|unit's)\b(?!\s+(?:of|that|which|who|called|known|named)\b)(?!\s*[A-Z])/;

/** Whether the stem shows these words of its source sentence (a typed stand-in may show only the quotation). */
const shownIn = (d: Draft, text: string) => d.question.prompt.toLowerCase().includes(text.toLowerCase());

/**
 * A stem that shows an article sentence must read on its own: no "he"/"his" before anyone is named in
 * it ("leaked documents from his _____ tax return"), and not a sentence of someone's quotation shown
 * as if the article said it.
 */
function sentenceStemProblems(d: Draft): string[] {
  const s = d.question.source.sentence.trim();
  const p: string[] = [];
  const narration = outsideQuotes(s);
  const m = STEM_PRONOUN.exec(narration);
  if (m && !/\b[A-Z][a-z]+\s+[A-Z][a-z]+/.test(narration.slice(0, m.index).replace(/^\W*\w+/, "")))
    p.push("the sentence leans on a pronoun whose referent is in another sentence");
  // "General Secretary Matt Carter said it was 'a fantastic gift'": "it" after the verb, with no thing named before it
  const saidIt =
    /\b(?:said|says|called|described|added|insisted|argued|admitted)\s+(?:that\s+)?it\s+(?:was|is|would|will|had|has|could|should)\b/.exec(
      narration,
    );
  if (
    saidIt &&
    shownIn(d, saidIt[0]) &&
    !/\b(?:the|a|an|this|that|his|her|its|their|our)\s+[a-z]/i.test(narration.slice(0, saidIt.index))
  )
    p.push(`“${saidIt[0]}”: the sentence never says what “it” is`);
  // "who was on the same picket line": the same as one in a sentence not shown
  const same =
    /\b[Tt]he\s+same\s+(?!(?:as|that|which|who|way|time)\b)[a-z]+(?:\s+(?!(?:as|that|which|who)\b)[a-z]+)?\b/.exec(
      narration,
    );
  if (
    same &&
    !/^\s+(?:as|that|which|who|where|when)\b/.test(narration.slice(same.index + same[0].length)) &&
    shownIn(d, same[0])
  )
    p.push(`“${same[0]}” is the same as one in a sentence not shown`);
  // "… how the prime minister would react", "The Chancellor has said": a post with "the" and no name after it is the
  // holder named in a sentence not shown ("The Chancellor, Gordon Brown, said" names him)
  const holder =
    /\b[Tt]he\s+([Pp]rime\s+[Mm]inister|[Cc]hancellor|[Pp]resident|[Mm]ayor|[Gg]overnor|[Pp]remier|[Hh]ome\s+[Ss]ecretary|[Ff]oreign\s+[Ss]ecretary|[Pp]arty\s+[Ll]eader|[Cc]hief\s+[Ee]xecutive|[Cc]hairman|[Cc]hairwoman)\b(?!\s*,?\s*[A-Z])/.exec(
      narration,
    );
  if (holder && shownIn(d, holder[0])) p.push(`“${holder[0]}” is named in a sentence not shown`);
  // "… dismissed such reports": "such" takes up the ones a sentence not shown tells
  const such = /\bsuch\s+(?!as\b)[a-z]+s\b/.exec(narration);
  if (such && shownIn(d, such[0])) p.push(`“${such[0]}” are told in a sentence not shown`);
  // "The 32-year-old was arrested …": a person described by age stands for someone named in a sentence not shown
  const aged =
    /\b[Tt]he\s+\d+-year-old(?:\s+(?:man|woman|boy|girl|mother|father|driver|player))?\b(?!\s*,?\s*[A-Z])/.exec(
      narration,
    );
  if (aged && shownIn(d, aged[0])) p.push(`“${aged[0]}” is named in a sentence not shown`);
  // "After the death of leader John Smith in 1994 he stood aside": the subject after an opening phrase that names
  // someone is not that person, but someone named in a sentence not shown
  // ("One of the few ministers to serve under Jim Callaghan, he was given …": an opening phrase describes "he")
  const opened =
    /^(?:After|Before|Following|Since|Despite|Unlike|With|Without|Upon|On|Like|Under|Alongside)\b[^,;]*?\b[A-Z][a-z]+\s+[A-Z][a-z]+[^,;]*?,?\s+(he|she|they)\s+(?:\w+ly\s+)?[a-z]+/.exec(
      narration,
    ) ?? /^[^,;"“”]*?\b[A-Z][a-z]+\s+[A-Z][a-z]+[^,;"“”]*,\s+(he|she|they)\s+(?:\w+ly\s+)?[a-z]+/.exec(narration);
  if (opened && !p.length && shownIn(d, opened[0].split(/\s+/).slice(-2).join(" ")))
    p.push(`“${opened[1]}” after the opening phrase stands for someone named in a sentence not shown`);
  // "Prime Minister Tony Blair called him a 'giant'": an object pronoun is never the subject named before it, so
  // with one name in the sentence before it, it stands for someone named in another sentence
  const object =
    /\b(?:[a-z]+ed|called|told|gave|made|left|sent|saw|met|let|named|urged|thanked|praised|described|hailed)\s+(him|them)\b/.exec(
      narration,
    );
  if (
    object &&
    shownIn(d, object[0]) &&
    (narration.slice(0, object.index).match(/(?:^|[^\w'’])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*/g) ?? []).filter(
      (run, i) => i > 0 || run.trim().split(/\s+/).length > 1,
    ).length <= 1
  )
    p.push(`“${object[1]}” stands for someone named in a sentence not shown`);
  // "said the former PM would be mourned": a former office-holder named before
  const former = /\b[Tt]he\s+(?:former|late)\s+(PM|[a-z]+(?:\s+minister|\s+secretary)?)\b(?!\s+(?:of\b|[A-Z]))/.exec(
    narration,
  );
  if (
    former &&
    shownIn(d, former[0]) &&
    isTitleHead(former[1].split(/\s+/).pop()!.toLowerCase().replace(/^pm$/, "minister"))
  )
    p.push(`“${former[0]}” is named in a sentence not shown`);
  // "In 2004 it put $300m into …": an "it" that acts stands for a body or thing named before; an "it" that
  // seems, emerges or is ("it emerged that", "it is expected") stands for nothing
  const acting = ACTING_IT.exec(narration);
  if (acting && !/\b[A-Z][\w&.'’-]*[A-Za-z]/.test(narration.slice(0, acting.index).replace(/^\W*\w+/, "")))
    p.push(`“${acting[0]}”: the sentence never says what “it” is`);
  const marks = s.match(/["“”]/g) ?? [];
  const place = /\b[Tt]he\s+(state|city|country|county|town|region|district|province)\b/.exec(narration);
  if (place && !narration.split(/\s+/).some((w) => isPlaceName(w.replace(/[^\w.-]/g, ""))))
    p.push(`“the ${place[1]}” is named in a sentence not shown`);
  // "in that state’s primary": a demonstrative points back whatever places the sentence names
  const pointed =
    /\b(?:[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese)\s+(state|city|country|county|town|region|district|province|race|primary|election|bill|group|company|agency|program|point|area|issue|matter|plan|move|idea|deal)(?:['’]s|s)?\b/.exec(
      narration,
    ) ??
    // "… was further proof of that.": a demonstrative that ends the sentence stands for the one before
    /\b(?:of|to|for|from|about|with|on|by|like)\s+(?:that|this)\s*[.!?]?\s*$/.exec(narration);
  if (pointed) p.push(`“${pointed[0]}” points to a sentence not shown`);
  const thing = BACK_NOUN.exec(narration);
  // (only where the stem shows it: "_____ said: '…'" shows the quotation, not "The council's leader")
  if (thing && shownIn(d, thing[0]) && !new RegExp(`\\b${thing[1]}\\b`, "i").test(narration.slice(0, thing.index)))
    p.push(`“the ${thing[1]}” is identified in a sentence not shown`);
  if (/^\(/.test(s)) p.push("the sentence is a parenthetical aside to the one before");
  // "Earlier Foreign Secretary Jack Straw said …": earlier than what the sentence before told
  const placed =
    /^(Earlier|Later|Meanwhile|Previously|Separately|Elsewhere|Afterwards|Subsequently)\b(?!\s+(?:this|that|last|next|in|on|today)\b)/.exec(
      s,
    );
  if (placed) p.push(`the sentence opens with “${placed[1]}”: it is placed against a sentence not shown`);
  const group = /\b[Tt]he\s+(?:two|three|four|pair|duo|trio)\b(?!\s+(?:of\b|[A-Z]))/.exec(narration);
  if (group) p.push(`“${group[0]}” are named in a sentence not shown`);
  if (LEADING_CONNECTIVE.test(s.replace(/^[\s"“‘'(…]+/, "")))
    p.push("the sentence opens with a connective: it goes on from a sentence not shown");
  if (/^["“]/.test(s) && marks.length % 2 === 1)
    p.push("the sentence is part of someone's quotation, shown as if the article said it");
  // it starts inside a quotation opened in a sentence before ('And then …," said X'): the quoted words must stand alone
  const closing = /^[^"“”]*?[^\s"“”]["”]/.exec(s);
  const inside = marks.length % 2 === 1 && closing ? fragmentProblem(closing[0].slice(0, -1)) : undefined;
  if (inside) p.push(`the sentence continues a quotation from the sentence before: ${inside}`);
  return p;
}

/** All checks on one question; an empty list means it ships. */
export function flawCheck(d: Draft, corpus: Corpus): string[] {
  return [
    ...new Set([
      ...d.problems,
      ...checkStructure(d),
      ...checkOneRight(d, corpus),
      ...checkSameKind(d, corpus),
      ...checkSupport(d),
      ...checkLeak(d, corpus),
      ...checkCruft(d, corpus),
      ...checkNamesInArticles(d, corpus),
      ...checkStem(d),
    ]),
  ];
}

/** Near-duplicates: the same kind asking nearly the same thing with the same answer. */
export function isNearDuplicate(a: Draft, b: Draft): boolean {
  if (a.question.kind !== b.question.kind) return false;
  if (a.question.id === b.question.id) return true;
  if (a.question.kind === "matching" || a.question.kind === "ordering") {
    // same instructions every time: compare what is to be matched or ordered
    const items = (d: Draft) =>
      new Set([...(d.question.left ?? []), ...(d.question.items ?? [])].map((o) => bare(o.text)));
    const A = items(a),
      B = items(b);
    const shared = [...A].filter((x) => B.has(x)).length;
    return shared >= Math.min(A.size, B.size) - 1 && shared >= 2;
  }
  // option ids ("b") mean nothing across questions: compare the right answers' texts where there are any
  const sameAnswer =
    a.key !== undefined && b.key !== undefined
      ? bare(a.key) === bare(b.key)
      : JSON.stringify(a.question.answer) === JSON.stringify(b.question.answer);
  const sim = similarity(a.question.prompt, b.question.prompt);
  // the same stem with another right answer ("Which of these does the article attribute to X?") is another question
  const sameKey = a.key === undefined || b.key === undefined || bare(a.key) === bare(b.key);
  return (sim > 0.9 && sameKey) || (sim > 0.75 && sameAnswer);
}
