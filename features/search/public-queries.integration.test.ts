import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { publishedOffersSql, publishedOffersWhere, approvedOrganizationsWhere } from "@/features/search/visibility";
import { runSeed } from "@/prisma/seed/run";
import { invalidateSharedCache } from "@/lib/shared-cache";
import { useTestDatabase } from "@/test/helpers/db";
import { visibleLanguageCodes } from "./facets";
import { normalizeSearchText, searchWords, MIN_INDEXED_WORD_LENGTH } from "./normalize";
import { categoryCounts, countOffersAndProviders, searchOfferMarkers, searchOffers } from "./offer-search";
import { resolvePlace } from "./place";
import { parseOfferSearch } from "./params/parse";

// The public pages' shared queries were rewritten from "load every row, filter in JavaScript" to SQL
// bounded by the page (issue #17). Each old query is kept below as the reference implementation, and
// both must give the same answer on a generated database.

const TODAY = "2026-11-27";
const NOW = new Date(`${TODAY}T12:00:00Z`);
const LATER = new Date("2027-03-01T12:00:00Z");

describe("public queries answer like the reference implementations", () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    await runSeed(
      { offers: 1500, providers: 80, reset: false, seed: 17, today: TODAY, help: false },
      { databaseUrl: db.url, passwordHash: "not-a-real-hash" },
    );
    // A deleted offer and a deleted provider, which the seed may not produce.
    const [first, second] = await db.prisma.offer.findMany({ where: publishedOffersWhere({ now: NOW }), take: 2, orderBy: { id: "asc" } });
    await db.prisma.offer.update({ where: { id: first.id }, data: { deletedAt: new Date() } });
    await db.prisma.organization.update({ where: { id: second.organizationId }, data: { deletedAt: new Date() } });
  }, 120_000);

  afterEach(() => invalidateSharedCache());

  /** Old offerFacets languages: Prisma's in-memory distinct over every OfferLanguage row of a visible offer. */
  async function referenceLanguages(now: Date): Promise<string[]> {
    const rows = await db.prisma.offerLanguage.findMany({
      where: { offer: publishedOffersWhere({ now }) },
      distinct: ["code"],
      select: { code: true },
    });
    return rows.map((r) => r.code).sort();
  }

  it("languages of current offers", async () => {
    for (const now of [NOW, LATER]) {
      const expected = await referenceLanguages(now);
      expect(expected.length).toBeGreaterThan(2);
      expect(await visibleLanguageCodes(now)).toEqual(expected);
    }
    // A language whose only offer is not visible is not offered.
    const hidden = await db.prisma.offer.findFirst({ where: { status: "DRAFT" }, select: { id: true } });
    await db.prisma.offerLanguage.create({ data: { offerId: hidden!.id, code: "zz" } });
    expect(await visibleLanguageCodes(NOW)).toEqual(await referenceLanguages(NOW));
    expect(await visibleLanguageCodes(NOW)).not.toContain("zz");
  });

  /** Old categoryCounts: every category link joined to its offer, COUNT(DISTINCT) per root or subcategory. */
  async function referenceCategoryCounts(now: Date) {
    const visible = publishedOffersSql("o", { now });
    const rows = await db.prisma.$queryRawUnsafe<{ slug: string; count: number | bigint }[]>(
      `SELECT c."slug" AS slug, COUNT(DISTINCT oc."offerId") AS count
       FROM "Category" c
       JOIN "Category" cc ON cc."id" = c."id" OR cc."parentId" = c."id"
       JOIN "OfferCategory" oc ON oc."categoryId" = cc."id"
       JOIN "Offer" o ON o."id" = oc."offerId"
       WHERE ${visible.sql}
       GROUP BY c."slug"`,
      ...visible.params,
    );
    const counts = new Map(rows.map((r) => [r.slug, Number(r.count)]));
    const categories = await db.prisma.category.findMany({ select: { slug: true }, orderBy: [{ parentId: "asc" }, { position: "asc" }] });
    return categories.map((c) => ({ slug: c.slug, count: counts.get(c.slug) ?? 0 }));
  }

  it("category counts (link bits, and the link-table path for ids past the bits)", async () => {
    for (const now of [NOW, LATER]) {
      const expected = await referenceCategoryCounts(now);
      expect(expected.some((c) => c.count > 50)).toBe(true);
      expect(await categoryCounts({ now })).toEqual(expected);
    }
    // A category with an id past the link bits switches to the link-table path; same answer.
    const root = await db.prisma.category.findFirst({ where: { parentId: null }, select: { id: true } });
    const late = await db.prisma.category.create({ data: { id: 40, slug: "spaet", name: "Spät", parentId: root!.id } });
    const offers = await db.prisma.offer.findMany({ where: publishedOffersWhere({ now: NOW }), take: 5, select: { id: true } });
    await db.prisma.offerCategory.createMany({ data: offers.map((o) => ({ offerId: o.id, categoryId: late.id })) });
    expect(await categoryCounts({ now: NOW })).toEqual(await referenceCategoryCounts(NOW));
    await db.prisma.category.delete({ where: { id: late.id } });
  });

  /** Old provider count: every approved provider with its texts loaded and matched in JavaScript. */
  async function referenceProviderCount(params: Record<string, string>): Promise<number> {
    const query = parseOfferSearch(params).query;
    const place = query.place ? await resolvePlace(query.place) : null;
    const radiusKm = place ? (query.radiusKm ?? 5) : null;
    const candidates = await db.prisma.organization.findMany({
      where: approvedOrganizationsWhere(),
      select: {
        name: true,
        subline: true,
        summary: true,
        description: true,
        city: true,
        postalCode: true,
        lat: true,
        lng: true,
        district: { select: { name: true } },
        categories: { select: { category: { select: { name: true, parent: { select: { name: true } } } } } },
      },
    });
    const all = searchWords(query.q);
    const long = all.filter((w) => w.length >= MIN_INDEXED_WORD_LENGTH);
    const words = long.length > 0 ? long : all;
    return candidates.filter((c) => {
      const text = ` ${normalizeSearchText(
        [
          c.name,
          c.subline,
          c.summary,
          c.description,
          c.city,
          c.postalCode,
          c.district?.name,
          ...c.categories.flatMap((x) => [x.category.name, x.category.parent?.name]),
        ]
          .filter(Boolean)
          .join(" "),
      )} `;
      const matches = words.every((w) => (w.length >= MIN_INDEXED_WORD_LENGTH ? text.includes(w) : text.includes(` ${w}`)));
      if (!matches) return false;
      if (!place || radiusKm === null) return true;
      const kx = 111.195 * Math.cos((place.lat * Math.PI) / 180);
      return c.lat !== null && c.lng !== null && Math.hypot((c.lat - place.lat) * 111.195, (c.lng - place.lng) * kx) <= radiusKm;
    }).length;
  }

  it.each<Record<string, string>>([
    {},
    { q: "verein" },
    { q: "kinder sport" },
    { q: "fussball" },
    { q: "a" },
    { ort: "12345", umkreis: "5" },
    { ort: "12345", umkreis: "2" },
    { q: "beratung", ort: "12345", umkreis: "10" },
    { kategorie: "sport", q: "kinder" },
  ])("provider count for %j", async (params) => {
    const { providers } = await countOffersAndProviders(parseOfferSearch(params).query, { now: NOW });
    expect(providers).toBe(await referenceProviderCount(params));
  });

  it("provider count with the shared keyword index on, and after invalidation", async () => {
    const previous = process.env.SHARED_CACHE_TTL_MS;
    process.env.SHARED_CACHE_TTL_MS = "60000";
    try {
      const query = parseOfferSearch({ q: "verein" }).query;
      const before = (await countOffersAndProviders(query, { now: NOW })).providers;
      expect(before).toBe(await referenceProviderCount({ q: "verein" }));
      // A provider without "verein" in any text (and its categories, which no seed category names so).
      const orgs = await db.prisma.organization.findMany({
        where: approvedOrganizationsWhere(),
        select: { id: true, name: true, subline: true, summary: true, description: true },
      });
      const org = orgs.find((o) => !normalizeSearchText([o.name, o.subline, o.summary, o.description].join(" ")).includes("verein"));
      await db.prisma.organization.update({ where: { id: org!.id }, data: { subline: "Ein Sportverein" } });
      // Cached: the change shows after the TTL or an invalidation.
      expect((await countOffersAndProviders(query, { now: NOW })).providers).toBe(before);
      invalidateSharedCache();
      const after = (await countOffersAndProviders(query, { now: NOW })).providers;
      expect(after).toBe(before + 1);
      expect(after).toBe(await referenceProviderCount({ q: "verein" }));
    } finally {
      if (previous === undefined) delete process.env.SHARED_CACHE_TTL_MS;
      else process.env.SHARED_CACHE_TTL_MS = previous;
    }
  });

  /** Markers must be exactly the search's matches with coordinates, soonest first (nulls last), then by id. */
  async function referenceMarkers(params: Record<string, string>): Promise<number[]> {
    const query = parseOfferSearch(params).query;
    const ids: number[] = [];
    for (let page = 1; ; page++) {
      const result = await searchOffers({ ...query, page }, { now: NOW, pageSize: 100 });
      ids.push(...result.offers.map((o) => o.id));
      if (page >= result.pageCount) break;
    }
    const wanted = new Set(ids);
    const rows = await db.prisma.offer.findMany({
      where: { lat: { not: null }, lng: { not: null } },
      select: { id: true, nextOccurrenceAt: true },
    });
    return rows
      .filter((r) => wanted.has(r.id))
      .sort((a, b) => (a.nextOccurrenceAt?.getTime() ?? Infinity) - (b.nextOccurrenceAt?.getTime() ?? Infinity) || a.id - b.id)
      .map((r) => r.id);
  }

  it.each<Record<string, string>>([
    {},
    { q: "kinder" },
    { kategorie: "sport" },
    { ort: "12345", umkreis: "3" },
    { kostenlos: "1", tag: "di" },
  ])("markers for %j", async (params) => {
    const expected = await referenceMarkers(params);
    expect(expected.length).toBeGreaterThan(0);
    expect((await searchOfferMarkers(parseOfferSearch(params).query, { now: NOW })).map((m) => m.id)).toEqual(expected);
  });

  // The search page shows the search's total on the offers tab instead of counting the matches again.
  it.each<Record<string, string>>([
    {},
    { q: "kinder", ort: "12345", umkreis: "10", kostenlos: "1" },
    { kategorie: "sport", alter: "8" },
    { tag: "sa", zeit: "vormittag" },
    { q: "zzzzzz" },
  ])("offers tab count equals the search total for %j", async (params) => {
    const query = parseOfferSearch(params).query;
    expect((await countOffersAndProviders(query, { now: NOW })).offers).toBe((await searchOffers(query, { now: NOW })).total);
  });
});
