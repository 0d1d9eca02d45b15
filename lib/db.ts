import fs from "node:fs";
import path from "node:path";
import { PrismaClient } from "@/generated/prisma/client";
import { DEFAULT_LOCK_TIMEOUT_MS } from "./db/busy";
import { SqliteAdapterFactory } from "./db/adapter";
import { DatabaseProbe } from "./db/probe";
import { databaseUrl } from "./database-url";
import { env } from "./env";

export { DatabaseLockedError, isDatabaseLockedError } from "./db/busy";
export { CONNECTION_PRAGMAS } from "./db/connection";
export { DatabaseProbe } from "./db/probe";

// One client per process. In development Next.js reloads modules, so the client lives on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaUrl?: string };

/**
 * A Prisma client on lib/db/adapter.ts: writes and transactions take turns on one writer connection,
 * reads outside transactions run on a read-only connection and see committed data only.
 */
export function createPrismaClient(url = databaseUrl(), options: { lockTimeoutMs?: number; readWorkers?: number } = {}): PrismaClient {
  const lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const readWorkers = options.readWorkers ?? readWorkersFromEnv();
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  return new PrismaClient({
    adapter: new SqliteAdapterFactory({ url, lockTimeoutMs, readWorkers }),
    // Starting a transaction may wait for other transactions of this process (the write queue) and
    // then up to the lock timeout for another process: give it that time, so a held lock fails as
    // "database is locked" rather than as Prisma's anonymous "unable to start a transaction".
    transactionOptions: { maxWait: lockTimeoutMs * 2 },
  });
}

/**
 * DATABASE_READ_WORKERS: worker threads for plain reads (docs/DATABASE.md). Unset: 2 for the
 * production server (measured at 100k offers: search p95 at 10 connections 537 → 394 ms), 0 for
 * scripts and tests, which gain nothing from threads.
 */
function readWorkersFromEnv(): number {
  const { DATABASE_READ_WORKERS, NODE_ENV } = env();
  return DATABASE_READ_WORKERS ?? (NODE_ENV === "production" ? 2 : 0);
}

const probes = new Map<string, DatabaseProbe>();

/** The main-thread read-only connection for the health check of the configured database. */
export function databaseProbe(url = databaseUrl()): DatabaseProbe {
  let probe = probes.get(url);
  if (!probe) probes.set(url, (probe = new DatabaseProbe(url)));
  return probe;
}

function getPrisma(): PrismaClient {
  const url = databaseUrl();
  if (!globalForPrisma.prisma || globalForPrisma.prismaUrl !== url) {
    globalForPrisma.prisma = createPrismaClient(url);
    globalForPrisma.prismaUrl = url;
  }
  return globalForPrisma.prisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getPrisma();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
