export { parseArticle, FrontMatterError } from "./parse/article";
export { extractFacts, extractFactsFromParsed } from "./extract";
export type * from "./types";
