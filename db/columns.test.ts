import { sql } from "drizzle-orm";
import { integer, pgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Handle } from "./index";
import { jsonb } from "./columns";
import { closeTestDb, openTestDb } from "./testing/test-db";

const table = `jsonb_roundtrip_${process.pid}`;
const t = pgTable(table, { id: integer().primaryKey(), v: jsonb() });

let handle: Handle;
beforeAll(async () => {
  handle = await openTestDb();
  await handle.db.execute(sql.raw(`create table if not exists ${table} (id int primary key, v jsonb)`));
});
afterAll(async () => {
  await handle.db.execute(sql.raw(`drop table if exists ${table}`));
  await closeTestDb(handle);
});

it("returns every JSON value exactly as stored, strings that look like numbers included", async () => {
  const values = ["2014", "true", "null", "007", 2014, true, null, { a: "1" }, ["x", "2"], ""];
  await handle.db.insert(t).values(values.map((v, id) => ({ id, v })));
  const rows = await handle.db.select().from(t).orderBy(t.id);
  expect(rows.map((r) => r.v)).toEqual(values);
});
