import { describe, expect, it } from "vitest";
import { FULL_SEARCH_MASK, SEARCH_MODE, searchColumns, wantedSearchMask } from "./schedule-columns";

const slot = (
  weekday: number,
  startMinute: number,
  endMinute: number,
  validFrom: string | null = null,
  validUntil: string | null = null,
) => ({
  weekday,
  startMinute,
  endMinute,
  validFrom,
  validUntil,
});
const rows = (over: Partial<Parameters<typeof searchColumns>[0]>) =>
  searchColumns({ scheduleKind: "WEEKLY", intervalWeeks: 1, slots: [], dates: [], exceptions: [], ...over });

describe("searchColumns", () => {
  it("sets the weekday's time-of-day bands a slot overlaps, and its any-time bit", () => {
    // Tuesday 11:00–13:00 overlaps morning and afternoon, not evening.
    const { searchMask } = rows({ slots: [slot(2, 660, 780)] });
    expect(searchMask & wantedSearchMask([2], ["morning"])).not.toBe(0);
    expect(searchMask & wantedSearchMask([2], ["afternoon"])).not.toBe(0);
    expect(searchMask & wantedSearchMask([2], ["evening"])).toBe(0);
    expect(searchMask & wantedSearchMask([2], [])).not.toBe(0);
    expect(searchMask & wantedSearchMask([1, 3, 4, 5, 6, 7], [])).toBe(0);
  });

  it("uses the same overlap rule as the SQL: a slot ending at 12:00 is not afternoon", () => {
    const { searchMask } = rows({ slots: [slot(1, 600, 720)] });
    expect(searchMask & wantedSearchMask([1], ["afternoon"])).toBe(0);
    expect(searchMask & wantedSearchMask([1], ["morning"])).not.toBe(0);
  });

  it("classifies schedules", () => {
    expect(rows({ scheduleKind: "PERMANENT" })).toMatchObject({ searchMode: SEARCH_MODE.ALWAYS, searchMask: FULL_SEARCH_MASK });
    expect(rows({ slots: [slot(1, 600, 700, "2026-09-01", "2027-06-30")] })).toMatchObject({
      searchMode: SEARCH_MODE.WEEKLY,
      searchFrom: "2026-09-01",
      searchUntil: "2027-06-30",
    });
    expect(rows({ intervalWeeks: 2, slots: [slot(1, 600, 700, "2026-09-01", null)] }).searchMode).toBe(SEARCH_MODE.SLOTS);
    expect(rows({ slots: [slot(1, 600, 700, "2026-09-01"), slot(2, 600, 700, "2026-10-01")] })).toMatchObject({
      searchMode: SEARCH_MODE.CHECK,
      searchFrom: "2026-09-01",
      searchUntil: null,
    });
    expect(rows({ scheduleKind: "DATES", dates: [{ date: "2026-12-04", startMinute: null, endMinute: null }] })).toMatchObject({
      searchMode: SEARCH_MODE.DATES,
      searchFrom: "2026-12-04",
      searchUntil: "2026-12-04",
      searchMask: wantedSearchMask([5], ["morning", "afternoon", "evening"]) | wantedSearchMask([5], []),
    });
  });

  it("leaves excepted dates out and bounds the exceptions", () => {
    const columns = rows({
      scheduleKind: "DATES",
      dates: [
        { date: "2026-12-04", startMinute: 1140, endMinute: 1260 },
        { date: "2026-12-08", startMinute: 600, endMinute: 660 },
      ],
      exceptions: ["2026-12-08", "2026-11-01"],
    });
    expect(columns).toMatchObject({ searchUntil: "2026-12-04", searchExceptionsFrom: "2026-11-01", searchExceptionsUntil: "2026-12-08" });
    expect(columns.searchMask & wantedSearchMask([2], [])).toBe(0);
  });
});
