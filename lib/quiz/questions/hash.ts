/** Stable question ids. The hashing and seeded randomness themselves live in lib/random. */
import { fnv1a32 } from "../../random";

export { hash32, seededShuffle } from "../../random";

/** 16 hex characters from two independently seeded 32-bit hashes. */
export function hashHex(text: string): string {
  const a = fnv1a32(text, 0x9e3779b9).toString(16).padStart(8, "0");
  const b = fnv1a32(text, 0x7f4a7c15).toString(16).padStart(8, "0");
  return a + b;
}

/** `q_` + 12 hex characters, from the parts that identify a question. */
export function questionId(...parts: string[]): string {
  return "q_" + hashHex(parts.join("\u241f")).slice(0, 12);
}
