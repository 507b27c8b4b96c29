import { sql, type SQL } from "drizzle-orm";
import { selectRows } from "@/db/rows";

// A plan line that reads a table: its access method, the index if any, the table and alias.
const SCAN_NODE =
  /(Parallel Seq Scan|Seq Scan|Bitmap Index Scan|Bitmap Heap Scan|Index Only Scan|Index Scan) (?:using (\S+) )?on (\S+)/;
// The tables that grow with the whole database rather than with one class.
const BIG_TABLES = new Set(["attempts", "attempt_items", "enrolments", "users", "assignments", "assignment_questions"]);

export type ScanSummary = { lines: string[]; seqScansOnBigTables: string[] };

/**
 * Runs the query under EXPLAIN ANALYZE and keeps the nodes that read tables, with the rows they
 * returned, so the bench shows whether a class's rows are found by index or by reading the table.
 */
export async function explainScans(query: SQL): Promise<ScanSummary> {
  const plan = await selectRows<{ "QUERY PLAN": string }>(sql`explain (analyze, costs off, timing off) ${query}`);
  const lines: string[] = [];
  const seq: string[] = [];
  for (const { "QUERY PLAN": line } of plan) {
    const m = SCAN_NODE.exec(line);
    if (!m) continue;
    // PostgreSQL 18 (PGlite) prints rows as a mean per loop with two decimals; 15 as a whole number.
    const rows = /actual rows=([\d.]+) loops=(\d+)/.exec(line);
    const table = m[3]!;
    lines.push(
      `${m[1]}${m[2] ? ` using ${m[2]}` : ""} on ${table}` +
        (rows ? ` (${Number(rows[1])} rows × ${rows[2]} loop${rows[2] === "1" ? "" : "s"})` : ""),
    );
    if (m[1]!.includes("Seq Scan") && BIG_TABLES.has(table)) seq.push(table);
  }
  return { lines, seqScansOnBigTables: seq };
}
