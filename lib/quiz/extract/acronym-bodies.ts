import type { ParsedArticle } from "../types";
import type { AcronymDef } from "./acronyms";
import { isOrgHead, PLACE_ACRONYMS } from "./lexicon";

/** Small words inside names that no acronym letter comes from. */
export const MINOR = new Set(["of", "and", "for", "the", "on", "in", "to", "at", "&", "de", "du"]);
/** An acronym on its own: two to eight capitals. */
export const BARE_SHORT = /\b([A-Z]{2,8})\b/g;

/** A capitalised name of an organisation, minor words allowed inside: "National Crime Agency", "Bank of England". */
const BODY_NAME = /\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the|on)\s+)*[A-Z][a-z]+){1,7}/g;

/**
 * "The National Crime Agency … the NCA said": an acronym used bare whose letters are exactly the initials of an
 * organisation named in the same article makes its long form unambiguous, though no bracket joins them.
 */
export function namedBodies(article: ParsedArticle, defined: readonly AcronymDef[]): AcronymDef[] {
  const byInitials = new Map<string, string | null>();
  for (const ev of article.sentences) {
    for (const m of ev.sentence.matchAll(BODY_NAME)) {
      // A name only a speaker uses is not the article's own definition.
      if (insideQuotation(ev.sentence, m.index)) continue;
      const all = m[0].replace(/^The\s+/, "").split(/\s+/);
      const words = all.filter((w) => !MINOR.has(w.toLowerCase()));
      const organisation = all.some(
        (w, i) => isOrgHead(w) && (i === all.length - 1 || /^(?:of|for|on)$/.test(all[i + 1])),
      );
      if (words.length < 3 || !organisation) continue;
      const key = words.map((w) => w[0]).join("");
      const long = all.join(" ");
      byInitials.set(key, byInitials.has(key) && byInitials.get(key) !== long ? null : long);
      // "U.S. Army Installation Management Command" also names "Installation Management Command".
      for (let k = 1; k < all.length - 1; k++) {
        const tail = all.slice(k);
        if (MINOR.has(tail[0].toLowerCase()) || tail.filter((w) => !MINOR.has(w.toLowerCase())).length < 2) continue;
        // ("LG Electronics of South Korea": a tail with no organisation word is a place, not a body's name)
        if (!tail.some((w) => isOrgHead(w))) continue;
        const tk = tail
          .filter((w) => !MINOR.has(w.toLowerCase()))
          .map((w) => w[0])
          .join("");
        if (!byInitials.has(tk)) byInitials.set(tk, tail.join(" "));
      }
    }
  }
  const out: AcronymDef[] = [];
  const done = new Set(defined.map((a) => a.short));
  const bodies = [...byInitials.values()].filter((x): x is string => Boolean(x));
  for (const ev of article.sentences) {
    for (const m of ev.sentence.matchAll(BARE_SHORT)) {
      // "HHS-OIG": a part of a hyphenated acronym is not one on its own.
      if (/-$/.test(ev.sentence.slice(0, m.index)) || ev.sentence[m.index + m[0].length] === "-") continue;
      const long = byInitials.get(m[1]) ?? syllabic(m[1], bodies);
      if (!long || done.has(m[1]) || PLACE_ACRONYMS.has(m[1].toLowerCase())) continue;
      done.add(m[1]);
      out.push({ short: m[1], long, evidence: ev, offset: ev.start + m.index, how: "initialism" });
    }
  }
  return out;
}

/**
 * "IMCOM" for "Installation Management Command", "CENTCOM" for "Central Command": an acronym of four letters or more
 * built from the start of each word of a named body (one word giving two letters or more). Undefined when no body,
 * or more than one, fits.
 */
function syllabic(short: string, bodies: readonly string[]): string | undefined {
  if (short.length < 4) return undefined;
  const fits = bodies.filter((b) => {
    const words = b.split(/\s+/).filter((w) => !MINOR.has(w.toLowerCase()));
    return (
      words.length >= 2 &&
      words.length < short.length &&
      prefixes(
        short.toLowerCase(),
        words.map((w) => w.toLowerCase()),
      )
    );
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Whether the letters split into non-empty prefixes of the words, in order. */
function prefixes(letters: string, words: string[]): boolean {
  if (!words.length) return !letters;
  const [w, ...rest] = words;
  for (let n = Math.min(w.length, letters.length - rest.length); n >= 1; n--)
    if (w.startsWith(letters.slice(0, n)) && prefixes(letters.slice(n), rest)) return true;
  return false;
}

const insideQuotation = (sentence: string, at: number) =>
  (sentence.slice(0, at).match(/[“”"]/g) ?? []).length % 2 === 1;
