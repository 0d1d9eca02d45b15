import { Worker } from "node:worker_threads";
import type { SqlQuery, SqlResultSet } from "@prisma/driver-adapter-utils";
import { CONNECTION_PRAGMAS, STATEMENT_CACHE_SIZE, bindArgs, toResultSet } from "./connection";

// Plain reads on worker threads, each with its own read-only connection, so a long read (a search
// over 100k offers takes 100+ ms) does not stop the event loop. Opt-in: DATABASE_READ_WORKERS=n.
//
// The worker is plain JavaScript passed as a string (eval), not a file: Next.js bundles server code
// with Turbopack, Vitest and tsx transform TypeScript on the fly, and a string is loaded the same way
// under all three. It needs only better-sqlite3, which stays an external package (next.config.ts).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: 0 });
db.defaultSafeIntegers(true);
for (const pragma of workerData.pragmas) { try { db.pragma(pragma); } catch {} }
const statements = new Map();
parentPort.on("message", ({ id, sql, args }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (statements.size >= workerData.cacheSize) statements.delete(statements.keys().next().value);
      statements.set(sql, statement);
    }
    const columns = statement.columns();
    const rows = statement.raw(true).all(args.map((arg) => (arg instanceof Uint8Array ? Buffer.from(arg) : arg)));
    parentPort.postMessage({ id, columnNames: columns.map((c) => c.name), declaredTypes: columns.map((c) => c.type), rows });
  } catch (error) {
    parentPort.postMessage({ id, error: { code: error.code, message: error.message } });
  }
});
`;

/** Measured (docs/PERFORMANCE.md, "Memory"): see there before changing. */
const WORKER_CACHE_PRAGMA = "cache_size = -16384";
const WORKER_YOUNG_GENERATION_MB = 8;

type Reply =
  | { id: number; columnNames: string[]; declaredTypes: (string | null)[]; rows: unknown[][] }
  | { id: number; error: { code?: string; message: string } };
type Pending = { resolve: (result: SqlResultSet) => void; reject: (error: unknown) => void };

class ReadWorker {
  readonly worker: Worker;
  readonly pending = new Map<number, Pending>();

  constructor(file: string, onExit: (worker: ReadWorker) => void) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, pragmas: [...CONNECTION_PRAGMAS, WORKER_CACHE_PRAGMA], cacheSize: STATEMENT_CACHE_SIZE },
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    this.worker.unref();
    this.worker.on("message", (reply: Reply) => this.#settle(reply));
    this.worker.on("error", (error) => this.#failAll(error));
    this.worker.on("exit", (code) => {
      this.#failAll(new Error(`database read worker exited with code ${code}`));
      onExit(this);
    });
  }

  query(id: number, query: SqlQuery): Promise<SqlResultSet> {
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // A worker with work keeps the process alive (a script awaiting a read must not exit); an idle one does not.
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ id, sql: query.sql, args: bindArgs(query) });
    });
  }

  #settle(reply: Reply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if ("error" in reply) pending.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
    else pending.resolve(toResultSet(reply.columnNames, reply.declaredTypes, reply.rows));
  }

  #failAll(error: unknown): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

/** N worker threads with a read-only connection each; a read goes to the worker with the fewest pending reads. */
export class ReadPool {
  readonly #file: string;
  readonly #size: number;
  readonly #workers: ReadWorker[] = [];
  #nextId = 1;

  constructor(file: string, size: number) {
    this.#file = file;
    this.#size = size;
  }

  query(query: SqlQuery): Promise<SqlResultSet> {
    return this.#pick().query(this.#nextId++, query);
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.splice(0).map((w) => w.worker.terminate()));
  }

  #pick(): ReadWorker {
    let best = this.#workers.find((w) => w.pending.size === 0);
    if (!best && this.#workers.length < this.#size) {
      // A worker that died is dropped (its reads failed); the next read starts a new one.
      best = new ReadWorker(this.#file, (dead) => {
        const index = this.#workers.indexOf(dead);
        if (index >= 0) this.#workers.splice(index, 1);
      });
      this.#workers.push(best);
    }
    return best ?? this.#workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }
}
