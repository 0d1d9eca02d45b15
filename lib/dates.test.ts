import { describe, expect, it } from "vitest";
import {
  addDays,
  berlinOffsetMinutes,
  daysBetween,
  formatLocalDate,
  formatTime,
  isValidDate,
  localDateTimeToUtc,
  localMinuteOf,
  parseTime,
  startOfWeek,
  toLocalDateTime,
  weekdayOf,
} from "./dates";

describe("calendar arithmetic", () => {
  it("knows ISO weekdays", () => {
    expect(weekdayOf("2026-11-23")).toBe(1);
    expect(weekdayOf("2026-11-27")).toBe(5);
    expect(weekdayOf("2026-11-29")).toBe(7);
    expect(weekdayOf("1969-12-31")).toBe(3);
  });

  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-09-01", "2027-06-30")).toBe(302);
    expect(startOfWeek("2026-11-29")).toBe("2026-11-23");
  });

  it("accepts only real calendar dates", () => {
    expect(isValidDate("2028-02-29")).toBe(true);
    expect(isValidDate("2026-02-29")).toBe(false);
    expect(isValidDate("2026-04-31")).toBe(false);
    expect(isValidDate("2026-13-01")).toBe(false);
    expect(isValidDate("26-1-1")).toBe(false);
  });

  it("parses and formats times of day", () => {
    expect(parseTime("16:30")).toBe(990);
    expect(parseTime("24:00")).toBe(1440);
    expect(parseTime("24:30")).toBeNull();
    expect(parseTime("9:00")).toBeNull();
    expect(formatTime(990)).toBe("16:30");
    expect(formatTime(1440)).toBe("24:00");
  });
});

describe("Europe/Berlin conversion", () => {
  it("uses +01:00 in winter and +02:00 in summer", () => {
    expect(localDateTimeToUtc("2026-12-01", 16 * 60).toISOString()).toBe("2026-12-01T15:00:00.000Z");
    expect(localDateTimeToUtc("2026-07-01", 16 * 60).toISOString()).toBe("2026-07-01T14:00:00.000Z");
    expect(berlinOffsetMinutes(new Date("2026-01-15T12:00:00Z"))).toBe(60);
    expect(berlinOffsetMinutes(new Date("2026-06-15T12:00:00Z"))).toBe(120);
  });

  it("handles the spring-forward day (2026-03-29)", () => {
    expect(localDateTimeToUtc("2026-03-29", 60).toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(localDateTimeToUtc("2026-03-29", 180).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    // 02:30 does not exist that night; it moves forward to 03:30 CEST.
    expect(localDateTimeToUtc("2026-03-29", 150).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(localDateTimeToUtc("2026-03-29", 1440).toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });

  it("handles the fall-back day (2026-10-25)", () => {
    expect(localDateTimeToUtc("2026-10-25", 60).toISOString()).toBe("2026-10-24T23:00:00.000Z");
    expect(localDateTimeToUtc("2026-10-25", 180).toISOString()).toBe("2026-10-25T02:00:00.000Z");
    expect(localDateTimeToUtc("2026-10-25", 0).toISOString()).toBe("2026-10-24T22:00:00.000Z");
  });

  it("formats instants as Berlin dates and times", () => {
    const lateEvening = new Date("2026-11-27T23:30:00Z");
    expect(formatLocalDate(lateEvening)).toBe("2026-11-28");
    expect(localMinuteOf(lateEvening)).toBe(30);
    expect(toLocalDateTime(new Date("2026-06-30T22:15:00Z"))).toEqual({ date: "2026-07-01", minute: 15 });
  });

  it("round-trips local times across a DST year", () => {
    const transitionDays = ["2026-03-28", "2026-03-29", "2026-03-30", "2026-10-24", "2026-10-25", "2026-10-26"];
    const sampleDays = Array.from({ length: 37 }, (_, i) => addDays("2026-01-01", i * 10));
    for (const date of [...transitionDays, ...sampleDays]) {
      const step = transitionDays.includes(date) ? 15 : 60;
      for (let minute = 0; minute < 1440; minute += step) {
        if (date === "2026-03-29" && minute >= 120 && minute < 180) continue; // the skipped hour
        expect(toLocalDateTime(localDateTimeToUtc(date, minute))).toEqual({ date, minute });
      }
    }
  });
});
