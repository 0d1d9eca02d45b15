import { describe, expect, it } from "vitest";
import { containsMarkup, coordinateValue, dateText, splitNames, timeText } from "./cells";
import { scheduleFromRows } from "./schedule-cells";
import { columnForHeader, choiceCode, SCHEDULE_KINDS } from "./columns";

// Cell conversions of the import: what a spreadsheet gives (serials, typed German dates, lists)
// into the offer form's notation; anything unreadable passes through for the schema to refuse.

describe("cell conversions", () => {
  it("reads Excel serials and typed dates, and leaves impossible dates for the schema", () => {
    expect(dateText(46357)).toBe("2026-12-01");
    expect(dateText("01.12.2026")).toBe("2026-12-01");
    expect(dateText("1.9.26")).toBe("2026-09-01");
    expect(dateText("2026-9-1")).toBe("2026-09-01");
    expect(dateText("31.02.2026")).toBe("2026-02-31");
    expect(dateText("nächste Woche")).toBe("nächste Woche");
  });

  it("reads Excel times and typed times", () => {
    expect(timeText(16 / 24)).toBe("16:00");
    expect(timeText(46357 + 0.5)).toBe("12:00");
    expect(timeText("9:30")).toBe("09:30");
    expect(timeText("16.45")).toBe("16:45");
    expect(timeText("16 Uhr")).toBe("16:00");
    expect(timeText("abends")).toBe("abends");
  });

  it("splits lists on semicolons, and on commas only where no known name contains them", () => {
    const known = new Set(["Kreativität, Medien, Musik", "Sport", "Freizeit und Kultur"]);
    const isKnown = (n: string) => known.has(n);
    expect(splitNames("Sport; Kreativität, Medien, Musik", isKnown)).toEqual(["Sport", "Kreativität, Medien, Musik"]);
    expect(splitNames("Freizeit und Kultur, Kreativität, Medien, Musik, Sport", isKnown)).toEqual([
      "Freizeit und Kultur",
      "Kreativität, Medien, Musik",
      "Sport",
    ]);
    expect(splitNames("Sport, Schach", isKnown)).toEqual(["Sport", "Schach"]);
  });

  it("recognises markup but not ordinary text with angle brackets", () => {
    expect(containsMarkup("<script>alert(1)</script>")).toBe(true);
    expect(containsMarkup('<img src=x onerror="x">')).toBe(true);
    expect(containsMarkup("javascript:alert(1)")).toBe(true);
    expect(containsMarkup("Kinder <6 Jahre und Eltern > 30")).toBe(false);
  });

  it("reads coordinates with a decimal comma and refuses text", () => {
    expect(coordinateValue("51,52")).toBe(51.52);
    expect(coordinateValue(7.46)).toBe(7.46);
    expect(coordinateValue("nord")).toBeUndefined();
    expect(coordinateValue(null)).toBeNull();
  });

  it("knows headers and choices in German and English", () => {
    expect(columnForHeader("Titel*")).toBe("title");
    expect(columnForHeader("  start time ")).toBe("startTime");
    expect(choiceCode(SCHEDULE_KINDS, "Wöchentlich")).toBe("WEEKLY");
    expect(choiceCode(SCHEDULE_KINDS, "period")).toBe("PERIOD");
    expect(choiceCode(SCHEDULE_KINDS, "monatlich")).toBeNull();
  });
});

describe("schedules from rows", () => {
  it("collects dates from the dates cell and from repeated rows, remembering each date's row", () => {
    const result = scheduleFromRows([
      { row: 2, cells: { scheduleKind: "Termine", dates: "2026-09-01 16:00-17:30; 08.09.2026", exceptions: "2026-12-24" } },
      { row: 3, cells: { date: 46357, startTime: 0.75 } },
    ]);
    expect(result.schedule).toEqual({
      kind: "DATES",
      dates: [
        { date: "2026-09-01", startTime: "16:00", endTime: "17:30" },
        { date: "2026-09-08" },
        { date: "2026-12-01", startTime: "18:00" },
      ],
      exceptions: ["2026-12-24"],
    });
    expect(result.entrySources).toEqual([
      { row: 2, column: "dates" },
      { row: 2, column: "dates" },
      { row: 3, column: "date" },
    ]);
  });

  it("builds weekly windows from weekdays with start/end or from a times cell", () => {
    expect(
      scheduleFromRows([{ row: 2, cells: { scheduleKind: "weekly", weekdays: "Mo; Mi", startTime: "16:00", endTime: "17:00" } }]).schedule,
    ).toMatchObject({
      kind: "WEEKLY",
      windows: [
        { weekday: 1, startTime: "16:00", endTime: "17:00" },
        { weekday: 3, startTime: "16:00", endTime: "17:00" },
      ],
      intervalWeeks: 1,
    });
    const times = scheduleFromRows([
      { row: 2, cells: { scheduleKind: "dauerhaft", times: "Mo 09:00-12:00; Donnerstag 14:00-18:00; nachmittags" } },
    ]);
    expect(times.schedule).toMatchObject({ kind: "PERMANENT", windows: [{ weekday: 1 }, { weekday: 4 }] });
    expect(times.problems).toEqual([{ row: 2, column: "times", code: "timeWindow", values: { value: "nachmittags" } }]);
  });
});
