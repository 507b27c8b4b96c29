import { isTitleHead, TITLE_ABBREVIATIONS } from "./lexicon";
import type { Token } from "./tokens";

/** The small word classes that shape a capitalised run: forms of address, joining words, name particles. */

/** Forms of address that never sit inside a title ("Director Dr. X" is title + Dr. + name). */
export const FORMS_OF_ADDRESS = new Set(["mr", "mrs", "ms", "mx", "dr", "prof", "sir", "dame", "rev", "hon"]);

export const CONNECTORS = new Set([
  "of",
  "and",
  "for",
  "the",
  "&",
  "de",
  "du",
  "von",
  "van",
  "da",
  "del",
  "on",
  "in",
  "al",
  "bin",
  "ibn",
  "der",
  "den",
  "di",
  "dos",
  "das",
]);
/** Lower-case particles inside personal names ("Pieter de Wit", "Khalid al-Nasser", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set([
  "de",
  "du",
  "von",
  "van",
  "da",
  "del",
  "al",
  "bin",
  "ibn",
  "der",
  "den",
  "di",
  "dos",
  "das",
  "el",
  "la",
  "le",
]);

/** "Sen." "Gov." "Rep.": an abbreviated title (with its period), or undefined. */
export const abbreviatedTitle = (t: Token) =>
  /^\.\s*$/.test(t.post) ? TITLE_ABBREVIATIONS[t.text.toLowerCase()] : undefined;
/** "Justices", "Senators" before a name: the title in the singular; undefined for any other word. */
export function singularTitle(word: string, beforeName: boolean): string | undefined {
  if (!beforeName || !/^[A-Z][a-z]+s$/.test(word)) return undefined;
  const one = word.replace(/(?:es)$/, "").replace(/s$/, "");
  for (const w of [word.slice(0, -1), one]) if (isTitleHead(w.toLowerCase())) return w;
  return undefined;
}
