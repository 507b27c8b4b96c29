/**
 * A stem that shows an article sentence names people as that sentence does, often by surname alone
 * ("De Blasio disbanded the unit in April 2014"), because the article gave the full name earlier. Shown
 * alone, the surname is a name fragment; the first name the article gives goes before it in brackets.
 */
import type { Cluster, Corpus } from "./corpus";
import { entityIndex } from "./entity-index";
import { lowercaseWords, personNameDoubt, tagsOf } from "./validity";
import { escapeRe } from "../../regex";

const PEOPLE = new WeakMap<Corpus, Map<string, Cluster[]>>();

/** The people of each article, built once per corpus. */
function peopleOf(corpus: Corpus, slug: string): Cluster[] {
  let bySlug = PEOPLE.get(corpus);
  if (!bySlug) {
    const ix = entityIndex(corpus);
    bySlug = new Map();
    for (const c of corpus.clusters)
      if (c.kind === "person") for (const s of ix.slugsOf(c)) bySlug.set(s, [...(bySlug.get(s) ?? []), c]);
    PEOPLE.set(corpus, bySlug);
  }
  return bySlug.get(slug) ?? [];
}

/** The name as a pattern, its first letter in either case ("De Blasio" opening a sentence), the rest as written. */
const namePattern = (n: string) => `[${n[0].toLowerCase()}${n[0].toUpperCase()}]${escapeRe(n.slice(1))}`;

/** Where quotations stand in the text: names inside them are the speaker's words and stay as they are. */
function quoted(text: string): [number, number][] {
  return [...text.matchAll(/“[^”]*”?|"[^"]*"?/g)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The text with each person named by surname alone (outside quotations) given the first name the article
 * knows, in brackets, at the first mention: "[Bill] De Blasio". A surname two people of the article share,
 * a surname the lexicon knows as a name of its own ("Obama") and the person `except` (the blank) are left.
 */
export function withFirstNames(corpus: Corpus, slug: string, text: string, except?: Cluster): string {
  const people = peopleOf(corpus, slug);
  const spans = quoted(text);
  const inQuote = (at: number) => spans.some(([a, b]) => a <= at && at < b);
  let out = text;
  for (const p of people) {
    if (p === except || p.name.split(/\s+/).length < 2) continue;
    const lower = p.name.toLowerCase();
    if (out.toLowerCase().includes(lower)) continue;
    // the name's last words as the sentence may give them alone: "de Blasio", "Blasio"
    const ws = p.name.split(/\s+/);
    const surnames = ws.slice(1).map((_, i) => ws.slice(i + 1).join(" "));
    const surname = surnames.find(
      (x) =>
        x.length > 2 &&
        /^[A-Z]/.test(x.split(" ").at(-1)!) &&
        new RegExp(`(?<![\\w])${namePattern(x)}(?![\\w])`).test(out),
    );
    // a known name needs no gloss; a "person" whose last word is a common word ("Wisconsin Republican") is none
    const lastTags = tagsOf(ws.at(-1)!);
    if (!surname || lastTags.some((t) => /Name$/.test(t)) || (lastTags.length > 0 && !lastTags.includes("Person")))
      continue;
    if (personNameDoubt(p.name, lowercaseWords(corpus, slug)) || tagsOf(ws[0]!).some((t) => /Place|Demonym/.test(t)))
      continue;
    const shared = people.filter((o) => o !== p && o.name.toLowerCase().endsWith(" " + ws.at(-1)!.toLowerCase()));
    if (shared.length) continue;
    const first = p.name.slice(0, p.name.length - surname.length).trim();
    const re = new RegExp(`(?<![\\w\\]])${namePattern(surname)}(?![\\w])`, "g");
    // not the surname of someone else the sentence names in full ("Bill Clinton" for "Hillary Clinton")
    const at = [...out.matchAll(re)].find(
      (m) => !inQuote(m.index) && !/[A-Z][\w.'’-]*\s+$/.test(out.slice(Math.max(0, m.index - 30), m.index)),
    );
    if (!at) continue;
    out = `${out.slice(0, at.index)}[${first}] ${out.slice(at.index)}`;
  }
  return out;
}
