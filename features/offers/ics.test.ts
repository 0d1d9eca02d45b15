import { describe, expect, it } from "vitest";
import { buildOfferCalendar, escapeIcsText, foldIcsLine, type CalendarOffer } from "./ics";

const NOW = new Date("2026-08-15T10:00:00Z");

const base: Omit<CalendarOffer, "schedule"> = {
  uuid: "0d6a3c1e-1111-4222-8333-944455556666",
  title: "Kinderturnen, Gruppe A; montags",
  summary: "Spaß\nund Bewegung",
  url: "https://example.org/de/angebote/kinderturnen",
  location: "Turnhalle, Hauptstraße 1, 44135 Dortmund",
};

const unfolded = (ics: string) => ics.replace(/\r\n /g, "");
const lines = (ics: string) => unfolded(ics).split("\r\n");

describe("buildOfferCalendar", () => {
  it("writes the worked example as a weekly series with EXDATE in Europe/Berlin", () => {
    const { ics, eventCount } = buildOfferCalendar(
      {
        ...base,
        schedule: {
          kind: "WEEKLY",
          windows: [{ weekday: 2, startTime: "16:00", endTime: "17:30" }],
          startDate: "2026-09-01",
          endDate: "2027-06-30",
          intervalWeeks: 1,
          exceptions: ["2026-12-22"],
        },
      },
      NOW,
    );
    expect(eventCount).toBe(1);
    const l = lines(ics);
    expect(l).toContain("DTSTART;TZID=Europe/Berlin:20260901T160000");
    expect(l).toContain("DTEND;TZID=Europe/Berlin:20260901T173000");
    // 30 June 2027 ends at 22:00 UTC (CEST); UNTIL is the last second of that local day, in UTC.
    expect(l).toContain("RRULE:FREQ=WEEKLY;BYDAY=TU;WKST=MO;UNTIL=20270630T215959Z");
    expect(l).toContain("EXDATE;TZID=Europe/Berlin:20261222T160000");
    expect(l).toContain("TZID:Europe/Berlin");
    expect(l).toContain("BEGIN:VTIMEZONE");
    expect(l).toContain("DTSTAMP:20260815T100000Z");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("escapes commas, semicolons, backslashes and newlines in text values", () => {
    const { ics } = buildOfferCalendar({ ...base, schedule: { kind: "DATES", dates: [{ date: "2026-09-12" }], exceptions: [] } }, NOW);
    const l = lines(ics);
    expect(l).toContain("SUMMARY:Kinderturnen\\, Gruppe A\\; montags");
    expect(l).toContain("DESCRIPTION:Spaß\\nund Bewegung\\n\\nhttps://example.org/de/angebote/kinderturnen");
    expect(l).toContain("LOCATION:Turnhalle\\, Hauptstraße 1\\, 44135 Dortmund");
    expect(escapeIcsText("a\\b;c,d\r\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("writes one event per date, all-day dates as DATE values, and skips excepted dates", () => {
    const { ics, eventCount } = buildOfferCalendar(
      {
        ...base,
        schedule: {
          kind: "DATES",
          dates: [
            { date: "2026-09-12", startTime: "10:00", endTime: "12:00" },
            { date: "2026-09-19" },
            { date: "2026-09-26", startTime: "18:00", endTime: "24:00" },
            { date: "2026-10-03", startTime: "10:00", endTime: "12:00" },
          ],
          exceptions: ["2026-10-03"],
        },
      },
      NOW,
    );
    expect(eventCount).toBe(3);
    const l = lines(ics);
    expect(l).toContain("DTSTART;TZID=Europe/Berlin:20260912T100000");
    expect(l).toContain("DTSTART;VALUE=DATE:20260919");
    expect(l).toContain("DTEND;VALUE=DATE:20260920");
    expect(l).toContain("DTEND;TZID=Europe/Berlin:20260927T000000");
    expect(l.some((x) => x.includes("20261003"))).toBe(false);
    expect(l.filter((x) => x.startsWith("UID:"))).toHaveLength(3);
  });

  it("starts every-n-weeks series in an on-week and groups weekdays with the same times", () => {
    const { ics } = buildOfferCalendar(
      {
        ...base,
        schedule: {
          kind: "WEEKLY",
          // 2026-09-04 is a Friday: the next Monday lies in an off-week, so the series starts two weeks later.
          windows: [
            { weekday: 1, startTime: "09:00", endTime: "10:00" },
            { weekday: 3, startTime: "09:00", endTime: "10:00" },
          ],
          startDate: "2026-09-04",
          intervalWeeks: 2,
          exceptions: [],
        },
      },
      NOW,
    );
    const l = lines(ics);
    expect(l).toContain("DTSTART;TZID=Europe/Berlin:20260914T090000");
    expect(l).toContain("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;WKST=MO");
  });

  it("writes all-day periods with DATE values and has no events for a permanent offer without times", () => {
    const { ics } = buildOfferCalendar(
      {
        ...base,
        schedule: { kind: "PERIOD", startDate: "2026-07-20", endDate: "2026-07-31", weekdays: [], windows: [], exceptions: ["2026-07-22"] },
      },
      NOW,
    );
    const l = lines(ics);
    expect(l).toContain("DTSTART;VALUE=DATE:20260720");
    expect(l).toContain("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;WKST=MO;UNTIL=20260731");
    expect(l).toContain("EXDATE;VALUE=DATE:20260722");
    expect(buildOfferCalendar({ ...base, schedule: { kind: "PERMANENT", windows: [], exceptions: [] } }, NOW).eventCount).toBe(0);
  });

  it("folds long lines at 75 octets without splitting characters", () => {
    const folded = foldIcsLine(`SUMMARY:${"ä".repeat(60)}`);
    for (const part of folded.split("\r\n")) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${"ä".repeat(60)}`);
  });
});
