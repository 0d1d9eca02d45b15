import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/helpers/db";
import { parseProviderSearch } from "./params/parse";
import { searchProviderMarkers, searchProviders } from "./provider-search";

describe("searchProviders", () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    const p = db.prisma;
    const sport = await p.category.create({ data: { slug: "sport", name: "Sport" } });
    const fussball = await p.category.create({ data: { slug: "fussball", name: "Fußball", parentId: sport.id } });
    const nord = await p.district.create({ data: { slug: "nordstadt", name: "Nordstadt", centroidLat: 51.52, centroidLng: 7.46 } });
    await p.organization.create({
      data: {
        slug: "fc",
        name: "FC Mädchenfußball",
        status: "APPROVED",
        carrierType: "ASSOCIATION",
        districtId: nord.id,
        lat: 51.52,
        lng: 7.46,
        createdAt: new Date("2026-01-01T00:00:00Z"),
        categories: { create: [{ categoryId: fussball.id }] },
      },
    });
    await p.organization.create({
      data: {
        slug: "kirche",
        name: "Ärztehaus Kirche",
        status: "APPROVED",
        carrierType: "CHURCH",
        createdAt: new Date("2026-02-01T00:00:00Z"),
      },
    });
    await p.organization.create({ data: { slug: "pending", name: "Fußball wartet", status: "PENDING" } });
    await p.organization.create({ data: { slug: "deleted", name: "Fußball gelöscht", status: "APPROVED", deletedAt: new Date() } });
  });

  const names = async (sp: Record<string, string | string[]>) =>
    (await searchProviders(parseProviderSearch(sp).query)).providers.map((p) => p.name);

  it("matches keywords with German spellings and keeps non-approved providers out", async () => {
    expect(await names({ q: "maedchen" })).toEqual(["FC Mädchenfußball"]);
    expect(await names({ q: "fussball" })).toEqual(["FC Mädchenfußball"]);
    expect(await names({ q: "sport" })).toEqual(["FC Mädchenfußball"]); // parent category
    expect(await names({ q: '"*( NEAR' })).toEqual([]);
  });

  it("filters by category (root selects children), district and carrier type; sorts A–Z and newest", async () => {
    expect(await names({ kategorie: "sport" })).toEqual(["FC Mädchenfußball"]);
    expect(await names({ stadtteil: "nordstadt" })).toEqual(["FC Mädchenfußball"]);
    expect(await names({ traeger: "kirche" })).toEqual(["Ärztehaus Kirche"]);
    expect(await names({})).toEqual(["Ärztehaus Kirche", "FC Mädchenfußball"]);
    expect(await names({ sortierung: "neu" })).toEqual(["Ärztehaus Kirche", "FC Mädchenfußball"]);
    const page = await searchProviders(parseProviderSearch({ seite: "99" }).query, { pageSize: 1 });
    expect(page).toMatchObject({ total: 2, page: 2, pageCount: 2 });
  });

  it("returns markers only for providers with coordinates", async () => {
    expect((await searchProviderMarkers(parseProviderSearch({}).query)).map((m) => m.slug)).toEqual(["fc"]);
  });
});
