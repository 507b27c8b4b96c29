/** Acronym facts: does a long form fit its letters, plausible wrong expansions, and "What does X stand for?". */
import type { CAcronym, Corpus } from "./corpus";
import { inCruft, sourceOf } from "./corpus";
import { baseQuestion, choiceOptions, emptyDraft, type Draft } from "./draft";
import { seededShuffle } from "./hash";
import { bare, isStopword, norm, similarity, cite } from "./text";

const MINOR = new Set(["and", "of", "for", "the", "on", "in", "to", "a", "an", "at", "&"]);

/** The letters an acronym spells, with digit multipliers expanded: IC3 → ICCC, NW3C → NWCCC. */
export function acronymLetters(short: string): string {
  const s = short.replace(/[^A-Za-z0-9]/g, "").toUpperCase();
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (/\d/.test(ch)) {
      const n = Number(ch);
      if (/[A-Z]/.test(s[i + 1] ?? "")) { out += s[i + 1].repeat(n); i++; }
      else if (out) out += out.at(-1)!.repeat(Math.max(0, n - 1));
    } else out += ch;
  }
  return out;
}

function longWords(long: string): string[] {
  return long.replace(/^the\s+/i, "").split(/[\s\-–/,]+/).map((w) => w.replace(/['’]s$/, "").replace(/[^A-Za-z0-9]/g, "")).filter(Boolean);
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
  if (content[0][0].toUpperCase() !== letters[0]) return false;
  if (content.length > letters.length * 2 + 1) return false;
  const initials = ws.map((w) => w[0].toUpperCase());
  // in-order match of letters to word initials, skipping words
  let j = 0, inOrder = 0;
  for (const l of letters) {
    const k = initials.indexOf(l, j);
    if (k >= 0) { inOrder++; j = k + 1; }
  }
  const anyOrder = [...letters].filter((l) => initials.includes(l)).length;
  return inOrder / letters.length >= 0.75 || (letters.length >= 4 && anyOrder / letters.length >= 0.8);
}

/** A small institutional vocabulary, used only when the corpus has too few words of a letter. */
const FALLBACK = "Agency Authority Administration Association Board Bureau Centre Center Commission Committee Council Command Department Directorate Division Federal Group Institute International Joint National Network Office Operations Organisation Programme Research Regional Security Service Services Strategic System Systems Task Technical Unit Union".split(" ");

/** Capitalised words of the corpus' names and long forms, by position: head nouns (last word) vs modifiers. */
function wordPool(corpus: Corpus): { head: string[]; modifier: string[] } {
  const head = new Set<string>(), modifier = new Set<string>();
  // multi-word names of organisations only: brand names, places and job titles make silly expansions
  const names = [
    ...corpus.clusters.filter((c) => c.kind === "organization").flatMap((c) => c.surfaces).filter((n) => n.trim().includes(" ")),
    ...corpus.acronyms.map((a) => a.long),
  ];
  for (const n of names) {
    const ws = longWords(n).filter((w) => /^[A-Z][a-z]{2,}$/.test(w) && !isStopword(w));
    ws.forEach((w, i) => (i === ws.length - 1 ? head : modifier).add(w));
  }
  return { head: [...head].sort(), modifier: [...modifier].sort() };
}

/**
 * Wrong expansions that still fit the letters: one or two content words of the
 * real long form swapped for corpus words with the same initial. None may equal
 * any expansion the corpus gives any acronym.
 */
export function fakeExpansions(corpus: Corpus, short: string, long: string, n: number, seed: string): string[] {
  const pool = wordPool(corpus);
  const real = new Set([...corpus.expansions.values()].flatMap((s) => [...s]));
  real.add(bare(long));
  const ws = long.replace(/^the\s+/i, "").split(" ");
  const slots = ws.map((w, i) => ({ w, i })).filter(({ w }) => /^[A-Z][a-z]{2,}[,]?$/.test(w) && !MINOR.has(w.toLowerCase()));
  const candidatesFor = (w: string, last: boolean) => {
    const clean = w.replace(/,$/, "");
    const from = (list: string[]) => list.filter((x) => x[0] === clean[0] && x !== clean);
    const local = from(last ? pool.head : pool.modifier);
    const wider = from(last ? pool.modifier : pool.head);
    const fallback = FALLBACK.filter((x) => x[0] === clean[0] && x !== clean);
    return [...new Set([...local, ...wider, ...fallback])];
  };
  const out: string[] = [];
  // "Centre" and "Center" are one option to a learner: compare spelling-folded forms
  const fold = (t: string) => bare(t).replace(/tre\b/g, "ter").replace(/is(e|ed|es|ing|ation)\b/g, "iz$1").replace(/our\b/g, "or");
  const seen = new Set<string>([fold(long)]);
  const order = seededShuffle(slots, seed + "/slots");
  const attempts: string[][] = [];
  for (const s of order) {
    for (const c of seededShuffle(candidatesFor(s.w, s.i === ws.length - 1), seed + "/" + s.i).slice(0, 4)) {
      const copy = ws.slice();
      copy[s.i] = c + (s.w.endsWith(",") ? "," : "");
      attempts.push(copy);
    }
  }
  // two-word swaps for variety when single swaps run short
  if (order.length >= 2) {
    const [s1, s2] = order;
    const c1 = seededShuffle(candidatesFor(s1.w, s1.i === ws.length - 1), seed + "/2a");
    const c2 = seededShuffle(candidatesFor(s2.w, s2.i === ws.length - 1), seed + "/2b");
    for (let k = 0; k < Math.min(c1.length, c2.length, 3); k++) {
      const copy = ws.slice();
      copy[s1.i] = c1[k] + (s1.w.endsWith(",") ? "," : "");
      copy[s2.i] = c2[k] + (s2.w.endsWith(",") ? "," : "");
      attempts.push(copy);
    }
  }
  // spread the swaps over different slots first
  const interleaved = seededShuffle(attempts, seed + "/mix");
  for (const a of interleaved) {
    const text = a.join(" ");
    const b = bare(text);
    const ws2 = bare(text).split(" ");
    if (real.has(b) || seen.has(fold(text)) || !fitsAcronym(short, text) || new Set(ws2).size !== ws2.length) continue;
    seen.add(fold(text));
    out.push(text);
    if (out.length >= n) break;
  }
  return out;
}

const stripThe = (s: string) => s.replace(/^the\s+/i, "");

export function acronymIdentity(a: CAcronym): string {
  return `${a.slug}|acronym|${bare(a.short)}|${bare(stripThe(a.long))}`;
}

/** Problems with an extracted acronym fact that make every question about it unsafe. */
export function acronymProblems(corpus: Corpus, a: CAcronym): string[] {
  const p: string[] = [];
  if (!fitsAcronym(a.short, stripThe(a.long))) p.push(`acronym long form “${a.long}” does not fit the letters of ${a.short}`);
  const other = [...(corpus.expansions.get(bare(a.short)) ?? [])].filter((x) => similarity(x, a.long) < 0.5);
  if (other.length) p.push(`${a.short} has conflicting expansions in the corpus`);
  // a footnote may spell out a short form in its own line: then the long form alone is the evidence
  const s = norm(a.evidence.sentence);
  const elsewhere = (t: string) => !!corpus.contexts.get(a.slug)?.sentences?.some((x) => norm(x.text).includes(norm(t)));
  const hasShort = s.includes(norm(a.short)), hasLong = s.includes(norm(stripThe(a.long)));
  if (!(hasShort && hasLong) && !(hasLong && elsewhere(a.short)) && !(hasShort && elsewhere(stripThe(a.long))))
    p.push("the article does not state both the acronym and its long form");
  if (inCruft(corpus, a.slug, a.evidence.start, a.evidence.end)) p.push("built from page cruft");
  return p;
}

/** "What does JTRIG stand for?" with expansions that fit the letters. */
export function acronymChoice(corpus: Corpus, a: CAcronym): Draft {
  const identity = acronymIdentity(a);
  const long = stripThe(a.long).replace(/['’]s$/, "");
  const q = baseQuestion({
    kind: "single_choice", factKind: "acronym", identity,
    prompt: `What does ${a.short} stand for?`,
    explanation: `The article spells it out: ${cite(a.evidence.sentence)}`,
    source: sourceOf(a.slug, a.evidence),
  });
  const fakes = fakeExpansions(corpus, a.short, long, 3, q.id);
  const { options, answer } = choiceOptions(q.id, long, fakes);
  q.options = options;
  q.answer = answer;
  return emptyDraft(q, {
    key: long, keyKind: "expansion",
    distractors: fakes.map((text) => ({ text, kind: "expansion" as const })),
    support: [norm(a.evidence.sentence).includes(norm(long)) ? long : a.short],
    problems: acronymProblems(corpus, a),
    closeness: 0.8,
  });
}
