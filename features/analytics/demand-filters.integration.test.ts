import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/helpers/db";
import { emptyOfferSearch, type OfferSearchQuery } from "@/features/search/params/vocabulary";
import { filtersUsed, normalizeTerm } from "./events";
import { flushAnalytics, recordEvent } from "./record";
import { purgeExpiredAnalytics } from "./retention";
import { defaultAnalyticsFilter, type AnalyticsFilter } from "./schemas";
import { topTerms } from "./queries/top-terms";
import { zeroResultTerms } from "./queries/zero-result-terms";
import { topFilters } from "./queries/top-filters";
import { topProviders } from "./queries/top-providers";
import { topOffers } from "./queries/top-offers";
import { contactClicks, type DemandTotals } from "./queries/contact-clicks";

// Every planner filter on every demand chart, against hand-counted numbers: searches count by the
// filters the resident used (a main category also through its subcategories), offer views / offer
// contact clicks / downloads by the offer's attributes, provider views / provider-page contact clicks
// by the provider. The counts come from the daily aggregates, so they survive the raw events' deletion.

const NOW = new Date("2026-12-30T12:00:00Z");
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const RANGE = { from: "2026-12-01", to: "2026-12-31" };

function filter(overrides: Partial<AnalyticsFilter>): AnalyticsFilter {
  return { ...defaultAnalyticsFilter(NOW), ...RANGE, ...overrides };
}

describe("demand charts with filters", () => {
  const db = useTestDatabase();
  const id = { sport: 0, fussball: 0, musik: 0, kinder: 0, senioren: 0, nord: 0, sued: 0, a: 0, b: 0, o1: 0, o2: 0, o3: 0 };

  function search(query: Partial<OfferSearchQuery>, resultCount: number, view: "list" | "map", at = NOW) {
    const full = { ...emptyOfferSearch(), ...query };
    recordEvent(
      { type: "SEARCH", term: normalizeTerm(full.q), filters: filtersUsed(full), resultCount, view, locale: "de" },
      { userAgent: BROWSER, now: at },
    );
  }

  beforeAll(async () => {
    const p = db.prisma;
    id.sport = (await p.category.create({ data: { slug: "sport", name: "Sport" } })).id;
    id.fussball = (await p.category.create({ data: { slug: "fussball", name: "Fußball", parentId: id.sport } })).id;
    id.musik = (await p.category.create({ data: { slug: "musik", name: "Musik", position: 1 } })).id;
    id.kinder = (await p.targetGroup.create({ data: { slug: "kinder", name: "Kinder" } })).id;
    id.senioren = (await p.targetGroup.create({ data: { slug: "senioren", name: "Senioren", position: 1 } })).id;
    id.nord = (await p.district.create({ data: { slug: "nord", name: "Nord", centroidLat: 51.5, centroidLng: 7.4 } })).id;
    id.sued = (await p.district.create({ data: { slug: "sued", name: "Süd", centroidLat: 51.4, centroidLng: 7.4, position: 1 } })).id;
    id.a = (
      await p.organization.create({
        data: {
          slug: "a",
          name: "Verein A",
          status: "APPROVED",
          districtId: id.nord,
          postalCode: "11111",
          categories: { create: [{ categoryId: id.sport }] },
        },
      })
    ).id;
    id.b = (
      await p.organization.create({
        data: {
          slug: "b",
          name: "Verein B",
          status: "APPROVED",
          districtId: id.sued,
          postalCode: "22222",
          categories: { create: [{ categoryId: id.musik }] },
        },
      })
    ).id;
    const offer = async (slug: string, data: Record<string, unknown>) =>
      (
        await p.offer.create({
          data: { slug, title: slug, status: "PUBLISHED", publishedAt: new Date("2026-01-05T10:00:00Z"), ...data } as never,
        })
      ).id;
    id.o1 = await offer("o1", {
      organizationId: id.a,
      districtId: id.nord,
      postalCode: "11111",
      isFree: true,
      categories: { create: [{ categoryId: id.fussball }] },
      targetGroups: { create: [{ targetGroupId: id.kinder }] },
    });
    id.o2 = await offer("o2", {
      organizationId: id.b,
      districtId: id.sued,
      postalCode: "22222",
      wheelchair: "YES",
      categories: { create: [{ categoryId: id.musik }] },
      targetGroups: { create: [{ targetGroupId: id.senioren }] },
    });
    id.o3 = await offer("o3", {
      organizationId: id.a,
      districtId: id.sued,
      postalCode: "22222",
      targetGroups: { create: [{ targetGroupId: id.senioren }] },
    });

    const yesterday = new Date("2026-12-29T12:00:00Z");
    // s1 and s7: the same filters on two days; s9: the same again, outside the range.
    search({ q: "Fußball", categories: ["fussball"], targetGroups: ["kinder"], districts: ["nord"] }, 3, "list"); // s1
    search({ q: "fussball", categories: ["sport"], free: true }, 0, "map"); // s2
    search({ q: "Chor", categories: ["musik"], wheelchair: true, place: "22222" }, 0, "list"); // s3
    search({ q: "chor" }, 2, "list"); // s4: no filters
    search({ targetGroups: ["kinder"], free: true }, 5, "map"); // s5: no keyword
    search({ q: "Schach", districts: ["sued"], place: "22222" }, 0, "list"); // s6
    search({ q: "fussball", categories: ["fussball"], targetGroups: ["kinder"], districts: ["nord"] }, 1, "list", yesterday); // s7
    search({ q: "tanz", categories: ["unbekannt"], place: "Hauptstraße 1" }, 0, "list"); // s8: unknown slug, free-text place
    search(
      { q: "fussball", categories: ["fussball"], targetGroups: ["kinder"], districts: ["nord"] },
      1,
      "list",
      new Date("2026-10-01T12:00:00Z"),
    ); // s9

    const view = (offerId: number, organizationId: number) =>
      recordEvent({ type: "OFFER_VIEW", offerId, organizationId, locale: "de" }, { userAgent: BROWSER, now: NOW });
    view(id.o1, id.a);
    view(id.o1, id.a);
    view(id.o2, id.b);
    view(id.o3, id.a);
    recordEvent({ type: "CONTACT", kind: "mail", offerId: id.o1, organizationId: id.a, locale: "de" }, { userAgent: BROWSER, now: NOW });
    recordEvent({ type: "CONTACT", kind: "phone", offerId: null, organizationId: id.b, locale: "de" }, { userAgent: BROWSER, now: NOW });
    recordEvent({ type: "ICS", offerId: id.o2, organizationId: id.b, locale: "de" }, { userAgent: BROWSER, now: NOW });
    for (const org of [id.a, id.a, id.b])
      recordEvent({ type: "PROVIDER_VIEW", organizationId: org, locale: "de" }, { userAgent: BROWSER, now: NOW });
    await flushAnalytics();
  });

  const pairs = (rows: { key: string; count: number }[]) => rows.map((r) => [r.key, r.count]);
  const totals = (partial: Partial<DemandTotals> & { mail?: number; phone?: number }): DemandTotals => {
    const { mail = 0, phone = 0, ...rest } = partial;
    return {
      searches: 0,
      zeroResultSearches: 0,
      mapSearches: 0,
      offerViews: 0,
      providerViews: 0,
      icsDownloads: 0,
      ...rest,
      contacts: { mail, phone, website: 0 },
    };
  };

  it("counts everything of the range without filters (the unfiltered daily counts)", async () => {
    expect(pairs(await topTerms(filter({})))).toEqual([
      ["fussball", 3],
      ["chor", 2],
      ["schach", 1],
      ["tanz", 1],
    ]);
    expect(pairs(await zeroResultTerms(filter({})))).toEqual([
      ["chor", 1],
      ["fussball", 1],
      ["schach", 1],
      ["tanz", 1],
    ]);
    expect(await contactClicks(filter({}))).toEqual(
      totals({ searches: 8, zeroResultSearches: 4, mapSearches: 2, offerViews: 4, providerViews: 3, icsDownloads: 1, mail: 1, phone: 1 }),
    );
  });

  it("category: searches that used it or one of its subcategories; offers in it; providers with it", async () => {
    const sport = filter({ category: id.sport });
    expect(pairs(await topTerms(sport))).toEqual([["fussball", 3]]);
    expect(pairs(await zeroResultTerms(sport))).toEqual([["fussball", 1]]);
    expect(pairs(await topFilters(sport))).toEqual([
      ["kategorie=fussball", 2],
      ["stadtteil=nord", 2],
      ["zielgruppe=kinder", 2],
      ["kategorie=sport", 1],
      ["kostenlos", 1],
    ]);
    expect(await contactClicks(sport)).toEqual(
      totals({ searches: 3, zeroResultSearches: 1, mapSearches: 1, offerViews: 2, providerViews: 2, mail: 1 }),
    );
    expect((await topProviders(sport)).map((r) => [r.name, r.views])).toEqual([["Verein A", 2]]);
    // A subcategory: searches for it, not those for the whole main category.
    const fussball = filter({ category: id.fussball });
    expect(pairs(await topTerms(fussball))).toEqual([["fussball", 2]]);
    expect(await zeroResultTerms(fussball)).toEqual([]);
    const musik = filter({ category: id.musik });
    expect(pairs(await zeroResultTerms(musik))).toEqual([["chor", 1]]);
    expect(await contactClicks(musik)).toEqual(
      totals({ searches: 1, zeroResultSearches: 1, offerViews: 1, providerViews: 1, icsDownloads: 1, phone: 1 }),
    );
  });

  it("target group: searches that used it; offers for it; providers with such an offer", async () => {
    const kinder = filter({ targetGroup: id.kinder });
    expect(pairs(await topTerms(kinder))).toEqual([["fussball", 2]]);
    expect(await zeroResultTerms(kinder)).toEqual([]);
    expect(pairs(await topFilters(kinder))).toEqual([
      ["zielgruppe=kinder", 3],
      ["kategorie=fussball", 2],
      ["stadtteil=nord", 2],
      ["kostenlos", 1],
    ]);
    expect(await contactClicks(kinder)).toEqual(totals({ searches: 3, mapSearches: 1, offerViews: 2, providerViews: 2, mail: 1 }));
    const senioren = filter({ targetGroup: id.senioren });
    expect(await topTerms(senioren)).toEqual([]);
    expect(await contactClicks(senioren)).toEqual(totals({ offerViews: 2, providerViews: 3, icsDownloads: 1, phone: 1 }));
    expect((await topProviders(senioren)).map((r) => [r.name, r.views])).toEqual([
      ["Verein A", 2],
      ["Verein B", 1],
    ]);
  });

  it("district and postal code: searches that used them (the postal code as the place); offers and providers there", async () => {
    const nord = filter({ district: id.nord });
    expect(pairs(await topTerms(nord))).toEqual([["fussball", 2]]);
    expect(await contactClicks(nord)).toEqual(totals({ searches: 2, offerViews: 2, providerViews: 2, mail: 1 }));
    const sued = filter({ district: id.sued });
    expect(pairs(await zeroResultTerms(sued))).toEqual([["schach", 1]]);
    expect(await contactClicks(sued)).toEqual(
      totals({ searches: 1, zeroResultSearches: 1, offerViews: 2, providerViews: 1, icsDownloads: 1, phone: 1 }),
    );
    const plz = filter({ postalCode: "22222" });
    expect(pairs(await zeroResultTerms(plz))).toEqual([
      ["chor", 1],
      ["schach", 1],
    ]);
    expect(pairs(await topFilters(plz))).toEqual([
      ["ort=22222", 2],
      ["barrierefrei", 1],
      ["kategorie=musik", 1],
      ["stadtteil=sued", 1],
    ]);
    expect((await topProviders(plz)).map((r) => r.name)).toEqual(["Verein B"]);
    expect(await contactClicks(filter({ postalCode: "11111" }))).toEqual(totals({ offerViews: 2, providerViews: 2, mail: 1 }));
  });

  it("free and accessible: searches that asked for them; offers that are; providers with such an offer", async () => {
    const free = filter({ free: true });
    expect(pairs(await topTerms(free))).toEqual([["fussball", 1]]);
    expect(await contactClicks(free)).toEqual(
      totals({ searches: 2, zeroResultSearches: 1, mapSearches: 2, offerViews: 2, providerViews: 2, mail: 1 }),
    );
    expect((await topOffers(free)).map((o) => [o.title, o.views])).toEqual([["o1", 2]]);
    const accessible = filter({ accessible: true });
    expect(pairs(await zeroResultTerms(accessible))).toEqual([["chor", 1]]);
    expect(await contactClicks(accessible)).toEqual(
      totals({ searches: 1, zeroResultSearches: 1, offerViews: 1, providerViews: 1, icsDownloads: 1, phone: 1 }),
    );
    expect((await topProviders(accessible)).map((r) => r.name)).toEqual(["Verein B"]);
  });

  it("combines filters (all must hold) and keeps the date range", async () => {
    expect(pairs(await topTerms(filter({ category: id.sport, free: true })))).toEqual([["fussball", 1]]);
    expect(await contactClicks(filter({ category: id.sport, free: true }))).toEqual(
      totals({ searches: 1, zeroResultSearches: 1, mapSearches: 1, offerViews: 2, providerViews: 2, mail: 1 }),
    );
    expect(pairs(await topTerms(filter({ targetGroup: id.kinder, district: id.nord, category: id.fussball })))).toEqual([["fussball", 2]]);
    expect(await topTerms(filter({ category: id.musik, district: id.nord }))).toEqual([]);
    expect(await contactClicks(filter({ category: id.musik, district: id.nord }))).toEqual(totals({}));
    // s9 (1 October) joins when the range covers it; s7 (29 December) leaves when it does not.
    expect(pairs(await topTerms(filter({ district: id.nord, from: "2026-10-01" })))).toEqual([["fussball", 3]]);
    expect(pairs(await topTerms(filter({ district: id.nord, from: "2026-12-30" })))).toEqual([["fussball", 1]]);
  });

  it("keeps counting past searches by the category they named after its slug changed", async () => {
    await db.prisma.category.update({ where: { id: id.fussball }, data: { slug: "fussball-neu" } });
    expect(pairs(await topTerms(filter({ category: id.fussball })))).toEqual([["fussball", 2]]);
    await db.prisma.category.update({ where: { id: id.fussball }, data: { slug: "fussball" } });
  });

  it("gives the same filtered numbers from the aggregates alone after the raw events are deleted", async () => {
    const filters = [
      filter({}),
      filter({ category: id.sport }),
      filter({ targetGroup: id.kinder, free: true }),
      filter({ postalCode: "22222" }),
      filter({ accessible: true, district: id.sued }),
    ];
    const read = async () =>
      Promise.all(
        filters.map(async (f) => [
          await topTerms(f),
          await zeroResultTerms(f),
          await topFilters(f),
          await contactClicks(f),
          await topProviders(f),
        ]),
      );
    const before = await read();
    const { deleted } = await purgeExpiredAnalytics(new Date("2028-06-01T12:00:00Z"));
    expect(deleted).toBe(19);
    expect(await db.prisma.analyticsEvent.count()).toBe(0);
    expect(await read()).toEqual(before);
  });
});
