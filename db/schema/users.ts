import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

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
    disabledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("users_role_check", sql`${t.role} in ('student', 'instructor')`)],
);
export type User = typeof users.$inferSelect;

// One row per sign-in. The session cookie (a JWT) carries the row's id, and
// the session gate honours it only while the row is neither revoked nor
// expired, so signing out ends that session on the server at once.
export const sessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

// Rate-limit counters (sign-in per account and address, per address, sign-up
// per address), kept in the database so every app server behind one
// PostgreSQL counts together. One row per key, updated by a single upsert so
// parallel requests cannot read the same count.
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  attempts: integer().notNull(),
  windowStart: timestamp({ withTimezone: true }).notNull(),
  lockedUntil: timestamp({ withTimezone: true }),
  // Lockouts in a row, for the backoff: each doubles the next one.
  lockouts: integer().notNull().default(0),
});
