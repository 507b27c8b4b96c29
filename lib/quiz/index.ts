export { parseArticle, FrontMatterError } from "./parse/article";
export { extractFacts, extractFactsFromParsed } from "./extract";
export type * from "./types";
export { generateQuestions, contextFromParsed } from "./generate";
export type { GenerateResult, GenerateOptions, DroppedQuestion, QuizQuestion, ArticleContext } from "./generate";
export { gradeAnswer, clozeMatches, normalizeAnswer } from "./grade";
export type { GradeResult } from "./grade";
