import { addDays, dateFromDayNumber, dayNumber, weekdayOfDayNumber } from "@/lib/dates";

// Public holidays and school holidays of a fictional town in North Rhine-Westphalia, computed per
// year so the seed stays plausible whenever it runs. School holidays are approximations (the real
// dates rotate between federal states); they only need to look right in a demo.

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const closureCache = new Map<number, string[]>();
const schoolHolidayDayCache = new Map<number, string[]>();

/** Public holidays (NRW) plus Christmas Eve and New Year's Eve, when most offers pause. */
export function closureDays(year: number): string[] {
  const cached = closureCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const days = [
    `${year}-01-01`,
    addDays(easter, -2),
    addDays(easter, 1),
    `${year}-05-01`,
    addDays(easter, 39),
    addDays(easter, 50),
    addDays(easter, 60),
    `${year}-10-03`,
    `${year}-11-01`,
    `${year}-12-24`,
    `${year}-12-25`,
    `${year}-12-26`,
    `${year}-12-31`,
  ].sort();
  closureCache.set(year, days);
  return days;
}

/** Every day of the school holidays that touch `year` (blocks starting the year before included). */
function schoolHolidayDays(year: number): string[] {
  const cached = schoolHolidayDayCache.get(year);
  if (cached) return cached;
  const days: string[] = [];
  for (const block of schoolHolidays(year - 1).concat(schoolHolidays(year))) {
    for (let day = dayNumber(block.start); day <= dayNumber(block.end); day++) days.push(dateFromDayNumber(day));
  }
  schoolHolidayDayCache.set(year, days);
  return days;
}

export type HolidayBlock = { name: string; start: string; end: string };

function mondayOfWeek(date: string): string {
  const day = dayNumber(date);
  return dateFromDayNumber(day - (weekdayOfDayNumber(day) - 1));
}

/** School holiday blocks starting in `year`. */
export function schoolHolidays(year: number): HolidayBlock[] {
  const easterMonday = addDays(easterSunday(year), 1);
  const summerStart = mondayOfWeek(`${year}-07-08`);
  const autumnStart = mondayOfWeek(`${year}-10-14`);
  return [
    { name: "Osterferien", start: addDays(easterMonday, -7), end: addDays(easterMonday, 5) },
    { name: "Sommerferien", start: summerStart, end: addDays(summerStart, 40) },
    { name: "Herbstferien", start: autumnStart, end: addDays(autumnStart, 12) },
    { name: "Weihnachtsferien", start: `${year}-12-22`, end: `${year + 1}-01-06` },
  ];
}

/** Holiday blocks around `today`, ordered by start (previous and next year included). */
export function holidayBlocksAround(today: string): HolidayBlock[] {
  const year = Number(today.slice(0, 4));
  return [year - 1, year, year + 1].flatMap(schoolHolidays).sort((a, b) => a.start.localeCompare(b.start));
}

/** The school year containing `today`: mid-August to the end of June. */
export function schoolYearAround(today: string): { start: string; end: string } {
  const year = Number(today.slice(0, 4));
  const startYear = today.slice(5) >= "08-01" ? year : year - 1;
  const summerEnd = addDays(mondayOfWeek(`${startYear}-07-08`), 40);
  return { start: addDays(summerEnd, 3), end: `${startYear + 1}-06-30` };
}

type Candidate = { date: string; day: number; weekday: number };
const candidateCache = new Map<string, Candidate[]>();

/** Closure days (and school holiday days) of a year with their day numbers, computed once. */
function candidatesOf(year: number, includeSchoolHolidays: boolean): Candidate[] {
  const key = `${year}:${includeSchoolHolidays}`;
  const cached = candidateCache.get(key);
  if (cached) return cached;
  const dates = new Set(closureDays(year));
  if (includeSchoolHolidays) for (const date of schoolHolidayDays(year)) dates.add(date);
  const list = [...dates].map((date) => {
    const day = dayNumber(date);
    return { date, day, weekday: weekdayOfDayNumber(day) };
  });
  candidateCache.set(key, list);
  return list;
}

/**
 * Closure days and (optionally) school holidays between `from` and `to` that fall on one of
 * `weekdays` — exactly the days a recurring offer would otherwise take place. Capped at `limit`.
 */
export function exceptionDates(
  from: string,
  to: string,
  weekdays: Set<number>,
  { includeSchoolHolidays = false, limit = 50 }: { includeSchoolHolidays?: boolean; limit?: number } = {},
): string[] {
  const first = dayNumber(from);
  const last = dayNumber(to);
  const found = new Set<string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const c of candidatesOf(year, includeSchoolHolidays)) {
      if (c.day >= first && c.day <= last && weekdays.has(c.weekday)) found.add(c.date);
    }
  }
  return [...found].sort().slice(0, limit);
}
