import { addDays, daysBetween, localDateTimeToUtc, startOfWeek, weekdayOf } from "@/lib/dates";

// ISO 8601 calendar weeks in Europe/Berlin: a week runs Monday 00:00 to the next Monday 00:00 local
// time (so 167 or 169 hours across a clock change), and belongs to the year of its Thursday (so
// 28 Dec 2026 – 3 Jan 2027 is 2026-W53).

export type CalendarWeek = { label: string; year: number; week: number; monday: string; start: Date; end: Date };

export function isoWeekOf(date: string): { year: number; week: number } {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

/** The calendar weeks touching [from, to] (local dates), each with its UTC start and end instants. */
export function calendarWeeks(from: string, to: string): CalendarWeek[] {
  const weeks: CalendarWeek[] = [];
  for (let monday = startOfWeek(from); monday <= to; monday = addDays(monday, 7)) {
    const { year, week } = isoWeekOf(monday);
    weeks.push({
      label: `${year}-W${String(week).padStart(2, "0")}`,
      year,
      week,
      monday,
      start: localDateTimeToUtc(monday, 0),
      end: localDateTimeToUtc(addDays(monday, 7), 0),
    });
  }
  return weeks;
}
