import { beforeAll, describe, expect, it } from "vitest";
import { writeOfferSchedule } from "@/features/offers/schedule-store";
import { deriveOccurrenceFields, occurrencesOn } from "@/features/offers/schedule";
import { ScheduleSchema, type Schedule, type ScheduleInput } from "@/features/offers/schedule-schema";
import { addDays, dayNumber, formatTime, todayLocal, weekdayOf } from "@/lib/dates";
import { useTestDatabase } from "@/test/helpers/db";
import { searchOffers } from "./offer-search";
import { TIME_OF_DAY, TIME_OF_DAY_MINUTES, type OfferSearchQuery, type TimeOfDay } from "./params/vocabulary";
import { parseOfferSearch } from "./params/parse";
import { dateWindow, FULL_SEARCH_MASK } from "./schedule-columns";

// Differential test of the date/weekday/time filters (./schedule-filter.ts): random schedules of
// every kind (every-n-weeks, exceptions, one-off dates with and without times, permanent offers with
// and without windows) are saved through the save path's writeOfferSchedule — a quarter of them
// with the search columns reset to their "unknown" defaults, so the row checks are exercised too —
// and hundreds of random filter combinations are answered by the SQL search and by a plain
// day-by-day evaluation with features/offers/schedule.ts (`occurrencesOn` for every day). Both must
// return exactly the same offers.

const NOW = new Date("2026-12-02T10:00:00Z");
const TODAY = todayLocal(NOW);
// Every generated date (validity, exceptions, one-off dates) lies before 2028-03; open-ended weekly
// schedules (≤ 8-week cycles) always have an occurrence within a few weeks after their last
// exception, so scanning until HORIZON answers open ranges exactly.
const HORIZON = "2028-12-31";
const OFFERS = 220;
const SEARCHES = 400;

function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[int(0, list.length - 1)],
    subset: <T>(list: readonly T[], p: number): T[] => list.filter(() => next() < p),
  };
}
type Random = ReturnType<typeof random>;

const day = (rng: Random, from: string, to: string) => addDays(from, rng.int(0, dayNumber(to) - dayNumber(from)));

function timeWindow(rng: Random): { startTime: string; endTime: string } {
  // Quarter hours across the whole day, so every band edge (12:00, 17:00) is hit now and then.
  const start = rng.pick([0, 8 * 60, 11 * 60 + 45, 12 * 60, 16 * 60 + 45, 17 * 60, 19 * 60, 22 * 60]) + rng.pick([0, 15]);
  const end = Math.min(1440, start + rng.pick([15, 60, 90, 240, 600]));
  return { startTime: formatTime(start), endTime: formatTime(end) };
}

/** Some of the days between from and to, often on the schedule's own weekdays. */
function exceptions(rng: Random, from: string, to: string, weekdays: number[]): string[] {
  const list = new Set<string>();
  const n = rng.pick([0, 0, 1, 2, 5, 12]);
  for (let i = 0; i < n * 3 && list.size < n; i++) {
    const d = day(rng, from, to);
    if (weekdays.length === 0 || weekdays.includes(weekdayOf(d)) || rng.chance(0.2)) list.add(d);
  }
  return [...list];
}

function randomSchedule(rng: Random): ScheduleInput {
  const kind = rng.pick(["PERMANENT", "PERMANENT", "WEEKLY", "WEEKLY", "WEEKLY", "PERIOD", "PERIOD", "DATES", "DATES"] as const);
  const start = day(rng, "2026-09-01", "2027-09-30");
  switch (kind) {
    case "PERMANENT": {
      if (rng.chance(0.3)) return { kind, windows: [], exceptions: [] };
      const windows = [...new Set(rng.subset([1, 2, 3, 4, 5, 6, 7], 0.3))].map((weekday) => ({ weekday, ...timeWindow(rng) }));
      if (windows.length === 0) windows.push({ weekday: rng.int(1, 7), ...timeWindow(rng) });
      return {
        kind,
        windows,
        exceptions: exceptions(
          rng,
          "2026-11-01",
          "2027-12-31",
          windows.map((w) => w.weekday),
        ),
      };
    }
    case "WEEKLY": {
      const weekdays = [...new Set([rng.int(1, 7), ...rng.subset([1, 2, 3, 4, 5, 6, 7], 0.15)])];
      const windows = weekdays.map((weekday) => ({ weekday, ...timeWindow(rng) }));
      const intervalWeeks = rng.chance(0.4) ? rng.int(2, 8) : 1;
      const hasStart = intervalWeeks > 1 || rng.chance(0.7);
      const hasEnd = rng.chance(0.7);
      const end = addDays(start, rng.pick([0, 3, 6, 20, 45, 90, 200, 300]));
      return {
        kind,
        windows,
        ...(hasStart ? { startDate: start } : {}),
        ...(hasEnd ? { endDate: end } : {}),
        intervalWeeks,
        exceptions: exceptions(rng, hasStart ? start : "2026-10-01", hasEnd ? end : "2027-12-31", weekdays),
      };
    }
    case "PERIOD": {
      const end = addDays(start, rng.pick([0, 1, 4, 6, 13, 40, 150]));
      const weekdays = rng.chance(0.5) ? [] : [...new Set([rng.int(1, 7), ...rng.subset([1, 2, 3, 4, 5, 6, 7], 0.3)])];
      const windows = rng.chance(0.4) ? [] : [timeWindow(rng)];
      return { kind, startDate: start, endDate: end, weekdays, windows, exceptions: exceptions(rng, start, end, weekdays) };
    }
    case "DATES": {
      const dates = new Map<string, { date: string; startTime?: string; endTime?: string }>();
      const n = rng.int(1, 5);
      for (let i = 0; i < n; i++) {
        const date = day(rng, "2026-10-15", "2027-12-31");
        const w = timeWindow(rng);
        const style = rng.next();
        dates.set(date, style < 0.2 ? { date } : style < 0.45 ? { date, startTime: w.startTime } : { date, ...w });
      }
      const list = [...dates.values()];
      const excepted = list.filter(() => rng.chance(0.15)).map((d) => d.date);
      return { kind, dates: list, exceptions: excepted };
    }
  }
}

function randomQuery(rng: Random): OfferSearchQuery {
  const query = parseOfferSearch({}).query;
  const shape = rng.pick(["day", "range", "range", "from", "until", "none"] as const);
  const base = day(rng, "2026-10-01", "2027-12-31");
  if (shape === "day") {
    query.dateFrom = base;
    query.dateTo = base;
  } else if (shape === "range") {
    query.dateFrom = base;
    query.dateTo = addDays(base, rng.pick([1, 3, 6, 7, 13, 30, 62, 63, 90, 120, 183, 365]));
  } else if (shape === "from") {
    query.dateFrom = base;
  } else if (shape === "until") {
    query.dateTo = base;
  }
  if (rng.chance(shape === "none" ? 0.8 : 0.4))
    query.weekdays = [...new Set([rng.int(1, 7), ...rng.subset([1, 2, 3, 4, 5, 6, 7], 0.2)])].sort();
  if (rng.chance(shape === "none" ? 0.6 : 0.35)) query.times = rng.subset(TIME_OF_DAY, 0.5);
  if (shape === "none" && query.weekdays.length === 0 && query.times.length === 0) query.times = [rng.pick(TIME_OF_DAY)];
  return query;
}

type Stored = { id: number; schedule: Schedule; visible: boolean; occurrences: Map<string, [number, number][]> | "always" };

/** Every occurrence between the first generated day and HORIZON, by date (plain day-by-day). */
function occurrenceDays(schedule: Schedule): Stored["occurrences"] {
  if (schedule.kind === "PERMANENT" && schedule.windows.length === 0) return "always";
  const byDay = new Map<string, [number, number][]>();
  for (let d = "2026-09-01"; d <= HORIZON; d = addDays(d, 1)) {
    const list = occurrencesOn(schedule, d).map((o) =>
      schedule.kind === "DATES" ? dateWindow(o.startMinute, o.endMinute) : ([o.startMinute ?? 0, o.endMinute ?? 1440] as [number, number]),
    );
    if (list.length > 0) byDay.set(d, list);
  }
  return byDay;
}

/** The rule, evaluated the plain way: some occurrence on an admitted day fits every filter. */
function expected(offers: Stored[], query: OfferSearchQuery): number[] {
  const from = query.dateFrom ?? TODAY;
  const to = query.dateTo ?? HORIZON;
  const fits = (d: string) => query.weekdays.length === 0 || query.weekdays.includes(weekdayOf(d));
  const inBand = ([start, end]: [number, number]) =>
    query.times.length === 0 ||
    query.times.some((t: TimeOfDay) => start < TIME_OF_DAY_MINUTES[t].end && end > TIME_OF_DAY_MINUTES[t].start);
  const admitted: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (fits(d)) admitted.push(d);
  return offers
    .filter((offer) => offer.visible)
    .filter((offer) => {
      if (offer.occurrences === "always") return admitted.length > 0;
      const occurrences = offer.occurrences;
      return admitted.some((d) => occurrences.get(d)?.some(inBand) ?? false);
    })
    .map((offer) => offer.id)
    .sort((a, b) => a - b);
}

async function actual(query: OfferSearchQuery): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const result = await searchOffers({ ...query, page }, { now: NOW, pageSize: 100 });
    ids.push(...result.offers.map((o) => o.id));
    if (page >= result.pageCount) break;
  }
  return ids.sort((a, b) => a - b);
}

function describeQuery(q: OfferSearchQuery): string {
  return JSON.stringify({ von: q.dateFrom, bis: q.dateTo, tag: q.weekdays, zeit: q.times });
}

describe("date, weekday and time filters against a day-by-day evaluation", () => {
  const db = useTestDatabase();
  const offers: Stored[] = [];

  beforeAll(async () => {
    const p = db.prisma;
    const rng = random(20261202);
    const org = await p.organization.create({ data: { slug: "org", name: "Verein", status: "APPROVED" } });
    for (let i = 0; i < OFFERS; i++) {
      const schedule = ScheduleSchema.parse(randomSchedule(rng));
      const plain = i % 4 === 3;
      const id = await p.$transaction(async (tx) => {
        const offer = await tx.offer.create({
          data: { slug: `offer-${i}`, title: `Angebot ${i}`, organizationId: org.id, status: "PUBLISHED", publishedAt: NOW },
          select: { id: true },
        });
        await writeOfferSchedule(tx, offer.id, schedule, NOW);
        if (plain) {
          await tx.offer.update({
            where: { id: offer.id },
            data: {
              searchMode: 0,
              searchMask: FULL_SEARCH_MASK,
              searchFrom: null,
              searchUntil: null,
              searchExceptionsFrom: null,
              searchExceptionsUntil: null,
              searchExceptionCount: 0,
            },
          });
        }
        return offer.id;
      });
      const { endsAt } = deriveOccurrenceFields(schedule, NOW);
      offers.push({ id, schedule, visible: endsAt === null || endsAt >= NOW, occurrences: occurrenceDays(schedule) });
    }
  }, 120_000);

  it(`gives the same offers for ${SEARCHES} random filter combinations`, async () => {
    const rng = random(7);
    const mismatches: string[] = [];
    let nonEmpty = 0;
    for (let i = 0; i < SEARCHES; i++) {
      const query = randomQuery(rng);
      const want = expected(offers, query);
      const got = await actual(query);
      if (want.length > 0 && want.length < offers.length) nonEmpty++;
      if (JSON.stringify(want) !== JSON.stringify(got)) {
        const missing = want.filter((id) => !got.includes(id));
        const extra = got.filter((id) => !want.includes(id));
        mismatches.push(`${describeQuery(query)} missing ${JSON.stringify(missing)} extra ${JSON.stringify(extra)}`);
      }
    }
    expect(mismatches).toEqual([]);
    // The generator must produce discriminating searches, not only "everything" or "nothing".
    expect(nonEmpty).toBeGreaterThan(SEARCHES / 2);
  }, 60_000);
});
