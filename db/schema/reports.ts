import { foreignKey, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { REPORT_REASONS, REPORT_RESOLUTIONS } from "@/lib/kinds";
import { users } from "./users";
import { questionVersions } from "./content";
import { attempts } from "./attempts";

// A student's report of a problem with the question version they were given.
// One per student and version: the unique index is what refuses a second one,
// whatever two tabs send. Open while `resolution` is null; while open, the
// question stays out of that student's practice and review.
export const questionReports = pgTable(
  "question_reports",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // The attempt it was reported from: which instructor sees it follows from it.
    attemptId: uuid().references(() => attempts.id, { onDelete: "set null" }),
    questionId: text().notNull(),
    version: integer().notNull(),
    reason: text({ enum: REPORT_REASONS }).notNull(),
    comment: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    resolution: text({ enum: REPORT_RESOLUTIONS }),
    resolvedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    foreignKey({
      columns: [t.questionId, t.version],
      foreignColumns: [questionVersions.questionId, questionVersions.version],
    }).onDelete("cascade"),
    uniqueIndex("question_reports_once_idx").on(t.userId, t.questionId, t.version),
    index("question_reports_open_idx")
      .on(t.questionId)
      .where(sql`${t.resolution} is null`),
    index("question_reports_attempt_idx").on(t.attemptId),
  ],
);
export type QuestionReportRow = typeof questionReports.$inferSelect;
