import { addDays, dayNumber, localDateTimeToUtc, parseTime, todayLocal, weekdayOf } from "@/lib/dates";
import type { Schedule } from "./schedule-schema";

// iCalendar (RFC 5545) export of an offer's dates. Recurring schedules become one VEVENT per time
// window with an RRULE (+ EXDATE for exceptions), so calendars keep the series as a series; lists of
// dates become one VEVENT each. Times are local Europe/Berlin wall-clock times with a VTIMEZONE.

export type CalendarOffer = {
  uuid: string;
  title: string;
  summary?: string | null;
  /** Languages of title and summary when not German (a translation, issue 14): written as LANGUAGE parameters. */
  titleLang?: string;
  summaryLang?: string;
  url: string;
  location?: string | null;
  schedule: Schedule;
};

const TZID = "Europe/Berlin";
const BYDAY = ["", "MO", "TU", "WE", "TH", "FR", "SA", "SU"];

const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TZID}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compactDate = (date: string) => date.replaceAll("-", "");

function localDateTime(date: string, minute: number): string {
  // 24:00 is written as 00:00 of the next day.
  const [day, m] = minute >= 1440 ? [addDays(date, 1), minute - 1440] : [date, minute];
  return `${compactDate(day)}T${String(Math.floor(m / 60)).padStart(2, "0")}${String(m % 60).padStart(2, "0")}00`;
}

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function minutes(time: string): number {
  return parseTime(time) ?? 0;
}

type Series = {
  weekdays: number[];
  start: number;
  end: number;
  from: string;
  until: string | null;
  interval: number;
  exceptions: string[];
};

/** The first day on or after `from` that belongs to the series (weekday and every-n-weeks). */
function firstDay(series: Series, anchorMonday: number): string | null {
  for (let i = 0; i < 7 * series.interval + 7; i++) {
    const date = addDays(series.from, i);
    if (series.until && date > series.until) return null;
    const inWeek = series.interval <= 1 || Math.floor((dayNumber(date) - anchorMonday) / 7) % series.interval === 0;
    if (inWeek && series.weekdays.includes(weekdayOf(date))) return date;
  }
  return null;
}

function seriesEvent(series: Series): string[] | null {
  const anchorMonday = dayNumber(series.from) - (weekdayOf(series.from) - 1);
  const first = firstDay(series, anchorMonday);
  if (!first) return null;
  const allDay = series.start === 0 && series.end === 1440;
  const rule = [
    `FREQ=WEEKLY`,
    ...(series.interval > 1 ? [`INTERVAL=${series.interval}`] : []),
    `BYDAY=${series.weekdays.map((d) => BYDAY[d]).join(",")}`,
    "WKST=MO",
  ];
  // UNTIL must be UTC when DTSTART carries a TZID; a date when DTSTART is a date.
  if (series.until)
    rule.push(`UNTIL=${allDay ? compactDate(series.until) : utcStamp(new Date(localDateTimeToUtc(series.until, 1440).getTime() - 1000))}`);
  const exceptions = series.exceptions.filter(
    (d) => d >= first && (!series.until || d <= series.until) && series.weekdays.includes(weekdayOf(d)),
  );
  return [
    allDay ? `DTSTART;VALUE=DATE:${compactDate(first)}` : `DTSTART;TZID=${TZID}:${localDateTime(first, series.start)}`,
    allDay ? `DTEND;VALUE=DATE:${compactDate(addDays(first, 1))}` : `DTEND;TZID=${TZID}:${localDateTime(first, series.end)}`,
    `RRULE:${rule.join(";")}`,
    ...(exceptions.length > 0
      ? [
          allDay
            ? `EXDATE;VALUE=DATE:${exceptions.map(compactDate).join(",")}`
            : `EXDATE;TZID=${TZID}:${exceptions.map((d) => localDateTime(d, series.start)).join(",")}`,
        ]
      : []),
  ];
}

/** Weekdays sharing a time window become one series ("BYDAY=MO,WE"). */
function seriesOf(schedule: Schedule, today: string): Series[] {
  let windows: { weekday: number; start: number; end: number }[];
  let from = today;
  let until: string | null = null;
  let interval = 1;
  switch (schedule.kind) {
    case "DATES":
      return [];
    case "PERMANENT":
      windows = schedule.windows.map((w) => ({ weekday: w.weekday, start: minutes(w.startTime), end: minutes(w.endTime) }));
      break;
    case "WEEKLY":
      windows = schedule.windows.map((w) => ({ weekday: w.weekday, start: minutes(w.startTime), end: minutes(w.endTime) }));
      from = schedule.startDate ?? today;
      until = schedule.endDate ?? null;
      interval = schedule.intervalWeeks;
      break;
    case "PERIOD": {
      const weekdays = schedule.weekdays.length === 0 ? [1, 2, 3, 4, 5, 6, 7] : schedule.weekdays;
      const times =
        schedule.windows.length === 0
          ? [{ start: 0, end: 1440 }]
          : schedule.windows.map((w) => ({ start: minutes(w.startTime), end: minutes(w.endTime) }));
      windows = weekdays.flatMap((weekday) => times.map((t) => ({ weekday, ...t })));
      from = schedule.startDate;
      until = schedule.endDate;
      break;
    }
  }
  const groups = new Map<string, Series>();
  for (const w of windows) {
    const key = `${w.start}-${w.end}`;
    const series = groups.get(key) ?? { weekdays: [], start: w.start, end: w.end, from, until, interval, exceptions: schedule.exceptions };
    if (!series.weekdays.includes(w.weekday)) series.weekdays.push(w.weekday);
    groups.set(key, series);
  }
  return [...groups.values()].map((s) => ({ ...s, weekdays: s.weekdays.sort((a, b) => a - b) }));
}

function datedEvents(schedule: Schedule): string[][] {
  if (schedule.kind !== "DATES") return [];
  const excepted = new Set(schedule.exceptions);
  return schedule.dates
    .filter((d) => !excepted.has(d.date))
    .map((d) =>
      d.startTime
        ? [
            `DTSTART;TZID=${TZID}:${localDateTime(d.date, minutes(d.startTime))}`,
            `DTEND;TZID=${TZID}:${localDateTime(d.date, minutes(d.endTime ?? d.startTime))}`,
          ]
        : [`DTSTART;VALUE=DATE:${compactDate(d.date)}`, `DTEND;VALUE=DATE:${compactDate(addDays(d.date, 1))}`],
    );
}

/** `;LANGUAGE=tr` (RFC 5545 §3.2.10) for a text in another language than the calendar's German; locales are [a-z]{2}. */
function languageParam(lang: string | undefined): string {
  return lang && lang !== "de" && /^[a-z]{2}$/.test(lang) ? `;LANGUAGE=${lang}` : "";
}

/**
 * The offer's dates as an iCalendar file (CRLF line endings, folded lines). `eventCount` is 0 for
 * schedules without any date (a permanent offer without opening windows).
 */
export function buildOfferCalendar(offer: CalendarOffer, now: Date = new Date()): { ics: string; eventCount: number } {
  const today = todayLocal(now);
  const timings = [
    ...seriesOf(offer.schedule, today)
      .map(seriesEvent)
      .filter((e): e is string[] => e !== null),
    ...datedEvents(offer.schedule),
  ];
  const description = [offer.summary, offer.url].filter(Boolean).join("\n\n");
  const events = timings.flatMap((timing, index) => [
    "BEGIN:VEVENT",
    `UID:${offer.uuid}-${index + 1}@chancenportal`,
    `DTSTAMP:${utcStamp(now)}`,
    ...timing,
    `SUMMARY${languageParam(offer.titleLang)}:${escapeIcsText(offer.title)}`,
    ...(description ? [`DESCRIPTION${languageParam(offer.summary ? offer.summaryLang : undefined)}:${escapeIcsText(description)}`] : []),
    ...(offer.location ? [`LOCATION:${escapeIcsText(offer.location)}`] : []),
    `URL:${offer.url}`,
    "END:VEVENT",
  ]);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Chancenportal//Angebote//DE",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...VTIMEZONE,
    ...events,
    "END:VCALENDAR",
  ];
  return { ics: lines.map(foldIcsLine).join("\r\n") + "\r\n", eventCount: timings.length };
}
