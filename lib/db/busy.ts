import { logger } from "../logger";

// Waiting for a lock held by ANOTHER process (daily jobs, a CLI script, `prisma migrate deploy`).
// SQLite's busy timeout would wait inside the synchronous driver call and freeze the whole server,
// so every connection runs with busy_timeout = 0 and a busy statement is retried here, with timers.

export const DEFAULT_LOCK_TIMEOUT_MS = 5000;

/** Thrown (as the cause of the DriverAdapterError Prisma sees) when the lock stayed taken for the whole timeout. */
export class DatabaseLockedError extends Error {
  readonly code = "SQLITE_BUSY";
  readonly waitedMs: number;

  constructor(waitedMs: number) {
    super(`database is locked by another process (waited ${waitedMs} ms)`);
    this.name = "DatabaseLockedError";
    this.waitedMs = waitedMs;
  }
}

export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Whether an error that reached application code (a Prisma error, or the adapter's own) means that
 * the database was locked, or that a transaction could not start in time: the user may simply try again.
 */
export function isDatabaseLockedError(error: unknown): boolean {
  if (error instanceof DatabaseLockedError) return true;
  const prismaError = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null;
  if (prismaError?.code === "P1008" || prismaError?.code === "P2028") return true;
  const originalCode = prismaError?.meta?.driverAdapterError?.cause?.originalCode;
  return typeof originalCode === "string" && originalCode.startsWith("SQLITE_BUSY");
}

/**
 * Runs `attempt` (one synchronous driver call that has no effect when it fails with SQLITE_BUSY:
 * BEGIN IMMEDIATE, an autocommit statement, a read) until it is not busy, sleeping 1, 2, 4 … 50 ms
 * between tries. `since` is when the caller asked (time spent queued behind this process's own
 * writes counts too, so a queue of writes behind a foreign lock fails together instead of one
 * timeout after the other). After `timeoutMs` it logs the lock and throws DatabaseLockedError.
 */
export async function retryWhileBusy<T>(
  attempt: () => T | Promise<T>,
  timeoutMs: number,
  what: string,
  since = performance.now(),
): Promise<T> {
  let firstBusyAt: number | undefined;
  let pause = 1;
  for (;;) {
    try {
      const result = await attempt();
      if (firstBusyAt !== undefined) {
        const lockedMs = Math.round(performance.now() - firstBusyAt);
        if (lockedMs >= 1000)
          logger.info("database lock released by another process", { what, lockedMs, waitedMs: Math.round(performance.now() - since) });
      }
      return result;
    } catch (error) {
      if (!isBusyError(error)) throw error;
      const now = performance.now();
      firstBusyAt ??= now;
      const waitedMs = Math.round(now - since);
      if (waitedMs >= timeoutMs) {
        logger.warn("database is locked by another process", { what, waitedMs, lockedMs: Math.round(now - firstBusyAt) });
        throw new DatabaseLockedError(waitedMs);
      }
      await sleep(Math.min(pause, timeoutMs - waitedMs));
      pause = Math.min(pause * 2, 50);
    }
  }
}
