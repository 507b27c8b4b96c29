/**
 * Lookups over the corpus' clusters, built once per corpus: by name, who may
 * be the same entity, which names are parts of others, which entities a text
 * names, and where each entity appears. Every answer is what a scan of all
 * clusters with mayCorefer / partOf / mentions would give, found from the few
 * clusters that share a name, a word or a set of initials with the query.
 */
import type { Cluster, Corpus } from "./corpus";
import { initialsOf as initials, mayCorefer } from "./corpus";
import { personLastWord, stripThe } from "./clusters";
import { isGenericName, namedIn, partOf } from "./distractors";
import { bare, words } from "./text";

/** Contiguous word sequences of a bare name ("a b c" → "a", "a b", "a b c", "b", …). */
function ngrams(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++)
    for (let j = i + 1; j <= tokens.length; j++) out.push(tokens.slice(i, j).join(" "));
  return out;
}

function add<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) {
    if (list.at(-1) !== v) list.push(v);
  } else m.set(k, [v]);
}

export class EntityIndex {
  private readonly order = new Map<Cluster, number>();
  private readonly byName = new Map<string, Cluster[]>();
  private readonly byInitials = new Map<string, Cluster[]>();
  private readonly byPersonLast = new Map<string, Cluster[]>();
  private readonly byPersonFirst = new Map<string, Cluster[]>();
  private readonly byNgram = new Map<string, Cluster[]>();
  private readonly byFirstWord = new Map<string, string[]>();
  private readonly bySurname = new Map<string, Cluster[]>();
  private readonly byRawSurname = new Map<string, number>();
  private readonly slugs = new Map<Cluster, string[]>();
  private readonly corefMemo = new Map<Cluster, Cluster[]>();
  private readonly partMemo = new Map<Cluster, Cluster[]>();
  readonly generic: Set<Cluster>;

  constructor(corpus: Corpus) {
    corpus.clusters.forEach((c, i) => {
      this.order.set(c, i);
      for (const n of c.names) {
        const tokens = n.split(" ");
        if (!this.byName.has(n)) add(this.byFirstWord, tokens[0], n);
        add(this.byName, n, c);
        const ini = initials(n);
        if (ini.length > 1) add(this.byInitials, ini, c);
        const last = c.kind === "person" ? personLastWord(n) : undefined;
        if (last) add(this.byPersonLast, last, c);
        // "Lucy Watson" is found from "Lucy" too: a first name may be written alone
        if (c.kind === "person" && tokens.length > 1) add(this.byPersonFirst, tokens[0]!.toLowerCase(), c);
        for (const g of ngrams(tokens)) add(this.byNgram, g, c);
      }
      if (c.kind === "person") {
        const surname = words(c.name).at(-1);
        if (surname && surname.length > 2) add(this.bySurname, surname, c);
        const raw = c.name.split(/\s+/).at(-1)!;
        this.byRawSurname.set(raw, (this.byRawSurname.get(raw) ?? 0) + 1);
      }
    });
    this.generic = new Set(corpus.clusters.filter((c) => isGenericName(c.name)));
    for (const a of corpus.articles)
      for (const e of a.entities) {
        const c = corpus.clusterOf(a.article.slug, e.id);
        if (!c) continue;
        const list = this.slugs.get(c) ?? [];
        if (!list.includes(a.article.slug)) list.push(a.article.slug);
        this.slugs.set(c, list);
      }
  }

  /** The first cluster (in corpus order) with this name. */
  clusterByName(name: string): Cluster | undefined {
    return this.byName.get(bare(stripThe(name)))?.[0];
  }

  /** Every cluster with this (bare) name, in corpus order. */
  named(bareName: string): Cluster[] {
    return this.byName.get(bareName) ?? [];
  }

  /** Is this exact text (bare) a name of some person? */
  isPersonName(bareText: string): boolean {
    return (this.byName.get(bareText) ?? []).some((c) => c.kind === "person");
  }

  /** Articles where the cluster appears, in corpus order. */
  slugsOf(c: Cluster): string[] {
    return this.slugs.get(c) ?? [];
  }

  /** How many people's names end in this word (as written). */
  peopleWithLastName(raw: string): number {
    return this.byRawSurname.get(raw) ?? 0;
  }

  /** Every cluster that may be the same entity as `c` (`c` included), in corpus order. */
  corefs(c: Cluster): Cluster[] {
    let out = this.corefMemo.get(c);
    if (out) return out;
    const cands = new Set<Cluster>([c]);
    const from = (list: Cluster[] | undefined) => list?.forEach((x) => cands.add(x));
    for (const x of c.names) {
      from(this.byName.get(x));
      if (!x.includes(" ") && x.length > 1) from(this.byInitials.get(x));
      const ini = initials(x);
      if (ini.length > 1) from(this.byName.get(ini));
      if (c.kind === "person") {
        const last = personLastWord(x);
        if (last) from(this.byPersonLast.get(last));
        if (!x.includes(" ")) from(this.byPersonFirst.get(x.toLowerCase()));
        else from(this.byName.get(x.split(" ")[0]!)?.filter((y) => y.kind === "person"));
      }
    }
    out = this.sorted([...cands].filter((x) => mayCorefer(c, x)));
    this.corefMemo.set(c, out);
    return out;
  }

  /** Every cluster one of whose names is a part or the whole of one of `c`'s ("NOAA" / "NOAA fisheries"). */
  partsAndWholes(c: Cluster): Cluster[] {
    let out = this.partMemo.get(c);
    if (out) return out;
    const cands = new Set<Cluster>();
    for (const x of c.names) {
      this.byNgram.get(x)?.forEach((y) => cands.add(y));
      for (const g of ngrams(x.split(" "))) this.byName.get(g)?.forEach((y) => cands.add(y));
    }
    out = this.sorted([...cands].filter((x) => partOf(x, c)));
    this.partMemo.set(c, out);
    return out;
  }

  /** Every cluster the text names (`mentions`). */
  mentionedIn(text: string): Cluster[] {
    const b = bare(text);
    if (!b) return [];
    const padded = " " + b + " ";
    const cands = new Set<Cluster>();
    for (const t of new Set(b.split(" "))) {
      for (const n of this.byFirstWord.get(t) ?? [])
        if (padded.includes(" " + n + " ")) this.byName.get(n)!.forEach((c) => cands.add(c));
      this.bySurname.get(t)?.forEach((c) => cands.add(c));
    }
    return this.sorted([...cands].filter((c) => namedIn(padded, c)));
  }

  private sorted(list: Cluster[]): Cluster[] {
    return list.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

const INDEX = new WeakMap<Corpus, EntityIndex>();

export function entityIndex(corpus: Corpus): EntityIndex {
  let ix = INDEX.get(corpus);
  if (!ix) INDEX.set(corpus, (ix = new EntityIndex(corpus)));
  return ix;
}
