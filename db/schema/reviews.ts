import { bigserial, index, integer, pgTable, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { FACT_KINDS } from "@/lib/kinds";
import { users } from "./users";
import { articles } from "./content";
import { attempts } from "./attempts";

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
