import { afterEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient, isDatabaseLockedError } from "@/lib/db";
import { checkHealth } from "@/lib/health";
import { useTestDatabase } from "@/test/helpers/db";
import { holdWriteLock } from "@/test/helpers/lock-holder";
import type { PrismaClient } from "@/generated/prisma/client";

// The guarantees of lib/db/adapter.ts against a real migrated file: a statement outside a
// transaction never joins someone else's open transaction, reads see only committed rows, and a
// lock held by another process neither freezes the event loop nor fails anonymously.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}

describe("SQLite adapter: one writer queue, separate readers", () => {
  const db = useTestDatabase();
  const clients: PrismaClient[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const client of clients.splice(0)) await client.$disconnect();
    await db.prisma.$executeRawUnsafe("DROP TABLE IF EXISTS probe");
  });

  async function countProbe(client: PrismaClient = db.prisma): Promise<number> {
    const [row] = await client.$queryRawUnsafe<{ n: bigint | number }[]>("SELECT COUNT(*) AS n FROM probe");
    return Number(row.n);
  }

  it("keeps a write made outside a transaction when that transaction rolls back (the lost write)", async () => {
    await db.prisma.$executeRawUnsafe("CREATE TABLE probe (n INTEGER)");
    const order: string[] = [];
    let outsideWrite: Promise<number> | undefined;
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.$queryRawUnsafe("SELECT 1");
        outsideWrite = db.prisma.$executeRawUnsafe("INSERT INTO probe VALUES (1)").then((n) => {
          order.push("outside write done");
          return n;
        });
        await sleep(50);
        order.push("transaction fails");
        throw new Error("the transaction fails after another request wrote");
      }),
    ).rejects.toThrow("the transaction fails");
    expect(await outsideWrite).toBe(1);
    // The other request's write waited for the transaction instead of becoming part of it …
    expect(order).toEqual(["transaction fails", "outside write done"]);
    // … so the rollback did not take it along.
    expect(await countProbe()).toBe(1);
  });

  it("never shows rows of an open transaction to reads outside it, and shows them once committed", async () => {
    await db.prisma.$executeRawUnsafe("CREATE TABLE probe (n INTEGER)");
    const seenDuring: number[] = [];
    await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("INSERT INTO probe VALUES (1), (2)");
      expect(await countProbe(tx as unknown as PrismaClient)).toBe(2);
      // A read of another request answers at once (it does not wait for the transaction) and sees the committed state.
      const started = performance.now();
      seenDuring.push(await countProbe());
      expect(performance.now() - started).toBeLessThan(200);
    });
    expect(seenDuring).toEqual([0]);
    expect(await countProbe()).toBe(2);
  });

  it("does not show the rows of a transaction that rolls back, not even while it is open", async () => {
    await db.prisma.$executeRawUnsafe("CREATE TABLE probe (n INTEGER)");
    const seenDuring: number[] = [];
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("INSERT INTO probe VALUES (1)");
        seenDuring.push(await countProbe());
        seenDuring.push((await db.prisma.$queryRawUnsafe<unknown[]>("WITH p AS (SELECT * FROM probe) SELECT * FROM p")).length);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(seenDuring).toEqual([0, 0]);
    expect(await countProbe()).toBe(0);
  });

  it("sends INSERT … RETURNING and Prisma creates to the writer, and reads see them right after", async () => {
    await db.prisma.$executeRawUnsafe("CREATE TABLE probe (n INTEGER)");
    const returned = await db.prisma.$queryRawUnsafe<{ n: bigint | number }[]>("INSERT INTO probe VALUES (7) RETURNING n");
    expect(returned.map((row) => Number(row.n))).toEqual([7]);
    const organization = await db.prisma.organization.create({ data: { slug: "writer-probe", name: "Writer probe" } });
    expect(await db.prisma.organization.findUnique({ where: { id: organization.id }, select: { slug: true } })).toEqual({
      slug: "writer-probe",
    });
    expect(await countProbe()).toBe(1);
  });

  it("keeps answering reads while another process holds the write lock, and the write waits for it", async () => {
    const lock = await holdWriteLock(db.file, 3000);
    const lockStart = performance.now();
    const write = db.prisma.settings.findFirst().then(() => db.prisma.$executeRawUnsafe("CREATE TABLE probe (n INTEGER)"));

    // /api/health's check and the event loop during the lock.
    const readMs: number[] = [];
    const loopLagMs: number[] = [];
    let tick = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      loopLagMs.push(now - tick - 10);
      tick = now;
    }, 10);
    try {
      while (performance.now() - lockStart < 2500) {
        const started = performance.now();
        expect(await checkHealth(db.prisma)).toMatchObject({ status: "ok" });
        readMs.push(performance.now() - started);
        await sleep(20);
      }
    } finally {
      clearInterval(timer);
    }
    expect(readMs.length).toBeGreaterThan(50);
    expect(p95(readMs)).toBeLessThan(200);
    expect(Math.max(...loopLagMs)).toBeLessThan(200);

    await lock.released;
    await write;
    // The write went through after the other process committed (≈ 3 s after the lock began).
    expect(performance.now() - lockStart).toBeGreaterThan(2900);
    expect(await countProbe()).toBe(0);
  });

  it("fails a write after the lock timeout with an error and a log line that name the lock", async () => {
    const client = createPrismaClient(db.url, { lockTimeoutMs: 500 });
    clients.push(client);
    await client.$queryRawUnsafe("SELECT 1");
    const lines: string[] = [];
    vi.spyOn(console, "warn").mockImplementation((line: unknown) => void lines.push(String(line)));
    vi.spyOn(console, "error").mockImplementation((line: unknown) => void lines.push(String(line)));

    const lock = await holdWriteLock(db.file, 1500);
    try {
      const started = performance.now();
      const single = client.$executeRawUnsafe("CREATE TABLE probe (n INTEGER)").catch((error: unknown) => error);
      const transaction = client
        .$transaction(async (tx) => tx.$executeRawUnsafe("CREATE TABLE probe (n INTEGER)"))
        .catch((error: unknown) => error);
      const model = client.organization.create({ data: { slug: "locked", name: "Locked" } }).catch((error: unknown) => error);
      for (const error of [await single, await transaction, await model]) {
        expect(isDatabaseLockedError(error)).toBe(true);
        expect(JSON.stringify((error as { meta?: unknown }).meta)).toContain("database is locked by another process");
      }
      expect(performance.now() - started).toBeLessThan(1400);
      const logged = lines.map((line) => JSON.parse(line) as { level: string; msg: string; waitedMs: number });
      expect(logged.filter((entry) => entry.msg === "database is locked by another process")).toHaveLength(3);
      expect(logged.every((entry) => entry.waitedMs >= 500)).toBe(true);
    } finally {
      await lock.released;
    }
    // Nothing is stuck afterwards.
    await client.$executeRawUnsafe("CREATE TABLE probe (n INTEGER)");
    await client.$transaction(async (tx) => tx.$executeRawUnsafe("INSERT INTO probe VALUES (1)"));
    expect(await countProbe(client)).toBe(1);
  });
});

describe("SQLite adapter: reads on worker threads (DATABASE_READ_WORKERS)", () => {
  const db = useTestDatabase();

  it("answers like the main-thread reader and keeps the event loop free during a long read", async () => {
    const workers = createPrismaClient(db.url, { readWorkers: 2 });
    try {
      const organization = await workers.organization.create({ data: { slug: "worker-read", name: "Worker read", lat: 51.5, lng: 7.25 } });
      const select = { id: true, slug: true, name: true, lat: true, createdAt: true, status: true } as const;
      const viaWorker = await workers.organization.findUnique({ where: { id: organization.id }, select });
      const viaMain = await db.prisma.organization.findUnique({ where: { id: organization.id }, select });
      expect(viaWorker).toEqual(viaMain);
      const [raw] = await workers.$queryRawUnsafe<{ big: bigint; blob: Uint8Array; text: string }[]>(
        "SELECT 9007199254740993 AS big, x'00ff' AS blob, 'ä' AS text",
      );
      expect(raw).toEqual({ big: 9007199254740993n, blob: new Uint8Array([0, 255]), text: "ä" });

      let ticks = 0;
      const timer = setInterval(() => void (ticks += 1), 5);
      const started = performance.now();
      try {
        await workers.$queryRawUnsafe(
          "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1500000) SELECT COUNT(*) AS n FROM c",
        );
      } finally {
        clearInterval(timer);
      }
      const elapsed = performance.now() - started;
      // The timer kept firing while SQLite counted on the worker (on the main thread it would not fire once).
      expect(ticks).toBeGreaterThan(elapsed / 5 / 4);
    } finally {
      await workers.$disconnect();
    }
  });
});
