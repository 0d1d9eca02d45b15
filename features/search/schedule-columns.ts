// Search columns derived from an offer's schedule rows (Offer.searchMode, searchMask, searchFrom,
// searchUntil, searchExceptionsFrom, searchExceptionsUntil; migration 0004_search_columns). They let the search decide date/weekday/time filters
// on the Offer row (in the covering index Offer_search_idx) instead of reading ~170k slots and ~70k
// dates per search. Pure: computed by `deriveOccurrenceFields` (features/offers/schedule.ts) on every
// save and by the seed; read by `scheduleCondition` in ./schedule-filter.ts.
//
// Rules (the search SQL relies on them):
// - searchMask is a SUPERSET: bit (weekday, band) is set when some slot, or some date that is not an
//   exception, falls on that weekday and overlaps that time-of-day band (the same overlap test as
//   the SQL: start < band end AND end > band start); the "any time" bit of a weekday is set for
//   every slot/date on it. An offer can only match a weekday/time/date filter if a wanted bit is set.
// - searchFrom/searchUntil bound every slot validity and non-excepted date (null = open);
//   searchExceptionsFrom/searchExceptionsUntil bound the exception dates (null = no exceptions);
//   searchExceptionCount counts them (0 by default: read only for modes WEEKLY and SLOTS).
// - searchMode says how far the columns describe the schedule; with validity, exception bounds and
//   exception count they decide most offers of modes WEEKLY, SLOTS and DATES (./schedule-filter.ts),
//   the rest is checked exactly against the slot/date rows. The column defaults (UNKNOWN, all bits, open bounds) describe rows
//   written without the columns (tests creating offers through Prisma, rows older than 0004): they
//   are always checked exactly.
// Changing TIME_OF_DAY_MINUTES changes the bands: every offer's columns must then be re-derived.

import { weekdayOf } from "@/lib/dates";
import { TIME_OF_DAY, TIME_OF_DAY_MINUTES, type TimeOfDay } from "./params/vocabulary";

export const SEARCH_MODE = {
  /** Columns unknown (defaults): check the rows. */
  UNKNOWN: 0,
  /** Permanent offer without opening windows: matches every date/weekday/time filter. */
  ALWAYS: 1,
  /** Only slots, all with the same validity [searchFrom, searchUntil], every week: an occurrence
   *  exists when validity ∩ range holds more fitting days than exception days among them. */
  WEEKLY: 2,
  /** Like WEEKLY but every n weeks, counted from the Monday of searchFrom's week. */
  SLOTS: 3,
  /** Slots with different validities, or slots and dates: mask and bounds prefilter, rows decide. */
  CHECK: 4,
  /** Only dates: the mask is exact for them, so a range containing [searchFrom, searchUntil] is
   *  decided by the mask; other ranges are checked against the rows. */
  DATES: 5,
} as const;

const BITS_PER_WEEKDAY = 4; // morning, afternoon, evening, any time
const ANY_TIME = 3;
/** Every bit set (the column default): no prefiltering. */
export const FULL_SEARCH_MASK = 2 ** (7 * BITS_PER_WEEKDAY) - 1;

export type SearchColumns = {
  searchMode: number;
  searchMask: number;
  searchFrom: string | null;
  searchUntil: string | null;
  /** First and last exception date (null: none), so most day-by-day checks skip the exception lookup. */
  searchExceptionsFrom: string | null;
  searchExceptionsUntil: string | null;
  /** Number of exception days: fewer than the fitting days in a range means one of those takes place. */
  searchExceptionCount: number;
};

type Rows = {
  scheduleKind: string;
  intervalWeeks: number;
  slots: { weekday: number; startMinute: number; endMinute: number; validFrom: string | null; validUntil: string | null }[];
  dates: { date: string; startMinute: number | null; endMinute: number | null }[];
  exceptions: string[];
};

function bit(weekday: number, slot: number): number {
  return 2 ** ((weekday - 1) * BITS_PER_WEEKDAY + slot);
}

/** The bits of one slot/date: its weekday's "any time" bit and every band it overlaps. */
function windowBits(weekday: number, start: number, end: number): number {
  let bits = bit(weekday, ANY_TIME);
  TIME_OF_DAY.forEach((time, index) => {
    const band = TIME_OF_DAY_MINUTES[time];
    if (start < band.end && end > band.start) bits += bit(weekday, index);
  });
  return bits;
}

/**
 * The minutes a dated entry occupies for time-of-day filters: without times the whole day; with a
 * start time but no end time only its start minute ([start, start + 1)), not "until midnight".
 * The search SQL (`DATE_END_MINUTE` in ./offer-search.ts) uses the same rule.
 */
export function dateWindow(startMinute: number | null, endMinute: number | null): [number, number] {
  if (startMinute === null) return [0, endMinute ?? 1440];
  return [startMinute, endMinute ?? startMinute + 1];
}

/** The bits a filter wants: any of `weekdays` in any of `times` (no times: any time). */
export function wantedSearchMask(weekdays: Iterable<number>, times: readonly TimeOfDay[]): number {
  let mask = 0;
  for (const weekday of new Set(weekdays)) {
    if (times.length === 0) mask |= bit(weekday, ANY_TIME);
    else for (const time of times) mask |= bit(weekday, TIME_OF_DAY.indexOf(time));
  }
  return mask;
}

const minDate = (a: string | null | undefined, b: string | null) => (a === undefined ? b : a === null || b === null ? null : a < b ? a : b);
const maxDate = (a: string | null | undefined, b: string | null) => (a === undefined ? b : a === null || b === null ? null : a > b ? a : b);

/** The search columns for an offer's schedule rows (see the rules above). */
export function searchColumns(rows: Rows): SearchColumns {
  const sortedExceptions = [...rows.exceptions].sort();
  const exceptionHull = {
    searchExceptionsFrom: sortedExceptions[0] ?? null,
    searchExceptionsUntil: sortedExceptions[sortedExceptions.length - 1] ?? null,
    searchExceptionCount: new Set(sortedExceptions).size,
  };
  if (rows.scheduleKind === "PERMANENT" && rows.slots.length === 0) {
    return { searchMode: SEARCH_MODE.ALWAYS, searchMask: FULL_SEARCH_MASK, searchFrom: null, searchUntil: null, ...exceptionHull };
  }
  const exceptions = new Set(rows.exceptions);
  let mask = 0;
  let from: string | null | undefined;
  let until: string | null | undefined;
  for (const slot of rows.slots) {
    mask |= windowBits(slot.weekday, slot.startMinute, slot.endMinute);
    from = minDate(from, slot.validFrom);
    until = maxDate(until, slot.validUntil);
  }
  for (const date of rows.dates) {
    if (exceptions.has(date.date)) continue;
    mask |= windowBits(weekdayOf(date.date), ...dateWindow(date.startMinute, date.endMinute));
    from = minDate(from, date.date);
    until = maxDate(until, date.date);
  }
  const first = rows.slots[0];
  const uniform = rows.dates.length === 0 && rows.slots.every((s) => s.validFrom === first.validFrom && s.validUntil === first.validUntil);
  // The search ignores the interval of slots without a start (as in the day-by-day SQL).
  const everyWeek = rows.intervalWeeks === 1 || (first !== undefined && first.validFrom === null);
  const searchMode =
    rows.slots.length === 0 && rows.dates.length > 0
      ? SEARCH_MODE.DATES
      : !uniform
        ? SEARCH_MODE.CHECK
        : everyWeek
          ? SEARCH_MODE.WEEKLY
          : SEARCH_MODE.SLOTS;
  return { searchMode, searchMask: mask, searchFrom: from ?? null, searchUntil: until ?? null, ...exceptionHull };
}
