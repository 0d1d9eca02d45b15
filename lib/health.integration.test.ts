import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient, DatabaseProbe, databaseProbe } from "@/lib/db";
import { useTestDatabase } from "@/test/helpers/db";
import { checkHealth, defaultMigrationsDir, shippedMigrations } from "./health";

describe("checkHealth", () => {
  const db = useTestDatabase();
  const tempDirs: string[] = [];
  afterEach(() => {
    for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  function migrationsDirWithExtra(name: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "health-migrations-"));
    tempDirs.push(dir);
    fs.cpSync(defaultMigrationsDir(), dir, { recursive: true });
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), "SELECT 1;");
    return dir;
  }

  it("reads the shipped migration folders and ignores files", async () => {
    const names = await shippedMigrations(defaultMigrationsDir());
    expect(names.length).toBeGreaterThan(0);
    expect(names).not.toContain("migration_lock.toml");
  });

  it("is ok on a fully migrated database", async () => {
    expect(await checkHealth(db.prisma)).toEqual({ status: "ok", database: "ok", migrations: "current" });
  });

  it("reads the configured database through the main-thread probe by default", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", database: "ok", migrations: "current" });
    const [first] = await shippedMigrations(defaultMigrationsDir());
    await db.prisma.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = ?`, first);
    try {
      // The probe sees committed writes of the server's writer at once.
      expect(await checkHealth()).toEqual({ status: "error", database: "ok", migrations: "failed" });
    } finally {
      await db.prisma.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET finished_at = started_at WHERE migration_name = ?`, first);
    }
  });

  it("is not queued behind long reads waiting for the read workers", async () => {
    const pooled = createPrismaClient(db.url, { readWorkers: 1 });
    try {
      await pooled.$queryRawUnsafe("SELECT 1"); // the worker is up
      let longReadDone = false;
      // About a second of work for the only worker (a recursive count to 3 million).
      const longRead = pooled
        .$queryRawUnsafe("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) SELECT count(*) AS c FROM n")
        .then(() => (longReadDone = true));
      const queuedBehind = pooled.$queryRawUnsafe("SELECT 1").then(() => longReadDone);
      expect(await checkHealth(databaseProbe(db.url))).toMatchObject({ status: "ok" });
      expect(longReadDone).toBe(false);
      expect(await queuedBehind).toBe(true); // what the check would have waited for through Prisma
      await longRead;
    } finally {
      await pooled.$disconnect();
    }
  });

  it("reports pending when the code ships a migration the database lacks", async () => {
    const dir = migrationsDirWithExtra("9999_later_change");
    expect(await checkHealth(db.prisma, dir)).toEqual({ status: "error", database: "ok", migrations: "pending" });
  });

  it("reports a failed migration (started, never finished)", async () => {
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ('x', 'x', '9999_broken', CURRENT_TIMESTAMP, 0)`,
    );
    try {
      expect(await checkHealth(db.prisma)).toEqual({ status: "error", database: "ok", migrations: "failed" });
    } finally {
      await db.prisma.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE id = 'x'`);
    }
  });

  it("reports pending when a migration row is missing", async () => {
    const [first] = await shippedMigrations(defaultMigrationsDir());
    await db.prisma.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE migration_name = ?`, first);
    expect(await checkHealth(db.prisma)).toEqual({ status: "error", database: "ok", migrations: "pending" });
  });

  it("reports unknown when the database was never migrated", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "health-db-")), "empty.db");
    tempDirs.push(path.dirname(file));
    const empty = createPrismaClient(`file:${file}`);
    try {
      expect(await checkHealth(empty)).toEqual({ status: "error", database: "ok", migrations: "unknown" });
    } finally {
      await empty.$disconnect();
    }
  });

  it("reports an unreachable database without details", async () => {
    // A directory cannot be opened as a SQLite file.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "health-dir-"));
    tempDirs.push(dir);
    const broken = createPrismaClient(`file:${dir}`);
    const probe = new DatabaseProbe(`file:${dir}`);
    try {
      expect(await checkHealth(broken)).toEqual({ status: "error", database: "unreachable" });
      expect(await checkHealth(probe)).toEqual({ status: "error", database: "unreachable" });
    } finally {
      await broken.$disconnect().catch(() => undefined);
      probe.close();
    }
  });
});
