import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/helpers/db";
import { searchOffers } from "./offer-search";
import { type SearchParamsInput } from "./params/vocabulary";
import { parseOfferSearch } from "./params/parse";

// Offer."searchCategories" / "searchTargetGroups" (migration 0006_search_link_bits) are kept by
// triggers on the link tables, whatever writes them (Prisma nested creates, createMany/deleteMany,
// cascades). The search decides category/target-group filters on them for ids 1–30 and falls back
// to the link tables for other ids: both must give the same offers.

const NOW = new Date("2026-08-15T10:00:00Z");

async function slugs(sp: SearchParamsInput): Promise<string[]> {
  const result = await searchOffers(parseOfferSearch(sp).query, { now: NOW, pageSize: 100 });
  return result.offers.map((o) => o.slug).sort();
}

describe("category and target-group bits", () => {
  const db = useTestDatabase();
  const ids: Record<string, number> = {};

  const bits = async (slug: string) => {
    const rows = await db.prisma.$queryRawUnsafe<{ c: number | bigint; t: number | bigint }[]>(
      `SELECT "searchCategories" AS c, "searchTargetGroups" AS t FROM "Offer" WHERE "slug" = ?`,
      slug,
    );
    return { categories: Number(rows[0].c), targetGroups: Number(rows[0].t) };
  };

  beforeAll(async () => {
    const p = db.prisma;
    const sport = await p.category.create({ data: { slug: "sport", name: "Sport" } });
    const turnen = await p.category.create({ data: { slug: "turnen", name: "Turnen", parentId: sport.id } });
    // Ids above 30 have no bit: the search checks the link table for them.
    const musik = await p.category.create({ data: { id: 40, slug: "musik", name: "Musik" } });
    const chor = await p.category.create({ data: { id: 41, slug: "chor", name: "Chor", parentId: musik.id } });
    const kinder = await p.targetGroup.create({ data: { slug: "kinder", name: "Kinder" } });
    const eltern = await p.targetGroup.create({ data: { id: 35, slug: "eltern", name: "Eltern" } });
    Object.assign(ids, { sport: sport.id, turnen: turnen.id, musik: musik.id, chor: chor.id, kinder: kinder.id, eltern: eltern.id });
    const org = await p.organization.create({ data: { slug: "club", name: "Verein", status: "APPROVED" } });
    const offer = (slug: string, categoryIds: number[], targetGroupIds: number[]) =>
      p.offer.create({
        data: {
          slug,
          title: slug,
          organizationId: org.id,
          status: "PUBLISHED",
          publishedAt: NOW,
          categories: { create: categoryIds.map((categoryId) => ({ categoryId })) },
          targetGroups: { create: targetGroupIds.map((targetGroupId) => ({ targetGroupId })) },
        },
      });
    await offer("turnen-kinder", [turnen.id], [kinder.id]);
    await offer("sport-chor", [sport.id, chor.id], [eltern.id]);
    await offer("chor-kinder-eltern", [chor.id], [kinder.id, eltern.id]);
    await offer("nothing", [], []);
  });

  it("are kept by the triggers on every write of the link tables", async () => {
    expect(await bits("turnen-kinder")).toEqual({ categories: 2 ** ids.turnen, targetGroups: 2 ** ids.kinder });
    expect(await bits("sport-chor")).toEqual({ categories: 2 ** ids.sport, targetGroups: 0 });
    expect(await bits("nothing")).toEqual({ categories: 0, targetGroups: 0 });

    // A save replaces the sets (deleteMany + createMany), as features/offers/mutations.ts does.
    const { id } = await db.prisma.offer.findUniqueOrThrow({ where: { slug: "nothing" }, select: { id: true } });
    await db.prisma.offerCategory.createMany({
      data: [
        { offerId: id, categoryId: ids.sport },
        { offerId: id, categoryId: ids.turnen },
      ],
    });
    await db.prisma.offerTargetGroup.createMany({ data: [{ offerId: id, targetGroupId: ids.kinder }] });
    expect(await bits("nothing")).toEqual({ categories: 2 ** ids.sport + 2 ** ids.turnen, targetGroups: 2 ** ids.kinder });
    await db.prisma.offerCategory.deleteMany({ where: { offerId: id, categoryId: ids.sport } });
    await db.prisma.offerTargetGroup.deleteMany({ where: { offerId: id } });
    expect(await bits("nothing")).toEqual({ categories: 2 ** ids.turnen, targetGroups: 0 });
    await db.prisma.offerCategory.deleteMany({ where: { offerId: id } });
    expect(await bits("nothing")).toEqual({ categories: 0, targetGroups: 0 });
  });

  it("give the same offers as the link tables", async () => {
    // Bits: a root selects its subcategories.
    expect(await slugs({ kategorie: "sport" })).toEqual(["sport-chor", "turnen-kinder"]);
    expect(await slugs({ kategorie: "turnen" })).toEqual(["turnen-kinder"]);
    expect(await slugs({ zielgruppe: "kinder" })).toEqual(["chor-kinder-eltern", "turnen-kinder"]);
    // Link tables (ids without a bit), alone and mixed with ids that have one.
    expect(await slugs({ kategorie: "musik" })).toEqual(["chor-kinder-eltern", "sport-chor"]);
    expect(await slugs({ kategorie: ["turnen", "chor"] })).toEqual(["chor-kinder-eltern", "sport-chor", "turnen-kinder"]);
    expect(await slugs({ zielgruppe: "eltern" })).toEqual(["chor-kinder-eltern", "sport-chor"]);
    expect(await slugs({ zielgruppe: ["kinder", "eltern"], kategorie: "sport" })).toEqual(["sport-chor", "turnen-kinder"]);
  });

  it("follow cascades when a category is deleted", async () => {
    await db.prisma.category.delete({ where: { id: ids.turnen } });
    expect(await bits("turnen-kinder")).toEqual({ categories: 0, targetGroups: 2 ** ids.kinder });
    expect(await slugs({ kategorie: "sport" })).toEqual(["sport-chor"]);
  });
});
