import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { migrationNames, useTestDatabase } from "./helpers/db";

describe("test database", () => {
  const db = useTestDatabase();

  it("applies every migration and records it like prisma migrate deploy", async () => {
    const applied = await db.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(applied.map((row) => row.migration_name)).toEqual(migrationNames());
    expect(process.env.DATABASE_URL).toBe(db.url);
    expect(fs.existsSync(db.file)).toBe(true);
  });

  it("runs in WAL mode (lib/db switches every file it opens)", async () => {
    const [mode] = await db.prisma.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(mode.journal_mode.toLowerCase()).toBe("wal");
  });

  it("writes and reads through Prisma, including relations and enums", async () => {
    const organization = await db.prisma.organization.create({
      data: {
        slug: "testverein",
        name: "Testverein e.V.",
        status: "APPROVED",
        offers: { create: { slug: "lauftreff", title: "Lauftreff", status: "PUBLISHED", publishedAt: new Date() } },
      },
    });
    const offer = await db.prisma.offer.findUniqueOrThrow({
      where: { slug: "lauftreff" },
      select: { title: true, status: true, organization: { select: { id: true, name: true } } },
    });
    expect(offer).toEqual({ title: "Lauftreff", status: "PUBLISHED", organization: { id: organization.id, name: "Testverein e.V." } });
  });

  it("empties all tables on reset but keeps the schema", async () => {
    await db.reset();
    expect(await db.prisma.organization.count()).toBe(0);
    expect(await db.prisma.offer.count()).toBe(0);
  });
});
