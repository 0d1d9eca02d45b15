import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { toSqlDateTime } from "@/lib/sql-dates";

// The import's raw SQL (a query file of this feature, like features/search/sql): multi-row INSERTs
// for thousands of new offers and their rows inside the import's transaction. Prisma's createMany
// and createManyAndReturn took ~12 s for 5,000 offers here (every value passes the query
// compiler); one statement per 100 rows takes well under a second. Values are written exactly as
// Prisma writes them (prisma/seed/sqlite-writer.ts): DateTimes via toSqlDateTime, booleans as 0/1,
// enums as names. Plain INSERT … VALUES … RETURNING, so the PostgreSQL port keeps the statements.

type Tx = Pick<Prisma.TransactionClient, "$executeRawUnsafe" | "$queryRawUnsafe">;
type Value = string | number | boolean | Date | null | undefined;
export type BulkRow = Record<string, Value>;

/** Rows per statement: ~60 columns × 100 rows stays far below SQLite's 32,766 parameters. */
const ROWS_PER_STATEMENT = 100;

function sqlValue(value: Value): string | number | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return toSqlDateTime(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

function statement(table: string, columns: string[], rows: BulkRow[], returning: string | null) {
  const placeholders = `(${columns.map(() => "?").join(", ")})`;
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${rows.map(() => placeholders).join(", ")}${returning ? ` RETURNING ${returning}` : ""}`;
  const params = rows.flatMap((row) => columns.map((c) => sqlValue(row[c])));
  return { sql, params };
}

/** Inserts rows that all have the same keys (the first row's). */
export async function insertRows(tx: Tx, table: string, rows: BulkRow[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const { sql, params } = statement(table, columns, rows.slice(i, i + ROWS_PER_STATEMENT), null);
    await tx.$executeRawUnsafe(sql, ...params);
  }
}

/** Inserts offers and answers their new ids by uuid. */
export async function insertOffers(tx: Tx, rows: BulkRow[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (rows.length === 0) return ids;
  const columns = Object.keys(rows[0]);
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const { sql, params } = statement("Offer", columns, rows.slice(i, i + ROWS_PER_STATEMENT), `"id", "uuid"`);
    for (const row of await tx.$queryRawUnsafe<{ id: number | bigint; uuid: string }[]>(sql, ...params)) ids.set(row.uuid, Number(row.id));
  }
  return ids;
}
