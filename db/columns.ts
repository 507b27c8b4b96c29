import { customType } from "drizzle-orm/pg-core";

/**
 * A jsonb column that parses exactly once. Both drivers (PGlite and
 * node-postgres) already hand jsonb back as JS values; drizzle's own jsonb
 * type then JSON.parses any string again, so a stored string such as "2014"
 * or "true" came back as a number or a boolean (a cloze key of a year was
 * graded wrong). This type leaves the driver's value alone.
 */
export const jsonb = customType<{ data: unknown; driverData: unknown }>({
  dataType: () => "jsonb",
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) => value,
});
