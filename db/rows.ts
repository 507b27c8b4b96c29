import "server-only";
import type { SQL } from "drizzle-orm";
import { db } from "./index";

/**
 * The rows of a hand-written SQL query (aggregates drizzle's builder cannot
 * express). Both drivers answer `{ rows }`; the row type is the query's column
 * aliases, and numeric aggregates arrive as numbers or numeric strings, so
 * callers convert with Number().
 */
export async function selectRows<T>(query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
