import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/test/helpers/db";
import { writeOfferSchedule } from "./schedule-store";
import { refreshPassedNextDates } from "./refresh-next-dates";
import { ScheduleSchema } from "./schedule-schema";

// The daily refresh moves a passed next date (and the soonest order's key) to the next occurrence.

const SAVED = new Date("2026-11-27T10:00:00Z");
const LATER = new Date("2026-12-02T10:00:00Z"); // Wednesday, 11:00 in Berlin

describe("refreshPassedNextDates", () => {
  const db = useTestDatabase();

  it("recomputes next date, order key and end of offers whose next date has passed", async () => {
    const org = await db.prisma.organization.create({ data: { slug: "verein", name: "Verein", status: "APPROVED" } });
    const create = async (slug: string, input: unknown) => {
      const offer = await db.prisma.offer.create({
        data: { slug, title: slug, organizationId: org.id, status: "PUBLISHED", publishedAt: SAVED },
      });
      await db.prisma.$transaction((tx) => writeOfferSchedule(tx, offer.id, ScheduleSchema.parse(input), SAVED));
      return offer.id;
    };
    const weekly = await create("weekly", {
      kind: "WEEKLY",
      windows: [{ weekday: 1, startTime: "16:00", endTime: "17:00" }],
      exceptions: ["2026-12-07"],
    });
    const open = await create("open", {
      kind: "PERMANENT",
      windows: [{ weekday: 3, startTime: "08:00", endTime: "18:00" }],
      exceptions: [],
    });
    const future = await create("future", {
      kind: "DATES",
      dates: [{ date: "2027-01-15", startTime: "10:00", endTime: "11:00" }],
      exceptions: [],
    });

    expect(await refreshPassedNextDates(LATER)).toEqual({ offers: 2 });
    const rows = await db.prisma.offer.findMany({
      select: { id: true, nextOccurrenceAt: true, nextListedAt: true },
      orderBy: { id: "asc" },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    // Saved with Monday 30 Nov as its next date; Monday 7 Dec is an exception: now 14 Dec, 16:00 in Berlin.
    expect(byId.get(weekly)).toMatchObject({
      nextOccurrenceAt: new Date("2026-12-14T15:00:00Z"),
      nextListedAt: new Date("2026-12-14T15:00:00Z"),
    });
    // Open today from 08:00 (in progress): listed at the end of today.
    expect(byId.get(open)).toMatchObject({
      nextOccurrenceAt: new Date("2026-12-02T07:00:00Z"),
      nextListedAt: new Date("2026-12-02T23:00:00Z"),
    });
    expect(byId.get(future)?.nextOccurrenceAt).toEqual(new Date("2027-01-15T09:00:00Z"));
  });
});
