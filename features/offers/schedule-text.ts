import { formatTime } from "@/lib/dates";
import type messages from "@/messages/de.json";
import type { Schedule } from "./schedule-schema";

// Schedules in plain language ("jeden Dienstag, 16:00–17:30 Uhr, 1. September 2026 bis 30. Juni 2027,
// nicht am 22.12.2026"). Pure: the caller passes a translator for the "Schedule" namespace, so the
// same code serves pages (next-intl) and tests (createTranslator).

export type ScheduleMessageKey = keyof (typeof messages)["Schedule"];
export type ScheduleTranslate = (key: ScheduleMessageKey, values?: Record<string, string | number>) => string;

/** Dated schedules list at most this many dates before "and n more". */
export const MAX_LISTED_DATES = 10;

type Window = { startTime: string; endTime: string };

// Local dates are calendar days; formatting them at UTC noon keeps the day whatever the host zone.
function asDate(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

function formatter(locale: string) {
  const long = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const short = new Intl.DateTimeFormat(
    locale,
    locale === "de" ? { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" } : { dateStyle: "medium", timeZone: "UTC" },
  );
  const withWeekday = new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  const list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  return {
    longDate: (date: string) => long.format(asDate(date)),
    shortDate: (date: string) => short.format(asDate(date)),
    dateWithWeekday: (date: string) => withWeekday.format(asDate(date)),
    // 2024-01-01 was a Monday, so weekday n (1 = Monday) is January n.
    weekdayName: (n: number) => weekday.format(new Date(Date.UTC(2024, 0, n, 12))),
    list: (items: string[]) => list.format(items),
  };
}

type Fmt = ReturnType<typeof formatter>;

function timeText(t: ScheduleTranslate, w: Window): string {
  return t("timeRange", { start: w.startTime, end: w.endTime });
}

function timesText(t: ScheduleTranslate, fmt: Fmt, windows: Window[]): string {
  return fmt.list(windows.map((w) => timeText(t, w)));
}

/** Weekdays that share the same time windows, so "Tuesday and Thursday, 16:00–17:30" reads as one phrase. */
function groupByWindows(windows: { weekday: number; startTime: string; endTime: string }[]): { weekdays: number[]; windows: Window[] }[] {
  const byWeekday = new Map<number, Window[]>();
  for (const w of [...windows].sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime))) {
    byWeekday.set(w.weekday, [...(byWeekday.get(w.weekday) ?? []), { startTime: w.startTime, endTime: w.endTime }]);
  }
  const groups = new Map<string, { weekdays: number[]; windows: Window[] }>();
  for (const [weekday, list] of byWeekday) {
    const key = list.map((w) => `${w.startTime}-${w.endTime}`).join(",");
    const group = groups.get(key) ?? { weekdays: [], windows: list };
    group.weekdays.push(weekday);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function rangeText(t: ScheduleTranslate, fmt: Fmt, start: string | null | undefined, end: string | null | undefined): string | null {
  if (start && end) return t("dateRange", { start: fmt.longDate(start), end: fmt.longDate(end) });
  if (start) return t("fromDate", { start: fmt.longDate(start) });
  if (end) return t("untilDate", { end: fmt.longDate(end) });
  return null;
}

function exceptionsText(t: ScheduleTranslate, fmt: Fmt, exceptions: string[]): string | null {
  return exceptions.length > 0 ? t("except", { dates: fmt.list([...exceptions].sort().map(fmt.shortDate)) }) : null;
}

function weekdayGroupsText(
  t: ScheduleTranslate,
  fmt: Fmt,
  windows: { weekday: number; startTime: string; endTime: string }[],
  intervalWeeks = 1,
): string {
  return groupByWindows(windows)
    .map((group) => {
      const weekdays = fmt.list(group.weekdays.map(fmt.weekdayName));
      const days = intervalWeeks > 1 ? t("everyNWeeks", { n: intervalWeeks, weekdays }) : t("everyWeekday", { weekdays });
      return `${days}, ${timesText(t, fmt, group.windows)}`;
    })
    .join("; ");
}

/**
 * The schedule as sentences. Recurring kinds give one line; a list of dates gives one line per date
 * (at most MAX_LISTED_DATES, then a line "and n more dates").
 */
export function describeSchedule(schedule: Schedule, { t, locale }: { t: ScheduleTranslate; locale: string }): string[] {
  const fmt = formatter(locale);
  const join = (parts: (string | null)[]) => parts.filter((p): p is string => Boolean(p)).join(", ");
  switch (schedule.kind) {
    case "PERMANENT":
      if (schedule.windows.length === 0) return [join([t("permanentNoTimes"), exceptionsText(t, fmt, schedule.exceptions)])];
      return [join([`${t("permanent")}: ${weekdayGroupsText(t, fmt, schedule.windows)}`, exceptionsText(t, fmt, schedule.exceptions)])];
    case "WEEKLY":
      return [
        join([
          weekdayGroupsText(t, fmt, schedule.windows, schedule.intervalWeeks),
          rangeText(t, fmt, schedule.startDate, schedule.endDate),
          exceptionsText(t, fmt, schedule.exceptions),
        ]),
      ];
    case "PERIOD": {
      const days =
        schedule.weekdays.length === 0
          ? t("daily")
          : t("everyWeekday", { weekdays: fmt.list([...schedule.weekdays].sort().map(fmt.weekdayName)) });
      const times = schedule.windows.length === 0 ? t("allDay") : timesText(t, fmt, schedule.windows);
      return [join([days, times, rangeText(t, fmt, schedule.startDate, schedule.endDate), exceptionsText(t, fmt, schedule.exceptions)])];
    }
    case "DATES": {
      const excepted = new Set(schedule.exceptions);
      const dates = schedule.dates.filter((d) => !excepted.has(d.date));
      const lines = dates
        .slice(0, MAX_LISTED_DATES)
        .map((d) =>
          join([
            fmt.dateWithWeekday(d.date),
            d.startTime ? timeText(t, { startTime: d.startTime, endTime: d.endTime ?? d.startTime }) : null,
          ]),
        );
      if (dates.length > MAX_LISTED_DATES) lines.push(t("moreDates", { count: dates.length - MAX_LISTED_DATES }));
      return lines;
    }
  }
}

/** "16:00–17:30 Uhr" for an occurrence's minutes; null for all-day entries. */
export function occurrenceTimeText(t: ScheduleTranslate, startMinute: number | null, endMinute: number | null): string | null {
  if (startMinute === null) return null;
  return t("timeRange", { start: formatTime(startMinute), end: formatTime(endMinute ?? startMinute) });
}
