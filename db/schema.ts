import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { ArticleFacts } from "@/lib/quiz/types";
import { jsonb } from "./columns";

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull().unique(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: text({ enum: ["student", "instructor"] }).notNull().default("student"),
    // Bumped by "sign out everywhere" and by disabling: every JWT carries the
    // version it was issued with, and the session gate rejects older ones.
    sessionVersion: integer().notNull().default(1),
    disabledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("users_role_check", sql`${t.role} in ('student', 'instructor')`)],
);
export type User = typeof users.$inferSelect;

// Failed sign-ins, kept in the database so every app server behind one
// PostgreSQL sees the same counts. Rows older than the window are pruned.
export const authFailures = pgTable(
  "auth_failures",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    key: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("auth_failures_key_created_idx").on(t.key, t.createdAt)],
);

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
  // content/: imported from the folder; upload: added by an instructor in the app.
  origin: text({ enum: ["content", "upload"] }).notNull().default("content"),
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

export const QUESTION_KINDS = ["single_choice", "true_false", "cloze", "matching", "ordering"] as const;
export const FACT_KINDS = ["acronym", "role", "quote", "event", "description"] as const;

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
    status: text({ enum: ["draft", "approved", "retired"] }).notNull().default("draft"),
    retiredReason: text({ enum: ["instructor", "not_generated"] }),
    currentVersion: integer().notNull().default(1),
    // The newest version the pipeline produced; an instructor's edit is a later
    // version that stays current until the instructor regenerates.
    generatedVersion: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("questions_article_idx").on(t.articleId, t.status),
    index("questions_fact_idx").on(t.factId),
  ],
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
// Classes and assignments.

export const classes = pgTable(
  "classes",
  {
    id: uuid().primaryKey().defaultRandom(),
    instructorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    joinCode: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("classes_instructor_idx").on(t.instructorId)],
);
export type ClassRow = typeof classes.$inferSelect;

export const enrolments = pgTable(
  "enrolments",
  {
    classId: uuid()
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.classId, t.userId] }), index("enrolments_user_idx").on(t.userId)],
);

export const assignments = pgTable(
  "assignments",
  {
    id: uuid().primaryKey().defaultRandom(),
    classId: uuid()
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    title: text().notNull(),
    // null: every article
    articleIds: jsonb().$type<string[] | null>(),
    kinds: jsonb().$type<string[]>().notNull(),
    questionCount: integer().notNull(),
    opensAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    dueAt: timestamp({ withTimezone: true }),
    // null: unlimited
    attemptsAllowed: integer(),
    feedbackTiming: text({ enum: ["immediate", "after_due"] }).notNull().default("immediate"),
    attemptPolicy: text({ enum: ["first", "best", "last"] }).notNull().default("first"),
    useAllGenerated: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("assignments_class_idx").on(t.classId)],
);
export type AssignmentRow = typeof assignments.$inferSelect;

// The fixed question set of an assignment, so every student answers the same
// items and item analysis compares like with like.
export const assignmentQuestions = pgTable(
  "assignment_questions",
  {
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    questionId: text()
      .notNull()
      .references(() => questions.id),
    version: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.position] })],
);

// ---------------------------------------------------------------------------
// Attempts: every answer is stored when given.

export const attempts = pgTable(
  "attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assignmentId: uuid().references(() => assignments.id, { onDelete: "cascade" }),
    mode: text({ enum: ["practice", "review", "assignment"] }).notNull(),
    title: text().notNull(),
    // What the student asked for (practice): article ids (null = everything) and kinds.
    articleIds: jsonb().$type<string[] | null>(),
    kinds: jsonb().$type<string[]>(),
    status: text({ enum: ["in_progress", "finished"] }).notNull().default("in_progress"),
    questionCount: integer().notNull(),
    // Sum of item scores (partial credit for matching and ordering) once finished.
    score: real(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("attempts_user_idx").on(t.userId, t.startedAt),
    index("attempts_assignment_idx").on(t.assignmentId, t.userId),
  ],
);
export type AttemptRow = typeof attempts.$inferSelect;

export const attemptItems = pgTable(
  "attempt_items",
  {
    attemptId: uuid()
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    questionId: text()
      .notNull()
      .references(() => questions.id),
    version: integer().notNull(),
    // The order this attempt shows options (or right-hand items, or ordering
    // items) in: shuffled on the server per attempt.
    displayOrder: jsonb().$type<string[]>(),
    response: jsonb(),
    correct: boolean(),
    score: real(),
    acceptedAnswer: text(),
    responseMs: integer(),
    answeredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.attemptId, t.position] }),
    index("attempt_items_question_idx").on(t.questionId, t.version),
  ],
);
export type AttemptItemRow = typeof attemptItems.$inferSelect;

// ---------------------------------------------------------------------------
// Spaced repetition: one FSRS card per student per fact.

export const reviewCards = pgTable(
  "review_cards",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    factId: text().notNull(),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    factKind: text({ enum: FACT_KINDS }).notNull(),
    due: timestamp({ withTimezone: true }).notNull(),
    stability: real().notNull(),
    difficulty: real().notNull(),
    elapsedDays: real().notNull(),
    scheduledDays: real().notNull(),
    learningSteps: integer().notNull(),
    reps: integer().notNull(),
    lapses: integer().notNull(),
    state: text().notNull(),
    lastReview: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.factId] }), index("review_cards_due_idx").on(t.userId, t.due)],
);
export type ReviewCardRow = typeof reviewCards.$inferSelect;

export const reviewLogs = pgTable(
  "review_logs",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    factId: text().notNull(),
    attemptId: uuid().references(() => attempts.id, { onDelete: "set null" }),
    rating: text().notNull(),
    stateBefore: text().notNull(),
    due: timestamp({ withTimezone: true }).notNull(),
    responseMs: integer(),
    reviewedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("review_logs_user_idx").on(t.userId, t.reviewedAt)],
);
