import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { jsonb } from "../columns";
import { users } from "./users";
import { questions } from "./content";

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
    // Minutes after the due date (and after lateUntil) during which work still
    // counts as on time: slack for a slow connection or a clock, default none.
    graceMinutes: integer().notNull().default(0),
    // null: work after the due date is refused. Set: accepted until then and marked late.
    lateUntil: timestamp({ withTimezone: true }),
    // null: unlimited
    attemptsAllowed: integer(),
    feedbackTiming: text({ enum: ["immediate", "after_due"] })
      .notNull()
      .default("immediate"),
    attemptPolicy: text({ enum: ["first", "best", "last"] })
      .notNull()
      .default("first"),
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
