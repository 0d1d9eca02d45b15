import Database from "better-sqlite3";
import type { SqlQuery, SqlResultSet } from "@prisma/driver-adapter-utils";
import { getColumnTypes, mapArg, mapRow } from "./conversion";

/**
 * Per-connection settings for read-heavy work (the search): a 32 MB page cache instead of 2 MB and
 * temporary b-trees (ORDER BY, DISTINCT) in memory. Every connection of the adapter gets them when it
 * opens. No memory-mapped I/O: with a writer and three readers, each mapping of a 500 MB database
 * counted into the server's resident memory (1,062 MB after the 50-connection bench at 100k, 679 MB
 * without), at no measurable speed gain (docs/PERFORMANCE.md).
 */
export const CONNECTION_PRAGMAS = ["cache_size = -32768", "mmap_size = 0", "temp_store = MEMORY"] as const;

export const STATEMENT_CACHE_SIZE = 200;

type Statement = Database.Statement<unknown[], unknown>;

/**
 * One better-sqlite3 connection with a small cache of prepared statements (Prisma sends the same
 * SQL again and again; preparing is a noticeable part of a short query). busy_timeout is 0: waiting
 * for another process's lock happens in lib/db/busy.ts, never inside this synchronous driver.
 */
export class SqliteConnection {
  readonly db: Database.Database;
  #statements = new Map<string, Statement>();

  constructor(file: string, options: { readonly: boolean }) {
    this.db = new Database(file, { readonly: options.readonly, fileMustExist: options.readonly, timeout: 0 });
    this.db.defaultSafeIntegers(true);
    if (!options.readonly) switchToWriteAheadLog(this.db);
    for (const pragma of CONNECTION_PRAGMAS) {
      try {
        this.db.pragma(pragma);
      } catch {
        // A pragma the build does not support only costs speed.
      }
    }
  }

  /** The cached prepared statement for `sql` (least recently used ones are dropped). */
  prepare(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (statement) {
      this.#statements.delete(sql);
    } else {
      statement = this.db.prepare(sql);
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) {
        const oldest = this.#statements.keys().next().value;
        if (oldest !== undefined) this.#statements.delete(oldest);
      }
    }
    this.#statements.set(sql, statement);
    return statement;
  }

  query(query: SqlQuery, statement: Statement = this.prepare(query.sql)): SqlResultSet {
    const args = bindArgs(query);
    if (!statement.reader) {
      statement.run(args);
      return { columnNames: [], columnTypes: [], rows: [] };
    }
    const columns = statement.columns();
    const rows = statement.raw(true).all(args) as unknown[][];
    return toResultSet(
      columns.map((column) => column.name),
      columns.map((column) => column.type),
      rows,
    );
  }

  execute(query: SqlQuery): number {
    return this.prepare(query.sql).run(bindArgs(query)).changes;
  }

  close(): void {
    this.#statements.clear();
    if (this.db.open) this.db.close();
  }
}

export function bindArgs(query: SqlQuery): unknown[] {
  return query.args.map((arg, i) => mapArg(arg, query.argTypes[i]));
}

/** Rows as better-sqlite3 returns them (raw mode) in the shape and value types Prisma expects. */
export function toResultSet(columnNames: string[], declaredTypes: (string | null)[], rows: unknown[][]): SqlResultSet {
  const columnTypes = getColumnTypes(declaredTypes, rows);
  return { columnNames, columnTypes, rows: rows.map((row) => mapRow(row, columnTypes)) };
}

/**
 * WAL lets readers read while one writer writes. It is a property of the file; switching needs a
 * moment of exclusive access, so a failure (another process is using the file) is left for later:
 * the file is then still in its previous mode, which works, only with less concurrency.
 */
function switchToWriteAheadLog(db: Database.Database): void {
  try {
    const mode = db.pragma("journal_mode", { simple: true });
    if (mode !== "wal" && mode !== "memory") db.pragma("journal_mode = WAL");
  } catch {
    // See above.
  }
}
