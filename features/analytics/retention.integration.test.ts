import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/helpers/db";
import { flushAnalytics, recordEvent } from "./record";
import { purgeExpiredAnalytics, retentionStartDay } from "./retention";

// Raw events older than the retention period go; the daily counts written with them stay.

const BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/133.0";

describe("analytics retention", () => {
  const db = useTestDatabase();

  it("keeps 13 months of raw events by default, counted in Berlin calendar days", () => {
    expect(retentionStartDay(new Date("2026-12-07T10:00:00Z"))).toBe("2025-11-07");
    // 23:30 UTC on 31 Dec is already 1 January in Berlin.
    expect(retentionStartDay(new Date("2026-12-31T23:30:00Z"))).toBe("2025-12-01");
    // No 31 February: the month's last day.
    expect(retentionStartDay(new Date("2027-03-31T10:00:00Z"), 1)).toBe("2027-02-28");
    expect(retentionStartDay(new Date("2026-12-07T10:00:00Z"), 6)).toBe("2026-06-07");
  });

  it("deletes raw events before the retention start and leaves every daily count", async () => {
    const now = new Date("2026-12-07T05:00:00Z");
    const at = (iso: string) => new Date(iso);
    // 2025-11-06 23:30 UTC is 2025-11-07 00:30 in Berlin: the first kept day.
    const times = ["2025-10-01T10:00:00Z", "2025-11-06T22:30:00Z", "2025-11-06T23:30:00Z", "2026-12-06T10:00:00Z"];
    for (const t of times) recordEvent({ type: "PROVIDER_VIEW", organizationId: 5, locale: "de" }, { userAgent: BROWSER, now: at(t) });
    await flushAnalytics();
    const dailyBefore = await db.prisma.analyticsDaily.findMany({ orderBy: { day: "asc" } });
    expect(dailyBefore.map((d) => [d.day, d.count])).toEqual([
      ["2025-10-01", 1],
      ["2025-11-06", 1],
      ["2025-11-07", 1],
      ["2026-12-06", 1],
    ]);

    await expect(purgeExpiredAnalytics(now)).resolves.toEqual({ deleted: 2, before: "2025-11-07" });
    expect((await db.prisma.analyticsEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.day)).toEqual(["2025-11-07", "2026-12-06"]);
    expect(await db.prisma.analyticsDaily.findMany({ orderBy: { day: "asc" } })).toEqual(dailyBefore);
    await expect(purgeExpiredAnalytics(now)).resolves.toEqual({ deleted: 0, before: "2025-11-07" });
  });

  it("follows a shorter configured period", async () => {
    await expect(purgeExpiredAnalytics(new Date("2026-12-07T05:00:00Z"), 1)).resolves.toEqual({ deleted: 1, before: "2026-11-07" });
  });
});
