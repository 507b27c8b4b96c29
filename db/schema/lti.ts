import { sql } from "drizzle-orm";
import {
  bigserial,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { jsonb } from "../columns";
import { users } from "./users";
import { assignments, classes } from "./classes";

// ---------------------------------------------------------------------------
// LTI 1.3: Sourced as a tool that learning-management systems (platforms) launch.

/** A platform an instructor registered: what the LMS shows in its tool configuration. */
export const ltiPlatforms = pgTable(
  "lti_platforms",
  {
    id: uuid().primaryKey().defaultRandom(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    issuer: text().notNull(),
    clientId: text().notNull(),
    deploymentIds: jsonb().$type<string[]>().notNull(),
    authUrl: text().notNull(),
    tokenUrl: text().notNull(),
    jwksUrl: text().notNull(),
    // Where people open the LMS, when that is not the issuer's origin (hosted
    // Canvas: issuer canvas.instructure.com, courses at school.instructure.com):
    // an origin allowed to frame Sourced's LTI pages.
    siteUrl: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("lti_platforms_issuer_client_idx").on(t.issuer, t.clientId)],
);
export type LtiPlatform = typeof ltiPlatforms.$inferSelect;

/**
 * The tool's own signing keys. The newest unretired one signs; the JWKS also
 * serves the one retired last, so a platform holding a token or a cached key
 * set from before a rotation still verifies it.
 */
export const ltiToolKeys = pgTable(
  "lti_tool_keys",
  {
    kid: text().primaryKey(),
    publicJwk: jsonb().$type<Record<string, unknown>>().notNull(),
    privateJwk: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp({ withTimezone: true }),
  },
  // At most one current key: every unretired row has the same indexed value.
  (t) => [
    uniqueIndex("lti_tool_keys_one_current_idx")
      .on(sql`(${t.retiredAt} is null)`)
      .where(sql`${t.retiredAt} is null`),
  ],
);

/**
 * One OIDC login: the state (bound to the browser by a cookie) and the nonce
 * the id_token must carry, each usable once. The login hints are kept so a
 * launch whose browser lost the cookie can start again in a new window.
 */
export const ltiLogins = pgTable(
  "lti_logins",
  {
    state: text().primaryKey(),
    nonce: text().notNull().unique(),
    platformId: uuid()
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: "cascade" }),
    loginHint: text().notNull(),
    messageHint: text(),
    targetLinkUri: text().notNull(),
    deploymentId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("lti_logins_expires_idx").on(t.expiresAt)],
);

/** An LMS user (the platform's `sub`) and the Sourced account made for them on their first launch. */
export const ltiUsers = pgTable(
  "lti_users",
  {
    platformId: uuid()
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: "cascade" }),
    sub: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.platformId, t.sub] }), index("lti_users_user_idx").on(t.userId)],
);

/** An LMS course (context) and its Sourced class. */
export const ltiContexts = pgTable(
  "lti_contexts",
  {
    platformId: uuid()
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: "cascade" }),
    contextId: text().notNull(),
    classId: uuid()
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    title: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.platformId, t.contextId] }), index("lti_contexts_class_idx").on(t.classId)],
);

/** An activity placed in a course (resource link), the assignment it opens and where its grades go. */
export const ltiResourceLinks = pgTable(
  "lti_resource_links",
  {
    platformId: uuid()
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: "cascade" }),
    resourceLinkId: text().notNull(),
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    deploymentId: text().notNull(),
    title: text(),
    // From the Assignment and Grade Services claim of the latest launch.
    lineItemUrl: text(),
    lineItemsUrl: text(),
    agsScopes: jsonb().$type<string[]>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.platformId, t.resourceLinkId] }),
    index("lti_resource_links_assignment_idx").on(t.assignmentId),
  ],
);

/**
 * What a validated launch hands on, each row usable once and only briefly:
 * a sign-in (`session`: the Auth.js LTI provider takes it) or a choice to make
 * in the LMS's frame (`deep_link`: return a content item; `link`: attach an
 * unlinked activity to an assignment). Only the token's hash is stored.
 */
export const ltiHandoffs = pgTable(
  "lti_handoffs",
  {
    tokenHash: text().primaryKey(),
    kind: text({ enum: ["session", "deep_link", "link"] }).notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    platformId: uuid()
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: "cascade" }),
    classId: uuid().references(() => classes.id, { onDelete: "cascade" }),
    // session: where to land. deep_link / link: what the choice needs (return URL, data, resource link…).
    target: text(),
    details: jsonb().$type<Record<string, unknown>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("lti_handoffs_expires_idx").on(t.expiresAt)],
);

/**
 * Grades owed to the platforms: one row per activity and student. Finishing
 * or regrading bumps `generation` and makes the row due; the sender posts the
 * score counted at that moment and clears `dueAt` only when nothing newer
 * came in meanwhile. A failure keeps the row due later (backoff) and records
 * why, so no grade is ever dropped and the instructor sees what is stuck.
 */
export const ltiScoreOutbox = pgTable(
  "lti_score_outbox",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    platformId: uuid()
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: "cascade" }),
    resourceLinkId: text().notNull(),
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    generation: integer().notNull().default(1),
    dueAt: timestamp({ withTimezone: true }),
    lockedUntil: timestamp({ withTimezone: true }),
    tries: integer().notNull().default(0),
    lastError: text(),
    lastTriedAt: timestamp({ withTimezone: true }),
    sentScore: real(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("lti_score_outbox_link_user_idx").on(t.platformId, t.resourceLinkId, t.userId),
    index("lti_score_outbox_due_idx").on(t.dueAt),
    index("lti_score_outbox_assignment_idx").on(t.assignmentId),
  ],
);
