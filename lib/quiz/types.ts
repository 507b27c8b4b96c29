/**
 * The content pipeline's plain-data contract. The shapes of ArticleFacts and
 * Question are fixed by ../shared/eval/README.md: the eval scripts and the app
 * both read them, so change them only together with that contract.
 */
import type { FactKind, QuestionKind } from "../kinds";

/** Exact sentence text and its character offsets into the article body. */
export type Evidence = { sentence: string; start: number; end: number };

export type EntityKind = "person" | "organization" | "place" | "other";

export type Entity = { id: string; kind: EntityKind; name: string; aliases: string[] };

export type ArticleMeta = {
  slug: string;
  title: string;
  source?: string;
  url?: string;
  published?: string;
};

/**
 * How far a fact can be trusted, beyond the contract's fields. `confidence` (0–1) is the extractor's estimate
 * that the fact is right as stated (for a quote: that the speaker is right, the ranker's probability);
 * `signals` names what it rests on, strongest first: "ranker:0.93", "cue", "appositive", "initials",
 * "year" … (docs/fact-extraction.md lists them). `evidence` stays the sentence the fact is read from.
 * The extractor sets both on every fact; they are optional so hand-written facts need not carry them.
 */
export type Support = { confidence?: number; signals?: string[] };

export type Acronym = { short: string; long: string; entity?: string; evidence: Evidence } & Support;
export type Description = { subject: string; text: string; evidence: Evidence } & Support;
export type Role = { person: string; title: string; organization?: string; evidence: Evidence } & Support;
export type Quote = { text: string; speaker: string | null; evidence: Evidence } & Support;
export type DatedEvent = { when: string; date?: string; what: string; evidence: Evidence } & Support;

export type ArticleFacts = {
  article: ArticleMeta;
  entities: Entity[];
  acronyms: Acronym[];
  descriptions: Description[];
  roles: Role[];
  quotes: Quote[];
  events: DatedEvent[];
};

export type { FactKind, QuestionKind } from "../kinds";
export type Difficulty = "easy" | "medium" | "hard";

export type Option = { id: string; text: string };

export type Question = {
  id: string;
  kind: QuestionKind;
  fact: { kind: FactKind; id: string };
  prompt: string;
  options?: Option[];
  left?: Option[];
  right?: Option[];
  items?: Option[];
  answer: string | boolean | string[] | Record<string, string>;
  explanation: string;
  source: { article: string; sentence: string; start: number; end: number };
  difficulty?: Difficulty;
};

/** An article as the pipeline receives it: raw file text plus the name it came from. */
export type ArticleInput = { slug: string; text: string };

/** One paragraph of the body; cruft paragraphs (page chrome, captions, bylines) are never a fact source. */
export type ParsedParagraph = { start: number; end: number; cruft: boolean; reason?: string };

/** An article after parsing: `body` is the text after front matter, unchanged; all offsets index into it. */
export type ParsedArticle = {
  meta: ArticleMeta;
  body: string;
  paragraphs: ParsedParagraph[];
  /** Sentences of the non-cruft paragraphs only. */
  sentences: Evidence[];
};
