import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";

// Integration tests run against a real, migrated SQLite file — one per test file, so files can run
// in parallel workers without seeing each other's rows.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
export const TEST_DATA_DIR = path.join(ROOT, "data", "test");

export interface TestDatabase {
  /** Absolute SQLite file path. */
  file: string;
  /** `file:` URL, also set as process.env.DATABASE_URL while the database is in use. */
  url: string;
  /** lib/db's client, which now talks to this database. */
  prisma: PrismaClient;
  /** Deletes every row (migrations stay applied) — for tests that need an empty database again. */
  reset(): Promise<void>;
  /** Disconnects, restores the previous DATABASE_URL and deletes the file. */
  cleanup(): Promise<void>;
}

/** Names of the migration folders in the order Prisma applies them. */
export function migrationNames(): string[] {
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(MIGRATIONS_DIR, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Applies prisma/migrations/* to `file` directly (no CLI process: milliseconds instead of seconds)
 * and records them in `_prisma_migrations` like `prisma migrate deploy` does, so the file is
 * indistinguishable from a deployed database.
 */
export function applyMigrations(file: string): void {
  const db = new Database(file);
  try {
    db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL,
      "checksum" TEXT NOT NULL,
      "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL,
      "logs" TEXT,
      "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
    )`);
    const record = db.prepare(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, ?, ?, 1)`,
    );
    for (const name of migrationNames()) {
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
      db.exec("BEGIN");
      try {
        db.exec(sql);
        record.run(randomUUID(), createHash("sha256").update(sql).digest("hex"), Date.now(), name);
        db.exec("COMMIT");
      } catch (error) {
        db.exec("ROLLBACK");
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    db.close();
  }
}

export function removeDatabaseFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

function currentTestFileLabel(): string {
  const testPath = expect.getState().testPath;
  const base = testPath ? path.basename(testPath).replace(/\.test\.tsx?$/, "") : "test";
  return base.replace(/[^a-zA-Z0-9_-]+/g, "-").slice(0, 40);
}

/**
 * Creates a fresh migrated database and points lib/db at it (lib/db re-creates its client when
 * DATABASE_URL changes). Call it in `beforeAll` and `cleanup()` in `afterAll` — or use
 * `useTestDatabase()`, which does both.
 */
export async function setupTestDatabase(options: { name?: string } = {}): Promise<TestDatabase> {
  fs.mkdirSync(TEST_DATA_DIR, { recursive: true });
  const label = options.name ?? currentTestFileLabel();
  const file = path.join(TEST_DATA_DIR, `${label}-${process.pid}-${randomUUID().slice(0, 8)}.db`);
  applyMigrations(file);

  const url = `file:${file}`;
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;

  return {
    file,
    url,
    prisma,
    async reset() {
      const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
        // Ordinary tables only: FTS5 virtual/shadow tables (OfferSearch*) may not be written directly;
        // the delete trigger on OfferSearchDocument empties the index when its rows are deleted.
        `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`,
      );
      // Foreign keys off for the deletes, so the order of tables does not matter.
      await prisma.$executeRawUnsafe("PRAGMA foreign_keys = OFF");
      try {
        for (const { name } of tables) await prisma.$executeRawUnsafe(`DELETE FROM "${name}"`);
        const hasSequence = await prisma.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'`);
        if (hasSequence.length > 0) await prisma.$executeRawUnsafe(`DELETE FROM sqlite_sequence`);
      } finally {
        await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
      }
    },
    async cleanup() {
      if (process.env.DATABASE_URL === url) {
        await prisma.$disconnect();
        if (previousUrl === undefined) delete process.env.DATABASE_URL;
        else process.env.DATABASE_URL = previousUrl;
      }
      removeDatabaseFiles(file);
    },
  };
}

/**
 * Registers beforeAll/afterAll hooks that give the current test file its own database.
 * The returned handle is usable inside tests and hooks (not at module top level).
 */
export function useTestDatabase(options: { name?: string } = {}): TestDatabase {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await setupTestDatabase(options);
  });
  afterAll(async () => {
    await current?.cleanup();
    current = undefined;
  });

  const get = (): TestDatabase => {
    if (!current) throw new Error("useTestDatabase(): the database exists only inside tests and hooks");
    return current;
  };
  return {
    get file() {
      return get().file;
    },
    get url() {
      return get().url;
    },
    get prisma() {
      return get().prisma;
    },
    reset: () => get().reset(),
    cleanup: () => get().cleanup(),
  };
}
