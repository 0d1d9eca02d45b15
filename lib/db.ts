import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "./database-url";

// One client per process. In development Next.js reloads modules, so the client lives on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaUrl?: string };

export function createPrismaClient(url = databaseUrl()): PrismaClient {
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:") {
    fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
    switchToWriteAheadLog(file);
  }
  // better-sqlite3's `timeout` is SQLite's busy timeout: writers wait instead of failing with SQLITE_BUSY.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 });
  return new PrismaClient({ adapter });
}

function getPrisma(): PrismaClient {
  const url = databaseUrl();
  if (!globalForPrisma.prisma || globalForPrisma.prismaUrl !== url) {
    globalForPrisma.prisma = createPrismaClient(url);
    globalForPrisma.prismaUrl = url;
  }
  return globalForPrisma.prisma;
}

/**
 * Per-connection SQLite settings for read-heavy work (the search): a 64 MB page cache instead of
 * the default 2 MB, memory-mapped reads of up to 256 MB and temporary b-trees (ORDER BY, DISTINCT)
 * in memory. PRAGMAs apply to one connection and Prisma's adapter opens its own, so they run once
 * per client, lazily: `await tunedConnection()` before the first heavy query (cheap afterwards).
 */
export const CONNECTION_PRAGMAS = ["PRAGMA cache_size = -65536", "PRAGMA mmap_size = 268435456", "PRAGMA temp_store = MEMORY"] as const;
const tuned = new WeakMap<PrismaClient, Promise<void>>();

export function tunedConnection(client: PrismaClient = getPrisma()): Promise<void> {
  let ready = tuned.get(client);
  if (!ready) {
    ready = (async () => {
      // $queryRawUnsafe: some PRAGMAs answer with a row. A failure only costs speed.
      for (const pragma of CONNECTION_PRAGMAS) await client.$queryRawUnsafe(pragma).catch(() => undefined);
    })();
    tuned.set(client, ready);
  }
  return ready;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getPrisma();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * WAL lets readers continue while one writer writes. It is a property of the database file, so
 * switching it on once per process start (before Prisma connects) covers every later connection.
 */
function switchToWriteAheadLog(file: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout: 5000 });
    db.pragma("journal_mode = WAL");
  } catch {
    // An unreadable or locked file: Prisma reports it on the first query (and /api/health shows it).
  } finally {
    db?.close();
  }
}
