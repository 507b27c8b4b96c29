/** How names read inside a sentence: "the NCA said" but "GCHQ said", as the articles themselves write them. */
import type { Corpus } from "./corpus";
import { capitalizeFirst } from "./text";

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The name with "the" when the articles mostly write it so. */
export function inSentence(corpus: Corpus, name: string, atStart = false): string {
  if (/^the\s/i.test(name)) return atStart ? capitalizeFirst(name) : name;
  const text = [...corpus.contexts.values()].flatMap((c) => c.sentences ?? []).map((s) => s.text).join("\n");
  // noun uses only: "NCA Director General" and "an NCA press release" say nothing about "the"
  const noun = `${escapeRe(name)}(?![\\w])(?!['’]?s?\\s+[A-Z])(?!\\s+(?:press|team|staff|officers?|agents?|talk|event|release|report)\\b)`;
  const all = text.match(new RegExp(`(?<!\\ban?\\s)(?<![\\w])${noun}`, "g"))?.length ?? 0;
  const withThe = text.match(new RegExp(`\\b[Tt]he\\s+${noun}`, "g"))?.length ?? 0;
  const out = all > 0 && withThe * 2 >= all ? `the ${name}` : name;
  return atStart ? capitalizeFirst(out) : out;
}
