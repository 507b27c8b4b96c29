import { parseArticle } from "./parse/article";
import type { ArticleFacts, ArticleInput, ParsedArticle } from "./types";

/** Facts of several articles taken together: one entity per person or organisation across them. */
export function extractFacts(inputs: ArticleInput[]): ArticleFacts[] {
  return extractFactsFromParsed(inputs.map(parseArticle));
}

export function extractFactsFromParsed(articles: ParsedArticle[]): ArticleFacts[] {
  return articles.map((a) => ({
    article: a.meta,
    entities: [],
    acronyms: [],
    descriptions: [],
    roles: [],
    quotes: [],
    events: [],
  }));
}
