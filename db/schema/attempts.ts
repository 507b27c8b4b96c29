import { boolean, index, integer, pgTable, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { jsonb } from "../columns";
import { users } from "./users";
import { questions } from "./content";
import { assignments } from "./classes";

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
    status: text({ enum: ["in_progress", "finished"] })
      .notNull()
      .default("in_progress"),
    questionCount: integer().notNull(),
    // Sum of item scores (partial credit for matching and ordering) once finished.
    score: real(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
    // Assignments: finished after the due date (with its grace), or closed at
    // the cut-off holding answers given after it.
    late: boolean().notNull().default(false),
    // Finished by the server at the close time, with the answers saved by then.
    autoFinished: boolean().notNull().default(false),
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
