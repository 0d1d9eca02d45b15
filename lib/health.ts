import fs from "node:fs/promises";
import path from "node:path";
import { databaseProbe } from "./db";
import { logger } from "./logger";

// Readiness for load balancers and uptime checks: the database answers and its schema matches the
// code (every migration shipped with this release is applied). Only coarse states leave this module —
// no paths, SQL, error messages or migration names, which would tell an attacker about the setup.

export type HealthReport =
  | { status: "ok"; database: "ok"; migrations: "current" }
  | { status: "error"; database: "ok"; migrations: "pending" | "failed" | "unknown" }
  | { status: "error"; database: "unreachable" };

export function defaultMigrationsDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
}

/** Names of the migration folders shipped with the code (each holds a migration.sql). */
export async function shippedMigrations(migrationsDir: string): Promise<string[]> {
  const entries = await fs.readdir(/*turbopackIgnore: true*/ migrationsDir, { withFileTypes: true });
  const names: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const sql = path.join(/*turbopackIgnore: true*/ migrationsDir, entry.name, "migration.sql");
    if (
      await fs.stat(/*turbopackIgnore: true*/ sql).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      names.push(entry.name);
  }
  return names.sort();
}

let shippedWithCode: Promise<string[]> | null = null;

/**
 * The default folder's migrations, read once: they ship with the running code and change only with
 * a deploy (which restarts the server). Under load every file-system call of a health check waits
 * for its turn on the event loop behind the requests being served (bench:http: /api/health p95).
 */
function shippedWithThisCode(): Promise<string[]> {
  shippedWithCode ??= shippedMigrations(defaultMigrationsDir()).catch((error: unknown) => {
    shippedWithCode = null;
    throw error;
  });
  return shippedWithCode;
}

type MigrationRow = { migration_name: string; finished_at: unknown; rolled_back_at: unknown };

/** What the check reads through: the main-thread probe (lib/db/probe.ts) by default; a PrismaClient works too. */
type HealthSource = { $queryRawUnsafe<T = unknown>(sql: string): Promise<T> };

export async function checkHealth(db: HealthSource = databaseProbe(), migrationsDir = defaultMigrationsDir()): Promise<HealthReport> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch (error) {
    logger.error("health: database unreachable", { error });
    return { status: "error", database: "unreachable" };
  }

  let shipped: string[];
  let rows: MigrationRow[];
  try {
    shipped = await (migrationsDir === defaultMigrationsDir() ? shippedWithThisCode() : shippedMigrations(migrationsDir));
    rows = await db.$queryRawUnsafe<MigrationRow[]>("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations");
  } catch (error) {
    // A missing _prisma_migrations table means the database was never migrated.
    logger.error("health: migration state unreadable", { error });
    return { status: "error", database: "ok", migrations: "unknown" };
  }

  const active = rows.filter((r) => r.rolled_back_at == null);
  if (active.some((r) => r.finished_at == null)) {
    logger.error("health: a migration failed or is still running", {
      unfinished: active.filter((r) => r.finished_at == null).map((r) => r.migration_name),
    });
    return { status: "error", database: "ok", migrations: "failed" };
  }
  const applied = new Set(active.map((r) => r.migration_name));
  const pending = shipped.filter((name) => !applied.has(name));
  if (pending.length > 0) {
    logger.warn("health: migrations pending", { pending });
    return { status: "error", database: "ok", migrations: "pending" };
  }
  return { status: "ok", database: "ok", migrations: "current" };
}
