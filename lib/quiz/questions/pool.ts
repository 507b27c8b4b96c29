/**
 * Wrong options drawn from a pool that is prepared once per corpus (the bare
 * form and length of every text, the texts of each article), so drawing for
 * one question is a pass over small integers, not over strings.
 */
import { seededShuffle } from "./hash";
import { bare, norm } from "./text";

export type PoolItem = { text: string; slugs: string[] };

export type Draw = {
  key: string;
  slug: string;
  n: number;
  seed: string;
  /** items that are not candidates for this question at all (they do not hide a later item with the same text) */
  skip?: Iterable<number>;
  /** texts refused after the repeat check */
  reject?: (text: string) => boolean;
  /** when given, only the key's article and these articles (the same world) may give options */
  near?: readonly string[];
};

export class OptionPool {
  readonly texts: string[];
  private readonly bareIds: Int32Array;
  private readonly lengths: Int32Array;
  /** the item before this one with the same bare text, or -1 */
  private readonly sameBefore: Int32Array;
  private readonly bareId = new Map<string, number>();
  private readonly local = new Map<string, number[]>();
  private readonly skipped: Uint32Array;
  private readonly localHere: Uint32Array;
  private readonly nearHere: Uint32Array;
  private readonly seen: Uint32Array;
  private tick = 0;

  constructor(items: PoolItem[]) {
    this.texts = items.map((p) => p.text);
    this.bareIds = new Int32Array(items.length);
    this.lengths = new Int32Array(items.length);
    this.sameBefore = new Int32Array(items.length);
    const last = new Map<number, number>();
    items.forEach((p, i) => {
      const b = bare(p.text);
      let id = this.bareId.get(b);
      if (id === undefined) this.bareId.set(b, (id = this.bareId.size));
      this.bareIds[i] = b ? id : -1;
      this.sameBefore[i] = last.get(id) ?? -1;
      last.set(id, i);
      this.lengths[i] = norm(p.text).length;
      for (const s of new Set(p.slugs)) {
        const list = this.local.get(s) ?? [];
        list.push(i);
        this.local.set(s, list);
      }
    });
    this.skipped = new Uint32Array(items.length);
    this.localHere = new Uint32Array(items.length);
    this.nearHere = new Uint32Array(items.length);
    this.seen = new Uint32Array(this.bareId.size + 1);
  }

  /**
   * Up to `n` distinct texts, the key's own article first (most plausible),
   * then the articles of the same world (`near`; the whole corpus without it);
   * seeded order inside each group. When the pool
   * allows it, at least one pick is as long as the key, so the right answer is
   * not systematically the longest option.
   */
  pick(d: Draw): string[] {
    const t = ++this.tick;
    for (const i of d.skip ?? []) this.skipped[i] = t;
    for (const i of this.local.get(d.slug) ?? []) this.localHere[i] = t;
    for (const s of d.near ?? []) for (const i of this.local.get(s) ?? []) this.nearHere[i] = t;
    const keyId = this.bareId.get(bare(d.key));
    if (keyId !== undefined) this.seen[keyId] = t;
    const len = norm(d.key).length;
    // the key's own article alone settles most draws: then the rest of the pool is never read
    const mine = (this.local.get(d.slug) ?? []).filter((i) => this.first(i, t, d.reject));
    if (mine.length >= d.n && mine.some((i) => this.lengths[i] >= len))
      return this.choose(seededShuffle(mine, d.seed + "/local"), d.n, len);
    const here: number[] = [],
      elsewhere: number[] = [];
    for (let i = 0; i < this.texts.length; i++) {
      const b = this.bareIds[i];
      if (this.skipped[i] === t || b < 0 || this.seen[b] === t) continue;
      if (d.near && this.localHere[i] !== t && this.nearHere[i] !== t) continue;
      if (d.reject?.(this.texts[i])) continue;
      this.seen[b] = t;
      (this.localHere[i] === t ? here : elsewhere).push(i);
    }
    return this.choose(
      [...seededShuffle(here, d.seed + "/local"), ...seededShuffle(elsewhere, d.seed + "/other")],
      d.n,
      len,
    );
  }

  /** The first `n`; when all are shorter than the key, the first longer one after them takes the last place. */
  private choose(ordered: number[], n: number, len: number): string[] {
    const picked = ordered.slice(0, n);
    if (picked.length === n && picked.every((i) => this.lengths[i] < len)) {
      const longer = ordered.slice(n).find((i) => this.lengths[i] >= len);
      if (longer !== undefined) picked[picked.length - 1] = longer;
    }
    return picked.map((i) => this.texts[i]);
  }

  /**
   * Would the full pass keep this item: a candidate, not refused, not the key's
   * text, and no earlier candidate with the same text kept before it?
   */
  private first(i: number, t: number, reject: Draw["reject"]): boolean {
    const b = this.bareIds[i];
    if (this.skipped[i] === t || b < 0 || this.seen[b] === t || reject?.(this.texts[i])) return false;
    for (let j = this.sameBefore[i]; j >= 0; j = this.sameBefore[j])
      if (this.skipped[j] !== t && !reject?.(this.texts[j])) return false;
    return true;
  }
}

/** One draw from a pool made for it (for small pools built per question). */
export function pickTexts(pool: PoolItem[], opts: Omit<Draw, "skip">): string[] {
  return new OptionPool(pool).pick(opts);
}
