import { describe, expect, it } from "vitest";
import { DatesScheduleSchema, ScheduleSchema, type ScheduleInput } from "./schedule-schema";
import { FULL_SEARCH_MASK, SEARCH_MODE } from "@/features/search/schedule-columns";
import { deriveOccurrenceFields, occurrencesOn, rowsToSchedule, scheduleToRows, upcomingOccurrences } from "./schedule";

const parse = (input: ScheduleInput) => ScheduleSchema.parse(input);
const isoStarts = (list: { startsAt: Date }[]) => list.map((o) => o.startsAt.toISOString());

function errorMessages(input: unknown): string[] {
  const result = ScheduleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

// The worked example: weekly every Tuesday 16:00–17:30 during the school year, not before Christmas.
const schoolYearTuesdays = parse({
  kind: "WEEKLY",
  windows: [{ weekday: 2, startTime: "16:00", endTime: "17:30" }],
  startDate: "2026-09-01",
  endDate: "2027-06-30",
  exceptions: ["2026-12-22"],
});

describe("worked example: Tuesdays 16:00–17:30, 2026-09-01 to 2027-06-30, except 2026-12-22", () => {
  it("occurs on Tuesday 2026-11-10 but not on Wednesday 2026-11-11", () => {
    expect(occurrencesOn(schoolYearTuesdays, "2026-11-10")).toHaveLength(1);
    expect(occurrencesOn(schoolYearTuesdays, "2026-11-11")).toHaveLength(0);
  });

  it("skips the exception and ends with the end date", () => {
    expect(occurrencesOn(schoolYearTuesdays, "2026-12-22")).toHaveLength(0);
    expect(occurrencesOn(schoolYearTuesdays, "2026-12-29")).toHaveLength(1);
    expect(occurrencesOn(schoolYearTuesdays, "2027-07-06")).toHaveLength(0);
  });

  it("next occurrence after 2026-11-27 is 2026-12-01 15:00 UTC", () => {
    const next = upcomingOccurrences(schoolYearTuesdays, new Date("2026-11-27T12:00:00Z"), 4);
    expect(isoStarts(next)).toEqual([
      "2026-12-01T15:00:00.000Z",
      "2026-12-08T15:00:00.000Z",
      "2026-12-15T15:00:00.000Z",
      "2026-12-29T15:00:00.000Z",
    ]);
    const fields = deriveOccurrenceFields(schoolYearTuesdays, new Date("2026-11-27T18:00:00Z"));
    expect(fields.nextOccurrenceAt?.toISOString()).toBe("2026-12-01T15:00:00.000Z");
    // Last Tuesday is 2027-06-29, 17:30 CEST.
    expect(fields.endsAt?.toISOString()).toBe("2027-06-29T15:30:00.000Z");
  });

  it("stores one slot row and the exception", () => {
    const rows = scheduleToRows(schoolYearTuesdays);
    expect(rows).toMatchObject({
      scheduleKind: "WEEKLY",
      scheduleStartDate: "2026-09-01",
      scheduleEndDate: "2027-06-30",
      intervalWeeks: 1,
    });
    expect(rows.slots).toEqual([{ weekday: 2, startMinute: 960, endMinute: 1050, validFrom: "2026-09-01", validUntil: "2027-06-30" }]);
    expect(rows.exceptions).toEqual(["2026-12-22"]);
    expect(rowsToSchedule(rows)).toEqual(schoolYearTuesdays);
  });
});

describe("WEEKLY", () => {
  it("supports several windows and an occurrence in progress", () => {
    const schedule = parse({
      kind: "WEEKLY",
      windows: [
        { weekday: 4, startTime: "17:00", endTime: "18:00" },
        { weekday: 1, startTime: "09:00", endTime: "11:00" },
        { weekday: 1, startTime: "15:00", endTime: "16:00" },
      ],
    });
    // Monday 2026-11-30, 09:30 local: the morning window is running.
    const next = upcomingOccurrences(schedule, new Date("2026-11-30T08:30:00Z"), 3);
    expect(next.map((o) => [o.date, o.startMinute])).toEqual([
      ["2026-11-30", 540],
      ["2026-11-30", 900],
      ["2026-12-03", 1020],
    ]);
    expect(deriveOccurrenceFields(schedule, new Date("2026-11-30T08:30:00Z")).endsAt).toBeNull();
  });

  it("counts every-n-weeks from the start date's week", () => {
    // Starts on a Thursday; the Monday window of that week would be before the start, so the first
    // Monday is two weeks later.
    const schedule = parse({
      kind: "WEEKLY",
      windows: [
        { weekday: 1, startTime: "10:00", endTime: "11:00" },
        { weekday: 5, startTime: "10:00", endTime: "11:00" },
      ],
      startDate: "2026-11-05",
      intervalWeeks: 2,
    });
    const dates = upcomingOccurrences(schedule, new Date("2026-11-01T00:00:00Z"), 5).map((o) => o.date);
    expect(dates).toEqual(["2026-11-06", "2026-11-16", "2026-11-20", "2026-11-30", "2026-12-04"]);
    expect(scheduleToRows(schedule).intervalWeeks).toBe(2);
  });

  it("keeps local time across the DST change", () => {
    const schedule = parse({ kind: "WEEKLY", windows: [{ weekday: 7, startTime: "10:00", endTime: "12:00" }] });
    const [octoberBefore, octoberAfter] = upcomingOccurrences(schedule, new Date("2026-10-17T00:00:00Z"), 2);
    expect(octoberBefore.startsAt.toISOString()).toBe("2026-10-18T08:00:00.000Z");
    expect(octoberAfter.startsAt.toISOString()).toBe("2026-10-25T09:00:00.000Z");
    const [marchBefore, marchAfter] = upcomingOccurrences(schedule, new Date("2027-03-20T00:00:00Z"), 2);
    expect(marchBefore.startsAt.toISOString()).toBe("2027-03-21T09:00:00.000Z");
    expect(marchAfter.startsAt.toISOString()).toBe("2027-03-28T08:00:00.000Z");
  });

  it("requires a start date for every-n-weeks and a window", () => {
    expect(errorMessages({ kind: "WEEKLY", windows: [{ weekday: 1, startTime: "10:00", endTime: "11:00" }], intervalWeeks: 2 })).toContain(
      "schedule.intervalNeedsStart",
    );
    expect(errorMessages({ kind: "WEEKLY", windows: [] })).toContain("schedule.windowsRequired");
    expect(
      errorMessages({
        kind: "WEEKLY",
        windows: [{ weekday: 1, startTime: "10:00", endTime: "11:00" }],
        startDate: "2026-01-01",
        intervalWeeks: 9,
      }),
    ).toContain("schedule.intervalRange");
  });
});

describe("PERMANENT", () => {
  it("without opening windows has no occurrences and no end", () => {
    const schedule = parse({ kind: "PERMANENT" });
    expect(schedule).toEqual({ kind: "PERMANENT", windows: [], exceptions: [] });
    expect(deriveOccurrenceFields(schedule, new Date("2026-11-27T12:00:00Z"))).toEqual({
      nextOccurrenceAt: null,
      nextListedAt: null,
      endsAt: null,
      // Matches every date/weekday/time filter of the search.
      searchMode: SEARCH_MODE.ALWAYS,
      searchMask: FULL_SEARCH_MASK,
      searchFrom: null,
      searchUntil: null,
      searchExceptionsFrom: null,
      searchExceptionsUntil: null,
      searchExceptionCount: 0,
    });
    expect(scheduleToRows(schedule)).toMatchObject({ scheduleKind: "PERMANENT", slots: [], dates: [], scheduleStartDate: null });
  });

  it("with opening windows has the next window start as next occurrence, skipping exceptions", () => {
    const schedule = parse({
      kind: "PERMANENT",
      windows: [{ weekday: 4, startTime: "14:00", endTime: "18:00" }],
      exceptions: ["2026-12-24"],
    });
    const fields = deriveOccurrenceFields(schedule, new Date("2026-12-18T12:00:00Z"));
    expect(fields.nextOccurrenceAt?.toISOString()).toBe("2026-12-31T13:00:00.000Z");
    expect(fields.endsAt).toBeNull();
    expect(rowsToSchedule(scheduleToRows(schedule))).toEqual(schedule);
  });
});

describe("DATES", () => {
  const schedule = DatesScheduleSchema.parse({
    kind: "DATES",
    dates: [
      { date: "2027-01-16", startTime: "10:00", endTime: "12:30" },
      { date: "2026-12-05" },
      { date: "2026-12-12", startTime: "15:00" },
    ],
    exceptions: ["2026-12-12"],
  });

  it("stores sorted dates with UTC instants; untimed dates span the local day", () => {
    const rows = scheduleToRows(schedule);
    expect(rows.scheduleStartDate).toBe("2026-12-05");
    expect(rows.scheduleEndDate).toBe("2027-01-16");
    expect(rows.dates.map((d) => [d.date, d.startMinute, d.endMinute, d.startsAt.toISOString(), d.endsAt.toISOString()])).toEqual([
      ["2026-12-05", null, null, "2026-12-04T23:00:00.000Z", "2026-12-05T23:00:00.000Z"],
      ["2026-12-12", 900, null, "2026-12-12T14:00:00.000Z", "2026-12-12T23:00:00.000Z"],
      ["2027-01-16", 600, 750, "2027-01-16T09:00:00.000Z", "2027-01-16T11:30:00.000Z"],
    ]);
    expect(rowsToSchedule(rows)).toEqual({ ...schedule, dates: [...schedule.dates].sort((a, b) => a.date.localeCompare(b.date)) });
  });

  it("skips past and cancelled dates", () => {
    const next = upcomingOccurrences(schedule, new Date("2026-12-06T00:00:00Z"), 5);
    expect(next.map((o) => o.date)).toEqual(["2027-01-16"]);
    const fields = deriveOccurrenceFields(schedule, new Date("2026-11-27T00:00:00Z"));
    expect(fields.nextOccurrenceAt?.toISOString()).toBe("2026-12-04T23:00:00.000Z");
    expect(fields.endsAt?.toISOString()).toBe("2027-01-16T11:30:00.000Z");
    expect(deriveOccurrenceFields(schedule, new Date("2027-02-01T00:00:00Z")).nextOccurrenceAt).toBeNull();
  });

  it("rejects bad lists", () => {
    expect(errorMessages({ kind: "DATES", dates: [] })).toContain("schedule.datesRequired");
    expect(errorMessages({ kind: "DATES", dates: [{ date: "2026-02-30" }] })).toContain("schedule.invalidDate");
    expect(errorMessages({ kind: "DATES", dates: [{ date: "2026-12-01", startTime: "18:00", endTime: "17:00" }] })).toContain(
      "schedule.endBeforeStart",
    );
    expect(errorMessages({ kind: "DATES", dates: [{ date: "2026-12-01", endTime: "17:00" }] })).toContain("schedule.endTimeWithoutStart");
    expect(errorMessages({ kind: "DATES", dates: [{ date: "2026-12-01" }, { date: "2026-12-01" }] })).toContain("schedule.duplicateDate");
    const tooMany = Array.from({ length: 367 }, (_, i) => ({ date: new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10) }));
    expect(errorMessages({ kind: "DATES", dates: tooMany })).toContain("schedule.tooManyDates");
  });
});

describe("PERIOD", () => {
  it("daily without windows is all day, bounded by its end date", () => {
    const schedule = parse({ kind: "PERIOD", startDate: "2027-07-19", endDate: "2027-07-23" });
    const rows = scheduleToRows(schedule);
    expect(rows.slots).toHaveLength(7);
    expect(rows.slots[0]).toEqual({ weekday: 1, startMinute: 0, endMinute: 1440, validFrom: "2027-07-19", validUntil: "2027-07-23" });
    expect(rowsToSchedule(rows)).toEqual(schedule);
    const fields = deriveOccurrenceFields(schedule, new Date("2026-11-27T12:00:00Z"));
    expect(fields.nextOccurrenceAt?.toISOString()).toBe("2027-07-18T22:00:00.000Z");
    expect(fields.endsAt?.toISOString()).toBe("2027-07-23T22:00:00.000Z");
  });

  it("on selected weekdays with time windows honours exceptions", () => {
    const schedule = parse({
      kind: "PERIOD",
      startDate: "2026-12-21",
      endDate: "2027-01-08",
      weekdays: [1, 3, 5],
      windows: [
        { startTime: "09:00", endTime: "12:00" },
        { startTime: "13:00", endTime: "15:00" },
      ],
      exceptions: ["2026-12-25", "2027-01-01"],
    });
    expect(scheduleToRows(schedule).slots).toHaveLength(6);
    const dates = [...new Set(upcomingOccurrences(schedule, new Date("2026-12-01T00:00:00Z"), 20).map((o) => o.date))];
    expect(dates).toEqual(["2026-12-21", "2026-12-23", "2026-12-28", "2026-12-30", "2027-01-04", "2027-01-06", "2027-01-08"]);
    expect(deriveOccurrenceFields(schedule, new Date("2026-12-01T00:00:00Z")).endsAt?.toISOString()).toBe("2027-01-08T14:00:00.000Z");
    expect(rowsToSchedule(scheduleToRows(schedule))).toEqual(schedule);
  });

  it("is expired after its end", () => {
    const schedule = parse({
      kind: "PERIOD",
      startDate: "2026-07-20",
      endDate: "2026-07-31",
      weekdays: [1, 2, 3, 4, 5],
      windows: [{ startTime: "08:00", endTime: "16:00" }],
    });
    const fields = deriveOccurrenceFields(schedule, new Date("2026-11-27T12:00:00Z"));
    expect(fields.nextOccurrenceAt).toBeNull();
    expect(fields.endsAt?.toISOString()).toBe("2026-07-31T14:00:00.000Z");
  });

  it("validates order, overlap and limits", () => {
    expect(errorMessages({ kind: "PERIOD", startDate: "2026-08-02", endDate: "2026-08-01" })).toContain("schedule.endBeforeStart");
    expect(
      errorMessages({
        kind: "PERIOD",
        startDate: "2026-08-01",
        endDate: "2026-08-09",
        windows: [
          { startTime: "09:00", endTime: "12:00" },
          { startTime: "11:00", endTime: "13:00" },
        ],
      }),
    ).toContain("schedule.overlappingWindows");
    expect(
      errorMessages({
        kind: "PERIOD",
        startDate: "2026-08-01",
        endDate: "2026-08-09",
        windows: [{ startTime: "25:00", endTime: "26:00" }],
      }),
    ).toContain("schedule.invalidTime");
    expect(errorMessages({ kind: "PERIOD", startDate: "2020-01-01", endDate: "2030-01-01" })).toContain("schedule.periodTooLong");
    const manyExceptions = Array.from({ length: 51 }, (_, i) => `2026-08-${String((i % 28) + 1).padStart(2, "0")}`);
    expect(errorMessages({ kind: "PERIOD", startDate: "2026-08-01", endDate: "2026-08-09", exceptions: manyExceptions })).toContain(
      "schedule.tooManyExceptions",
    );
    const manyWindows = Array.from({ length: 22 }, (_, i) => ({
      weekday: (i % 7) + 1,
      startTime: `${String(i).padStart(2, "0")}:00`,
      endTime: `${String(i).padStart(2, "0")}:30`,
    }));
    expect(errorMessages({ kind: "PERMANENT", windows: manyWindows })).toContain("schedule.tooManyWindows");
    expect(errorMessages({ kind: "SOMETIMES" })).toContain("schedule.invalidKind");
  });
});
