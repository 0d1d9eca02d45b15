import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/helpers/db";
import { countOffersAndProviders, searchOfferMarkers, searchOffers } from "./offer-search";
import { type SearchParamsInput } from "./params/vocabulary";
import { parseOfferSearch } from "./params/parse";

// A database without migration 0006 (e.g. a running dev server migrated later) is searched as before:
// link tables instead of the bits, Offer_search_idx instead of the partial index. Simulated by
// dropping the partial index (the probe's marker) and zeroing the bits before the first search.

const NOW = new Date("2026-08-15T10:00:00Z");

const query = (sp: SearchParamsInput) => parseOfferSearch(sp).query;

describe("search without migration 0006", () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    const p = db.prisma;
    const sport = await p.category.create({ data: { slug: "sport", name: "Sport" } });
    const turnen = await p.category.create({ data: { slug: "turnen", name: "Turnen", parentId: sport.id } });
    const kinder = await p.targetGroup.create({ data: { slug: "kinder", name: "Kinder" } });
    const org = await p.organization.create({ data: { slug: "club", name: "Verein", status: "APPROVED" } });
    for (const [slug, categoryIds, groupIds] of [
      ["turnen-kinder", [turnen.id], [kinder.id]],
      ["sport", [sport.id], []],
      ["nothing", [], []],
    ] as const) {
      await p.offer.create({
        data: {
          slug,
          title: slug,
          organizationId: org.id,
          status: "PUBLISHED",
          publishedAt: NOW,
          lat: 51.52,
          lng: 7.46,
          categories: { create: categoryIds.map((categoryId) => ({ categoryId })) },
          targetGroups: { create: groupIds.map((targetGroupId) => ({ targetGroupId })) },
        },
      });
    }
    await p.$executeRawUnsafe(`DROP INDEX "Offer_visible_search_idx"`);
    await p.$executeRawUnsafe(`UPDATE "Offer" SET "searchCategories" = 0, "searchTargetGroups" = 0`);
  });

  it("filters through the link tables and counts on Offer_search_idx", async () => {
    const slugs = async (sp: SearchParamsInput) => (await searchOffers(query(sp), { now: NOW })).offers.map((o) => o.slug).sort();
    expect(await slugs({ kategorie: "sport" })).toEqual(["sport", "turnen-kinder"]);
    expect(await slugs({ zielgruppe: "kinder" })).toEqual(["turnen-kinder"]);
    expect(await slugs({})).toEqual(["nothing", "sport", "turnen-kinder"]);
    expect((await searchOfferMarkers(query({ kategorie: "turnen" }), { now: NOW })).map((m) => m.slug)).toEqual(["turnen-kinder"]);
    expect((await countOffersAndProviders(query({ kategorie: "sport" }), { now: NOW })).offers).toBe(2);
  });
});
