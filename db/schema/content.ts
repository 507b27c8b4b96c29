import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { FACT_KINDS, QUESTION_KINDS } from "@/lib/kinds";
import type { ArticleFacts } from "@/lib/quiz/types";
import type { ArticleContext } from "@/lib/quiz/generate";
import { jsonb } from "../columns";
import { users } from "./users";

export type ArticleParagraph = { start: number; end: number; cruft: boolean };

export const articles = pgTable("articles", {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  title: text().notNull(),
  source: text(),
  url: text(),
  published: text(),
  // The whole file as imported (front matter included): the pipeline's input.
  sourceText: text().notNull(),
  // The body exactly as the file has it; cleaned paragraphs are offsets into it,
  // so a fact's evidence offsets point straight into this text.
  body: text().notNull(),
  paragraphs: jsonb().$type<ArticleParagraph[]>().notNull(),
  // The pipeline's facts for this article (lib/quiz ArticleFacts), for the reader's marks.
  facts: jsonb().$type<ArticleFacts>(),
  // What the generator needs of this article when another one is added (its
  // sentences, cruft spans and date), so that adding one article never
  // re-parses the library.
  context: jsonb().$type<ArticleContext>(),
  // The content hash and pipeline version the stored facts and questions were
  // generated from: a start with both unchanged regenerates nothing.
  generatedHash: text(),
  generatorVersion: integer(),
  // content/: imported from the folder; upload: added by an instructor in the app.
  origin: text({ enum: ["content", "upload"] })
    .notNull()
    .default("content"),
  createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
  wordCount: integer().notNull(),
  contentHash: text().notNull(),
  importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type Article = typeof articles.$inferSelect;

// ---------------------------------------------------------------------------
// Questions. A question's id is the pipeline's stable id (same fact and kind,
// same id across re-imports), so learner history survives article edits. Its
// content lives in numbered versions: the pipeline adds one when its output
// changes, an instructor's edit adds one, and answers point at the version
// they were given, so statistics stay per version.

export const questions = pgTable(
  "questions",
  {
    id: text().primaryKey(),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    factId: text().notNull(),
    factKind: text({ enum: FACT_KINDS }).notNull(),
    kind: text({ enum: QUESTION_KINDS }).notNull(),
    // draft → approved by an instructor; retired by an instructor or because
    // the pipeline no longer generates it (retiredReason says which).
    status: text({ enum: ["draft", "approved", "retired"] })
      .notNull()
      .default("draft"),
    retiredReason: text({ enum: ["instructor", "not_generated"] }),
    // Why the pipeline held this question back (a fact it is not sure of): a
    // draft to check before use. Null for a sure question. A held question is
    // used in practice and assignments only once an instructor approves it.
    heldReasons: jsonb().$type<string[]>(),
    currentVersion: integer().notNull().default(1),
    // The newest version the pipeline produced; an instructor's edit is a later
    // version that stays current until the instructor regenerates.
    generatedVersion: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("questions_article_idx").on(t.articleId, t.status), index("questions_fact_idx").on(t.factId)],
);
export type QuestionRow = typeof questions.$inferSelect;

export type StoredOption = { id: string; text: string };

export const questionVersions = pgTable(
  "question_versions",
  {
    questionId: text()
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    origin: text({ enum: ["generated", "edited"] }).notNull(),
    // What a student may see before answering.
    prompt: text().notNull(),
    options: jsonb().$type<StoredOption[]>(),
    left: jsonb().$type<StoredOption[]>(),
    right: jsonb().$type<StoredOption[]>(),
    items: jsonb().$type<StoredOption[]>(),
    difficulty: text({ enum: ["easy", "medium", "hard"] }),
    // What a student may see only after answering: never selected by the
    // queries that render an unanswered question.
    answer: jsonb().$type<string | boolean | string[] | Record<string, string>>().notNull(),
    accept: jsonb().$type<string[]>(),
    explanation: text().notNull(),
    sourceSentence: text().notNull(),
    sourceStart: integer().notNull(),
    sourceEnd: integer().notNull(),
    contentHash: text().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.version] })],
);
export type QuestionVersion = typeof questionVersions.$inferSelect;

// ---------------------------------------------------------------------------
// Pipeline work on an added or changed article, done off the request thread
// by the job runner (server/content/jobs.ts). A job whose lease runs out (its
// server died) is taken again, up to a limit, then marked failed with a reason.

export const CONTENT_JOB_STATUSES = ["queued", "running", "done", "failed"] as const;

export const contentJobs = pgTable(
  "content_jobs",
  {
    id: uuid().primaryKey().defaultRandom(),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    requestedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    status: text({ enum: CONTENT_JOB_STATUSES }).notNull().default("queued"),
    attempts: integer().notNull().default(0),
    // While running: until when the runner holding it is known to be alive.
    leaseUntil: timestamp({ withTimezone: true }),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("content_jobs_status_idx").on(t.status, t.createdAt),
    index("content_jobs_article_idx").on(t.articleId),
  ],
);
export type ContentJob = typeof contentJobs.$inferSelect;
