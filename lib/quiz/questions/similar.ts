/**
 * Indexes that find the texts a comparison could hold for, so a question is
 * compared with a handful of candidates instead of with the whole corpus. Each
 * lookup verifies its candidates with the exact test, so the answers are the
 * ones a full scan would give.
 */
import { bare, contentWords, words } from "./text";

const EPSILON = 1e-9;

/**
 * Texts whose content-word Jaccard similarity (`similarity` in text.ts) with a
 * query exceeds a threshold. Prefix filtering: sets sorted rarest word first
 * can only share that many words if their first few words meet, so each set is
 * filed under its first |S| − ⌈t·|S|⌉ + 1 words only.
 */
export class SimilarityIndex {
  private readonly sets: Set<string>[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly empties: number[] = [];
  private readonly freq: Map<string, number>;

  /** `basis`: the texts whose word frequencies fix the order (those that will be filed), or those frequencies. */
  constructor(
    private readonly threshold: number,
    basis: string[] | Map<string, number>,
  ) {
    this.freq = basis instanceof Map ? basis : wordCounts(basis);
  }

  static over(texts: string[], threshold: number): SimilarityIndex {
    const ix = new SimilarityIndex(threshold, texts);
    for (const t of texts) ix.add(t);
    return ix;
  }

  /** Files a text; returns its id (ids count up from 0 in the order of adding). */
  add(text: string): number {
    const id = this.sets.length;
    const set = contentWords(text);
    this.sets.push(set);
    if (!set.size) this.empties.push(id);
    for (const w of this.prefix(set)) {
      const list = this.postings.get(w);
      if (list) list.push(id);
      else this.postings.set(w, [id]);
    }
    return id;
  }

  /** Ids of the filed texts more similar to `text` than the threshold, ascending. */
  similar(text: string): number[] {
    const set = contentWords(text);
    if (!set.size) return this.empties.slice();
    // two sets share at most the smaller one: sizes too far apart cannot be similar enough
    const fits = (n: number) => n > this.threshold * set.size - EPSILON && set.size > this.threshold * n - EPSILON;
    const hits = new Set<number>();
    for (const w of this.prefix(set))
      for (const id of this.postings.get(w) ?? []) if (fits(this.sets[id].size)) hits.add(id);
    return [...hits].filter((id) => jaccard(this.sets[id], set) > this.threshold).sort((a, b) => a - b);
  }

  private prefix(set: Set<string>): string[] {
    const sorted = [...set].sort(
      (a, b) => (this.freq.get(a) ?? 0) - (this.freq.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
    );
    const keep = sorted.length - Math.ceil(this.threshold * sorted.length - EPSILON) + 1;
    return sorted.slice(0, Math.max(1, Math.min(sorted.length, keep)));
  }
}

/** In how many of the texts each content word occurs. */
export function wordCounts(texts: string[]): Map<string, number> {
  const freq = new Map<string, number>();
  for (const t of texts) for (const w of contentWords(t)) freq.set(w, (freq.get(w) ?? 0) + 1);
  return freq;
}

/** The same arithmetic as `similarity` in text.ts, on ready word sets. */
export function jaccard(A: Set<string>, B: Set<string>): number {
  if (!A.size && !B.size) return 1;
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  return inter / (A.size + B.size - inter);
}

const TITLE_SKIP = new Set(["the", "and", "for"]);

/**
 * Title words written out and folded into one word per family, so that two names of one position
 * compare as one: "CEO" is "chief executive officer", "Lord Justice" holds "Judge", a spokeswoman is a
 * spokesperson, a congressman a representative.
 */
const TITLE_FAMILY: Record<string, string> = {
  ceo: "chief executive officer",
  cfo: "chief financial officer",
  coo: "chief operating officer",
  cto: "chief technology officer",
  cio: "chief information officer",
  gov: "governor",
  sen: "senator",
  rep: "representative",
  pres: "president",
  sec: "secretary",
  dir: "director",
  gen: "general",
  atty: "attorney",
  prof: "professor",
  asst: "assistant",
  supt: "superintendent",
  justice: "judge",
  chairman: "chair",
  chairwoman: "chair",
  chairperson: "chair",
  spokesman: "spokesperson",
  spokeswoman: "spokesperson",
  congressman: "representative",
  congresswoman: "representative",
  councilman: "councillor",
  councilwoman: "councillor",
  councilor: "councillor",
  councilmember: "councillor",
  advisor: "adviser",
  premier: "prime minister",
  boss: "chief",
  head: "chief",
};

/** The words titles are compared by: "Deputy National Manager for national security systems" repeats "national". */
export function titleWords(title: string): Set<string> {
  const ws = words(title).flatMap((w) => (TITLE_FAMILY[w] ?? w).split(" "));
  return new Set(ws.filter((w) => w.length > 2 && !TITLE_SKIP.has(w)));
}

/** Could two titles name the same or an overlapping position (one's words all among the other's)? */
export function wordsOverlap(
  a: { bare: string; words: Set<string> },
  b: { bare: string; words: Set<string> },
): boolean {
  if (a.bare === b.bare) return true;
  let inter = 0;
  for (const w of a.words) if (b.words.has(w)) inter++;
  return inter === a.words.size || inter === b.words.size;
}

type Title = { bare: string; words: Set<string> };

export const titleOf = (t: string): Title => ({ bare: bare(t), words: titleWords(t) });

/**
 * Titles that overlap a query title (`titleOverlaps` in roles.ts): the same
 * text, or one's words all among the other's. A title whose words are all
 * among the query's is filed under its rarest word; a title that holds all
 * the query's words is found through the query's rarest word.
 */
export class TitleIndex {
  private readonly titles: Title[];
  private readonly byBare = new Map<string, number[]>();
  private readonly byWord = new Map<string, number[]>();
  private readonly byRarest = new Map<string, number[]>();
  private readonly wordless: number[] = [];

  constructor(texts: string[]) {
    this.titles = texts.map(titleOf);
    this.titles.forEach((t, i) => {
      add(this.byBare, t.bare, i);
      for (const w of t.words) add(this.byWord, w, i);
    });
    this.titles.forEach((t, i) => {
      const rarest = [...t.words].sort(
        (a, b) => this.byWord.get(a)!.length - this.byWord.get(b)!.length || (a < b ? -1 : 1),
      )[0];
      if (rarest === undefined) this.wordless.push(i);
      else add(this.byRarest, rarest, i);
    });
  }

  /** Indices of the filed titles that overlap `query`, ascending. */
  overlapping(query: string): number[] {
    const q = titleOf(query);
    if (!q.words.size) return this.titles.map((_, i) => i).filter((i) => wordsOverlap(this.titles[i], q));
    const hits = new Set<number>([...(this.byBare.get(q.bare) ?? []), ...this.wordless]);
    for (const w of q.words) for (const i of this.byRarest.get(w) ?? []) hits.add(i);
    const rarest = [...q.words].sort(
      (a, b) => (this.byWord.get(a)?.length ?? 0) - (this.byWord.get(b)?.length ?? 0),
    )[0];
    for (const i of this.byWord.get(rarest) ?? []) hits.add(i);
    return [...hits].filter((i) => wordsOverlap(this.titles[i], q)).sort((a, b) => a - b);
  }
}

function add(m: Map<string, number[]>, k: string, v: number): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
