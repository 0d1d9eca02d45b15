import { describe, expect, it, beforeEach, vi } from "vitest";
import { useTestDatabase } from "@/test/helpers/db";
import { POST } from "@/app/api/analytics/route";
import { GET as icsGet } from "@/app/api/offers/[slug]/ics/route";
import { emptyOfferSearch } from "@/features/search/params/vocabulary";
import { acceptBeacon, offerViewToken, providerViewToken, searchEventToken } from "./beacon";
import { DAILY_FROM_EVENTS_SQL, filtersUsed, isBot, normalizeTerm } from "./events";
import { flushAnalytics, recordEvent } from "./record";

vi.mock("@/i18n/navigation", () => ({ getPathname: () => "/en/offers/ics-kurs" }));

// Counting rules: a page render issues a token and writes nothing (so prefetches count nothing); the
// beacon counts each token once per action; bots, forged and foreign tokens count nothing; the
// daily counts match the raw events.

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const ORIGIN = "http://localhost:3000";

function beacon(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request(`${ORIGIN}/api/analytics`, {
      method: "POST",
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers: { "user-agent": BROWSER, origin: ORIGIN, host: "localhost:3000", "content-type": "text/plain;charset=UTF-8", ...headers },
    }),
  );
}

describe("analytics recording", () => {
  const db = useTestDatabase();

  beforeEach(async () => {
    await flushAnalytics();
    await db.prisma.analyticsEvent.deleteMany();
    await db.prisma.analyticsDaily.deleteMany();
    await db.prisma.analyticsSearchDaily.deleteMany();
    await db.prisma.analyticsSearchShape.deleteMany();
  });

  it("counts a search once however often its page's beacon is sent, and a render alone counts nothing", async () => {
    const query = { ...emptyOfferSearch(), q: "  Fußball-Verein ", categories: ["sport"], free: true, place: "Hauptstraße 5" };
    const token = searchEventToken(query, 0, "map", "de");
    await flushAnalytics();
    expect(await db.prisma.analyticsEvent.count()).toBe(0);

    for (let i = 0; i < 3; i++) expect((await beacon({ token, action: "view" })).status).toBe(204);
    await flushAnalytics();
    const events = await db.prisma.analyticsEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "SEARCH",
      term: "fussball verein",
      resultCount: 0,
      zeroResult: true,
      view: "map",
      locale: "de",
      filters: JSON.stringify(["kategorie=sport", "ort", "kostenlos"]),
    });
    const daily = await db.prisma.analyticsDaily.findMany({ orderBy: [{ metric: "asc" }, { key: "asc" }] });
    expect(daily.map((d) => [d.metric, d.key, d.count])).toEqual([
      ["FILTER", "kategorie=sport", 1],
      ["FILTER", "kostenlos", 1],
      ["FILTER", "ort", 1],
      ["SEARCH", "map", 1],
      ["TERM", "fussball verein", 1],
      ["ZERO_SEARCH", "", 1],
      ["ZERO_TERM", "fussball verein", 1],
    ]);
  });

  it("counts the same search twice when two pages were shown (a cached answer yields its own token)", async () => {
    const query = { ...emptyOfferSearch(), q: "Schwimmen" };
    await beacon({ token: searchEventToken(query, 4, "list", "de"), action: "view" });
    await beacon({ token: searchEventToken(query, 4, "list", "en"), action: "view" });
    await flushAnalytics();
    expect(await db.prisma.analyticsEvent.count({ where: { type: "SEARCH", term: "schwimmen" } })).toBe(2);
    expect(await db.prisma.analyticsDaily.findFirst({ where: { metric: "TERM", key: "schwimmen" } })).toMatchObject({ count: 2 });
  });

  it("counts views and each kind of contact click once per page view", async () => {
    const offer = offerViewToken({ id: 7, organizationId: 3 }, "de");
    const provider = providerViewToken(3, "tr");
    for (const action of ["view", "mail", "mail", "phone", "website", "view"]) await beacon({ token: offer, action });
    await beacon({ token: provider, action: "view" });
    await beacon({ token: provider, action: "phone" });
    await flushAnalytics();
    const events = await db.prisma.analyticsEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.map((e) => [e.type, e.contactKind, e.offerId, e.organizationId, e.locale])).toEqual([
      ["OFFER_VIEW", null, 7, 3, "de"],
      ["CONTACT", "mail", 7, 3, "de"],
      ["CONTACT", "phone", 7, 3, "de"],
      ["CONTACT", "website", 7, 3, "de"],
      ["PROVIDER_VIEW", null, null, 3, "tr"],
      ["CONTACT", "phone", null, 3, "tr"],
    ]);
  });

  it("ignores forged, altered, expired, foreign and malformed beacons and bots, always answering 204", async () => {
    const token = offerViewToken({ id: 7, organizationId: 3 }, "de");
    const [data, signature] = token.split(".");
    const altered = Buffer.from(Buffer.from(data, "base64url").toString().replace('"o":7', '"o":8')).toString("base64url");
    const old = offerViewToken({ id: 7, organizationId: 3 }, "de", new Date(Date.now() - 7 * 60 * 60 * 1000));
    const answers = await Promise.all([
      beacon({ token: `${altered}.${signature}`, action: "view" }),
      beacon({ token: `${data}.${"A".repeat(signature.length)}`, action: "view" }),
      beacon({ token: old, action: "view" }),
      beacon({ token, action: "drop table" }),
      beacon("{not json"),
      beacon("x".repeat(10_000)),
      beacon({ token: searchEventToken(emptyOfferSearch(), 3, "list", "de"), action: "mail" }),
      beacon({ token, action: "view" }, { origin: "https://evil.example" }),
      beacon({ token, action: "view" }, { "sec-fetch-site": "cross-site" }),
      beacon({ token, action: "view" }, { "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" }),
    ]);
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(204));
    await flushAnalytics();
    expect(await db.prisma.analyticsEvent.count()).toBe(0);
  });

  it("recognizes obvious bots and no user agent; ordinary browsers are counted", () => {
    for (const ua of [null, "", "curl/8.4.0", "Mozilla/5.0 (compatible; bingbot/2.0)", "python-requests/2.31", "facebookexternalhit/1.1"]) {
      expect(isBot(ua)).toBe(true);
    }
    expect(isBot(BROWSER)).toBe(false);
    expect(isBot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1")).toBe(false);
  });

  it("never throws: a failing write is logged and dropped", async () => {
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "AnalyticsDaily" RENAME TO "AnalyticsDailyAway"`);
    try {
      expect(recordEvent({ type: "PROVIDER_VIEW", organizationId: 1, locale: "de" }, { userAgent: BROWSER })).toBe(true);
      await expect(flushAnalytics()).resolves.toBeUndefined();
      // Written in one transaction with its daily count: nothing half-written.
      expect(await db.prisma.analyticsEvent.count()).toBe(0);
    } finally {
      await db.prisma.$executeRawUnsafe(`ALTER TABLE "AnalyticsDailyAway" RENAME TO "AnalyticsDaily"`);
    }
  });

  it("records an .ics download once per request, not for bots", async () => {
    const org = await db.prisma.organization.create({ data: { slug: "ics-verein", name: "ICS-Verein", status: "APPROVED" } });
    const offer = await db.prisma.offer.create({
      data: {
        slug: "ics-kurs",
        title: "ICS-Kurs",
        organizationId: org.id,
        status: "PUBLISHED",
        publishedAt: new Date(),
        scheduleKind: "DATES",
        dates: {
          create: [
            {
              date: "2099-05-04",
              startMinute: 600,
              endMinute: 660,
              startsAt: new Date("2099-05-04T08:00:00Z"),
              endsAt: new Date("2099-05-04T09:00:00Z"),
            },
          ],
        },
      },
    });
    const get = (ua: string) =>
      icsGet(new Request(`${ORIGIN}/api/offers/ics-kurs/ics?locale=en`, { headers: { "user-agent": ua } }), {
        params: Promise.resolve({ slug: "ics-kurs" }),
      });
    expect((await get(BROWSER)).status).toBe(200);
    expect((await get("Slackbot-LinkExpanding 1.0")).status).toBe(200);
    await flushAnalytics();
    expect(await db.prisma.analyticsEvent.findMany({ select: { type: true, offerId: true, organizationId: true, locale: true } })).toEqual([
      { type: "ICS", offerId: offer.id, organizationId: org.id, locale: "en" },
    ]);
  });

  it("rebuilds the same daily counts from raw events as were written live", async () => {
    const tokens = [
      searchEventToken({ ...emptyOfferSearch(), q: "Chor", districts: ["nord"] }, 0, "list", "de"),
      searchEventToken({ ...emptyOfferSearch(), q: "chor" }, 2, "map", "en"),
      searchEventToken({ ...emptyOfferSearch(), free: true, wheelchair: true }, 9, "list", "de"),
      offerViewToken({ id: 1, organizationId: 2 }, "de"),
      providerViewToken(2, "de"),
    ];
    for (const token of tokens) await beacon({ token, action: "view" });
    await beacon({ token: tokens[3], action: "website" });
    recordEvent({ type: "ICS", offerId: 1, organizationId: 2, locale: "de" }, { userAgent: BROWSER });
    await flushAnalytics();
    const live = await db.prisma.analyticsDaily.findMany({ orderBy: [{ metric: "asc" }, { key: "asc" }, { offerId: "asc" }] });
    const searches = () => db.prisma.analyticsSearchDaily.findMany({ orderBy: [{ shapeId: "asc" }, { term: "asc" }, { view: "asc" }] });
    const liveSearches = await searches();
    const liveShapes = await db.prisma.analyticsSearchShape.findMany({ orderBy: { id: "asc" } });
    await db.prisma.$transaction(async (tx) => {
      for (const statement of DAILY_FROM_EVENTS_SQL) await tx.$executeRawUnsafe(statement, "0000-01-01", "9999-12-31");
    });
    const rebuilt = await db.prisma.analyticsDaily.findMany({ orderBy: [{ metric: "asc" }, { key: "asc" }, { offerId: "asc" }] });
    expect(rebuilt).toEqual(live);
    expect(live.length).toBeGreaterThan(8);
    expect(await searches()).toEqual(liveSearches);
    expect(liveSearches).toHaveLength(3);
    expect(await db.prisma.analyticsSearchShape.findMany({ orderBy: { id: "asc" } })).toEqual(liveShapes);
    expect(liveShapes.map((s) => s.filters)).toEqual(['["stadtteil=nord"]', "", '["kostenlos","barrierefrei"]']);
  });

  it("normalizes terms and names filters without free-text values", () => {
    expect(normalizeTerm("  MÄDCHEN-Fußball!! ")).toBe("madchen fussball");
    expect(normalizeTerm("   ")).toBeNull();
    expect(normalizeTerm("x".repeat(300))).toHaveLength(100);
    expect(
      filtersUsed({ ...emptyOfferSearch(), q: "egal", age: 9, place: "Meine Straße 1", dateFrom: "2026-01-01", dateTo: "2026-01-01" }),
    ).toEqual(["alter=9", "von", "ort"]);
    // A postal code is an area, not a person: kept with its value (the planner's postal code filter).
    expect(filtersUsed({ ...emptyOfferSearch(), place: " 44135 " })).toEqual(["ort=44135"]);
    expect(filtersUsed({ ...emptyOfferSearch(), place: "441355" })).toEqual(["ort"]);
    expect(acceptBeacon({ token: 5, action: "view" }, { userAgent: BROWSER })).toBe("invalid");
  });
});
