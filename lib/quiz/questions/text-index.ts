/**
 * The corpus text as the builders and checks search it, prepared once per
 * corpus: all article sentences joined (as written, and normalised two ways),
 * each article's sentences normalised, and a run index for literal patterns.
 */
import type { ArticleContext, Corpus, Span } from "./corpus";
import { RunIndex, TextSearch } from "./search";
import { norm } from "./text";

type Article = { listed: boolean; sentences: Span[]; normalised: string[]; exact: Set<string> };

export class CorpusText {
  /** every article sentence, as written, one per line (in the order the contexts were given) */
  readonly raw: string;
  private rawRuns?: RunIndex;
  private flowing?: TextSearch;
  private lines?: TextSearch;
  private readonly articles = new Map<string, Article>();
  private readonly dates = new Map<string, string | undefined>();

  constructor(private readonly corpus: Corpus) {
    this.raw = this.sentences()
      .map((s) => s.text)
      .join("\n");
    for (const a of corpus.articles)
      if (!this.dates.has(a.article.slug)) this.dates.set(a.article.slug, a.article.published);
    for (const [slug, c] of corpus.contexts) {
      this.articles.set(slug, articleOf(c));
      this.dates.set(slug, c.published ?? this.dates.get(slug));
    }
  }

  private sentences(): Span[] {
    return [...this.corpus.contexts.values()].flatMap((x) => x.sentences ?? []);
  }

  /** Word runs of the raw text, for patterns anchored on whole words. */
  get runs(): RunIndex {
    return (this.rawRuns ??= new RunIndex(this.raw));
  }

  /** The raw text normalised as one flow: a match may run across sentences (`norm(raw).includes`). */
  get flow(): TextSearch {
    return (this.flowing ??= new TextSearch(norm(this.raw)));
  }

  /** Each sentence normalised on its own line: a match stays inside one sentence. */
  get byLine(): TextSearch {
    return (this.lines ??= new TextSearch(
      this.sentences()
        .map((s) => norm(s.text))
        .join("\n"),
    ));
  }

  /** The article's publication date: its context's, else its facts'. */
  published(slug: string): string | undefined {
    return this.dates.get(slug);
  }

  /** The first sentence of the article whose normalised text includes `normalised`. */
  sentenceIncluding(slug: string, normalised: string): Span | undefined {
    const a = this.articles.get(slug);
    if (!a) return undefined;
    const i = a.normalised.findIndex((s) => s.includes(normalised));
    return i >= 0 ? a.sentences[i] : undefined;
  }

  /** Is there a sentence of the article that includes, or is included in, this normalised text? */
  hasSentenceAround(slug: string, normalised: string): boolean | undefined {
    const a = this.articles.get(slug);
    if (!a?.listed) return undefined;
    return a.exact.has(normalised) || a.normalised.some((s) => s.includes(normalised) || normalised.includes(s));
  }
}

function articleOf(c: ArticleContext): Article {
  const sentences = c.sentences ?? [];
  const normalised = sentences.map((s) => norm(s.text));
  return { listed: !!c.sentences, sentences, normalised, exact: new Set(normalised) };
}

const TEXT = new WeakMap<Corpus, CorpusText>();

export function corpusText(corpus: Corpus): CorpusText {
  let t = TEXT.get(corpus);
  if (!t) TEXT.set(corpus, (t = new CorpusText(corpus)));
  return t;
}
