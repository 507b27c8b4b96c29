import { index, integer, pgTable, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { jsonb } from "../columns";
import { users } from "./users";
import { questions } from "./content";
import { assignments } from "./classes";
import { attempts } from "./attempts";

// ---------------------------------------------------------------------------
// Regrades: an instructor fixed a question's key after students answered, and
// had the stored answers marked again against it. One row per regrade (who,
// which question, to which version, where, when) is the audit trail; one row
// per attempt whose score moved is what the student is shown.

export const regrades = pgTable(
  "regrades",
  {
    id: uuid().primaryKey().defaultRandom(),
    questionId: text()
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    fromVersions: jsonb().$type<number[]>().notNull(),
    toVersion: integer().notNull(),
    // assignment: the answers in one assignment; everywhere: in every assignment
    // of the instructor's and in students' practice and review quizzes.
    scope: text({ enum: ["assignment", "everywhere"] }).notNull(),
    assignmentId: uuid().references(() => assignments.id, { onDelete: "set null" }),
    // Kept when the account goes, so the trail says a regrade happened.
    instructorId: uuid().references(() => users.id, { onDelete: "set null" }),
    answers: integer().notNull(),
    changedAnswers: integer().notNull(),
    changedStudents: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("regrades_question_idx").on(t.questionId, t.createdAt),
    index("regrades_instructor_idx").on(t.instructorId, t.createdAt),
  ],
);
export type RegradeRow = typeof regrades.$inferSelect;

export const regradeChanges = pgTable(
  "regrade_changes",
  {
    regradeId: uuid()
      .notNull()
      .references(() => regrades.id, { onDelete: "cascade" }),
    attemptId: uuid()
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    oldScore: real().notNull(),
    newScore: real().notNull(),
  },
  (t) => [primaryKey({ columns: [t.regradeId, t.attemptId] }), index("regrade_changes_attempt_idx").on(t.attemptId)],
);
