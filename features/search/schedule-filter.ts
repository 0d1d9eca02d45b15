import { dayNumber, isValidDate, weekdayOfDayNumber } from "@/lib/dates";
import { TIME_OF_DAY_MINUTES, type OfferSearchQuery } from "./params/vocabulary";
import { FULL_SEARCH_MASK, SEARCH_MODE, wantedSearchMask } from "./schedule-columns";

// The date, weekday and time-of-day filters of the offer search (used by ./offer-search.ts).
//
// THE RULE — the same for every range length, and what the help text on the search page promises:
// an offer matches these filters only if it has at least one real occurrence — after validity,
// every-n-weeks, exception days and one-off dates — that satisfies ALL chosen date, weekday and
// time-of-day filters together.
// - `von` and `bis`: an occurrence on a day in [von, bis] (a range in the past is not clamped).
// - only `von`: an occurrence on or after von. Only `bis`: on or after today and on or before bis.
// - weekday/time without a date: an occurrence from today on.
// - time of day: the occurrence overlaps one of the chosen bands (TIME_OF_DAY_MINUTES). A one-off
//   date without times lasts all day; one with a start time and no end time occupies only its start
//   minute (`dateWindow` in ./schedule-columns.ts, `DATE_END` below).
// - a permanent offer without opening windows has no times: it matches whenever the filters admit at
//   least one day (it is open every day).
// Days are local calendar days (Europe/Berlin); "today" counts as a whole day.
//
// How it is decided without walking days: per offer, first the search columns (mask of weekday ×
// time-of-day bits, validity bounds, exception bounds; in the covering index) rule out most
// offers and decide the common cases on the row; what they cannot decide is counted exactly per
// slot row: the days of the slot's weekday (in its active weeks) inside validity ∩ range, minus
// the exception days among them — the slot takes place iff that difference is positive. One-off
// dates are a range seek on (offerId, date). No day-by-day loop, no horizon: exact for any range.
// features/search/schedule-filter.differential.integration.test.ts compares it with a plain
// day-by-day evaluation of features/offers/schedule.ts.

type Fragment = { sql: string; params: unknown[] };

/** Open end of a range (also the day number SQL computes for it). */
const OPEN_END = "9999-12-31";
/** A Monday (1970-01-05) to count weeks from when a slot has no start date. */
const ANY_MONDAY_DAY = 4;

/** Days since 1970-01-01 of a YYYY-MM-DD text (the same numbering as lib/dates `dayNumber`). */
const dayOf = (expr: string) => `CAST(julianday(${expr}) - 2440587.5 AS INTEGER)`;
/** Monday of the week of a day number expression. */
const mondayOf = (day: string) => `(${day} - ((${day} + 3) % 7))`;
/** End minute of a dated entry for time-of-day overlap (see `dateWindow`). */
const DATE_END = `COALESCE(d."endMinute", d."startMinute" + 1, 1440)`;

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

function and(parts: (Fragment | string | null)[]): Fragment {
  const present = parts.filter((p): p is Fragment | string => p !== null);
  return {
    sql: present.map((p) => (typeof p === "string" ? p : p.sql)).join(" AND "),
    params: present.flatMap((p) => (typeof p === "string" ? [] : p.params)),
  };
}

function or(parts: (Fragment | null)[]): Fragment {
  const present = parts.filter((p): p is Fragment => p !== null);
  if (present.length === 0) return { sql: "0", params: [] };
  return { sql: `(${present.map((p) => p.sql).join(" OR ")})`, params: present.flatMap((p) => p.params) };
}

/** (start, end) minutes overlap one of the chosen times of day. */
function timeCondition(query: OfferSearchQuery, start: string, end: string): Fragment | null {
  if (query.times.length === 0) return null;
  const params: unknown[] = [];
  const parts = query.times.map((time) => {
    const window = TIME_OF_DAY_MINUTES[time];
    params.push(window.end, window.start);
    return `(${start} < ? AND ${end} > ?)`;
  });
  return { sql: `(${parts.join(" OR ")})`, params };
}

/**
 * The days the filters admit, [from, to] (to = OPEN_END when open), or null when no date filter is
 * set. `empty` when no day can qualify (e.g. only `bis`, and it lies before today).
 */
export function scheduleRange(query: OfferSearchQuery, today: string): { from: string; to: string; empty: boolean } | null {
  const from = query.dateFrom && isValidDate(query.dateFrom) ? query.dateFrom : null;
  const to = query.dateTo && isValidDate(query.dateTo) ? query.dateTo : null;
  if (!from && !to && query.weekdays.length === 0 && query.times.length === 0) return null;
  const start = from ?? today;
  const end = to ?? OPEN_END;
  return { from: start, to: end, empty: start > end };
}

/** The weekdays (1–7) that both fall into [from, to] and are wanted. */
export function admittedWeekdays(query: OfferSearchQuery, from: string, to: string): number[] {
  const wanted = query.weekdays.length > 0 ? new Set(query.weekdays) : null;
  const present = new Set<number>();
  const first = dayNumber(from);
  const last = Math.min(dayNumber(to), first + 6);
  for (let day = first; day <= last; day++) present.add(weekdayOfDayNumber(day));
  return [...present].filter((w) => !wanted || wanted.has(w)).sort((a, b) => a - b);
}

/** How many days with ISO weekday `weekday` lie in [from, to] (day numbers). */
function weekdayCount(from: number, to: number, weekday: number): number {
  const first = from + ((weekday - weekdayOfDayNumber(from) + 7) % 7);
  return first > to ? 0 : Math.floor((to - first) / 7) + 1;
}

/**
 * The SQL deciding the date/weekday/time filters for the offer `o` (with the columns of the covering
 * index), or null without such filters. `cte` is always null (kept for the caller's shape).
 */
export function scheduleCondition(query: OfferSearchQuery, today: string): { cte: Fragment | null; where: Fragment } | null {
  const range = scheduleRange(query, today);
  if (!range) return null;
  const weekdays = range.empty ? [] : admittedWeekdays(query, range.from, range.to);
  // No day qualifies: nothing matches. A column test rather than the constant 0, which makes SQLite
  // refuse the forced partial index ("no query solution").
  if (weekdays.length === 0) return { cte: null, where: { sql: `(o."searchMask" & 0) <> 0`, params: [] } };
  const { from, to } = range;
  const openEnd = to === OPEN_END;
  const fromDay = dayNumber(from);
  const toDay = dayNumber(to);
  const span = toDay - fromDay + 1;
  const mask = wantedSearchMask(weekdays, query.times);
  const weekdayMasks = weekdays.map((w) => wantedSearchMask([w], query.times));
  const M = SEARCH_MODE;

  // ── on the offer row (search columns) ──
  const spans: Fragment = { sql: `IFNULL(o."searchFrom", '') <= ? AND IFNULL(o."searchUntil", '${OPEN_END}') >= ?`, params: [from, to] };
  const noExceptionIn = (lo: Fragment, hi: Fragment): Fragment => ({
    sql: `(o."searchExceptionsFrom" IS NULL OR o."searchExceptionsFrom" > ${hi.sql} OR o."searchExceptionsUntil" < ${lo.sql})`,
    params: [...hi.params, ...lo.params],
  });
  /**
   * Exception days in [lo, hi] on a weekday with a fitting slot (the others remove no candidate day):
   * the mask's nibble of the exception's weekday against the wanted bits.
   */
  const exceptionCount = (lo: Fragment, hi: Fragment): Fragment => ({
    sql: `(SELECT COUNT(*) FROM "OfferException" e WHERE e."offerId" = o."id" AND e."date" BETWEEN ${lo.sql} AND ${hi.sql} AND (o."searchMask" & ? & (15 << (4 * ((${dayOf(`e."date"`)} + 3) % 7)))) <> 0)`,
    params: [...lo.params, ...hi.params, mask],
  });
  const rangeFrom: Fragment = { sql: "?", params: [from] };
  const rangeTo: Fragment = { sql: "?", params: [to] };
  // validity ∩ range of offers with one validity (WEEKLY, SLOTS)
  const overlapFrom: Fragment = { sql: `MAX(?, IFNULL(o."searchFrom", ''))`, params: [from] };
  const overlapTo: Fragment = { sql: `MIN(?, IFNULL(o."searchUntil", '${OPEN_END}'))`, params: [to] };
  const overlapDays: Fragment = {
    sql: `(${dayOf(overlapTo.sql)} - ${dayOf(overlapFrom.sql)} + 1)`,
    params: [...overlapTo.params, ...overlapFrom.params],
  };
  /** Weekdays of the filter on which the offer has a fitting slot (each counted once). */
  const fittingWeekdays: Fragment = {
    sql: `(${weekdayMasks.map(() => `((o."searchMask" & ?) <> 0)`).join(" + ")})`,
    params: weekdayMasks,
  };
  /**
   * One validity, every `interval` weeks: every full cycle of 7 × interval days inside validity ∩
   * range holds each fitting weekday once in an active week, so (cycles × fitting weekdays) is a
   * lower bound of the occurrences; more than the exception days in there means one is left.
   */
  const cyclesBeat = (interval: string, exceptions: Fragment): Fragment => ({
    sql: `(${overlapDays.sql} / (7 * ${interval})) * ${fittingWeekdays.sql} > ${exceptions.sql}`,
    params: [...overlapDays.params, ...fittingWeekdays.params, ...exceptions.params],
  });
  /** All the offer's exception days (a column; 0 only matters for modes WEEKLY and SLOTS, which always have it). */
  const allExceptions: Fragment = { sql: `o."searchExceptionCount"`, params: [] };
  const fullCycleWithoutExceptions = (interval: string): Fragment =>
    and([{ sql: `${overlapDays.sql} >= 7 * ${interval}`, params: overlapDays.params }, noExceptionIn(overlapFrom, overlapTo)]);

  // WEEKLY (one validity, every week) spanning the range: the range's own days fit the offer's
  // slots on each fitting weekday — counted here — minus the exceptions in the range.
  const candidateDays: Fragment = {
    sql: `(${weekdays.map(() => `? * ((o."searchMask" & ?) <> 0)`).join(" + ")})`,
    params: weekdays.flatMap((w, i) => [weekdayCount(fromDay, toDay, w), weekdayMasks[i]]),
  };
  const candidatesBeat = (exceptions: Fragment): Fragment => ({
    sql: `${candidateDays.sql} > ${exceptions.sql}`,
    params: [...candidateDays.params, ...exceptions.params],
  });
  // Validity ∩ range shorter than a week (holiday programmes, the last days of a course): the
  // nibbles of the weekdays it covers (the mask has 4 bits per weekday, Monday lowest), wrapping
  // past Sunday.
  const overlapWeekday = `((${dayOf(overlapFrom.sql)} + 3) % 7)`;
  const coveredShifted = `(((1 << (4 * ${overlapDays.sql})) - 1) << (4 * ${overlapWeekday}))`;
  const shortOverlapBits: Fragment = {
    sql: `(o."searchMask" & ? & ((${coveredShifted} | (${coveredShifted} >> 28)) & ${FULL_SEARCH_MASK}))`,
    params: [mask, ...overlapDays.params, ...overlapFrom.params, ...overlapDays.params, ...overlapFrom.params],
  };
  const shortOverlap: Fragment = { sql: `${overlapDays.sql} < 7`, params: overlapDays.params };
  /** Every week, under a week of validity ∩ range: its covered weekdays with a fitting slot, each once. */
  const shortFitting: Fragment = {
    sql: `(${weekdayMasks.map(() => `((${shortOverlapBits.sql} & ?) <> 0)`).join(" + ")})`,
    params: weekdayMasks.flatMap((m) => [...shortOverlapBits.params, m]),
  };
  const shortFittingBeats = (exceptions: Fragment): Fragment => ({
    sql: `${shortFitting.sql} > ${exceptions.sql}`,
    params: [...shortFitting.params, ...exceptions.params],
  });
  const shortWeekly = and([
    shortOverlap,
    { sql: `${shortOverlapBits.sql} <> 0`, params: shortOverlapBits.params },
    or([
      noExceptionIn(overlapFrom, overlapTo),
      shortFittingBeats(allExceptions),
      shortFittingBeats(exceptionCount(overlapFrom, overlapTo)),
    ]),
  ]);
  // ...and without such a weekday it cannot match at all (its rows need not be read).
  const shortWeeklyNever = and([shortOverlap, { sql: `${shortOverlapBits.sql} = 0`, params: shortOverlapBits.params }]);

  // The mask test above guarantees at least one fitting weekday, so the fewest days any admitted
  // weekday has in the range (one comparison) is already a lower bound of the occurrences.
  const fewestDays = Math.min(...weekdays.map((w) => weekdayCount(fromDay, toDay, w)));
  const cyclesOnly = (interval: string): Fragment => ({
    sql: `${overlapDays.sql} / (7 * ${interval}) > o."searchExceptionCount"`,
    params: overlapDays.params,
  });
  // Cheapest first: text and integer tests on the index entry; julianday, the per-weekday sums and
  // exception counts only for what is left.
  // A range under a week holds no full cycle: its offers are decided by the range's own days (most
  // span it) and the short-overlap test; the cycle tests are left out.
  const weekly =
    span < 7
      ? or([
          and([
            spans,
            or([
              noExceptionIn(rangeFrom, rangeTo),
              { sql: `? > o."searchExceptionCount"`, params: [fewestDays] },
              candidatesBeat(exceptionCount(rangeFrom, rangeTo)),
            ]),
          ]),
          shortWeekly,
        ])
      : or([
          and([spans, or([noExceptionIn(rangeFrom, rangeTo), { sql: `? > o."searchExceptionCount"`, params: [fewestDays] }])]),
          cyclesOnly("1"),
          fullCycleWithoutExceptions("1"),
          shortWeekly,
          and([spans, or([candidatesBeat(allExceptions), candidatesBeat(exceptionCount(rangeFrom, rangeTo))])]),
          cyclesBeat("1", allExceptions),
          cyclesBeat("1", exceptionCount(overlapFrom, overlapTo)),
        ]);

  // SLOTS (one validity, every n weeks, counted from the Monday of searchFrom's week). For short
  // ranges spanned by the validity, each week of the range is tested for being active.
  const offerMonday = mondayOf(dayOf(`o."searchFrom"`));
  let activeDay: Fragment | null = null;
  if (span <= 62) {
    const weeks = new Map<number, number>(); // Monday's day number → wanted bits of the range's days in that week
    for (let day = fromDay; day <= toDay; day++) {
      const weekday = weekdayOfDayNumber(day);
      if (!weekdays.includes(weekday)) continue;
      const monday = day - (weekday - 1);
      weeks.set(monday, (weeks.get(monday) ?? 0) | wantedSearchMask([weekday], query.times));
    }
    activeDay = {
      sql: `(${[...weeks].map(() => `(((? - ${offerMonday}) / 7) % o."intervalWeeks" = 0 AND (o."searchMask" & ?) <> 0)`).join(" OR ")})`,
      params: [...weeks].flatMap(([monday, bits]) => [monday, bits]),
    };
  }
  // Every n ≥ 2 weeks: a cycle is at least 14 days.
  const slots = or([
    and([spans, noExceptionIn(rangeFrom, rangeTo), or([{ sql: `7 * o."intervalWeeks" <= ?`, params: [span] }, activeDay])]),
    ...(span < 14
      ? []
      : [
          cyclesOnly(`o."intervalWeeks"`),
          fullCycleWithoutExceptions(`o."intervalWeeks"`),
          cyclesBeat(`o."intervalWeeks"`, allExceptions),
          cyclesBeat(`o."intervalWeeks"`, exceptionCount(overlapFrom, overlapTo)),
        ]),
  ]);

  // Only dates: the mask is exact for them, so all dates inside the range decide; without weekday
  // and time filters one of the first and last date (searchFrom/searchUntil) inside the range does.
  const datesInside: Fragment =
    query.weekdays.length === 0 && query.times.length === 0
      ? { sql: `(o."searchFrom" BETWEEN ? AND ? OR o."searchUntil" BETWEEN ? AND ?)`, params: [from, to, from, to] }
      : { sql: `(IFNULL(o."searchFrom", '') >= ? AND IFNULL(o."searchUntil", '${OPEN_END}') <= ?)`, params: [from, to] };

  const decided = or([
    { sql: `o."searchMode" = ${M.ALWAYS}`, params: [] },
    and([`o."searchMode" = ${M.WEEKLY}`, weekly]),
    and([`o."searchMode" = ${M.SLOTS}`, slots]),
    and([`o."searchMode" = ${M.DATES}`, datesInside]),
  ]);

  // ── exact, on the slot and date rows ──
  const slotFrom = `MAX(?, IFNULL(s."validFrom", ''))`;
  const slotTo = `MIN(?, IFNULL(s."validUntil", '${OPEN_END}'))`;
  const slotMonday = `(CASE WHEN s."validFrom" IS NULL THEN ${ANY_MONDAY_DAY} ELSE ${mondayOf(dayOf(`s."validFrom"`))} END)`;
  const slotCycle = `(7 * (CASE WHEN s."validFrom" IS NULL THEN 1 ELSE (SELECT oi."intervalWeeks" FROM "Offer" oi INDEXED BY "Offer_id_intervalWeeks_idx" WHERE oi."id" = s."offerId") END))`;
  // Days d in [a, b] with d = monday + (weekday − 1) + k × cycle: floor(yb / cycle) − floor((ya − 1) / cycle)
  // with y = d − monday − (weekday − 1); both numerators are made non-negative by adding one cycle
  // (a ≥ monday, so ya ≥ −6), because SQLite's integer division truncates towards zero.
  const shift = `${slotMonday} - (s."weekday" - 1)`;
  const slotDays: Fragment = {
    sql: `((${dayOf(slotTo)} - ${shift} + ${slotCycle}) / ${slotCycle} - (${dayOf(slotFrom)} - 1 - ${shift} + ${slotCycle}) / ${slotCycle})`,
    params: [to, from],
  };
  const slotExceptions: Fragment = {
    sql: `(CASE WHEN o."searchMode" <> ${M.UNKNOWN} AND (o."searchExceptionsFrom" IS NULL OR o."searchExceptionsFrom" > ${slotTo} OR o."searchExceptionsUntil" < ${slotFrom}) THEN 0 ELSE (SELECT COUNT(*) FROM "OfferException" e WHERE e."offerId" = s."offerId" AND e."date" BETWEEN ${slotFrom} AND ${slotTo} AND CAST(strftime('%u', e."date") AS INTEGER) = s."weekday" AND ((${dayOf(`e."date"`)} - ${slotMonday}) / 7) % (${slotCycle} / 7) = 0) END)`,
    params: [to, from, from, to],
  };
  const slotRow = and([
    { sql: `s."weekday" IN (${placeholders(weekdays.length)})`, params: weekdays },
    timeCondition(query, `s."startMinute"`, `s."endMinute"`),
    openEnd ? null : { sql: `IFNULL(s."validFrom", '') <= ?`, params: [to] },
    { sql: `IFNULL(s."validUntil", '${OPEN_END}') >= ?`, params: [from] },
    { sql: `${slotDays.sql} > ${slotExceptions.sql}`, params: [...slotDays.params, ...slotExceptions.params] },
  ]);
  const slotExists: Fragment = {
    sql: `EXISTS (SELECT 1 FROM "OfferSlot" s INDEXED BY "OfferSlot_offerId_idx" WHERE s."offerId" = o."id" AND ${slotRow.sql})`,
    params: slotRow.params,
  };
  const dateRow = and([
    { sql: `d."date" BETWEEN ? AND ?`, params: [from, to] },
    weekdays.length < 7
      ? { sql: `CAST(strftime('%u', d."date") AS INTEGER) IN (${placeholders(weekdays.length)})`, params: weekdays }
      : null,
    timeCondition(query, `COALESCE(d."startMinute", 0)`, DATE_END),
    `NOT EXISTS (SELECT 1 FROM "OfferException" e WHERE e."offerId" = d."offerId" AND e."date" = d."date")`,
  ]);
  const dateExists: Fragment = {
    sql: `EXISTS (SELECT 1 FROM "OfferDate" d INDEXED BY "OfferDate_offerId_date_idx" WHERE d."offerId" = o."id" AND ${dateRow.sql})`,
    params: dateRow.params,
  };
  const noWindows = `(o."scheduleKind" = 'PERMANENT' AND NOT EXISTS (SELECT 1 FROM "OfferSlot" s0 WHERE s0."offerId" = o."id"))`;
  const rows = or([
    and([`o."searchMode" = ${M.WEEKLY}`, { sql: `NOT (${shortWeeklyNever.sql})`, params: shortWeeklyNever.params }, slotExists]),
    and([`o."searchMode" = ${M.SLOTS}`, slotExists]),
    and([`o."searchMode" = ${M.DATES}`, dateExists]),
    and([
      `o."searchMode" NOT IN (${M.ALWAYS}, ${M.WEEKLY}, ${M.SLOTS}, ${M.DATES})`,
      or([slotExists, dateExists, { sql: noWindows, params: [] }]),
    ]),
  ]);

  const where = and([
    { sql: `(o."searchMask" & ?) <> 0`, params: [mask] },
    openEnd ? null : { sql: `IFNULL(o."searchFrom", '') <= ?`, params: [to] },
    { sql: `IFNULL(o."searchUntil", '${OPEN_END}') >= ?`, params: [from] },
    or([decided, rows]),
  ]);
  return { cte: null, where };
}
