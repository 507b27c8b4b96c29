import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull().unique(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: text({ enum: ["student", "instructor"] })
      .notNull()
      .default("student"),
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
