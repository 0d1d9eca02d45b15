import { describe, expect, it } from "vitest";
import { runSeed } from "@/prisma/seed/run";
import { useTestDatabase } from "@/test/helpers/db";
import { publishedOffersSql, publishedOffersWhere } from "./visibility";

// The raw-SQL twin used by the search must select exactly the rows the Prisma rule selects.
describe("publishedOffersSql", () => {
  const db = useTestDatabase();

  it("selects the same offers as publishedOffersWhere on seeded data", async () => {
    await runSeed(
      { offers: 400, providers: 40, reset: false, seed: 7, today: "2026-11-27", help: false },
      { databaseUrl: db.url, passwordHash: "not-a-real-hash" },
    );
    // Also a deleted offer, a deleted provider and an offer hidden as stale, which the seed may not produce.
    const [first, second, third] = await db.prisma.offer.findMany({ where: publishedOffersWhere(), take: 3, orderBy: { id: "asc" } });
    await db.prisma.offer.update({ where: { id: first.id }, data: { deletedAt: new Date() } });
    await db.prisma.offer.update({ where: { id: third.id }, data: { staleHiddenAt: new Date() } });
    await db.prisma.organization.update({ where: { id: second.organizationId }, data: { deletedAt: new Date() } });

    for (const now of [new Date("2026-11-27T12:00:00Z"), new Date("2027-03-01T12:00:00Z")]) {
      for (const current of [true, false]) {
        const viaPrisma = (
          await db.prisma.offer.findMany({ where: publishedOffersWhere({ now, current }), select: { id: true }, orderBy: { id: "asc" } })
        ).map((o) => o.id);
        const twin = publishedOffersSql("o", { now, current });
        const viaSql = (
          await db.prisma.$queryRawUnsafe<{ id: number }[]>(
            `SELECT o.id AS id FROM "Offer" o WHERE ${twin.sql} ORDER BY o.id`,
            ...twin.params,
          )
        ).map((r) => Number(r.id));
        expect(viaSql).toEqual(viaPrisma);
        expect(viaPrisma.length).toBeGreaterThan(50);
        expect(viaPrisma).not.toContain(first.id);
        expect(viaPrisma).not.toContain(third.id);
      }
    }
  }, 60_000);

  it("rejects unsafe aliases", () => {
    expect(() => publishedOffersSql("o; DROP TABLE x")).toThrow();
  });
});
