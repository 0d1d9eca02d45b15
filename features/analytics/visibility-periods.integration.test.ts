import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/helpers/db";
import { toSqlDateTime } from "@/lib/sql-dates";
import { publishedOffersWhere } from "@/features/search/visibility";
import { defaultAnalyticsFilter, type AnalyticsFilter } from "./schemas";
import { offersPerWeek } from "./queries/offers-per-week";
import { offersPerDistrict } from "./queries/offers-per-district";
import { offersTable } from "./queries/offers-table";
import { RECONSTRUCT_VISIBILITY_PERIODS_SQL } from "./queries/visibility-history";

// Issue 12: supply counts use when each offer WAS visible (OfferVisibilityPeriod, kept by the
// triggers of migration 0021), not its status today. The triggers stamp the wall clock; to place
// history in 2025 the tests do the real write and then move the instant the trigger recorded.

type Period = { fromAt: string; untilAt: string | null; previousUntilAt: string | null };

const NOW = new Date("2026-12-30T12:00:00Z");
// 2025: W10 starts Mon 3 Mar, W17 ends Sun 27 Apr (Berlin); the clocks go forward on 30 Mar (W13/W14).
const RANGE = { from: "2025-03-03", to: "2025-04-27" };
const WEEKS = ["2025-W10", "2025-W11", "2025-W12", "2025-W13", "2025-W14", "2025-W15", "2025-W16", "2025-W17"];

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("visibility periods", () => {
  const db = useTestDatabase();
  const org: Record<string, number> = {};
  const offer: Record<string, number> = {};
  let postal = 10000;

  // The history offers are in district "mitte"; the trigger tests' offers have none.
  const filter = (overrides: Partial<AnalyticsFilter>): AnalyticsFilter => ({
    ...defaultAnalyticsFilter(NOW),
    ...RANGE,
    district: org.district,
    ...overrides,
  });

  const periods = (offerId: number) =>
    db.prisma.$queryRawUnsafe<Period[]>(
      // As stored (text), not as Dates: the format is part of what is tested.
      `SELECT "fromAt" || '' AS "fromAt", "untilAt" || '' AS "untilAt", "previousUntilAt" || '' AS "previousUntilAt"
       FROM "OfferVisibilityPeriod" WHERE "offerId" = ? ORDER BY "fromAt"`,
      offerId,
    );

  /** A published offer of `organization` (its own postal code, so a filter isolates it). */
  async function published(slug: string, publishedAt: string, organization = org.verein, data: Record<string, unknown> = {}) {
    const row = await db.prisma.offer.create({
      data: {
        slug,
        title: slug,
        organizationId: organization,
        status: "PUBLISHED",
        publishedAt: new Date(publishedAt),
        postalCode: String(postal++),
        districtId: org.district,
        ...data,
      } as never,
    });
    offer[slug] = row.id;
    return row.id;
  }

  const other = (slug: string, publishedAt: string, organization = org.verein) =>
    published(slug, publishedAt, organization, { districtId: null });

  /** Moves the end of the offer's latest closed period (just written by a trigger) to `at`. */
  async function closedAt(offerId: number, at: string) {
    const n = await db.prisma.$executeRawUnsafe(
      `UPDATE "OfferVisibilityPeriod" SET "untilAt" = ? WHERE "offerId" = ? AND "untilAt" = (SELECT MAX("untilAt") FROM "OfferVisibilityPeriod" WHERE "offerId" = ?)`,
      toSqlDateTime(new Date(at)),
      offerId,
      offerId,
    );
    expect(n).toBe(1);
  }

  /** Moves the start of the offer's open period (just written by a trigger) to `at`. */
  async function openedAt(offerId: number, at: string) {
    const n = await db.prisma.$executeRawUnsafe(
      `UPDATE "OfferVisibilityPeriod" SET "fromAt" = ? WHERE "offerId" = ? AND "untilAt" IS NULL`,
      toSqlDateTime(new Date(at)),
      offerId,
    );
    expect(n).toBe(1);
  }

  const setStatus = (id: number, status: "PUBLISHED" | "ARCHIVED" | "PENDING_REVIEW" | "BLOCKED") =>
    db.prisma.offer.update({ where: { id }, data: { status } });

  async function weekCounts(slug: string): Promise<number[]> {
    const postalCode = (await db.prisma.offer.findUniqueOrThrow({ where: { id: offer[slug] } })).postalCode;
    const weeks = await offersPerWeek(filter({ postalCode }), NOW);
    expect(weeks.map((w) => w.label)).toEqual(WEEKS);
    return weeks.map((w) => w.count);
  }

  beforeAll(async () => {
    org.district = (await db.prisma.district.create({ data: { slug: "mitte", name: "Mitte", centroidLat: 51.5, centroidLng: 7.4 } })).id;
    org.verein = (await db.prisma.organization.create({ data: { slug: "verein", name: "Verein", status: "APPROVED" } })).id;
    org.gesperrt = (await db.prisma.organization.create({ data: { slug: "gesperrt", name: "Gesperrt", status: "APPROVED" } })).id;

    // Archived on Wed of W12.
    await published("archiviert", "2025-03-05T10:00:00Z");
    await setStatus(offer.archiviert, "ARCHIVED");
    await closedAt(offer.archiviert, "2025-03-19T10:00:00Z");
    // Provider blocked on Wed of W13.
    await published("anbieter-gesperrt", "2025-03-05T10:00:00Z", org.gesperrt);
    await db.prisma.organization.update({ where: { id: org.gesperrt }, data: { status: "BLOCKED" } });
    await closedAt(offer["anbieter-gesperrt"], "2025-03-26T10:00:00Z");
    // Hidden as stale on Wed of W14 (after the clock change).
    await published("veraltet", "2025-03-12T10:00:00Z");
    await db.prisma.offer.update({ where: { id: offer.veraltet }, data: { staleHiddenAt: new Date() } });
    await closedAt(offer.veraltet, "2025-04-02T10:00:00Z");
    // Soft-deleted on Wed of W12.
    await published("geloescht", "2025-03-05T10:00:00Z");
    await db.prisma.offer.update({ where: { id: offer.geloescht }, data: { deletedAt: new Date() } });
    await closedAt(offer.geloescht, "2025-03-19T10:00:00Z");
    // Back in review on Tue of W11, republished on Thu of W11, archived on Wed of W13.
    await published("gleiche-woche", "2025-03-05T10:00:00Z");
    await setStatus(offer["gleiche-woche"], "PENDING_REVIEW");
    await closedAt(offer["gleiche-woche"], "2025-03-11T10:00:00Z");
    await setStatus(offer["gleiche-woche"], "PUBLISHED");
    await openedAt(offer["gleiche-woche"], "2025-03-13T10:00:00Z");
    await setStatus(offer["gleiche-woche"], "ARCHIVED");
    await closedAt(offer["gleiche-woche"], "2025-03-26T10:00:00Z");
    // Three periods in W11 (two gaps inside the week), still visible.
    await published("zweimal-unterbrochen", "2025-03-05T10:00:00Z");
    for (const [off, on] of [
      ["2025-03-10T08:00:00Z", "2025-03-11T08:00:00Z"],
      ["2025-03-14T08:00:00Z", "2025-03-15T08:00:00Z"],
    ]) {
      await setStatus(offer["zweimal-unterbrochen"], "BLOCKED");
      await closedAt(offer["zweimal-unterbrochen"], off);
      await setStatus(offer["zweimal-unterbrochen"], "PUBLISHED");
      await openedAt(offer["zweimal-unterbrochen"], on);
    }
    // Archived on Wed of W11, republished on Wed of W15 (after the clock change), still visible.
    await published("wieder-da", "2025-03-05T10:00:00Z");
    await setStatus(offer["wieder-da"], "ARCHIVED");
    await closedAt(offer["wieder-da"], "2025-03-12T10:00:00Z");
    await setStatus(offer["wieder-da"], "PUBLISHED");
    await openedAt(offer["wieder-da"], "2025-04-09T10:00:00Z");
    // Republished after its last date (Sun of W12): the second period counts nowhere.
    await published("nach-ende", "2025-03-05T10:00:00Z", org.verein, { endsAt: new Date("2025-03-23T10:00:00Z") });
    await setStatus(offer["nach-ende"], "ARCHIVED");
    await closedAt(offer["nach-ende"], "2025-03-12T10:00:00Z");
    await setStatus(offer["nach-ende"], "PUBLISHED");
    await openedAt(offer["nach-ende"], "2025-04-09T10:00:00Z");
    // Unpublished on Tue of W11 and published again on Tue of W12: the gap covers no whole week.
    await published("kurz-weg", "2025-03-05T10:00:00Z");
    await setStatus(offer["kurz-weg"], "PENDING_REVIEW");
    await closedAt(offer["kurz-weg"], "2025-03-11T10:00:00Z");
    await setStatus(offer["kurz-weg"], "PUBLISHED");
    await openedAt(offer["kurz-weg"], "2025-03-18T10:00:00Z");
  });

  it("counts an offer archived, blocked, stale-hidden or deleted later in the weeks it was visible, and not after", async () => {
    expect(await weekCounts("archiviert")).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);
    expect(await weekCounts("anbieter-gesperrt")).toEqual([1, 1, 1, 1, 0, 0, 0, 0]);
    expect(await weekCounts("veraltet")).toEqual([0, 1, 1, 1, 1, 0, 0, 0]);
    expect(await weekCounts("geloescht")).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);
  });

  it("counts an offer once in a week with several periods, and not in the weeks of a gap", async () => {
    expect(await weekCounts("gleiche-woche")).toEqual([1, 1, 1, 1, 0, 0, 0, 0]);
    expect(await weekCounts("zweimal-unterbrochen")).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(await weekCounts("wieder-da")).toEqual([1, 1, 0, 0, 0, 1, 1, 1]);
    expect(await weekCounts("kurz-weg")).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(await weekCounts("nach-ende")).toEqual([1, 1, 0, 0, 0, 0, 0, 0]);
  });

  it("sums the offers per week exactly", async () => {
    const weeks = await offersPerWeek(filter({}), NOW);
    // Per week: the sum of the rows above.
    expect(weeks.map((w) => w.count)).toEqual([8, 9, 7, 5, 3, 3, 3, 3]);
  });

  it("counts an offer in a range chart when one of its periods overlaps the range", async () => {
    const slugs = async (from: string, to: string) =>
      (await offersTable(filter({ from, to }), { now: NOW, pageSize: null })).rows.map((r) => r.slug).sort();
    // W13–W14: the gap of "wieder-da" and "nach-ende" covers it.
    expect(await slugs("2025-03-24", "2025-04-06")).toEqual(
      ["anbieter-gesperrt", "gleiche-woche", "kurz-weg", "veraltet", "zweimal-unterbrochen"].sort(),
    );
    // W15: only the still visible offers.
    expect(await slugs("2025-04-07", "2025-04-13")).toEqual(["kurz-weg", "wieder-da", "zweimal-unterbrochen"]);
    const table = await offersTable(filter({}), { now: NOW, pageSize: null });
    const current = Object.fromEntries(table.rows.map((r) => [r.slug, r.current]));
    expect(current).toMatchObject({
      "wieder-da": true,
      "kurz-weg": true,
      archiviert: false,
      "anbieter-gesperrt": false,
      "nach-ende": false,
    });
    const districts = await offersPerDistrict(filter({ from: "2025-03-24", to: "2025-04-06" }), "de");
    expect(districts.find((d) => d.districtId === org.district)?.count).toBe(5);
  });

  describe("triggers", () => {
    const clock = () => toSqlDateTime(new Date());

    it("opens a period at the publication on insert, closes it on archive and opens a new one on republish", async () => {
      const id = await other("trigger-angebot", "2026-01-05T10:00:00Z");
      expect(await periods(id)).toEqual([{ fromAt: "2026-01-05T10:00:00.000+00:00", untilAt: null, previousUntilAt: null }]);
      await db.prisma.offer.update({ where: { id }, data: { title: "Neuer Titel", description: "Text" } });
      expect(await periods(id)).toHaveLength(1);
      const before = clock();
      await setStatus(id, "ARCHIVED");
      const after = clock();
      const [closed] = await periods(id);
      expect(closed.untilAt! >= before && closed.untilAt! <= after).toBe(true);
      await setStatus(id, "ARCHIVED");
      expect(await periods(id)).toHaveLength(1);
      await tick();
      await setStatus(id, "PUBLISHED");
      const [, reopened] = await periods(id);
      expect(reopened).toMatchObject({ untilAt: null, previousUntilAt: closed.untilAt });
      expect(reopened.fromAt >= closed.untilAt!).toBe(true);
    });

    it("records nothing for drafts and offers of unapproved providers, and starts them when they become visible", async () => {
      const pending = (await db.prisma.organization.create({ data: { slug: "neu", name: "Neu", status: "PENDING" } })).id;
      const draft = (await db.prisma.offer.create({ data: { slug: "entwurf", title: "Entwurf", organizationId: org.verein } })).id;
      const waiting = await other("wartet", "2026-01-05T10:00:00Z", pending);
      expect(await periods(draft)).toEqual([]);
      expect(await periods(waiting)).toEqual([]);
      // First publication by a save that sets publishedAt: the period starts at it.
      await db.prisma.offer.update({ where: { id: draft }, data: { status: "PUBLISHED", publishedAt: new Date("2026-02-01T08:00:00Z") } });
      expect(await periods(draft)).toEqual([{ fromAt: "2026-02-01T08:00:00.000+00:00", untilAt: null, previousUntilAt: null }]);
      // Provider approved now: visible from now, not from the older publication.
      const before = clock();
      await db.prisma.organization.update({ where: { id: pending }, data: { status: "APPROVED" } });
      const [started] = await periods(waiting);
      expect(started.untilAt).toBeNull();
      expect(started.fromAt >= before).toBe(true);
    });

    it("closes and reopens the periods of all of a provider's visible offers on its status and deletion", async () => {
      const provider = (await db.prisma.organization.create({ data: { slug: "traeger", name: "Träger", status: "APPROVED" } })).id;
      const a = await other("traeger-a", "2026-01-05T10:00:00Z", provider);
      const b = await other("traeger-b", "2026-01-06T10:00:00Z", provider);
      const archived = await other("traeger-archiv", "2026-01-06T10:00:00Z", provider);
      await setStatus(archived, "ARCHIVED");
      const unrelated = await other("anderer-traeger", "2026-01-06T10:00:00Z");
      await db.prisma.organization.update({ where: { id: provider }, data: { status: "BLOCKED" } });
      for (const id of [a, b, archived]) expect((await periods(id)).every((p) => p.untilAt !== null)).toBe(true);
      expect((await periods(unrelated))[0].untilAt).toBeNull();
      await tick();
      await db.prisma.organization.update({ where: { id: provider }, data: { status: "APPROVED" } });
      for (const id of [a, b]) expect((await periods(id)).map((p) => p.untilAt === null)).toEqual([false, true]);
      expect(await periods(archived)).toHaveLength(1);
      await db.prisma.organization.update({ where: { id: provider }, data: { deletedAt: new Date() } });
      for (const id of [a, b]) expect((await periods(id)).every((p) => p.untilAt !== null)).toBe(true);
    });

    it("closes on stale-hiding and soft delete, reopens when the offer is confirmed again", async () => {
      const id = await other("frische", "2026-01-05T10:00:00Z");
      await db.prisma.offer.update({ where: { id }, data: { staleHiddenAt: new Date() } });
      expect((await periods(id))[0].untilAt).not.toBeNull();
      await tick();
      await db.prisma.offer.update({ where: { id }, data: { staleHiddenAt: null } });
      expect((await periods(id)).map((p) => p.untilAt === null)).toEqual([false, true]);
      await db.prisma.offer.update({ where: { id }, data: { deletedAt: new Date() } });
      expect((await periods(id)).every((p) => p.untilAt !== null)).toBe(true);
      // Moving a hidden offer to another provider keeps it hidden.
      await db.prisma.offer.update({ where: { id }, data: { organizationId: org.gesperrt } });
      expect((await periods(id)).every((p) => p.untilAt !== null)).toBe(true);
    });
  });

  it("has an open period exactly for the offers the public visibility rule shows (without the date window)", async () => {
    const visible = await db.prisma.offer.findMany({ where: publishedOffersWhere({ current: false }), select: { id: true } });
    const open = await db.prisma.offerVisibilityPeriod.findMany({ where: { untilAt: null }, select: { offerId: true } });
    expect(open.map((p) => p.offerId).sort((a, b) => a - b)).toEqual(visible.map((o) => o.id).sort((a, b) => a - b));
    expect(visible.length).toBeGreaterThan(5);
  });

  describe("reconstruction of the history before the migration", () => {
    it("is the migration's backfill, verbatim", () => {
      const migration = fs.readFileSync(
        path.join(process.cwd(), "prisma", "migrations", "0021_offer_visibility_periods", "migration.sql"),
        "utf8",
      );
      for (const statement of RECONSTRUCT_VISIBILITY_PERIODS_SQL) expect(migration).toContain(statement);
    });

    it("gives visible offers an open period from their publication and ended ones their best known period", async () => {
      const provider = (await db.prisma.organization.create({ data: { slug: "alt", name: "Alt", status: "APPROVED" } })).id;
      const blockedProvider = (
        await db.prisma.organization.create({
          data: { slug: "alt-gesperrt", name: "Alt gesperrt", status: "APPROVED", approvedAt: new Date("2024-01-01T00:00:00Z") },
        })
      ).id;
      const visible = await other("alt-sichtbar", "2024-02-01T10:00:00Z", provider);
      const archived = await other("alt-archiviert", "2024-02-01T10:00:00Z", provider);
      const stale = await other("alt-veraltet", "2024-02-01T10:00:00Z", provider);
      const ofBlocked = await other("alt-anbieter", "2024-02-01T10:00:00Z", blockedProvider);
      const draft = (await db.prisma.offer.create({ data: { slug: "alt-entwurf", title: "Entwurf", organizationId: provider } })).id;
      await setStatus(archived, "ARCHIVED");
      await db.prisma.offer.update({ where: { id: stale }, data: { staleHiddenAt: new Date() } });
      await db.prisma.organization.update({ where: { id: blockedProvider }, data: { status: "BLOCKED" } });
      const ids = [visible, archived, stale, ofBlocked, draft];
      // The state before the migration: timestamps on the rows, no periods.
      const set = (table: string, column: string, at: string, id: number) =>
        db.prisma.$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = ? WHERE "id" = ?`, at, id);
      await set("Offer", "archivedAt", "2024-05-01T00:00:00.000+00:00", archived);
      await set("Offer", "staleHiddenAt", "2024-06-01T00:00:00.000+00:00", stale);
      await set("Organization", "updatedAt", "2024-07-01T00:00:00.000+00:00", blockedProvider);
      await db.prisma.$executeRawUnsafe(`DELETE FROM "OfferVisibilityPeriod" WHERE "offerId" IN (${ids.join(", ")})`);
      for (const statement of RECONSTRUCT_VISIBILITY_PERIODS_SQL) await db.prisma.$executeRawUnsafe(statement);
      const since = "2024-02-01T10:00:00.000+00:00";
      expect(await periods(visible)).toEqual([{ fromAt: since, untilAt: null, previousUntilAt: null }]);
      expect(await periods(archived)).toEqual([{ fromAt: since, untilAt: "2024-05-01T00:00:00.000+00:00", previousUntilAt: null }]);
      expect(await periods(stale)).toEqual([{ fromAt: since, untilAt: "2024-06-01T00:00:00.000+00:00", previousUntilAt: null }]);
      expect(await periods(ofBlocked)).toEqual([{ fromAt: since, untilAt: "2024-07-01T00:00:00.000+00:00", previousUntilAt: null }]);
      expect(await periods(draft)).toEqual([]);
    });
  });
});
