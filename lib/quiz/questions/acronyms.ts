/** Acronym facts: does a long form fit its letters, plausible wrong expansions, and "What does X stand for?". */
import type { CAcronym, Corpus } from "./corpus";
import { inCruft, sourceOf } from "./corpus";
import { baseQuestion, choiceOptions, emptyDraft, type Draft } from "./draft";
import { factIndex } from "./fact-index";
import { seededShuffle } from "./hash";
import { corpusText } from "./text-index";
import { bare, norm, similarity, cite } from "./text";
import { classesOf, sameSlot, slotPriority, substitutes } from "./vocabulary";
import { escapeRe } from "../../regex";

const MINOR = new Set(["and", "of", "for", "the", "on", "in", "to", "a", "an", "at", "&"]);

/** The letters an acronym spells, with digit multipliers expanded: IC3 → ICCC, NW3C → NWCCC. */
export function acronymLetters(short: string): string {
  const s = short.replace(/[^A-Za-z0-9]/g, "").toUpperCase();
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (/\d/.test(ch)) {
      const n = Number(ch);
      if (/[A-Z]/.test(s[i + 1] ?? "")) {
        out += s[i + 1].repeat(n);
        i++;
      } else if (out) out += out.at(-1)!.repeat(Math.max(0, n - 1));
    } else out += ch;
  }
  return out;
}

function longWords(long: string): string[] {
  return long
    .replace(/^the\s+/i, "")
    .split(/[\s\-–/,]+/)
    .map((w) => w.replace(/['’]s$/, "").replace(/[^A-Za-z0-9]/g, ""))
    .filter(Boolean);
}

/**
 * Does `long` plausibly expand `short`? The first letters must agree and most
 * letters must be initials of words of the long form, in order where possible.
 * Lenient on purpose ("EPSCO" for "Employment, Social Policy, Health and
 * Consumer Affairs Council") but it stops long forms that belong to something else.
 */
export function fitsAcronym(short: string, long: string): boolean {
  const letters = acronymLetters(short);
  const ws = longWords(long);
  const content = ws.filter((w) => !MINOR.has(w.toLowerCase()));
  if (letters.length < 2 || !content.length) return false;
  if (content[0][0].toUpperCase() !== letters[0]) {
    // "Bureau of Alcohol, Tobacco, Firearms and Explosives" (ATF): the initials skip an organisation head and "of".
    const skip =
      /^\s*(?:the\s+)?(Bureau|Department|Office|Ministry|Institute|Agency|Board|Council|Commission|Division|Court|School|College|University|Museum|Federation|Association)\s+of\s+(?:the\s+)?(\S.*)$/.exec(
        long,
      );
    return skip ? fitsAcronym(short, skip[2]) : false;
  }
  if (content.length > letters.length * 2 + 1) return false;
  const initials = ws.map((w) => w[0].toUpperCase());
  // in-order match of letters to word initials, skipping words
  let j = 0,
    inOrder = 0;
  for (const l of letters) {
    const k = initials.indexOf(l, j);
    if (k >= 0) {
      inOrder++;
      j = k + 1;
    }
  }
  const anyOrder = [...letters].filter((l) => initials.includes(l)).length;
  return inOrder / letters.length >= 0.75 || (letters.length >= 4 && anyOrder / letters.length >= 0.8);
}

const WORDS = new WeakMap<Corpus, Set<string>>();

/** Capitalised words of the corpus' organisation names and long forms: swaps drawn from these are the most tempting. */
function corpusWords(corpus: Corpus): Set<string> {
  let out = WORDS.get(corpus);
  if (out) return out;
  const names = [
    ...corpus.clusters.filter((c) => c.kind === "organization").flatMap((c) => c.surfaces),
    ...corpus.acronyms.map((a) => a.long),
  ];
  out = new Set(
    names
      .flatMap((n) => longWords(n))
      .filter((w) => /^[A-Z][a-z]{2,}$/.test(w))
      .map((w) => w.toLowerCase()),
  );
  WORDS.set(corpus, out);
  return out;
}

/** A name of an institution or a law: it has a head word ("Agency", "Centre", "Act"). Only such names get wrong expansions. */
export function isInstitutionName(long: string): boolean {
  return long
    .split(/\s+/)
    .some(
      (w) =>
        /^[A-Z]/.test(w) &&
        classesOf(w.replace(/[^A-Za-z-]/g, "")).some((c) => c === "head" || c === "heads" || c === "instrument"),
    );
}

/** Topic nouns that stand before a head ("Satellite System", "Border Force") but cannot end a name. */
const MODIFIER_ONLY = new Set(
  "satellite drug border computer disaster flood threat disease ocean consumer election cyber weapon space oil gas".split(
    " ",
  ),
);

/**
 * Wrong expansions that still fit the letters: one or two words of the real
 * long form swapped for words of the same class (vocabulary.ts: a head noun
 * for a head noun, a scope adjective for a scope adjective), corpus words first.
 * None may equal any expansion the corpus gives any acronym. Fewer than asked
 * (even none) when the long form has too few swappable words: a non-phrase is
 * never offered.
 */
export function fakeExpansions(corpus: Corpus, short: string, long: string, n: number, seed: string): string[] {
  const longBare = bare(long);
  const real = (t: string) => t === longBare || factIndex(corpus).isRealExpansion(t);
  const ws = long.replace(/^the\s+/i, "").split(" ");
  if (!isInstitutionName(ws.join(" "))) return [];
  const inCorpus = corpusWords(corpus);
  const slots = ws
    .map((w, i) => ({ w, i }))
    .filter(
      ({ w }) =>
        /^[A-Z][a-z]{2,}[,]?$/.test(w) && !MINOR.has(w.toLowerCase()) && classesOf(w.replace(/,$/, "")).length > 0,
    );
  const last = ws.length - 1;
  const candidatesFor = (w: string, at: string, i: number) => {
    const clean = w.replace(/,$/, "");
    const all = substitutes(clean).filter(
      (x) =>
        x[0] === clean[0] &&
        x.toLowerCase() !== clean.toLowerCase() &&
        // "Office of National Satellite": a count noun that only modifies ends no name
        !(i === last && MODIFIER_ONLY.has(x.toLowerCase())),
    );
    const local = seededShuffle(
      all.filter((x) => inCorpus.has(x.toLowerCase())),
      at + "/corpus",
    );
    // a field word ("Data", "Energy") from the general vocabulary names another field: "Mobile Drug Association"
    // for the Mobile Data Association is absurd, not tempting; only the corpus's own field words stand in for it
    const field = classesOf(clean).some((c) => c === "topic" || c === "topical");
    const wider = field
      ? []
      : seededShuffle(
          all.filter((x) => !inCorpus.has(x.toLowerCase())),
          at + "/vocab",
        );
    return [...local, ...wider];
  };
  const out: string[] = [];
  // "Centre" and "Center" are one option to a learner: compare spelling-folded forms
  const fold = (t: string) =>
    bare(t)
      .replace(/tre(s?)\b/g, "ter$1")
      .replace(/is(e|ed|es|ing|ation)\b/g, "iz$1")
      .replace(/our\b/g, "or")
      .replace(/ce\b/g, "se");
  const seen = new Set<string>([fold(long)]);
  // slots by priority (head nouns first), seeded inside a priority; then one candidate per slot per round
  const order = seededShuffle(slots, seed + "/slots").sort(
    (x, y) => slotPriority(x.w.replace(/,$/, "")) - slotPriority(y.w.replace(/,$/, "")),
  );
  const lists = order.map((s) => candidatesFor(s.w, seed + "/" + s.i, s.i).slice(0, 4));
  const attempts: string[][] = [];
  for (let round = 0; round < 4; round++) {
    order.forEach((s, k) => {
      const c = lists[k][round];
      if (!c) return;
      const copy = ws.slice();
      copy[s.i] = c + (s.w.endsWith(",") ? "," : "");
      attempts.push(copy);
    });
  }
  // two-word swaps only when single swaps run short
  if (order.length >= 2) {
    const [s1, s2] = order;
    for (let k = 0; k < Math.min(lists[0].length, lists[1].length, 3); k++) {
      const copy = ws.slice();
      copy[s1.i] = lists[0][k] + (s1.w.endsWith(",") ? "," : "");
      copy[s2.i] = lists[1][k] + (s2.w.endsWith(",") ? "," : "");
      attempts.push(copy);
    }
  }
  const interleaved = attempts;
  for (const a of interleaved) {
    const text = a.join(" ");
    const b = bare(text);
    const ws2 = b.split(" ");
    if (real(b) || seen.has(fold(text)) || !fitsAcronym(short, text) || new Set(ws2).size !== ws2.length) continue;
    seen.add(fold(text));
    out.push(text);
    if (out.length >= n) break;
  }
  return out;
}

/** Does every word of `fake` that differs from `long` stand in a slot of its own class? (the flaw check's view of a wrong expansion) */
export function swapsKeepClass(long: string, fake: string): boolean {
  const a = long.replace(/^the\s+/i, "").split(/\s+/),
    b = fake.replace(/^the\s+/i, "").split(/\s+/);
  if (a.length !== b.length) return false;
  return a.every((w, i) => w === b[i] || sameSlot(w.replace(/,$/, ""), b[i].replace(/,$/, "")));
}

const stripThe = (s: string) => s.replace(/^the\s+/i, "");

export function acronymIdentity(a: CAcronym): string {
  return `${a.slug}|acronym|${bare(a.short)}|${bare(stripThe(a.long))}`;
}

/** Problems with an extracted acronym fact that make every question about it unsafe. */
export function acronymProblems(corpus: Corpus, a: CAcronym): string[] {
  const p: string[] = [];
  if (!fitsAcronym(a.short, stripThe(a.long)))
    p.push(`acronym long form “${a.long}” does not fit the letters of ${a.short}`);
  const other = [...(corpus.expansions.get(bare(a.short)) ?? [])].filter((x) => similarity(x, a.long) < 0.5);
  if (other.length) p.push(`${a.short} has conflicting expansions in the corpus`);
  // a footnote may spell out a short form in its own line: then the long form alone is the evidence
  const s = norm(a.evidence.sentence);
  const elsewhere = (t: string) => !!corpusText(corpus).sentenceIncluding(a.slug, norm(t));
  const hasShort = s.includes(norm(a.short)),
    hasLong = s.includes(norm(stripThe(a.long)));
  if (!(hasShort && hasLong) && !(hasLong && elsewhere(a.short)) && !(hasShort && elsewhere(stripThe(a.long))))
    p.push("the article does not state both the acronym and its long form");
  if (inCruft(corpus, a.slug, a.evidence.start, a.evidence.end)) p.push("built from page cruft");
  if (HOUSEHOLD.has(bare(a.short).toUpperCase()))
    p.push(`everyone knows what ${a.short} stands for: the question tests nothing the article teaches`);
  return p;
}

/** Short forms every reader knows without the article: asking them is general knowledge, not reading. */
const HOUSEHOLD = new Set(
  "UN EU US USA UK NATO BBC CNN FBI CIA NASA NHS WHO MP MPS TV PC IT AIDS HIV DNA GDP VAT CEO UNESCO UNICEF OPEC".split(
    " ",
  ),
);

/** "What does JTRIG stand for?" with expansions that fit the letters. */
/**
 * The long form as the name is written: "Standard & Poor's (S&P)", "Moody's (MCO)" keep their "'s", which is part
 * of a firm's name; "the National Crime Agency's (NCA)" is a possessive and loses it.
 */
function asNamed(long: string, a: CAcronym): string {
  const m = new RegExp(`\\b${escapeRe(long)}(['’]s)\\s*\\(\\s*${escapeRe(a.short)}\\s*\\)`).exec(a.evidence.sentence);
  return m && (/\s&\s/.test(long) || !/\s/.test(long)) ? long + m[1] : long;
}

export function acronymChoice(corpus: Corpus, a: CAcronym): Draft {
  const identity = acronymIdentity(a);
  const long = asNamed(stripThe(a.long).replace(/['’]s$/, ""), a);
  const q = baseQuestion({
    kind: "single_choice",
    factKind: "acronym",
    identity,
    prompt: `What does ${a.short} stand for?`,
    explanation: `The article spells it out: ${cite(a.evidence.sentence)}`,
    source: sourceOf(a.slug, a.evidence),
  });
  const fakes = fakeExpansions(corpus, a.short, long, 3, q.id);
  const { options, answer } = choiceOptions(q.id, long, fakes);
  q.options = options;
  q.answer = answer;
  return emptyDraft(q, {
    key: long,
    keyKind: "expansion",
    distractors: fakes.map((text) => ({ text, kind: "expansion" as const })),
    support: [norm(a.evidence.sentence).includes(norm(long)) ? long : a.short],
    problems: acronymProblems(corpus, a),
    closeness: 0.8,
  });
}

/**
 * Stand-in for the choice question when no plausible wrong expansions exist
 * (“Memorandum of Understanding”, “unmanned aircraft system”): type the long form.
 */
export function acronymCloze(corpus: Corpus, a: CAcronym, choiceId: string): Draft {
  const identity = acronymIdentity(a);
  const long = asNamed(
    stripThe(a.long)
      .replace(/['’]s$/, "")
      .trim(),
    a,
  );
  const q = baseQuestion({
    kind: "cloze",
    factKind: "acronym",
    identity,
    variant: "blank",
    prompt: `Fill in the blank: In the article, ${a.short} stands for _____.`,
    explanation: `The article spells it out: ${cite(a.evidence.sentence)}`,
    source: sourceOf(a.slug, a.evidence),
  });
  q.answer = long;
  // "Standard & Poor" typed for "Standard & Poor's" is right too
  const accept = new Set([long, long.replace(/['’]s$/, "")]);
  // the form the sentence itself uses ("the Department of Energy")
  const m = new RegExp(`\\b${escapeRe(long)}\\b`, "i").exec(a.evidence.sentence);
  if (m) accept.add(m[0]);
  // "the North American Court of Arbitration for Sport (CAS)": the name as printed before the brackets, with
  // the capitalised words the long form left out, is what a reader copying the article writes
  const printed = new RegExp(`((?:[A-Z][\\w'’&-]*\\s+){1,4})${escapeRe(long)}\\s*\\(${escapeRe(a.short)}\\)`).exec(
    a.evidence.sentence,
  );
  if (printed) accept.add(`${printed[1]}${long}`);
  q.accept = [...accept];
  const problems = acronymProblems(corpus, a);
  if (!norm(a.evidence.sentence).includes(norm(long))) problems.push("the long form is not in the cited sentence");
  if (bare(long) === bare(a.short)) problems.push("the long form is the acronym itself");
  return emptyDraft(q, { key: long, support: [long], problems, closeness: 0.6, fallbackFor: choiceId });
}
