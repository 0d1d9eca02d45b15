import { beforeAll, describe, expect, it } from "vitest";
import { deriveOccurrenceFields, scheduleToRows } from "@/features/offers/schedule";
import { ScheduleSchema, type ScheduleInput } from "@/features/offers/schedule-schema";
import { useTestDatabase } from "@/test/helpers/db";
import { searchOffers } from "./offer-search";
import { type SearchParamsInput } from "./params/vocabulary";
import { parseOfferSearch } from "./params/parse";

// The search columns (schedule-columns.ts) must never change a result: every schedule is stored
// twice — once with the columns deriveOccurrenceFields computes (as every save path writes them),
// once without (the defaults: "unknown", checked against the rows) — and both copies must match
// exactly the same searches.

const NOW = new Date("2026-11-27T12:00:00Z");

const SCHEDULES: Record<string, ScheduleInput> = {
  "tuesday-school-year": {
    kind: "WEEKLY",
    windows: [{ weekday: 2, startTime: "16:00", endTime: "17:30" }],
    startDate: "2026-09-01",
    endDate: "2027-06-30",
    exceptions: ["2026-12-22", "2026-12-29"],
  },
  "monday-evening-biweekly": {
    kind: "WEEKLY",
    windows: [{ weekday: 1, startTime: "18:00", endTime: "20:00" }],
    startDate: "2026-11-02",
    intervalWeeks: 2,
    exceptions: [],
  },
  // Every third week from Thursday 5 Nov (weeks of 2 Nov, 23 Nov, 14 Dec, …), two of its days excepted.
  "thursday-saturday-triweekly": {
    kind: "WEEKLY",
    windows: [
      { weekday: 4, startTime: "17:00", endTime: "18:00" },
      { weekday: 6, startTime: "10:00", endTime: "11:00" },
    ],
    startDate: "2026-11-05",
    endDate: "2027-03-31",
    intervalWeeks: 3,
    exceptions: ["2026-11-26", "2026-12-17"],
  },
  // Starts on a Sunday: its week (from Monday 23 Nov) is the first active one.
  "sunday-start-biweekly": {
    kind: "WEEKLY",
    windows: [
      { weekday: 1, startTime: "09:00", endTime: "10:00" },
      { weekday: 7, startTime: "15:00", endTime: "16:00" },
    ],
    startDate: "2026-11-29",
    intervalWeeks: 2,
    exceptions: [],
  },
  "weekend-open": {
    kind: "WEEKLY",
    windows: [
      { weekday: 6, startTime: "10:00", endTime: "12:00" },
      { weekday: 7, startTime: "14:00", endTime: "18:00" },
    ],
    exceptions: [],
  },
  "holiday-course": {
    kind: "PERIOD",
    startDate: "2026-12-28",
    endDate: "2027-01-08",
    weekdays: [1, 2, 3, 4, 5],
    windows: [{ startTime: "09:00", endTime: "13:00" }],
    exceptions: ["2027-01-01"],
  },
  "all-day-period": { kind: "PERIOD", startDate: "2026-12-01", endDate: "2026-12-03", weekdays: [], windows: [], exceptions: [] },
  "permanent-no-windows": { kind: "PERMANENT", windows: [], exceptions: [] },
  "permanent-thursday": { kind: "PERMANENT", windows: [{ weekday: 4, startTime: "11:30", endTime: "12:30" }], exceptions: ["2026-12-24"] },
  "dates-evening": {
    kind: "DATES",
    dates: [
      { date: "2026-12-04", startTime: "19:00", endTime: "21:00" },
      { date: "2026-12-11", startTime: "19:00", endTime: "21:00" },
      { date: "2027-02-05", startTime: "19:00", endTime: "21:00" },
    ],
    exceptions: ["2026-12-11"],
  },
  "dates-all-day": { kind: "DATES", dates: [{ date: "2026-12-06" }, { date: "2026-12-20" }], exceptions: [] },
  "dates-past-and-future": {
    kind: "DATES",
    dates: [
      { date: "2026-11-20", startTime: "08:00", endTime: "09:00" },
      { date: "2026-12-15", startTime: "15:00", endTime: "16:00" },
    ],
    exceptions: [],
  },
};

const SEARCHES: SearchParamsInput[] = [
  { zeit: "abend" },
  { zeit: "vormittag" },
  { zeit: ["vormittag", "nachmittag"] },
  { tag: "di" },
  { tag: "di", zeit: "nachmittag" },
  { tag: ["sa", "so"], zeit: "abend" },
  { tag: "do", zeit: "nachmittag" },
  { datum: "2026-12-01" },
  { datum: "2026-12-04", zeit: "abend" },
  { datum: "2026-12-11" },
  { datum: "2026-12-22" },
  { datum: "2026-12-24" },
  { datum: "2026-12-30", zeit: "vormittag" },
  { datum: "2027-01-01" },
  { datum: "2026-11-30" },
  { datum: "2026-12-07" },
  { von: "2026-12-21", bis: "2027-01-03" },
  { von: "2026-12-21", bis: "2027-01-03", tag: "di" },
  { von: "2026-12-15", bis: "2026-12-29", tag: "di" },
  { von: "2026-11-28", bis: "2026-12-05", zeit: "abend" },
  { von: "2026-12-01", bis: "2027-03-31" },
  { von: "2026-12-01", bis: "2027-03-31", tag: "fr", zeit: "abend" },
  { von: "2027-03-01" },
  { bis: "2026-12-05" },
  { von: "2026-01-01", bis: "2026-01-31" },
  { von: "2027-07-01", bis: "2027-12-31", tag: "di" },
  // Every-n-weeks offers in day-by-day ranges: active and inactive weeks, exceptions, validity edges.
  { datum: "2026-11-26" },
  { datum: "2026-11-28" },
  { datum: "2026-12-10" },
  { datum: "2026-12-17" },
  { datum: "2026-12-19", zeit: "vormittag" },
  { datum: "2026-11-29" },
  { datum: "2026-12-06" },
  { datum: "2026-12-13", zeit: "nachmittag" },
  { von: "2026-12-07", bis: "2026-12-13" },
  { von: "2026-12-14", bis: "2026-12-20" },
  { von: "2026-12-14", bis: "2026-12-20", tag: "do" },
  { von: "2026-11-23", bis: "2026-11-29", tag: ["do", "so"] },
  { von: "2026-11-01", bis: "2026-11-10" },
  { von: "2027-03-25", bis: "2027-04-10", tag: "sa" },
  { von: "2026-11-30", bis: "2027-01-29", tag: "mo", zeit: "vormittag" },
];

async function matching(sp: SearchParamsInput): Promise<{ derived: string[]; plain: string[] }> {
  const result = await searchOffers(parseOfferSearch(sp).query, { now: NOW, pageSize: 100 });
  const slugs = result.offers.map((o) => o.slug);
  const base = (suffix: string) =>
    slugs
      .filter((s) => s.endsWith(suffix))
      .map((s) => s.slice(0, -suffix.length))
      .sort();
  return { derived: base("--derived"), plain: base("--plain") };
}

describe("search columns", () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    const p = db.prisma;
    const org = await p.organization.create({ data: { slug: "org", name: "Verein", status: "APPROVED" } });
    for (const [name, input] of Object.entries(SCHEDULES)) {
      const schedule = ScheduleSchema.parse(input);
      const rows = scheduleToRows(schedule);
      const derived = deriveOccurrenceFields(schedule, NOW, rows);
      for (const withColumns of [true, false]) {
        await p.offer.create({
          data: {
            slug: `${name}--${withColumns ? "derived" : "plain"}`,
            title: name,
            organizationId: org.id,
            status: "PUBLISHED",
            publishedAt: NOW,
            scheduleKind: rows.scheduleKind,
            scheduleStartDate: rows.scheduleStartDate,
            scheduleEndDate: rows.scheduleEndDate,
            intervalWeeks: rows.intervalWeeks,
            ...(withColumns ? derived : { nextOccurrenceAt: derived.nextOccurrenceAt, endsAt: derived.endsAt }),
            slots: { create: rows.slots },
            dates: { create: rows.dates },
            exceptions: { create: rows.exceptions.map((date) => ({ date })) },
          },
        });
      }
    }
  });

  it("are written by deriveOccurrenceFields (defaults mean unknown)", async () => {
    const rows = await db.prisma.offer.findMany({ select: { slug: true, searchMode: true }, orderBy: { slug: "asc" } });
    expect(rows.filter((r) => r.slug.endsWith("--plain")).every((r) => r.searchMode === 0)).toBe(true);
    expect(rows.filter((r) => r.slug.endsWith("--derived")).every((r) => r.searchMode > 0)).toBe(true);
  });

  it.each(SEARCHES.map((sp) => [JSON.stringify(sp), sp] as const))("give the same matches as the rows: %s", async (_, sp) => {
    const { derived, plain } = await matching(sp);
    expect(derived).toEqual(plain);
  });

  it("decide the worked cases correctly", async () => {
    expect((await matching({ datum: "2026-12-22" })).derived).not.toContain("tuesday-school-year");
    expect((await matching({ datum: "2026-12-15" })).derived).toEqual(
      expect.arrayContaining(["tuesday-school-year", "dates-past-and-future"]),
    );
    // Every other Monday from 2 Nov: 30 Nov yes, 7 Dec no.
    expect((await matching({ datum: "2026-11-30" })).derived).toContain("monday-evening-biweekly");
    expect((await matching({ datum: "2026-12-07" })).derived).not.toContain("monday-evening-biweekly");
    // Every third week from the week of 2 Nov: 19 Dec yes (week of 14 Dec), 10 Dec no, 17 Dec excepted.
    expect((await matching({ datum: "2026-12-19" })).derived).toContain("thursday-saturday-triweekly");
    expect((await matching({ datum: "2026-12-10" })).derived).not.toContain("thursday-saturday-triweekly");
    expect((await matching({ datum: "2026-12-17" })).derived).not.toContain("thursday-saturday-triweekly");
    expect((await matching({ von: "2026-12-14", bis: "2026-12-20" })).derived).toContain("thursday-saturday-triweekly");
    // Starting on Sunday 29 Nov: that Sunday and Monday 7 Dec, not Monday 30 Nov.
    expect((await matching({ datum: "2026-11-29" })).derived).toContain("sunday-start-biweekly");
    expect((await matching({ datum: "2026-11-30" })).derived).not.toContain("sunday-start-biweekly");
    expect((await matching({ datum: "2026-12-07" })).derived).toContain("sunday-start-biweekly");
    // The excepted date does not count; the other evening date does.
    expect((await matching({ datum: "2026-12-11" })).derived).not.toContain("dates-evening");
    expect((await matching({ datum: "2026-12-04", zeit: "abend" })).derived).toContain("dates-evening");
    // Permanent offers without windows match every schedule filter; open-ended weekly slots any range.
    expect((await matching({ von: "2026-01-01", bis: "2026-01-31" })).derived).toEqual([
      "permanent-no-windows",
      "permanent-thursday",
      "weekend-open",
    ]);
  });
});
