import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import { env } from "@/env.js";
import { acquireDataDirLock } from "./pglite-lock";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Handle = {
  db: Db;
  driver: "pglite" | "postgres";
  /** Only for PostgreSQL: lets migrations hold a session-level advisory lock. */
  pool?: Pool;
  close: () => Promise<void>;
};

/** Opens the database the environment names: PostgreSQL when DATABASE_URL is set, else PGlite on disk. */
export function openDb(options: { databaseUrl?: string; pgliteDir?: string } = {}): Handle {
  if (options.databaseUrl) {
    const pool = new Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection dropped by the server (a restart, a failover) emits an error on the pool;
    // unhandled, it would crash the process. The pool replaces the client, and the next query reconnects.
    pool.on("error", (e) => console.error(`[db] idle PostgreSQL connection lost: ${e.message}`));
    const db = drizzlePg({ client: pool, schema, casing: "snake_case" }) as unknown as Db;
    return { db, driver: "postgres", pool, close: () => pool.end() };
  }
  const dir = options.pgliteDir ?? ".data/pglite";
  const inMemory = dir.startsWith("memory://");
  const release = inMemory ? () => {} : acquireDataDirLock(dir);
  if (!inMemory) fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ dir)), { recursive: true });
  const client = new PGlite(dir);
  // PGlite's pages live in memory or the OS file cache: a random read costs what a sequential one
  // does. With the default cost (4) the planner hashes a whole table of answers rather than look up
  // one assignment's attempts by key, 5–15× slower once a class has many assignments.
  client.exec("set random_page_cost = 1.1").catch((e: unknown) => console.error(`[sourced] ${String(e)}`));
  const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    driver: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

// One handle per process, kept on globalThis so dev-server reloads reuse it, and
// opened on first use so that merely importing this module (as `next build`
// does) never touches the database.
const store = globalThis as unknown as { __sourcedDb?: Handle };

/** Lets tests (and scripts) choose the database the app's queries use. */
export function setDbHandle(handle: Handle | undefined): void {
  store.__sourcedDb = handle;
}

export function dbHandle(): Handle {
  if (!store.__sourcedDb) {
    const e = env();
    store.__sourcedDb = openDb({ databaseUrl: e.DATABASE_URL, pgliteDir: e.PGLITE_DIR });
  }
  return store.__sourcedDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = dbHandle().db as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(real) : value;
  },
});
