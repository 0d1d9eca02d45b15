import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/helpers/db";
import { PURGE_BATCH_SIZE, purgeExpiredDeletions } from "./trash-retention";

// The purge runs next to the live server, in batches of short transactions: more expired offers than
// one batch must all go, each with its audit entry, and recent deletions stay.

const NOW = new Date("2026-12-07T06:30:00Z");
const DAY = 24 * 60 * 60 * 1000;

describe("purgeExpiredDeletions in batches", () => {
  const db = useTestDatabase();

  it("purges more expired offers than one batch holds and leaves recent deletions", async () => {
    const organization = await db.prisma.organization.create({ data: { slug: "batchverein", name: "Batchverein", status: "APPROVED" } });
    const count = PURGE_BATCH_SIZE * 2 + 5;
    for (let i = 0; i < count; i++) {
      await db.prisma.offer.create({
        data: {
          slug: `alt-${i}`,
          title: `Alt ${i}`,
          organizationId: organization.id,
          status: "PUBLISHED",
          deletedAt: new Date(NOW.getTime() - 31 * DAY),
        },
      });
    }
    const recent = await db.prisma.offer.create({
      data: {
        slug: "frisch",
        title: "Frisch",
        organizationId: organization.id,
        status: "PUBLISHED",
        deletedAt: new Date(NOW.getTime() - 29 * DAY),
      },
    });

    await expect(purgeExpiredDeletions(NOW)).resolves.toEqual({ offers: count, organizations: 0 });
    expect(await db.prisma.offer.findMany({ select: { id: true } })).toEqual([{ id: recent.id }]);
    expect(await db.prisma.auditLog.count({ where: { action: "offer.purge" } })).toBe(count);
    await expect(purgeExpiredDeletions(NOW)).resolves.toEqual({ offers: 0, organizations: 0 });
  });

  it("purges an expired organisation together with its offers, in its own transaction", async () => {
    const gone = await db.prisma.organization.create({ data: { slug: "weg", name: "Weg", deletedAt: new Date(NOW.getTime() - 40 * DAY) } });
    await db.prisma.offer.create({ data: { slug: "weg-angebot", title: "Weg-Angebot", organizationId: gone.id } });
    await expect(purgeExpiredDeletions(NOW)).resolves.toEqual({ offers: 0, organizations: 1 });
    expect(await db.prisma.organization.findUnique({ where: { id: gone.id } })).toBeNull();
    expect(await db.prisma.offer.count({ where: { slug: "weg-angebot" } })).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { action: "organization.purge", entityId: String(gone.id) } })).toBe(1);
  });
});
