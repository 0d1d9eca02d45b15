// Local calendar arithmetic for Europe/Berlin without a date library.
// A local date is a "YYYY-MM-DD" string; a time of day is minutes after local midnight
// (0…1440, where 1440 means "24:00", the end of the day). Instants are plain `Date`s (UTC).

export const TIME_ZONE = "Europe/Berlin";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

const offsetFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

// Berlin changes its offset only on full UTC hours (01:00 UTC), so the offset is constant within
// a UTC hour and can be cached per hour. Intl is slow enough that the seed (≈10⁶ calls) needs this.
const offsetCache = new Map<number, number>();

/** Minutes Berlin is ahead of UTC at `instant` (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(instant: Date | number): number {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const hour = Math.floor(ms / HOUR_MS);
  const cached = offsetCache.get(hour);
  if (cached !== undefined) return cached;
  const probe = hour * HOUR_MS;
  const parts: Record<string, number> = {};
  for (const part of offsetFormatter.formatToParts(probe)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offset = Math.round((asUtc - probe) / 60_000);
  if (offsetCache.size > 200_000) offsetCache.clear();
  offsetCache.set(hour, offset);
  return offset;
}

// Schedules touch the same few hundred dates over and over (the seed: millions of times).
const dayNumberCache = new Map<string, number>();
const dateCache = new Map<number, string>();
const CACHE_LIMIT = 50_000;

/** Days since 1970-01-01 for a local date string; throws on malformed input. */
export function dayNumber(date: string): number {
  const cached = dayNumberCache.get(date);
  if (cached !== undefined) return cached;
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new Error(`Invalid date "${date}" (expected YYYY-MM-DD)`);
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
  if (dayNumberCache.size >= CACHE_LIMIT) dayNumberCache.clear();
  dayNumberCache.set(date, day);
  return day;
}

/** The local date string for a day number (inverse of `dayNumber`). */
export function dateFromDayNumber(day: number): string {
  const cached = dateCache.get(day);
  if (cached !== undefined) return cached;
  const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
  if (dateCache.size >= CACHE_LIMIT) dateCache.clear();
  dateCache.set(day, date);
  return date;
}

/** True for a well-formed, existing calendar date (rejects 2026-02-30). */
export function isValidDate(date: string): boolean {
  const match = DATE_PATTERN.exec(date);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: string, days: number): string {
  return dateFromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  return weekdayOfDayNumber(dayNumber(date));
}

/** The Monday of the week containing `date`. */
export function startOfWeek(date: string): string {
  return addDays(date, 1 - weekdayOf(date));
}

/**
 * The UTC instant of a Berlin wall-clock time. `minute` may be 1440 (midnight at the end of the day).
 * A time inside the spring-forward gap is moved forward by an hour (02:30 → 03:30 CEST); an
 * ambiguous autumn time resolves to its second occurrence (standard time).
 */
export function localDateTimeToUtc(date: string, minute: number): Date {
  const wallClockAsUtc = dayNumber(date) * DAY_MS + minute * 60_000;
  const firstGuess = wallClockAsUtc - berlinOffsetMinutes(wallClockAsUtc) * 60_000;
  const correctedOffset = berlinOffsetMinutes(firstGuess);
  return new Date(wallClockAsUtc - correctedOffset * 60_000);
}

function shiftedToBerlin(instant: Date): Date {
  return new Date(instant.getTime() + berlinOffsetMinutes(instant) * 60_000);
}

/** The Berlin calendar date ("YYYY-MM-DD") of an instant. */
export function formatLocalDate(instant: Date): string {
  return shiftedToBerlin(instant).toISOString().slice(0, 10);
}

/** Minutes after Berlin midnight of an instant. */
export function localMinuteOf(instant: Date): number {
  const local = shiftedToBerlin(instant);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** Berlin date and minute of an instant in one call. */
export function toLocalDateTime(instant: Date): { date: string; minute: number } {
  const local = shiftedToBerlin(instant);
  return { date: local.toISOString().slice(0, 10), minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** Today's date in Berlin. */
export function todayLocal(now: Date = new Date()): string {
  return formatLocalDate(now);
}

/** "HH:MM" → minutes; "24:00" → 1440. Returns null for anything else. */
export function parseTime(time: string): number | null {
  const match = TIME_PATTERN.exec(time);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59) return null;
  if (hours === 24 && minutes === 0) return 1440;
  if (hours > 23) return null;
  return hours * 60 + minutes;
}

/** Minutes → "HH:MM" (1440 → "24:00"). */
export function formatTime(minute: number): string {
  const hours = Math.floor(minute / 60);
  return `${String(hours).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}
