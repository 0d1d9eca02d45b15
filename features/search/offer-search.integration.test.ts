import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { useTestDatabase } from "@/test/helpers/db";
import { rebuildSearchIndex, reindexOffer } from "./fts";
import { categoryCounts, countOffersAndProviders, searchOfferMarkers, searchOffers } from "./offer-search";
import { type SearchParamsInput } from "./params/vocabulary";
import { parseOfferSearch } from "./params/parse";

// Small hand-made fixtures (not the seed): each filter's semantics, the worked example,
// the visibility rule, paging, sorting, radius and bad input.

const NOW = new Date("2026-08-15T10:00:00Z");
const at = (iso: string) => new Date(iso);

async function slugs(sp: SearchParamsInput, opts: { pageSize?: number } = {}): Promise<string[]> {
  const result = await searchOffers(parseOfferSearch(sp).query, { now: NOW, pageSize: opts.pageSize ?? 100 });
  return result.offers.map((o) => o.slug).sort();
}

describe("searchOffers", () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    const p = db.prisma;
    const sport = await p.category.create({ data: { slug: "sport", name: "Sport" } });
    const turnen = await p.category.create({ data: { slug: "turnen", name: "Turnen", parentId: sport.id } });
    const bildung = await p.category.create({ data: { slug: "bildung", name: "Bildung" } });
    const kinder = await p.targetGroup.create({ data: { slug: "kinder", name: "Kinder" } });
    const nord = await p.district.create({ data: { slug: "nordstadt", name: "Nordstadt", centroidLat: 51.52, centroidLng: 7.46 } });
    const sued = await p.district.create({ data: { slug: "suedstadt", name: "Südstadt", centroidLat: 51.48, centroidLng: 7.46 } });
    await p.postalCode.create({
      data: { code: "44135", city: "Musterstadt", districtId: nord.id, centroidLat: 51.52, centroidLng: 7.461 },
    });

    const club = await p.organization.create({
      data: { slug: "club", name: "Hafenclub Verein", status: "APPROVED", lat: 51.52, lng: 7.46 },
    });
    const pending = await p.organization.create({
      data: { slug: "pending", name: "Wartender Verein", status: "PENDING", lat: 51.52, lng: 7.46 },
    });
    const gone = await p.organization.create({
      data: { slug: "gone", name: "Geloeschter Verein", status: "APPROVED", deletedAt: at("2026-08-01T00:00:00Z") },
    });

    const base = (slug: string, title: string, data: Partial<Prisma.OfferUncheckedCreateInput> = {}): Prisma.OfferUncheckedCreateInput => ({
      slug,
      title,
      organizationId: club.id,
      status: "PUBLISHED",
      publishedAt: at("2026-08-01T10:00:00Z"),
      locationType: "ADDRESS",
      city: "Musterstadt",
      ...data,
    });
    const create = (data: Prisma.OfferUncheckedCreateInput) => p.offer.create({ data });

    // The worked example: Tuesdays 16:00–17:30, 1 Sep 2026 – 30 Jun 2027, not on 22 Dec 2026.
    await create({
      ...base("weekly-tuesday", "Kinderturnen am Dienstag", {
        summary: "Bewegung für Kinder",
        scheduleKind: "WEEKLY",
        scheduleStartDate: "2026-09-01",
        scheduleEndDate: "2027-06-30",
        ageMin: 4,
        ageMax: 8,
        isFree: true,
        wheelchair: "YES",
        districtId: nord.id,
        postalCode: "44135",
        lat: 51.521,
        lng: 7.461,
        publishedAt: at("2026-08-02T10:00:00Z"),
        nextOccurrenceAt: at("2026-09-01T14:00:00Z"),
        endsAt: at("2027-06-30T15:30:00Z"),
      }),
      slots: { create: [{ weekday: 2, startMinute: 960, endMinute: 1050, validFrom: "2026-09-01", validUntil: "2027-06-30" }] },
      exceptions: { create: [{ date: "2026-12-22" }] },
      categories: { create: [{ categoryId: turnen.id }] },
      targetGroups: { create: [{ targetGroupId: kinder.id }] },
      languages: { create: [{ code: "de" }] },
    });
    await create({
      ...base("football-girls", "Fußball für Mädchen", {
        scheduleKind: "PERMANENT",
        ageMin: 10,
        ageMax: 14,
        registrationRequired: true,
        districtId: sued.id,
        lat: 51.48,
        lng: 7.46,
        publishedAt: at("2026-08-03T10:00:00Z"),
        nextOccurrenceAt: at("2026-08-22T08:00:00Z"),
      }),
      slots: { create: [{ weekday: 6, startMinute: 600, endMinute: 720 }] },
      categories: { create: [{ categoryId: sport.id }] },
      languages: { create: [{ code: "tr" }] },
    });
    await create({
      ...base("advice-anytime", "Beratung nach Vereinbarung", {
        scheduleKind: "PERMANENT",
        lat: 51.6,
        lng: 7.6,
        publishedAt: at("2026-08-04T10:00:00Z"),
      }),
      categories: { create: [{ categoryId: bildung.id }] },
    });
    await create({
      ...base("online-course", "Online-Sprachkurs", {
        locationType: "ONLINE",
        city: null,
        scheduleKind: "DATES",
        scheduleStartDate: "2026-11-11",
        scheduleEndDate: "2026-11-18",
        nextOccurrenceAt: at("2026-11-11T17:00:00Z"),
        endsAt: at("2026-11-18T18:30:00Z"),
      }),
      dates: {
        create: [
          {
            date: "2026-11-11",
            startMinute: 1080,
            endMinute: 1170,
            startsAt: at("2026-11-11T17:00:00Z"),
            endsAt: at("2026-11-11T18:30:00Z"),
          },
          {
            date: "2026-11-18",
            startMinute: 1080,
            endMinute: 1170,
            startsAt: at("2026-11-18T17:00:00Z"),
            endsAt: at("2026-11-18T18:30:00Z"),
          },
        ],
      },
      categories: { create: [{ categoryId: bildung.id }] },
    });
    await create({
      ...base("holiday-games", "Ferienspiele", {
        scheduleKind: "PERIOD",
        scheduleStartDate: "2026-10-05",
        scheduleEndDate: "2026-10-16",
        lat: 51.53,
        lng: 7.47,
        nextOccurrenceAt: at("2026-10-05T07:00:00Z"),
        endsAt: at("2026-10-16T13:00:00Z"),
      }),
      slots: {
        create: [1, 2, 3, 4, 5].map((weekday) => ({
          weekday,
          startMinute: 540,
          endMinute: 900,
          validFrom: "2026-10-05",
          validUntil: "2026-10-16",
        })),
      },
    });
    await create({
      ...base("fortnightly-painting", "Malen alle zwei Wochen", {
        scheduleKind: "WEEKLY",
        intervalWeeks: 2,
        scheduleStartDate: "2026-09-02",
        nextOccurrenceAt: at("2026-09-02T15:00:00Z"),
      }),
      slots: { create: [{ weekday: 3, startMinute: 1020, endMinute: 1080, validFrom: "2026-09-02", validUntil: null }] },
    });
    // Hidden by the visibility rule — each would match "turnen" and every filter otherwise.
    const hidden = (slug: string, data: Partial<Prisma.OfferUncheckedCreateInput>) =>
      create({
        ...base(slug, `Turnen ${slug}`, { lat: 51.521, lng: 7.461, districtId: nord.id, ...data }),
        categories: { create: [{ categoryId: turnen.id }] },
      });
    await hidden("hidden-draft", { status: "DRAFT" });
    await hidden("hidden-pending-provider", { organizationId: pending.id });
    await hidden("hidden-deleted-provider", { organizationId: gone.id });
    await hidden("hidden-expired", { endsAt: at("2026-08-01T10:00:00Z") });
    await hidden("hidden-deleted", { deletedAt: at("2026-08-01T10:00:00Z") });

    expect(await rebuildSearchIndex(p)).toBe(11);
  });

  it("holds the issue's worked example", async () => {
    const sp = { tag: "di", zeit: "nachmittag", datum: "2026-11-10" };
    expect(await slugs(sp)).toContain("weekly-tuesday");
    expect(await slugs({ tag: "di" })).toContain("weekly-tuesday");
    expect(await slugs({ zeit: "nachmittag" })).toContain("weekly-tuesday");
    expect(await slugs({ datum: "2026-11-10" })).toContain("weekly-tuesday");
    for (const datum of ["2026-11-11", "2026-12-22", "2027-07-06"]) expect(await slugs({ datum })).not.toContain("weekly-tuesday");
    expect(await slugs({ zeit: "vormittag" })).not.toContain("weekly-tuesday");
    expect(await slugs({ datum: "2026-11-10", zeit: "vormittag" })).not.toContain("weekly-tuesday");
    expect(await slugs({ datum: "2026-11-10", tag: "mi" })).toEqual([]);
    // A range containing the exception still has other Tuesdays; one consisting only of it does not.
    expect(await slugs({ von: "2026-12-20", bis: "2026-12-26" })).not.toContain("weekly-tuesday");
    expect(await slugs({ von: "2026-12-20", bis: "2026-12-30" })).toContain("weekly-tuesday");
  });

  it("finds a permanent offer by date only with no windows or a window on that weekday", async () => {
    expect(await slugs({ datum: "2026-11-14" })).toEqual(expect.arrayContaining(["football-girls", "advice-anytime"])); // Saturday
    const friday = await slugs({ datum: "2026-11-13" });
    expect(friday).toContain("advice-anytime");
    expect(friday).not.toContain("football-girls");
  });

  it("handles concrete dates, periods, every-n-weeks and long ranges", async () => {
    expect(await slugs({ datum: "2026-11-11" })).toContain("online-course");
    expect(await slugs({ datum: "2026-11-12" })).not.toContain("online-course");
    expect(await slugs({ datum: "2026-11-11", zeit: "abend" })).toContain("online-course");
    expect(await slugs({ datum: "2026-11-11", zeit: "vormittag" })).not.toContain("online-course");
    expect(await slugs({ datum: "2026-10-07" })).toContain("holiday-games");
    expect(await slugs({ datum: "2026-10-10" })).not.toContain("holiday-games"); // Saturday
    expect(await slugs({ von: "2026-10-01", bis: "2026-10-04" })).not.toContain("holiday-games");
    expect(await slugs({ datum: "2026-09-16" })).toContain("fortnightly-painting");
    expect(await slugs({ datum: "2026-09-09" })).not.toContain("fortnightly-painting");
    const long = await slugs({ von: "2026-09-01", bis: "2027-12-31", tag: "sa" });
    expect(long).toEqual(expect.arrayContaining(["football-girls", "advice-anytime"]));
    expect(long).not.toContain("weekly-tuesday");
    expect(await slugs({ von: "2027-07-01" })).not.toContain("weekly-tuesday");
  });

  it("matches German keywords", async () => {
    expect(await slugs({ q: "turnen" })).toEqual(["weekly-tuesday"]);
    expect(await slugs({ q: "TURNEN" })).toEqual(["weekly-tuesday"]);
    for (const q of ["fussball", "Fußball", "madchen", "maedchen", "MÄDCHEN"]) expect(await slugs({ q })).toEqual(["football-girls"]);
    expect(await slugs({ q: "kinder turnen" })).toEqual(["weekly-tuesday"]);
    expect(await slugs({ q: "turnen fussball" })).toEqual([]);
    expect(await slugs({ q: "sport" })).toEqual(["football-girls", "weekly-tuesday"]); // category incl. parent of Turnen
    expect((await slugs({ q: "hafenclub" })).length).toBe(6); // provider name
    expect(await slugs({ q: "nordstadt" })).toEqual(["weekly-tuesday"]); // district
    expect(await slugs({ q: "44135" })).toEqual(["weekly-tuesday"]); // postal code
    expect(await slugs({ q: "am" })).toEqual(["weekly-tuesday"]); // only short words: word starts in titles
    expect(await slugs({ q: "am turnen" })).toEqual(["weekly-tuesday"]); // short words ignored next to longer ones
  });

  it("treats FTS syntax as plain text and never throws", async () => {
    for (const q of [
      '"',
      "*",
      "(",
      ")",
      "NEAR",
      "AND OR -x",
      "^",
      'turnen"',
      "tur*",
      "NEAR(turnen fussball)",
      "title:turnen",
      "-",
      "a",
      "ä",
      "'; DROP TABLE Offer; --",
    ]) {
      await expect(searchOffers(parseOfferSearch({ q }).query, { now: NOW })).resolves.toBeDefined();
    }
    expect(await slugs({ q: "turnen*" })).toEqual(["weekly-tuesday"]);
    expect(await slugs({ q: "(turnen)" })).toEqual(["weekly-tuesday"]);
  });

  it("ranks title matches first with a keyword", async () => {
    const title = await searchOffers(parseOfferSearch({ q: "malen" }).query, { now: NOW });
    expect(title.offers[0]?.slug).toBe("fortnightly-painting");
  });

  it("applies each filter", async () => {
    expect(await slugs({ kategorie: "sport" })).toEqual(["football-girls", "weekly-tuesday"]); // root selects children
    expect(await slugs({ kategorie: "turnen" })).toEqual(["weekly-tuesday"]);
    expect(await slugs({ kategorie: ["turnen", "bildung"] })).toEqual(["advice-anytime", "online-course", "weekly-tuesday"]);
    expect(await slugs({ zielgruppe: "kinder" })).toEqual(["weekly-tuesday"]);
    const five = await slugs({ alter: "5" });
    expect(five).toContain("weekly-tuesday");
    expect(five).toContain("advice-anytime"); // no age range stays in
    expect(five).not.toContain("football-girls");
    expect(await slugs({ stadtteil: "suedstadt" })).toEqual(["football-girls"]);
    expect(await slugs({ kostenlos: "1" })).toEqual(["weekly-tuesday"]);
    expect(await slugs({ barrierefrei: "1" })).toEqual(["weekly-tuesday"]);
    expect(await slugs({ online: "1" })).toEqual(["online-course"]);
    expect(await slugs({ ohneanmeldung: "1" })).not.toContain("football-girls");
    expect(await slugs({ sprache: "tr" })).toEqual(["football-girls"]);
    expect(await slugs({ kategorie: "sport", stadtteil: "nordstadt" })).toEqual(["weekly-tuesday"]);
    // Unknown slugs are ignored rather than emptying the result.
    expect((await slugs({ kategorie: "gibt-es-nicht" })).length).toBe(6);
  });

  it("filters by radius around a postal code or district, excluding online offers", async () => {
    const near = await searchOffers(parseOfferSearch({ ort: "44135", umkreis: "1" }).query, { now: NOW });
    expect(near.placeResolved).toMatchObject({ label: "44135 Musterstadt" });
    expect(near.offers.map((o) => o.slug)).toEqual(["weekly-tuesday"]);
    expect(near.offers[0].distanceKm).toBeLessThan(1);
    const wider = await slugs({ ort: "Nordstadt", umkreis: "5" });
    expect(wider).toEqual(expect.arrayContaining(["weekly-tuesday", "football-girls", "holiday-games"]));
    expect(wider).not.toContain("online-course");
    expect(wider).not.toContain("advice-anytime"); // ≈ 14 km away
    const unknown = await searchOffers(parseOfferSearch({ ort: "Atlantis", umkreis: "1" }).query, { now: NOW, pageSize: 100 });
    expect(unknown.placeNotFound).toBe(true);
    expect(unknown.total).toBe(6);
    const byDistance = await searchOffers(parseOfferSearch({ ort: "suedstadt", umkreis: "50", sortierung: "entfernung" }).query, {
      now: NOW,
    });
    expect(byDistance.offers[0].slug).toBe("football-girls");
    const distances = byDistance.offers.map((o) => o.distanceKm ?? Infinity);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  it("sorts by next date, newest and A–Z", async () => {
    const next = await searchOffers(parseOfferSearch({}).query, { now: NOW });
    expect(next.offers.map((o) => o.slug)).toEqual([
      "football-girls",
      "weekly-tuesday",
      "fortnightly-painting",
      "holiday-games",
      "online-course",
      "advice-anytime",
    ]);
    const newest = await searchOffers(parseOfferSearch({ sortierung: "neu" }).query, { now: NOW });
    expect(newest.offers.slice(0, 3).map((o) => o.slug)).toEqual(["advice-anytime", "football-girls", "weekly-tuesday"]);
    const az = await searchOffers(parseOfferSearch({ sortierung: "az" }).query, { now: NOW });
    expect(az.offers.map((o) => o.title)).toEqual([
      "Beratung nach Vereinbarung",
      "Ferienspiele",
      "Fußball für Mädchen",
      "Kinderturnen am Dienstag",
      "Malen alle zwei Wochen",
      "Online-Sprachkurs",
    ]);
    // Relevance without a keyword and distance without a place fall back to the next date.
    const fallback = await searchOffers(parseOfferSearch({ sortierung: "entfernung" }).query, { now: NOW });
    expect(fallback.offers.map((o) => o.slug)).toEqual(next.offers.map((o) => o.slug));
  });

  it("pages with correct totals and corrects pages past the end", async () => {
    const second = await searchOffers(parseOfferSearch({ seite: "2" }).query, { now: NOW, pageSize: 4 });
    expect(second).toMatchObject({ total: 6, page: 2, pageCount: 2, pageSize: 4 });
    expect(second.offers).toHaveLength(2);
    const beyond = await searchOffers(parseOfferSearch({ seite: "999999" }).query, { now: NOW, pageSize: 4 });
    expect(beyond).toMatchObject({ page: 2, pageCount: 2 });
    const empty = await searchOffers(parseOfferSearch({ q: "gibtsnicht" }).query, { now: NOW });
    expect(empty).toMatchObject({ total: 0, page: 1, pageCount: 1, offers: [] });
  });

  it("keeps hidden offers out of results, markers and counts", async () => {
    const all = await searchOffers(parseOfferSearch({ q: "turnen" }).query, { now: NOW, pageSize: 100 });
    expect(all.total).toBe(1);
    const markers = await searchOfferMarkers(parseOfferSearch({}).query, { now: NOW });
    expect(markers.map((m) => m.slug).sort()).toEqual(["advice-anytime", "football-girls", "holiday-games", "weekly-tuesday"]);
    expect(markers.every((m) => !m.slug.startsWith("hidden"))).toBe(true);
    const counts = await categoryCounts({ now: NOW });
    expect(counts).toEqual(
      expect.arrayContaining([
        { slug: "sport", count: 2 },
        { slug: "turnen", count: 1 },
        { slug: "bildung", count: 2 },
      ]),
    );
    const tabs = await countOffersAndProviders(parseOfferSearch({ q: "turnen" }).query, { now: NOW });
    expect(tabs.offers).toBe(1);
    const providerTabs = await countOffersAndProviders(parseOfferSearch({ q: "verein" }).query, { now: NOW });
    expect(providerTabs.providers).toBe(1); // the pending and the deleted provider stay out
  });

  it("reindexes a changed offer", async () => {
    const offer = await db.prisma.offer.update({ where: { slug: "holiday-games" }, data: { title: "Herbstferien Zirkus" } });
    await reindexOffer(db.prisma, offer.id);
    expect(await slugs({ q: "zirkus" })).toEqual(["holiday-games"]);
    expect(await slugs({ q: "ferienspiele" })).toEqual([]);
  });

  it("survives 500 generated malformed parameter sets", async () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(values: T[]) => values[Math.floor(rand() * values.length)];
    const junk = () =>
      pick([
        "",
        " ",
        "abc",
        "-1",
        "0",
        "1",
        "999999",
        "1e9",
        "NaN",
        "2026-13-45",
        "2026-02-30",
        "2026-11-10",
        "di",
        "xx",
        "nachmittag",
        "umkreis",
        '"',
        "*",
        "(",
        "NEAR",
        "AND OR -x",
        "^",
        "x".repeat(10_000),
        "ä".repeat(300),
        "%",
        "_",
        "\u0000",
        "🙂",
        "44135",
        "Nordstadt",
        "sport",
        "kinder",
      ]);
    const names = [
      "q",
      "kategorie",
      "zielgruppe",
      "alter",
      "datum",
      "von",
      "bis",
      "tag",
      "zeit",
      "stadtteil",
      "ort",
      "umkreis",
      "kostenlos",
      "barrierefrei",
      "online",
      "ohneanmeldung",
      "sprache",
      "sortierung",
      "seite",
      "ansicht",
      "foo",
    ];
    for (let i = 0; i < 500; i++) {
      const sp: SearchParamsInput = {};
      const count = 1 + Math.floor(rand() * 6);
      for (let j = 0; j < count; j++) sp[pick(names)] = rand() < 0.3 ? [junk(), junk()] : junk();
      const { query } = parseOfferSearch(sp);
      const result = await searchOffers(query, { now: NOW });
      expect(result.page).toBeGreaterThanOrEqual(1);
    }
  }, 60_000);
});

describe("searchOffers paging edge cases", () => {
  useTestDatabase();
  it("answers absurd pages on an empty database", async () => {
    for (const page of [1, 2, 999999, Number.MAX_SAFE_INTEGER]) {
      const result = await searchOffers({ ...parseOfferSearch({}).query, page });
      expect(result).toMatchObject({ total: 0, page: 1, pageCount: 1, offers: [] });
    }
  });
});
