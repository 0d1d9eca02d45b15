import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { useTestDatabase } from "@/test/helpers/db";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import type { SessionUser } from "@/features/accounts/types";
import { ForbiddenError } from "@/lib/errors";
import { chartTable, CHART_IDS, type Translate } from "./charts";
import { plannerDashboardFor, plannerOffersTableFor, providerStatisticsFor } from "./dashboard";
import { handleAnalyticsDownload } from "./download";
import { flushAnalytics, recordEvent } from "./record";
import { defaultAnalyticsFilter, parseAnalyticsFilter, type AnalyticsFilter } from "./schemas";
import { calendarWeeks, isoWeekOf } from "./weeks";
import { offersPerWeek } from "./queries/offers-per-week";
import { offersPerDistrict } from "./queries/offers-per-district";
import { offersPerCategory } from "./queries/offers-per-category";
import { offersPerTargetGroup } from "./queries/offers-per-target-group";
import { gapMatrix } from "./queries/gaps";
import { offersTable } from "./queries/offers-table";
import { topOffers } from "./queries/top-offers";

// Supply counts come from offers through the visibility rule, per Berlin calendar week (week 53, both
// clock changes); demand from the daily counts; planner data only for planners, editors and admins;
// provider statistics only for the organisation's own members.

const t: Translate = (key, values) => (values ? `${key} ${JSON.stringify(values)}` : key);
const NOW = new Date("2026-12-30T12:00:00Z");
const BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Safari/605.1.15";

function filter(overrides: Partial<AnalyticsFilter>): AnalyticsFilter {
  return { ...defaultAnalyticsFilter(NOW), ...overrides };
}

describe("analytics queries", () => {
  const db = useTestDatabase();
  const ids = { approved: 0, pending: 0, other: 0, nord: 0, sued: 0, kinder: 0, senioren: 0, sport: 0, fussball: 0 };
  const offer: Record<string, number> = {};
  const users: Record<string, SessionUser> = {};

  async function createOffer(slug: string, data: Record<string, unknown>) {
    const row = await db.prisma.offer.create({
      data: { slug, title: slug, organizationId: ids.approved, status: "PUBLISHED", ...data } as never,
    });
    offer[slug] = row.id;
    return row.id;
  }

  beforeAll(async () => {
    ids.approved = (await db.prisma.organization.create({ data: { slug: "verein", name: "Verein", status: "APPROVED" } })).id;
    ids.other = (await db.prisma.organization.create({ data: { slug: "anderer", name: "Anderer", status: "APPROVED" } })).id;
    ids.pending = (await db.prisma.organization.create({ data: { slug: "neu", name: "Neu", status: "PENDING" } })).id;
    ids.nord = (await db.prisma.district.create({ data: { slug: "nord", name: "Nord", centroidLat: 51.5, centroidLng: 7.4 } })).id;
    ids.sued = (
      await db.prisma.district.create({ data: { slug: "sued", name: "Süd", centroidLat: 51.4, centroidLng: 7.4, position: 1 } })
    ).id;
    ids.kinder = (await db.prisma.targetGroup.create({ data: { slug: "kinder", name: "Kinder" } })).id;
    ids.senioren = (await db.prisma.targetGroup.create({ data: { slug: "senioren", name: "Senioren", position: 1 } })).id;
    ids.sport = (await db.prisma.category.create({ data: { slug: "sport", name: "Sport" } })).id;
    ids.fussball = (await db.prisma.category.create({ data: { slug: "fussball", name: "Fußball", parentId: ids.sport } })).id;

    // 2026-03-29: clocks go forward. W14 starts Mon 30 Mar 00:00 CEST = 29 Mar 22:00 UTC.
    await createOffer("fruehling-w13", { publishedAt: new Date("2026-03-29T21:30:00Z"), districtId: ids.nord });
    await createOffer("fruehling-w14", {
      publishedAt: new Date("2026-03-29T22:30:00Z"),
      districtId: ids.nord,
      isFree: true,
      targetGroups: { create: [{ targetGroupId: ids.kinder }] },
      categories: { create: [{ categoryId: ids.fussball }] },
    });
    // Ended on the Wednesday of W13: counted in W13, not in W14.
    await createOffer("abgelaufen", {
      publishedAt: new Date("2026-01-05T10:00:00Z"),
      endsAt: new Date("2026-03-25T10:00:00Z"),
      districtId: ids.sued,
      targetGroups: { create: [{ targetGroupId: ids.kinder }] },
    });
    // 2026-10-25: clocks go back. W44 starts Mon 26 Oct 00:00 CET = 25 Oct 23:00 UTC.
    await createOffer("herbst-w43", { publishedAt: new Date("2026-10-25T22:30:00Z"), districtId: ids.sued });
    await createOffer("herbst-w44", { publishedAt: new Date("2026-10-25T23:30:00Z"), districtId: ids.sued, postalCode: "12345" });
    // 2026-W53 starts Mon 28 Dec 00:00 CET = 27 Dec 23:00 UTC.
    await createOffer("w53", { publishedAt: new Date("2026-12-27T23:15:00Z"), wheelchair: "YES", districtId: ids.sued });
    // Never counted: not published, deleted, of an unapproved provider, ended before it was published.
    await createOffer("entwurf", { status: "DRAFT", publishedAt: new Date("2026-01-05T10:00:00Z") });
    await createOffer("archiviert", { status: "ARCHIVED", publishedAt: new Date("2026-01-05T10:00:00Z") });
    await createOffer("geloescht", { publishedAt: new Date("2026-01-05T10:00:00Z"), deletedAt: new Date("2026-02-01T10:00:00Z") });
    await createOffer("ungeprueft", { publishedAt: new Date("2026-01-05T10:00:00Z"), organizationId: ids.pending });
    await createOffer("nie-sichtbar", { publishedAt: new Date("2026-06-01T10:00:00Z"), endsAt: new Date("2026-05-01T10:00:00Z") });

    const planner = await createUser(db.prisma, "Paula", "PLANNER");
    const editor = await createUser(db.prisma, "Erik", "EDITOR");
    const admin = await createUser(db.prisma, "Ada", "ADMIN");
    const provider = await createUser(db.prisma, "Pia", "NONE");
    const otherProvider = await createUser(db.prisma, "Olga", "NONE");
    await addMember(db.prisma, provider, ids.approved, "ORG_MEMBER");
    await addMember(db.prisma, otherProvider, ids.other, "ORG_ADMIN");
    users.planner = await sessionUser(planner);
    users.editor = await sessionUser(editor);
    users.admin = await sessionUser(admin);
    users.provider = await sessionUser(provider);
    users.otherProvider = await sessionUser(otherProvider);
  });

  it("numbers ISO weeks like the calendar, including week 53", () => {
    expect(isoWeekOf("2026-12-28")).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf("2027-01-03")).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf("2027-01-04")).toEqual({ year: 2027, week: 1 });
    expect(isoWeekOf("2021-01-03")).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf("2025-12-29")).toEqual({ year: 2026, week: 1 });
    const [w13, w14] = calendarWeeks("2026-03-23", "2026-03-30");
    expect([w13.label, w13.start.toISOString(), w13.end.toISOString()]).toEqual([
      "2026-W13",
      "2026-03-22T23:00:00.000Z",
      "2026-03-29T22:00:00.000Z",
    ]);
    expect(w14.label).toBe("2026-W14");
  });

  it("counts active published offers per Berlin calendar week across the spring clock change", async () => {
    const weeks = await offersPerWeek(filter({ from: "2026-03-16", to: "2026-04-05" }), NOW);
    // W12: abgelaufen · W13: + fruehling-w13 · W14: fruehling-w13 + fruehling-w14 (abgelaufen ended in W13)
    expect(weeks.map((w) => [w.label, w.count, w.current])).toEqual([
      ["2026-W12", 1, false],
      ["2026-W13", 2, false],
      ["2026-W14", 2, false],
    ]);
  });

  it("puts an offer published at Monday 00:30 after the autumn clock change into the new week, and week 53 is current", async () => {
    const weeks = await offersPerWeek(filter({ from: "2026-10-19", to: "2027-01-03" }), NOW);
    const byLabel = Object.fromEntries(weeks.map((w) => [w.label, w]));
    expect(byLabel["2026-W43"].count).toBe(3);
    expect(byLabel["2026-W44"].count).toBe(4);
    expect(byLabel["2026-W52"].count).toBe(4);
    expect(byLabel["2026-W53"]).toMatchObject({ count: 5, current: true, monday: "2026-12-28" });
    expect(weeks.filter((w) => w.current)).toHaveLength(1);
  });

  it("excludes expired, unpublished, deleted and unapproved offers from supply counts and applies every filter", async () => {
    const year = filter({ from: "2026-01-01", to: "2026-12-31" });
    const districts = await offersPerDistrict(year, "de");
    expect(districts.map((d) => [d.name, d.count])).toEqual([
      ["Nord", 2],
      ["Süd", 4],
    ]);
    // Expired before the range: gone from every supply chart.
    const autumn = filter({ from: "2026-10-01", to: "2026-12-31" });
    expect((await offersPerDistrict(autumn, "de")).map((d) => d.count)).toEqual([2, 3]);
    expect((await offersTable(autumn, { now: NOW })).total).toBe(5);
    expect((await offersTable(year, { now: NOW })).rows.find((r) => r.slug === "abgelaufen")).toMatchObject({ current: false });
    // Filters: category (a main category includes its subcategories), target group, free, accessible, postal code, district.
    expect((await offersPerCategory(filter({ ...year, category: ids.sport }), "de")).map((c) => [c.name, c.count])).toEqual([["Sport", 1]]);
    expect((await offersTable(filter({ ...year, targetGroup: ids.kinder }), { now: NOW })).total).toBe(2);
    expect((await offersTable(filter({ ...year, free: true }), { now: NOW })).rows.map((r) => r.slug)).toEqual(["fruehling-w14"]);
    expect((await offersTable(filter({ ...year, accessible: true }), { now: NOW })).rows.map((r) => r.slug)).toEqual(["w53"]);
    expect((await offersTable(filter({ ...year, postalCode: "12345" }), { now: NOW })).rows.map((r) => r.slug)).toEqual(["herbst-w44"]);
    expect((await offersTable(filter({ ...year, district: ids.nord }), { now: NOW })).total).toBe(2);
  });

  it("marks empty and thin cells of the district × target group matrix", async () => {
    const gaps = await gapMatrix(filter({ from: "2026-01-01", to: "2026-12-31" }), "de");
    expect(gaps.districts.map((d) => d.name)).toEqual(["Nord", "Süd"]);
    expect(gaps.targetGroups.map((g) => g.name)).toEqual(["Kinder", "Senioren"]);
    expect(gaps.cells.map((row) => row.map((c) => `${c.count}:${c.level}`))).toEqual([
      ["1:thin", "0:empty"],
      ["1:thin", "0:empty"],
    ]);
  });

  it("reads demand from the daily counts and applies offer filters to the most viewed offers", async () => {
    for (const slug of ["w53", "w53", "fruehling-w14"]) {
      recordEvent(
        { type: "OFFER_VIEW", offerId: offer[slug], organizationId: ids.approved, locale: "de" },
        { userAgent: BROWSER, now: NOW },
      );
    }
    recordEvent(
      { type: "SEARCH", term: "schach", filters: [], resultCount: 0, view: "list", locale: "de" },
      { userAgent: BROWSER, now: NOW },
    );
    await flushAnalytics();
    const range = filter({ from: "2026-12-01", to: "2026-12-31" });
    expect((await topOffers(range)).map((o) => [o.title, o.views])).toEqual([
      ["w53", 2],
      ["fruehling-w14", 1],
    ]);
    expect((await topOffers(filter({ ...range, free: true }))).map((o) => o.title)).toEqual(["fruehling-w14"]);
    expect(await topOffers(filter({ from: "2026-11-01", to: "2026-11-30" }))).toEqual([]);
    const dashboard = await plannerDashboardFor(users.planner, range, "de", NOW);
    expect(dashboard.zeroTerms).toEqual([{ key: "schach", count: 1 }]);
    expect(dashboard.totals).toMatchObject({ searches: 1, zeroResultSearches: 1, offerViews: 3 });
  });

  it("gives planner data to planners, editors and admins only", async () => {
    const range = filter({});
    for (const who of ["planner", "editor", "admin"]) await expect(plannerDashboardFor(users[who], range, "de", NOW)).resolves.toBeTruthy();
    await expect(plannerDashboardFor(users.provider, range, "de", NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(plannerDashboardFor(null, range, "de", NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(plannerOffersTableFor(users.provider, range, 1, NOW)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses downloads to anonymous users and providers and serves CSV and XLSX to planners", async () => {
    const url = "http://localhost/api/analytics/offers-per-district?von=2026-01-01&bis=2026-12-31";
    const download = (user: SessionUser | null, chart = "offers-per-district", query = "&format=csv") =>
      handleAnalyticsDownload(new Request(url + query), user, chart, "de", t, NOW);
    expect((await download(null)).status).toBe(401);
    expect((await download(users.provider)).status).toBe(403);
    expect((await download(users.planner, "../../etc/passwd")).status).toBe(404);
    const csv = await download(users.planner);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A UTF-8 byte-order mark first, so spreadsheet programs read the umlauts right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8")).toBe("columns.district,columns.offers\r\nNord,2\r\nSüd,4\r\n");
    const xlsx = await download(users.editor, "offers-per-district", "&format=xlsx");
    const book = XLSX.read(new Uint8Array(await xlsx.arrayBuffer()), { type: "array" });
    expect(XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0]], { header: 1 })).toEqual([
      ["columns.district", "columns.offers"],
      ["Nord", 2],
      ["Süd", 4],
    ]);
  });

  it("neutralizes spreadsheet formulas in public search terms and builds every chart's table", async () => {
    recordEvent(
      { type: "SEARCH", term: "=hyperlink(1)", filters: [], resultCount: 0, view: "list", locale: "de" },
      { userAgent: BROWSER, now: NOW },
    );
    await flushAnalytics();
    const csv = await handleAnalyticsDownload(
      new Request("http://localhost/api/analytics/top-terms?von=2026-12-01&bis=2026-12-31"),
      users.admin,
      "top-terms",
      "de",
      t,
      NOW,
    );
    expect(await csv.text()).toContain("'=hyperlink(1)");
    for (const id of CHART_IDS) {
      const table = await chartTable(id, filter({ from: "2026-01-01", to: "2026-12-31" }), "de", t, NOW);
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    }
  });

  it("shows each organisation its own monthly statistics and refuses anyone else", async () => {
    recordEvent(
      { type: "CONTACT", kind: "mail", offerId: offer.w53, organizationId: ids.approved, locale: "de" },
      { userAgent: BROWSER, now: NOW },
    );
    recordEvent({ type: "OFFER_VIEW", offerId: 999, organizationId: ids.other, locale: "de" }, { userAgent: BROWSER, now: NOW });
    await flushAnalytics();
    const own = await providerStatisticsFor(users.provider, ids.approved, NOW);
    expect(own).toEqual([{ month: "2026-12", views: 3, mail: 1, phone: 0, website: 0, ics: 0 }]);
    expect(await providerStatisticsFor(users.otherProvider, ids.other, NOW)).toEqual([
      { month: "2026-12", views: 1, mail: 0, phone: 0, website: 0, ics: 0 },
    ]);
    await expect(providerStatisticsFor(users.otherProvider, ids.approved, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(providerStatisticsFor(users.planner, ids.approved, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(providerStatisticsFor(null, ids.approved, NOW)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("parses the filter from the URL, dropping bad values instead of failing", () => {
    const { filter: parsed, ignored } = parseAnalyticsFilter(
      { von: "2026-12-01", bis: "2026-11-01", kategorie: "3", zielgruppe: "x'; DROP", stadtteil: ["1", "2"], plz: "1234", kostenlos: "1" },
      NOW,
    );
    expect(parsed).toMatchObject({
      from: "2026-11-01",
      to: "2026-12-01",
      category: 3,
      targetGroup: null,
      district: null,
      postalCode: null,
      free: true,
    });
    expect(ignored).toEqual(["targetGroup", "district", "postalCode"]);
    expect(parseAnalyticsFilter({ von: "2020-01-01", bis: "2026-12-01" }, NOW)).toMatchObject({
      filter: { from: "2023-11-29" },
      ignored: ["from"],
    });
    expect(parseAnalyticsFilter({}, NOW).filter).toMatchObject({ from: "2026-10-08", to: "2026-12-30" });
  });

  // Last: it adds ids beyond the offers' link bits (1–30), which switches the queries to the link tables.
  it("counts the same through the link tables when a category or target group id has no bit", async () => {
    const year = filter({ from: "2026-01-01", to: "2026-12-31" });
    const before = await offersPerTargetGroup(year, "de");
    await db.prisma.targetGroup.create({ data: { id: 31, slug: "familien", name: "Familien", position: 2 } });
    await db.prisma.category.create({ data: { id: 32, slug: "tischtennis", name: "Tischtennis", parentId: ids.sport } });
    await db.prisma.offerTargetGroup.create({ data: { offerId: offer.w53, targetGroupId: 31 } });
    await db.prisma.offerCategory.create({ data: { offerId: offer["herbst-w43"], categoryId: 32 } });
    expect((await offersPerTargetGroup(year, "de")).map((g) => [g.name, g.count])).toEqual([
      ...before.map((g) => [g.name, g.count]),
      ["Familien", 1],
    ]);
    expect((await offersPerCategory(year, "de")).map((c) => [c.name, c.count])).toEqual([["Sport", 2]]);
    const gaps = await gapMatrix(year, "de");
    expect(gaps.cells.map((row) => row.map((c) => c.count))).toEqual([
      [1, 0, 0],
      [1, 0, 1],
    ]);
    expect((await offersTable(filter({ ...year, category: ids.sport }), { now: NOW })).rows.map((r) => r.slug).sort()).toEqual([
      "fruehling-w14",
      "herbst-w43",
    ]);
    expect((await offersTable(filter({ ...year, targetGroup: 31 }), { now: NOW })).rows.map((r) => r.slug)).toEqual(["w53"]);
  });
});
