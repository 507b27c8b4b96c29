/**
 * Exact substring tests over the whole corpus text without rescanning it per
 * question: the text's word runs are indexed once, and a query only looks at
 * the places where its rarest whole run stands.
 */

const RUN = /\w+/g;
const EMPTY: readonly number[] = [];

type Run = { text: string; at: number; whole: boolean };

/** The \w runs of a query; a run is whole when the query itself shows where it starts and ends. */
function runsOf(query: string): Run[] {
  return [...query.matchAll(RUN)].map((m) => ({
    text: m[0],
    at: m.index,
    whole: m.index > 0 && m.index + m[0].length < query.length,
  }));
}

/** Positions of every maximal \w run of a text, by run. */
export class RunIndex {
  private readonly runs = new Map<string, number[]>();

  constructor(readonly text: string) {
    for (const m of text.matchAll(RUN)) {
      const list = this.runs.get(m[0]);
      if (list) list.push(m.index);
      else this.runs.set(m[0], [m.index]);
    }
  }

  count(run: string): number {
    return this.runs.get(run)?.length ?? 0;
  }

  /**
   * Ascending start positions where `query` may stand, assuming every run of
   * the query is a whole run of the text there (the caller's pattern puts a
   * non-word character or the text's end on both sides of the query); with
   * `edges: false` only runs the query itself bounds are used. Undefined when
   * no run qualifies: the caller must scan.
   */
  candidates(query: string, edges: boolean): number[] | undefined {
    let best: readonly number[] | undefined,
      offset = 0;
    for (const r of runsOf(query)) {
      if (!edges && !r.whole) continue;
      const at = this.runs.get(r.text) ?? EMPTY;
      if (!best || at.length < best.length) [best, offset] = [at, r.at];
      if (!at.length) break;
    }
    if (!best) return undefined;
    const out: number[] = [];
    for (const p of best) if (p >= offset) out.push(p - offset);
    return out;
  }
}

/**
 * `hay.includes(needle)` for many needles over one large normalised text.
 * Needles with a run bounded on both sides are answered from the index alone;
 * short ones (a single name) try the places where their runs stand whole, and
 * scan the text only when that finds nothing. Answers are memoised.
 */
export class TextSearch {
  private readonly index: RunIndex;
  private readonly memo = new Map<string, boolean>();

  constructor(readonly hay: string) {
    this.index = new RunIndex(hay);
  }

  contains(needle: string): boolean {
    let hit = this.memo.get(needle);
    if (hit === undefined) this.memo.set(needle, (hit = this.lookup(needle)));
    return hit;
  }

  /** Every start of `needle` in the text, ascending. */
  positions(needle: string): number[] {
    const at = this.index.candidates(needle, false);
    if (!at) return scanAll(this.hay, needle);
    return at.filter((p) => this.hay.startsWith(needle, p));
  }

  private lookup(needle: string): boolean {
    if (!needle) return true;
    const bounded = this.index.candidates(needle, false);
    if (bounded) return bounded.some((p) => this.hay.startsWith(needle, p));
    const aligned = this.index.candidates(needle, true);
    if (aligned?.some((p) => this.hay.startsWith(needle, p))) return true;
    return this.hay.includes(needle);
  }
}

function scanAll(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let p = hay.indexOf(needle); p >= 0; p = hay.indexOf(needle, p + 1)) out.push(p);
  return out;
}

/**
 * Documents joined into one searchable text, so "which documents contain this
 * needle" costs the needle's occurrences, not a scan of every document. The
 * separator never occurs in a needle (normalised text has no newlines).
 */
export class DocumentSearch {
  private readonly search: TextSearch;
  private readonly starts: number[] = [];

  constructor(docs: string[]) {
    let at = 0;
    for (const d of docs) {
      this.starts.push(at);
      at += d.length + 1;
    }
    this.search = new TextSearch(docs.join("\n"));
  }

  /** Indices of the documents that contain `needle` (which must not contain a newline), ascending. */
  containing(needle: string): number[] {
    if (!needle) return this.starts.map((_, i) => i);
    const out = new Set<number>();
    for (const p of this.search.positions(needle)) out.add(this.docAt(p));
    return [...out].sort((a, b) => a - b);
  }

  private docAt(p: number): number {
    let lo = 0,
      hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
