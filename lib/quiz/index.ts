export { parseArticle, FrontMatterError } from "./parse/article";
export { extractFacts, extractFactsFromParsed } from "./extract";
export type * from "./types";
export { buildQuiz } from "./build";
export type { QuizBuild } from "./build";
export type { GenerateResult, GenerateOptions, DroppedQuestion, QuizQuestion, ArticleContext } from "./generate";
export { gradeAnswer } from "./grade";
export type { GradeResult } from "./grade";
