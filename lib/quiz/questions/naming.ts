/** How names read inside a sentence: "the NCA said" but "GCHQ said", as the articles themselves write them. */
import type { Corpus } from "./corpus";
import { clusterByName } from "./corpus";
import { capitalizeFirst } from "./text";
import { corpusText } from "./text-index";
import { classesOf } from "./vocabulary";
import { escapeRe } from "../../regex";

/** Bodies that are not acronym material but read with "the": "the Florida Democratic Party", "the Supreme Court". */
const THE_HEADS = /^(?:Party|Court|Legislature|Assembly|Senate|Congress|Caucus|Conference|Church|Fund|Museum|Reserve)$/;

/** One-word bodies English writes with "the": "the Senate", "the Pentagon" (but "Congress", "NATO"). */
const SINGLE_THE = /^(?:Senate|House|Legislature|Pentagon|Kremlin|Vatican|Treasury|Fed|Bundestag|Knesset|Duma)$/;

/** "the University of Pittsburgh", "the School of Law", "the Chamber of Commerce", but "Harvard University". */
const OF_HEADS = /^(?:University|School|College|Chamber|Bank|Institute|Academy|Society)$/;

/**
 * With no telling use in the articles, English usage: a name of several words
 * ending in an institutional noun takes "the" ("the National Cyber Crime Unit",
 * "the Central Security Service"); acronyms, brands and military commands do not
 * ("GCHQ", "Mastercard", "Cyber Command").
 */
export function takesThe(name: string): boolean {
  const ws = name.trim().split(/\s+/);
  if (ws.length < 2) return SINGLE_THE.test(ws[0] ?? "");
  const isHead = (w: string) =>
    /^[A-Z]/.test(w) &&
    !/^Command$/i.test(w) &&
    (classesOf(w.replace(/[^A-Za-z-]/g, "")).includes("head") || THE_HEADS.test(w));
  // "… Unit", or "Department of …", "Office for …"
  return (
    isHead(ws.at(-1)!) || ws.some((w, i) => (isHead(w) || OF_HEADS.test(w)) && /^(?:of|for)$/i.test(ws[i + 1] ?? ""))
  );
}

const MODIFIED =
  "press|team|staff|officers?|officials?|agents?|talk|event|release|report|chief|director|head|spokes\\w*|scientist|secretary|president|minister|chair\\w*|leader|boss|economist|analyst|commissioner|deputy|administrator|members?|data|figures|statement|website|guidance|rules?|chief\\w*)\\b(?!\\s+(?:said|says)";

const THE = new WeakMap<Corpus, Map<string, boolean>>();

/** The name with "the" when the articles mostly write it so. */
export function inSentence(corpus: Corpus, name: string, atStart = false): string {
  if (/^the\s/i.test(name)) return atStart ? capitalizeFirst(name) : name;
  // "the Bush super PAC" says nothing about "the" before the person George W. Bush
  if (clusterByName(corpus, name)?.kind === "person") return name;
  const memo = THE.get(corpus) ?? new Map<string, boolean>();
  THE.set(corpus, memo);
  let the = memo.get(name);
  if (the === undefined) memo.set(name, (the = readsWithThe(corpus, name)));
  const out = the ? `the ${name}` : name;
  return atStart ? capitalizeFirst(out) : out;
}

/** Noun uses of the name in the articles, and how many of them follow "the". */
export function nounUses(corpus: Corpus, name: string): { all: number; withThe: number } {
  const text = corpusText(corpus);
  // noun uses only: "NCA Director General" and "an NCA press release" say nothing about "the"
  // "WHO chief scientist", "(WHO)": a modifier or a definition in brackets says nothing either
  const noun = `${escapeRe(name)}(?![\\w])(?!['’]?s?\\s+[A-Z])(?!\\s+(?:${MODIFIED}))(?!\\))`;
  // a possessive before the name is its determiner and says nothing either: "the NCA's National Cyber Crime Unit"
  const bareUse = `(?<!\\ban?\\s)(?<!['’]s\\s)(?<![\\w])${noun}`;
  const at = text.runs.candidates(name, true);
  if (!at) {
    const count = (re: string) => text.raw.match(new RegExp(re, "g"))?.length ?? 0;
    return { all: count(bareUse), withThe: count(`\\b[Tt]he\\s+${noun}`) };
  }
  // both patterns put a non-word character on each side of the name, so its runs stand whole;
  // matches are counted as a global search counts them, never overlapping
  const one = new RegExp(bareUse, "y"),
    afterThe = new RegExp(`(?<=\\b[Tt]he\\s+)${noun}`, "y");
  let all = 0,
    withThe = 0,
    allEnd = 0,
    theEnd = 0;
  for (const p of at) {
    one.lastIndex = afterThe.lastIndex = p;
    if (p >= allEnd && one.test(text.raw)) [all, allEnd] = [all + 1, p + name.length];
    if (afterThe.test(text.raw) && theStart(text.raw, p) >= theEnd) [withThe, theEnd] = [withThe + 1, p + name.length];
  }
  return { all, withThe };
}

/** Where "the" starts before a name that follows it after spaces. */
function theStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i - 3;
}

function readsWithThe(corpus: Corpus, name: string): boolean {
  // "House Speaker", "Senate Republicans": modifier uses say nothing; as a noun it is always "the House"
  if (SINGLE_THE.test(name.trim())) return true;
  const { all, withThe } = nounUses(corpus, name);
  // English usage decides unless the articles clearly write it otherwise (a title's "Chief, Central Security Service" is no evidence)
  const bareUses = all - withThe;
  // an acronym with no telling use reads like its long form: "the NHGRI" (National … Institute)
  const long =
    all > 0 || name.includes(" ")
      ? undefined
      : clusterByName(corpus, name)?.surfaces.find((x) => x.includes(" ") && /^[A-Z]/.test(x));
  return takesThe(long ?? name) ? !(bareUses >= 2 && bareUses > withThe * 2) : all > 0 && withThe * 2 >= all;
}
