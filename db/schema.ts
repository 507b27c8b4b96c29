import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

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
  // The body exactly as the file has it; cleaned paragraphs are offsets into it,
  // so a fact's evidence offsets point straight into this text.
  body: text().notNull(),
  paragraphs: jsonb().$type<ArticleParagraph[]>().notNull(),
  wordCount: integer().notNull(),
  contentHash: text().notNull(),
  importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type Article = typeof articles.$inferSelect;
