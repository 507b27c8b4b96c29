import { bigserial, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { CURATION_ACTIONS } from "@/lib/kinds";
import { users } from "./users";
import { questions } from "./content";

// Every change an instructor makes to a question (who, what, when), shown on
// the question's history. Written in the same transaction as the change.
export const curationLog = pgTable(
  "curation_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    questionId: text()
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text({ enum: CURATION_ACTIONS }).notNull(),
    // The question's current version after the change.
    version: integer().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("curation_log_question_idx").on(t.questionId, t.at)],
);
export type CurationLogRow = typeof curationLog.$inferSelect;
