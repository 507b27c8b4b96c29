export { parseArticle, FrontMatterError } from "./parse/article";
export { extractFacts, extractFactsFromParsed } from "./extract";
export type * from "./types";
export { buildArticleQuiz, buildArticlesQuiz, buildQuiz } from "./build";
export type { QuizBuild, StoredArticle } from "./build";
export { GENERATOR_VERSION } from "./version";
export type { GenerateResult, GenerateOptions, DroppedQuestion, QuizQuestion, ArticleContext } from "./generate";
export { gradeAnswer } from "./grade";
export type { GradeResult } from "./grade";
