import { SqliteConnection } from "./connection";

/**
 * A read-only connection on the main thread for the health check (lib/health.ts). Its two statements
 * take microseconds; through Prisma they would go to the read workers (lib/db/read-pool.ts) and wait
 * behind the page reads queued there, so the readiness probe would report the queue, not whether the
 * database answers. Opened on first use per file and kept; `close()` is for tests.
 */
export class DatabaseProbe {
  readonly #file: string;
  #connection: SqliteConnection | null = null;

  constructor(url: string) {
    this.#file = url.replace(/^file:/, "");
  }

  /** Same shape as PrismaClient's, so the health check takes either. */
  async $queryRawUnsafe<T = unknown>(sql: string): Promise<T> {
    this.#connection ??= new SqliteConnection(this.#file, { readonly: true });
    try {
      return this.#connection.db.prepare(sql).safeIntegers(false).all() as T;
    } catch (error) {
      this.close(); // reopen next time: the file may have been replaced or the directory fixed
      throw error;
    }
  }

  close(): void {
    this.#connection?.db.close();
    this.#connection = null;
  }
}
