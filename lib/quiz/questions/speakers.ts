/**
 * Who says what in the corpus: everyone the corpus credits with a text (or a
 * close variant of it), and who is shown speaking in the articles ("the Home
 * Office said"). Indexed once per corpus; each answer equals a scan of every
 * quote or of the whole text.
 */
import type { Cluster, Corpus, CQuote } from "./corpus";
import { DocumentSearch } from "./search";
import { SimilarityIndex } from "./similar";
import { corpusText } from "./text-index";
import { norm, words } from "./text";
import { escapeRe } from "../../regex";

export const SPEECH = "said|says|stated|states|added|adds|announced|warned|told|wrote|explained|noted|argued|insisted";

/** How much of a quotation is compared with another to call them the same words. */
const HEAD = 60;
/** Two texts sharing more of their content words than this are the same quotation. */
const SAME_WORDS = 0.6;

const RUN = /\w+/g;

class SpeakerIndex {
  private readonly quotes: CQuote[];
  private readonly normed: string[];
  private readonly docs: DocumentSearch;
  private readonly heads = new Map<string, number[]>();
  private readonly shortHeads: number[] = [];
  private readonly similar: SimilarityIndex;
  private readonly memo = new Map<string, Cluster[]>();
  private readonly says = new Map<Cluster, boolean>();
  readonly quoted: Set<Cluster>;
  /** speakers of at least one statement (a quotation of six words or more), not only of a quoted phrase */
  readonly statements: Set<Cluster>;

  constructor(private readonly corpus: Corpus) {
    this.quotes = corpus.quotes.filter((x) => x.speakerC);
    this.normed = this.quotes.map((x) => norm(x.text));
    this.docs = new DocumentSearch(this.normed);
    this.similar = SimilarityIndex.over(
      this.quotes.map((x) => x.text),
      SAME_WORDS,
    );
    this.quoted = new Set(corpus.quotes.flatMap((q) => (q.speakerC ? [q.speakerC] : [])));
    // "the spirit of valiant Shirley", a line of Shakespeare's: a speaker only of a phrase is no voice of the story
    this.statements = new Set(
      corpus.quotes.flatMap((q) => (q.speakerC && words(q.text).length >= 6 ? [q.speakerC] : [])),
    );
    this.fileHeads();
  }

  /** Each quotation's head under its rarest word run that the head itself bounds (a text holding the head holds that run whole). */
  private fileHeads(): void {
    const bounded = this.normed.map((n) => {
      const head = n.slice(0, HEAD);
      return [...head.matchAll(RUN)].filter((m) => m.index > 0 && m.index + m[0].length < head.length).map((m) => m[0]);
    });
    const freq = new Map<string, number>();
    for (const runs of bounded) for (const r of runs) freq.set(r, (freq.get(r) ?? 0) + 1);
    bounded.forEach((runs, i) => {
      const rarest = runs.sort((a, b) => freq.get(a)! - freq.get(b)! || (a < b ? -1 : 1))[0];
      const list = rarest === undefined ? this.shortHeads : (this.heads.get(rarest) ?? []);
      list.push(i);
      if (rarest !== undefined) this.heads.set(rarest, list);
    });
  }

  /** Everyone the corpus says said this text (or a close variant of it), in quote order. */
  speakersOf(text: string): Cluster[] {
    let out = this.memo.get(text);
    if (out) return out;
    const n = norm(text);
    const alike = this.similar.similar(text);
    const cands = new Set<number>([...this.docs.containing(n.slice(0, HEAD)), ...alike, ...this.shortHeads]);
    for (const m of new Set([...n.matchAll(RUN)].map((x) => x[0])))
      for (const i of this.heads.get(m) ?? []) cands.add(i);
    const similar = new Set(alike);
    out = [...cands]
      .sort((a, b) => a - b)
      .filter(
        (i) => this.normed[i].includes(n.slice(0, HEAD)) || n.includes(this.normed[i].slice(0, HEAD)) || similar.has(i),
      )
      .map((i) => this.quotes[i].speakerC!);
    this.memo.set(text, out);
    return out;
  }

  /** Does an article sentence have this entity saying something ("the Home Office said", "said GCHQ")? */
  saysInText(c: Cluster): boolean {
    let yes = this.says.get(c);
    if (yes === undefined) this.says.set(c, (yes = c.surfaces.some((n) => n.length > 1 && this.speaks(n))));
    return yes;
  }

  private speaks(name: string): boolean {
    const text = corpusText(this.corpus);
    const n = escapeRe(name);
    const at = text.runs.candidates(name, true);
    if (!at)
      return new RegExp(
        `(?<![\\w])${n}(?:['’]s\\s+\\w+)?\\s+(?:${SPEECH})\\b|\\b(?:${SPEECH})\\s+(?:the\\s+)?${n}(?![\\w])`,
      ).test(text.raw);
    // both patterns put a non-word character on each side of the name, so its runs stand whole
    const before = new RegExp(`(?<![\\w])${n}(?:['’]s\\s+\\w+)?\\s+(?:${SPEECH})\\b`, "y");
    const after = new RegExp(`(?<=\\b(?:${SPEECH})\\s+(?:the\\s+)?)${n}(?![\\w])`, "y");
    return at.some((p) => {
      before.lastIndex = after.lastIndex = p;
      return before.test(text.raw) || after.test(text.raw);
    });
  }
}

const INDEX = new WeakMap<Corpus, SpeakerIndex>();

function speakerIndex(corpus: Corpus): SpeakerIndex {
  let ix = INDEX.get(corpus);
  if (!ix) INDEX.set(corpus, (ix = new SpeakerIndex(corpus)));
  return ix;
}

/** Everyone the corpus says said this text (or a close variant of it). */
export function speakersOf(corpus: Corpus, text: string): Cluster[] {
  return speakerIndex(corpus).speakersOf(text);
}

/** Does an article sentence have this entity saying something ("the Home Office said", "said GCHQ")? */
export function saysInText(corpus: Corpus, c: Cluster): boolean {
  return speakerIndex(corpus).saysInText(c);
}

/** Does this entity say a whole statement somewhere in the corpus (not only a quoted phrase)? */
export function saysStatement(corpus: Corpus, c: Cluster): boolean {
  return speakerIndex(corpus).statements.has(c);
}

/** Is this entity quoted anywhere in the corpus? */
export function isQuoted(corpus: Corpus, c: Cluster): boolean {
  return speakerIndex(corpus).quoted.has(c);
}

/** "GCHQ's Hannigan said": the organisation credited with words its named person spoke. */
export function creditedToOrganisation(q: CQuote): string | undefined {
  const s = q.speakerC;
  if (!s || s.kind !== "organization") return undefined;
  for (const n of s.surfaces) {
    const m = new RegExp(
      `(?<![\\w])${escapeRe(n)}['’]s\\s+(?:[a-z-]+\\s+){0,3}((?:[A-Z][\\w’'-]+\\s+){0,2}[A-Z][\\w’'-]+),?\\s+(?:${SPEECH})\\b`,
    ).exec(q.evidence.sentence);
    if (m) return m[1];
  }
  return undefined;
}
