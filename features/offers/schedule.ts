import { dateFromDayNumber, dayNumber, formatTime, localDateTimeToUtc, parseTime, toLocalDateTime, weekdayOfDayNumber } from "@/lib/dates";
import { searchColumns, type SearchColumns } from "@/features/search/schedule-columns";
import type { Schedule, ScheduleKind } from "./schedule-schema";

// Pure schedule logic shared by the offer mutations, the nightly refresh and the seed. A schedule is
// stored as rows (see prisma/schema.prisma: OfferSlot, OfferDate, OfferException) so that search
// filters are plain SQL; these functions translate between the form's shape and those rows and
// compute concrete occurrences in Europe/Berlin local time.

export type SlotRow = { weekday: number; startMinute: number; endMinute: number; validFrom: string | null; validUntil: string | null };
export type DateRow = { date: string; startMinute: number | null; endMinute: number | null; startsAt: Date; endsAt: Date };

export type ScheduleRows = {
  scheduleKind: ScheduleKind;
  scheduleStartDate: string | null;
  scheduleEndDate: string | null;
  intervalWeeks: number;
  slots: SlotRow[];
  dates: DateRow[];
  exceptions: string[];
};

/** Stored rows as Prisma returns them (extra columns are ignored). */
export type StoredSchedule = {
  scheduleKind: ScheduleKind;
  scheduleStartDate: string | null;
  scheduleEndDate: string | null;
  intervalWeeks: number;
  slots: { weekday: number; startMinute: number; endMinute: number }[];
  dates: { date: string; startMinute: number | null; endMinute: number | null }[];
  exceptions: (string | { date: string })[];
};

/** One concrete occurrence. Minutes are null for a dated entry without times ("all day"). */
export type Occurrence = { date: string; startMinute: number | null; endMinute: number | null; startsAt: Date; endsAt: Date };

const FULL_DAY: [number, number] = [0, 1440];
const ALL_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
// Safety bound for scans over open-ended schedules; real schedules match within interval × 7 days.
const SCAN_HORIZON_DAYS = 5 * 366;

function minutesOf(time: string): number {
  const minute = parseTime(time);
  if (minute === null) throw new Error(`Invalid time "${time}"`);
  return minute;
}

function byWeekdayThenStart(a: SlotRow, b: SlotRow): number {
  return a.weekday - b.weekday || a.startMinute - b.startMinute;
}

function dateRow(date: string, startMinute: number | null, endMinute: number | null): DateRow {
  return {
    date,
    startMinute,
    endMinute,
    startsAt: localDateTimeToUtc(date, startMinute ?? 0),
    endsAt: localDateTimeToUtc(date, endMinute ?? 1440),
  };
}

/** The rows to store for a validated schedule. */
export function scheduleToRows(schedule: Schedule): ScheduleRows {
  const exceptions = [...new Set(schedule.exceptions)].sort();
  const base = { scheduleKind: schedule.kind, intervalWeeks: 1, slots: [] as SlotRow[], dates: [] as DateRow[], exceptions };
  switch (schedule.kind) {
    case "PERMANENT":
      return {
        ...base,
        scheduleStartDate: null,
        scheduleEndDate: null,
        slots: schedule.windows
          .map((w) => ({
            weekday: w.weekday,
            startMinute: minutesOf(w.startTime),
            endMinute: minutesOf(w.endTime),
            validFrom: null,
            validUntil: null,
          }))
          .sort(byWeekdayThenStart),
      };
    case "DATES": {
      const dates = schedule.dates
        .map((d) => dateRow(d.date, d.startTime ? minutesOf(d.startTime) : null, d.endTime ? minutesOf(d.endTime) : null))
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      return {
        ...base,
        scheduleStartDate: dates[0].date,
        scheduleEndDate: dates.reduce((max, d) => (d.date > max ? d.date : max), dates[0].date),
        dates,
      };
    }
    case "PERIOD": {
      const weekdays = schedule.weekdays.length === 0 ? ALL_WEEKDAYS : [...new Set(schedule.weekdays)];
      const windows =
        schedule.windows.length === 0 ? [FULL_DAY] : schedule.windows.map((w) => [minutesOf(w.startTime), minutesOf(w.endTime)]);
      const slots = weekdays.flatMap((weekday) =>
        windows.map(([startMinute, endMinute]) => ({
          weekday,
          startMinute,
          endMinute,
          validFrom: schedule.startDate,
          validUntil: schedule.endDate,
        })),
      );
      return { ...base, scheduleStartDate: schedule.startDate, scheduleEndDate: schedule.endDate, slots: slots.sort(byWeekdayThenStart) };
    }
    case "WEEKLY":
      return {
        ...base,
        scheduleStartDate: schedule.startDate ?? null,
        scheduleEndDate: schedule.endDate ?? null,
        intervalWeeks: schedule.intervalWeeks,
        slots: schedule.windows
          .map((w) => ({
            weekday: w.weekday,
            startMinute: minutesOf(w.startTime),
            endMinute: minutesOf(w.endTime),
            validFrom: schedule.startDate ?? null,
            validUntil: schedule.endDate ?? null,
          }))
          .sort(byWeekdayThenStart),
      };
  }
}

/** The editable schedule for stored rows (inverse of `scheduleToRows`). */
export function rowsToSchedule(rows: StoredSchedule): Schedule {
  const exceptions = rows.exceptions.map((e) => (typeof e === "string" ? e : e.date)).sort();
  const slots = [...rows.slots].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  const weekdayWindows = slots.map((s) => ({ weekday: s.weekday, startTime: formatTime(s.startMinute), endTime: formatTime(s.endMinute) }));
  switch (rows.scheduleKind) {
    case "PERMANENT":
      return { kind: "PERMANENT", windows: weekdayWindows, exceptions };
    case "DATES":
      return {
        kind: "DATES",
        dates: [...rows.dates]
          .sort((a, b) => a.date.localeCompare(b.date) || (a.startMinute ?? 0) - (b.startMinute ?? 0))
          .map((d) => ({
            date: d.date,
            ...(d.startMinute !== null ? { startTime: formatTime(d.startMinute) } : {}),
            ...(d.endMinute !== null ? { endTime: formatTime(d.endMinute) } : {}),
          })),
        exceptions,
      };
    case "PERIOD": {
      const weekdays = [...new Set(slots.map((s) => s.weekday))];
      const windowKeys = [...new Set(slots.map((s) => `${s.startMinute}-${s.endMinute}`))];
      const windows = windowKeys
        .map((key) => key.split("-").map(Number))
        .sort((a, b) => a[0] - b[0])
        .map(([start, end]) => ({ startTime: formatTime(start), endTime: formatTime(end) }));
      const allDay = windows.length === 1 && windows[0].startTime === "00:00" && windows[0].endTime === "24:00";
      return {
        kind: "PERIOD",
        startDate: rows.scheduleStartDate ?? "",
        endDate: rows.scheduleEndDate ?? "",
        weekdays: weekdays.length === 7 ? [] : weekdays,
        windows: allDay ? [] : windows,
        exceptions,
      };
    }
    case "WEEKLY":
      return {
        kind: "WEEKLY",
        windows: weekdayWindows,
        ...(rows.scheduleStartDate ? { startDate: rows.scheduleStartDate } : {}),
        ...(rows.scheduleEndDate ? { endDate: rows.scheduleEndDate } : {}),
        intervalWeeks: rows.intervalWeeks,
        exceptions,
      };
  }
}

// A schedule prepared for fast day-by-day scans (the seed derives fields for 10⁵ offers).
type Compiled = {
  kind: ScheduleKind;
  windowsByWeekday: [number, number][][]; // index 1..7, sorted by start
  firstDay: number | null;
  lastDay: number | null;
  interval: number;
  anchorMonday: number | null;
  exceptionDays: Set<number>;
  dates: DateRow[];
};

function compile(schedule: Schedule, rows: ScheduleRows = scheduleToRows(schedule)): Compiled {
  const windowsByWeekday: [number, number][][] = Array.from({ length: 8 }, () => []);
  for (const slot of rows.slots) windowsByWeekday[slot.weekday].push([slot.startMinute, slot.endMinute]);
  const firstDay = rows.scheduleStartDate ? dayNumber(rows.scheduleStartDate) : null;
  return {
    kind: rows.scheduleKind,
    windowsByWeekday,
    firstDay,
    lastDay: rows.scheduleEndDate ? dayNumber(rows.scheduleEndDate) : null,
    interval: rows.intervalWeeks,
    anchorMonday: firstDay === null ? null : firstDay - (weekdayOfDayNumber(firstDay) - 1),
    exceptionDays: new Set(rows.exceptions.map(dayNumber)),
    dates: rows.dates,
  };
}

/** The slot windows taking place on a day (not for DATES schedules). */
function windowsOnDay(c: Compiled, day: number): [number, number][] {
  if (c.exceptionDays.has(day)) return [];
  if (c.firstDay !== null && day < c.firstDay) return [];
  if (c.lastDay !== null && day > c.lastDay) return [];
  if (c.interval > 1 && c.anchorMonday !== null && Math.floor((day - c.anchorMonday) / 7) % c.interval !== 0) return [];
  return c.windowsByWeekday[weekdayOfDayNumber(day)];
}

function slotOccurrence(date: string, [startMinute, endMinute]: [number, number]): Occurrence {
  return { date, startMinute, endMinute, startsAt: localDateTimeToUtc(date, startMinute), endsAt: localDateTimeToUtc(date, endMinute) };
}

function dateOccurrence(row: DateRow): Occurrence {
  return { date: row.date, startMinute: row.startMinute, endMinute: row.endMinute, startsAt: row.startsAt, endsAt: row.endsAt };
}

/** Everything taking place on a local date, honouring exceptions and every-n-weeks. */
export function occurrencesOn(schedule: Schedule, date: string): Occurrence[] {
  const c = compile(schedule);
  const day = dayNumber(date);
  if (c.kind === "DATES") return c.dates.filter((d) => d.date === date && !c.exceptionDays.has(day)).map(dateOccurrence);
  return windowsOnDay(c, day).map((w) => slotOccurrence(date, w));
}

/**
 * The next `limit` occurrences that have not ended at `from` (one in progress counts), in order.
 * A permanent schedule without opening windows has none.
 */
export function upcomingOccurrences(schedule: Schedule, from: Date, limit: number): Occurrence[] {
  return upcomingFrom(compile(schedule), from, limit);
}

function upcomingFrom(c: Compiled, from: Date, limit: number): Occurrence[] {
  if (limit <= 0) return [];
  const fromMs = from.getTime();
  if (c.kind === "DATES") {
    return c.dates
      .filter((d) => d.endsAt.getTime() > fromMs && !c.exceptionDays.has(dayNumber(d.date)))
      .slice(0, limit)
      .map(dateOccurrence);
  }
  if (c.windowsByWeekday.every((w) => w.length === 0)) return [];
  const result: Occurrence[] = [];
  const today = dayNumber(toLocalDateTime(from).date);
  const first = c.firstDay !== null ? Math.max(today, c.firstDay) : today;
  const last = Math.min(c.lastDay ?? Number.POSITIVE_INFINITY, first + SCAN_HORIZON_DAYS);
  for (let day = first; day <= last && result.length < limit; day++) {
    const windows = windowsOnDay(c, day);
    if (windows.length === 0) continue;
    const date = dateFromDayNumber(day);
    for (const window of windows) {
      const occurrence = slotOccurrence(date, window);
      if (occurrence.endsAt.getTime() > fromMs && result.length < limit) result.push(occurrence);
    }
  }
  return result;
}

/** End of the last occurrence of a bounded schedule; null when it has no end. */
function lastOccurrenceEnd(c: Compiled): Date | null {
  if (c.kind === "DATES") {
    const candidates = c.dates.filter((d) => !c.exceptionDays.has(dayNumber(d.date)));
    const pool = candidates.length > 0 ? candidates : c.dates;
    return pool.reduce<Date | null>((max, d) => (max === null || d.endsAt > max ? d.endsAt : max), null);
  }
  if (c.lastDay === null) return null;
  const stop = Math.max(c.firstDay ?? c.lastDay - SCAN_HORIZON_DAYS, c.lastDay - SCAN_HORIZON_DAYS);
  for (let day = c.lastDay; day >= stop; day--) {
    const windows = windowsOnDay(c, day);
    if (windows.length > 0) return localDateTimeToUtc(dateFromDayNumber(day), Math.max(...windows.map((w) => w[1])));
  }
  // Nothing ever takes place (every day excepted): the schedule still ends with its last day.
  return localDateTimeToUtc(dateFromDayNumber(c.lastDay), 1440);
}

/** The columns `deriveOccurrenceFields` returns; spread them into every Offer write that saves a schedule. */
export type DerivedOfferFields = { nextOccurrenceAt: Date | null; nextListedAt: Date | null; endsAt: Date | null } & SearchColumns;

/**
 * The key of the "soonest" order (Aktualität): dated offers by their next start; a permanent service
 * (opening hours) by the END of the local day of its next opening, so every dated offer of that day
 * comes first and the always-open services do not fill the top of the list with "today, 08:00".
 */
export function nextListedAt(kind: ScheduleKind, nextOccurrenceAt: Date | null): Date | null {
  if (nextOccurrenceAt === null || kind !== "PERMANENT") return nextOccurrenceAt;
  return localDateTimeToUtc(toLocalDateTime(nextOccurrenceAt).date, 1440);
}

/**
 * The derived columns stored on Offer. `nextOccurrenceAt`: start of the first occurrence not yet
 * ended at `now` (null when none is left, and for permanent offers without opening windows).
 * `nextListedAt`: the soonest order's key (`nextListedAt()`).
 * `endsAt`: end of the last occurrence of a bounded schedule; null for open-ended ones.
 * `searchMode`, `searchMask`, `searchFrom`, `searchUntil`, `searchExceptionsFrom/Until`: what the search's date/weekday/time
 * filters read instead of the rows (features/search/schedule-columns.ts); they must be written
 * together with the rows they were derived from.
 */
export function deriveOccurrenceFields(
  schedule: Schedule,
  now: Date,
  /** The schedule's rows when the caller has them already (saves recomputing them). */
  rows: ScheduleRows = scheduleToRows(schedule),
): DerivedOfferFields {
  const compiled = compile(schedule, rows);
  const next = upcomingFrom(compiled, now, 1)[0];
  const nextOccurrenceAt = next ? next.startsAt : null;
  return {
    nextOccurrenceAt,
    nextListedAt: nextListedAt(rows.scheduleKind, nextOccurrenceAt),
    endsAt: lastOccurrenceEnd(compiled),
    ...searchColumns(rows),
  };
}
