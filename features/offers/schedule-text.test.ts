import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import type { Schedule } from "./schedule-schema";
import { describeSchedule, occurrenceTimeText, type ScheduleTranslate } from "./schedule-text";

function translator(locale: "de" | "en"): ScheduleTranslate {
  const t = createTranslator({ locale, messages: locale === "de" ? de : en, namespace: "Schedule" });
  return (key, values) => t(key, values);
}

const describeIn = (locale: "de" | "en", schedule: Schedule) => describeSchedule(schedule, { t: translator(locale), locale });

const workedExample: Schedule = {
  kind: "WEEKLY",
  windows: [{ weekday: 2, startTime: "16:00", endTime: "17:30" }],
  startDate: "2026-09-01",
  endDate: "2027-06-30",
  intervalWeeks: 1,
  exceptions: ["2026-12-22"],
};

describe("describeSchedule", () => {
  it("says the issue's worked example in German and English", () => {
    expect(describeIn("de", workedExample)).toEqual([
      "jeden Dienstag, 16:00–17:30 Uhr, 1. September 2026 bis 30. Juni 2027, nicht am 22.12.2026",
    ]);
    expect(describeIn("en", workedExample)).toEqual([
      "every Tuesday, 16:00–17:30, September 1, 2026 to June 30, 2027, except Dec 22, 2026",
    ]);
  });

  it("groups weekdays with the same times and names every-n-weeks", () => {
    const schedule: Schedule = {
      kind: "WEEKLY",
      windows: [
        { weekday: 4, startTime: "09:00", endTime: "10:00" },
        { weekday: 1, startTime: "09:00", endTime: "10:00" },
        { weekday: 5, startTime: "18:00", endTime: "20:00" },
      ],
      startDate: "2026-09-07",
      intervalWeeks: 2,
      exceptions: [],
    };
    expect(describeIn("de", schedule)).toEqual([
      "alle 2 Wochen am Montag und Donnerstag, 09:00–10:00 Uhr; alle 2 Wochen am Freitag, 18:00–20:00 Uhr, ab 7. September 2026",
    ]);
    expect(describeIn("en", schedule)).toEqual([
      "every 2 weeks on Monday and Thursday, 09:00–10:00; every 2 weeks on Friday, 18:00–20:00, from September 7, 2026",
    ]);
  });

  it("describes a weekly schedule without start but with an end, and several windows a day", () => {
    const schedule: Schedule = {
      kind: "WEEKLY",
      windows: [
        { weekday: 3, startTime: "14:00", endTime: "15:00" },
        { weekday: 3, startTime: "09:00", endTime: "10:00" },
      ],
      endDate: "2026-12-31",
      intervalWeeks: 1,
      exceptions: ["2026-11-18", "2026-11-11"],
    };
    expect(describeIn("de", schedule)).toEqual([
      "jeden Mittwoch, 09:00–10:00 Uhr und 14:00–15:00 Uhr, bis 31. Dezember 2026, nicht am 11.11.2026 und 18.11.2026",
    ]);
    expect(describeIn("en", schedule)).toEqual([
      "every Wednesday, 09:00–10:00 and 14:00–15:00, until December 31, 2026, except Nov 11, 2026 and Nov 18, 2026",
    ]);
  });

  it("describes periods: daily all day, and selected weekdays with times", () => {
    const daily: Schedule = { kind: "PERIOD", startDate: "2026-07-20", endDate: "2026-07-31", weekdays: [], windows: [], exceptions: [] };
    expect(describeIn("de", daily)).toEqual(["täglich, ganztägig, 20. Juli 2026 bis 31. Juli 2026"]);
    expect(describeIn("en", daily)).toEqual(["daily, all day, July 20, 2026 to July 31, 2026"]);

    const weekdays: Schedule = {
      kind: "PERIOD",
      startDate: "2026-07-20",
      endDate: "2026-07-31",
      weekdays: [5, 1, 3],
      windows: [{ startTime: "09:00", endTime: "12:00" }],
      exceptions: ["2026-07-22"],
    };
    expect(describeIn("de", weekdays)).toEqual([
      "jeden Montag, Mittwoch und Freitag, 09:00–12:00 Uhr, 20. Juli 2026 bis 31. Juli 2026, nicht am 22.07.2026",
    ]);
    expect(describeIn("en", weekdays)).toEqual([
      "every Monday, Wednesday, and Friday, 09:00–12:00, July 20, 2026 to July 31, 2026, except Jul 22, 2026",
    ]);
  });

  it("lists dates one per line, without excepted ones, and caps long lists", () => {
    const schedule: Schedule = {
      kind: "DATES",
      dates: [
        { date: "2026-09-12", startTime: "10:00", endTime: "12:00" },
        { date: "2026-09-19" },
        { date: "2026-09-26", startTime: "10:00", endTime: "12:00" },
      ],
      exceptions: ["2026-09-26"],
    };
    expect(describeIn("de", schedule)).toEqual(["Samstag, 12. September 2026, 10:00–12:00 Uhr", "Samstag, 19. September 2026"]);
    expect(describeIn("en", schedule)).toEqual(["Saturday, September 12, 2026, 10:00–12:00", "Saturday, September 19, 2026"]);

    const many: Schedule = {
      kind: "DATES",
      dates: Array.from({ length: 12 }, (_, i) => ({ date: `2026-10-${String(i + 1).padStart(2, "0")}` })),
      exceptions: [],
    };
    const lines = describeIn("de", many);
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe("und 2 weitere Termine");
    expect(describeIn("en", many)[10]).toBe("and 2 more dates");
  });

  it("describes permanent offers with and without opening windows", () => {
    expect(describeIn("de", { kind: "PERMANENT", windows: [], exceptions: [] })).toEqual(["dauerhaftes Angebot ohne feste Zeiten"]);
    expect(describeIn("en", { kind: "PERMANENT", windows: [], exceptions: [] })).toEqual(["ongoing offer without fixed times"]);
    const open: Schedule = {
      kind: "PERMANENT",
      windows: [
        { weekday: 1, startTime: "09:00", endTime: "12:00" },
        { weekday: 2, startTime: "09:00", endTime: "12:00" },
        { weekday: 4, startTime: "14:00", endTime: "18:00" },
      ],
      exceptions: ["2026-12-24"],
    };
    expect(describeIn("de", open)).toEqual([
      "dauerhaftes Angebot: jeden Montag und Dienstag, 09:00–12:00 Uhr; jeden Donnerstag, 14:00–18:00 Uhr, nicht am 24.12.2026",
    ]);
    expect(describeIn("en", open)).toEqual([
      "ongoing offer: every Monday and Tuesday, 09:00–12:00; every Thursday, 14:00–18:00, except Dec 24, 2026",
    ]);
  });
});

describe("occurrenceTimeText", () => {
  it("formats minutes and leaves all-day entries without time", () => {
    expect(occurrenceTimeText(translator("de"), 960, 1050)).toBe("16:00–17:30 Uhr");
    expect(occurrenceTimeText(translator("en"), 1080, 1440)).toBe("18:00–24:00");
    expect(occurrenceTimeText(translator("de"), null, null)).toBeNull();
  });
});
