/**
 * Small pure hashing and seeded randomness. lib/quiz must run anywhere (server,
 * edge, browser), so no node:crypto: FNV-1a and a murmur-style mixer are enough
 * for ids and shuffles, which need stability, not secrecy.
 */

function fnv1a32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // final avalanche so that near-identical inputs differ in every hex digit
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** 16 hex characters from two independently seeded 32-bit hashes. */
export function hashHex(text: string): string {
  const a = fnv1a32(text, 0x9e3779b9).toString(16).padStart(8, "0");
  const b = fnv1a32(text, 0x7f4a7c15).toString(16).padStart(8, "0");
  return a + b;
}

/** An unsigned 32-bit number from text, for seeding. */
export function hash32(text: string): number {
  return fnv1a32(text, 0x2545f491);
}

/** `q_` + 12 hex characters, from the parts that identify a question. */
export function questionId(...parts: string[]): string {
  return "q_" + hashHex(parts.join("\u241f")).slice(0, 12);
}

/** mulberry32: a deterministic generator of floats in [0, 1). */
export function seededRandom(seed: string): () => number {
  let a = hash32(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator; returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = items.slice();
  const rand = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
