/**
 * The content pipeline in one call: parse → extract → generate. The CLI, the
 * library import and the instructor's preview all run it through here, so each
 * article is parsed exactly once and the three can never drift apart.
 */
import { extractFactsFromParsed } from "./extract";
import {
  contextFromParsed,
  generateQuestions,
  type ArticleContext,
  type DroppedQuestion,
  type QuizQuestion,
} from "./generate";
import { parseArticle } from "./parse/article";
import type { ArticleFacts, ArticleInput, ParsedArticle } from "./types";

export type QuizBuild = {
  parsed: ParsedArticle[];
  facts: ArticleFacts[];
  questions: QuizQuestion[];
  /** questions the flaw check refused, with the reasons */
  dropped: DroppedQuestion[];
  /** sound questions on facts not sure enough to ship: drafts to check before use */
  held: DroppedQuestion[];
  /** facts a question builder could not handle (an extractor bug), one line each */
  errors: string[];
};

/** Articles taken together as one corpus: people and organisations are shared across them. */
export function buildQuiz(articles: readonly (ArticleInput | ParsedArticle)[]): QuizBuild {
  const parsed = articles.map((a) => ("meta" in a ? a : parseArticle(a)));
  const facts = extractFactsFromParsed(parsed);
  const { questions, dropped, held, errors } = generateQuestions(facts, { articles: parsed });
  return { parsed, facts, questions, dropped, held, errors };
}

/** What the library keeps of an article for the generator: its facts and its context. */
export type StoredArticle = { facts: ArticleFacts; context: ArticleContext };

/**
 * Articles added to (or changed in) a library: these alone are parsed and
 * extracted, together (so one may define an acronym another uses) and with
 * their names resolved against the library's stored acronyms, people and
 * organisations; only their questions are generated, with the stored facts of
 * the others as the distractor pool and the text the checks search. The
 * others' questions are not rebuilt: what an instructor approved elsewhere
 * stays exactly as approved.
 */
export function buildArticlesQuiz(added: readonly ArticleInput[], library: readonly StoredArticle[]): QuizBuild {
  const parsed = added.map(parseArticle);
  const slugs = new Set(parsed.map((p) => p.meta.slug));
  const others = library.filter((a) => !slugs.has(a.facts.article.slug));
  const facts = extractFactsFromParsed(
    parsed,
    others.map((a) => a.facts),
  );
  const { questions, dropped, held, errors } = generateQuestions([...others.map((a) => a.facts), ...facts], {
    articles: [...others.map((a) => a.context), ...parsed.map(contextFromParsed)],
    only: slugs,
  });
  return { parsed, facts, questions, dropped, held, errors };
}

/** One article added to a library: see buildArticlesQuiz. */
export const buildArticleQuiz = (article: ArticleInput, library: readonly StoredArticle[]): QuizBuild =>
  buildArticlesQuiz([article], library);
