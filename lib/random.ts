/**
 * Hashing and randomness for the whole app, pure and deterministic when seeded:
 * question ids and distractor shuffles (lib/quiz), assignment question sets
 * (lib/teach), the per-attempt order of choices (lib/learn). FNV-1a with a
 * murmur-style finaliser and mulberry32 need stability, not secrecy.
 */

export type Rng = () => number;

/** FNV-1a over UTF-16 code units, then an avalanche so near-identical inputs differ in every bit. */
export function fnv1a32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** An unsigned 32-bit number from text, for seeding. */
export function hash32(text: string): number {
  return fnv1a32(text, 0x2545f491);
}

/** mulberry32: floats in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededRandom(seed: string): Rng {
  return mulberry32(hash32(seed));
}

/** Fisher–Yates; returns a new array. Math.random unless a generator is given. */
export function shuffle<T>(items: readonly T[], rng: Rng = Math.random): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  return shuffle(items, seededRandom(seed));
}
