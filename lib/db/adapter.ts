import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
  TransactionOptions,
} from "@prisma/driver-adapter-utils";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { logger } from "../logger";
import { DEFAULT_LOCK_TIMEOUT_MS, retryWhileBusy } from "./busy";
import { SqliteConnection } from "./connection";
import { ReadPool } from "./read-pool";
import { toDriverAdapterError } from "./driver-errors";
import { isPlainRead } from "./routing";
import { WriteQueue } from "./write-queue";

// Prisma driver adapter for SQLite with one writer connection behind a queue and a separate
// read-only connection (see docs/DECISIONS.md, "One writer, separate readers"). The upstream
// @prisma/adapter-better-sqlite3 runs everything on one connection, so a statement of another
// request issued while an interactive transaction is open became part of that transaction.

const ADAPTER_NAME = "chancenportal-sqlite";

export type SqliteAdapterOptions = {
  /** `file:/abs/path.db` or `file::memory:`. */
  url: string;
  /** How long a write waits for a lock held by another process before it fails. */
  lockTimeoutMs?: number;
  /** Worker threads for plain reads (0: reads run on the main thread). */
  readWorkers?: number;
};

export class SqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;

  constructor(private readonly options: SqliteAdapterOptions) {}

  async connect(): Promise<SqlDriverAdapter> {
    try {
      return new SqliteAdapter(
        this.options.url.replace(/^file:/, ""),
        this.options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
        this.options.readWorkers ?? 0,
      );
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  }
}

class SqliteAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;
  readonly #writer: SqliteConnection;
  readonly #queue = new WriteQueue();
  readonly #file: string;
  readonly #lockTimeoutMs: number;
  // Opened on the first read: the writer creates the file; an in-memory database has only the writer.
  // With read workers it only classifies statements (prepare, cached); the workers run them.
  #reader: SqliteConnection | null | undefined;
  readonly #readPool: ReadPool | null;

  constructor(file: string, lockTimeoutMs: number, readWorkers: number) {
    this.#file = file;
    this.#lockTimeoutMs = lockTimeoutMs;
    this.#writer = new SqliteConnection(file, { readonly: false });
    const inMemory = file === ":memory:" || file === "";
    if (inMemory) this.#reader = null;
    this.#readPool = !inMemory && readWorkers > 0 ? new ReadPool(file, readWorkers) : null;
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    const reader = this.#readerConnection();
    if (reader) {
      let statement;
      try {
        statement = reader.prepare(query.sql);
      } catch {
        // The writer reports the error (or knows a table the reader's schema cache does not yet).
      }
      if (statement && isPlainRead(query.sql, statement)) {
        const prepared = statement;
        const pool = this.#readPool;
        return this.#wrap(() =>
          retryWhileBusy(() => (pool ? pool.query(query) : reader.query(query, prepared)), this.#lockTimeoutMs, "read"),
        );
      }
    }
    return this.#write("write", () => this.#writer.query(query));
  }

  async executeRaw(query: SqlQuery): Promise<number> {
    return this.#write("write", () => this.#writer.execute(query));
  }

  async executeScript(script: string): Promise<void> {
    await this.#write("script", () => this.#writer.db.exec(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE")
      throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
    const asked = performance.now();
    const release = await this.#queue.acquire();
    try {
      this.#recoverAbandonedTransaction();
      // IMMEDIATE takes the write lock now, so the only lock wait is here (with async retries) and
      // no statement or COMMIT inside the transaction can fail with SQLITE_BUSY later.
      await retryWhileBusy(() => this.#writer.db.exec("BEGIN IMMEDIATE"), this.#lockTimeoutMs, "begin transaction", asked);
    } catch (error) {
      release();
      throw toDriverAdapterError(error);
    }
    return new WriterTransaction(this.#writer, release, this.#lockTimeoutMs);
  }

  async dispose(): Promise<void> {
    // Pending writes finish first; nothing new gets the writer after it is closed.
    await this.#queue.run(async () => {
      await this.#readPool?.close();
      this.#reader?.close();
      this.#writer.close();
    });
  }

  #readerConnection(): SqliteConnection | null {
    if (this.#reader === undefined) {
      try {
        this.#reader = new SqliteConnection(this.#file, { readonly: true });
      } catch (error) {
        logger.warn("database: read-only connection unavailable, reads use the writer", { error });
        this.#reader = null;
      }
    }
    return this.#reader;
  }

  /** One statement outside a transaction: behind any open transaction, retried while another process holds the lock. */
  #write<T>(what: string, statement: () => T): Promise<T> {
    const asked = performance.now();
    return this.#wrap(() =>
      this.#queue.run(() => {
        this.#recoverAbandonedTransaction();
        return retryWhileBusy(statement, this.#lockTimeoutMs, what, asked);
      }),
    );
  }

  /**
   * Between transactions the writer must be in autocommit mode. If it is not (a transaction whose
   * COMMIT and ROLLBACK both failed), the next statement would silently join it: roll back instead.
   */
  #recoverAbandonedTransaction(): void {
    if (!this.#writer.db.inTransaction) return;
    logger.error("database: writer was left inside a transaction; rolling it back");
    this.#writer.db.exec("ROLLBACK");
  }

  async #wrap<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  }
}

class WriterTransaction implements Transaction {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;
  // Prisma then calls commit()/rollback() instead of sending COMMIT itself, so the queue is released
  // in a finally block even when COMMIT fails (upstream prisma/orm#29933 left the connection stuck).
  readonly options: TransactionOptions = { usePhantomQuery: true };
  #release: (() => void) | null;

  constructor(
    private readonly writer: SqliteConnection,
    release: () => void,
    private readonly lockTimeoutMs: number,
  ) {
    this.#release = release;
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    this.#assertOpen();
    return this.#run(() => this.writer.query(query));
  }

  async executeRaw(query: SqlQuery): Promise<number> {
    this.#assertOpen();
    return this.#run(() => this.writer.execute(query));
  }

  async commit(): Promise<void> {
    await this.#close("COMMIT");
  }

  async rollback(): Promise<void> {
    await this.#close("ROLLBACK");
  }

  async #close(command: "COMMIT" | "ROLLBACK"): Promise<void> {
    const release = this.#release;
    if (!release) return;
    this.#release = null;
    try {
      // In WAL mode a COMMIT after BEGIN IMMEDIATE is never busy; in rollback-journal mode (if the
      // switch to WAL failed) it waits for other processes' readers, and stays retryable while busy.
      if (this.writer.db.inTransaction) await retryWhileBusy(() => this.writer.db.exec(command), this.lockTimeoutMs, command.toLowerCase());
    } catch (error) {
      if (this.writer.db.inTransaction) {
        try {
          this.writer.db.exec("ROLLBACK");
        } catch {
          // The next writer rolls back before it starts (SqliteAdapter.#recoverAbandonedTransaction).
        }
      }
      throw toDriverAdapterError(error);
    } finally {
      release();
    }
  }

  #assertOpen(): void {
    if (!this.#release)
      throw new DriverAdapterError({ kind: "TransactionAlreadyClosed", cause: "the transaction was already committed or rolled back" });
  }

  #run<T>(statement: () => T): T {
    try {
      return statement();
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  }
}
