import type Database from "better-sqlite3";

// Emptiness check and reset on the raw connection: both must see every table, including ones
// added by later migrations, without listing them here.

const KEPT_TABLES = new Set(["_prisma_migrations", "sqlite_sequence"]);

function dataTables(db: Database.Database): string[] {
  // pragma_table_list: ordinary tables only — FTS5 virtual tables and their shadow tables (which
  // may not be written directly) are emptied by the delete trigger on OfferSearchDocument.
  const rows = db
    .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return rows.map((r) => r.name).filter((name) => !KEPT_TABLES.has(name));
}

/** Tables that already hold rows which the seed would collide with (Settings alone is fine). */
export function occupiedTables(db: Database.Database): { table: string; rows: number }[] {
  return ["Organization", "User", "Category", "District", "TargetGroup", "Offer"]
    .map((table) => ({ table, rows: (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n }))
    .filter((entry) => entry.rows > 0);
}

/** Deletes every row of every table except the migration history, and restarts the id counters. */
export function resetDatabase(db: Database.Database): void {
  db.pragma("foreign_keys = OFF");
  try {
    db.transaction(() => {
      for (const table of dataTables(db)) db.prepare(`DELETE FROM "${table}"`).run();
      const hasSequence = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get();
      if (hasSequence) db.prepare("DELETE FROM sqlite_sequence").run();
    })();
  } finally {
    db.pragma("foreign_keys = ON");
  }
}

export function tableCounts(db: Database.Database, tables: string[]): Record<string, number> {
  return Object.fromEntries(tables.map((table) => [table, (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n]));
}

/**
 * Runs `fill` with the tables' secondary indexes dropped and re-creates them afterwards from their
 * own stored SQL: building an index once over sorted data is several times faster than updating it
 * per row. Call inside a transaction — SQLite DDL is transactional, so a failure leaves the schema
 * untouched, and re-creating a unique index re-checks uniqueness.
 */
export function withoutSecondaryIndexes<T>(db: Database.Database, tables: string[], fill: () => T): T {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => "?").join(", ")})`,
    )
    .all(...tables) as { name: string; sql: string }[];
  for (const index of indexes) db.prepare(`DROP INDEX "${index.name}"`).run();
  const result = fill();
  for (const index of indexes) db.prepare(index.sql).run();
  return result;
}
