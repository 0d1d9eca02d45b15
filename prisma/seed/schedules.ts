import { addDays, formatTime, weekdayOf } from "@/lib/dates";
import type { Schedule } from "@/features/offers/schedule-schema";
import type { ScheduleStyle, TimeProfile } from "./data/offer-types";
import { exceptionDates, holidayBlocksAround, schoolYearAround } from "./holidays";
import type { Random } from "./random";

// Turns a template's schedule style into a concrete schedule relative to "today". Every style
// draws the same number of random values whatever today is, so the content stays stable.

type Window = { weekday: number; startTime: string; endTime: string };

const START_TIMES: Record<TimeProfile, number[]> = {
  morning: [540, 570, 600, 630],
  afternoon: [840, 870, 900, 960],
  kids: [900, 930, 960, 990, 1020],
  evening: [1080, 1110, 1140, 1170],
  weekend: [600, 660, 840],
  daytime: [480, 510, 540],
};

const DURATIONS: Record<TimeProfile, number[]> = {
  morning: [60, 90, 120],
  afternoon: [90, 120, 150],
  kids: [45, 60, 90],
  evening: [90, 120],
  weekend: [120, 180, 240],
  daytime: [240, 360, 420, 480],
};

function timeWindow(rng: Random, time: TimeProfile): { startTime: string; endTime: string } {
  const start = rng.pick(START_TIMES[time]);
  const end = Math.min(start + rng.pick(DURATIONS[time]), 1440);
  return { startTime: formatTime(start), endTime: formatTime(end) };
}

function weekdayFor(rng: Random, time: TimeProfile): number {
  if (time === "weekend") return rng.pick([6, 6, 7]);
  return rng.int(1, 5);
}

/** One or two weekly windows; a second one is on another day (or later the same day). */
function weeklyWindows(rng: Random, time: TimeProfile, allowTwo: boolean): Window[] {
  const first = { weekday: weekdayFor(rng, time), ...timeWindow(rng, time) };
  const roll = rng.float();
  const second = { weekday: weekdayFor(rng, time), ...timeWindow(rng, time) };
  if (!allowTwo || roll < 0.7) return [first];
  if (second.weekday !== first.weekday) return [first, second].sort((a, b) => a.weekday - b.weekday);
  const [startHours, startMinutes] = first.endTime.split(":").map(Number);
  const laterStart = startHours * 60 + startMinutes + 30;
  if (laterStart + 60 > 1440) return [first];
  return [first, { weekday: first.weekday, startTime: formatTime(laterStart), endTime: formatTime(laterStart + 60) }];
}

/** Typical opening hours of a counselling or care office. */
function openingWindows(rng: Random): Window[] {
  const pattern = rng.int(0, 3);
  const weekdays = [1, 2, 3, 4, 5];
  if (pattern === 0)
    return weekdays
      .map((weekday) => ({ weekday, startTime: "09:00", endTime: "12:00" }))
      .concat([{ weekday: 4, startTime: "14:00", endTime: "18:00" }]);
  if (pattern === 1)
    return [
      { weekday: 2, startTime: "10:00", endTime: "12:00" },
      { weekday: 4, startTime: "15:00", endTime: "17:00" },
    ];
  if (pattern === 2) return weekdays.map((weekday) => ({ weekday, startTime: "08:00", endTime: weekday === 5 ? "13:00" : "16:30" }));
  return [
    { weekday: 1, startTime: "14:00", endTime: "17:00" },
    { weekday: 3, startTime: "09:00", endTime: "12:00" },
  ];
}

export type ScheduleOptions = {
  /** Shift the schedule into the past so the offer has ended ("expired"). */
  expired?: boolean;
  /** Fixed windows instead of random ones (hand-written demo offers). */
  windows?: Window[];
  /** Force holiday exceptions on or off (default: half of the offers have them). */
  exceptions?: boolean;
  /** Fixed every-n-weeks for "biweekly" (default: mostly 2, sometimes 3 or 4). */
  intervalWeeks?: number;
};

export function buildSchedule(
  style: ScheduleStyle,
  time: TimeProfile,
  rng: Random,
  today: string,
  options: ScheduleOptions = {},
): Schedule {
  const { expired = false } = options;
  // Draw everything up front so the amount of randomness never depends on the branch taken.
  const windows = options.windows ?? weeklyWindows(rng, time, style !== "course" || rng.chance(0.2));
  const randomExceptions = rng.chance(0.5);
  const withExceptions = options.exceptions ?? randomExceptions;
  const offset = rng.int(0, 60);
  const weeks = rng.int(6, 14);
  const dateCount = rng.int(1, 6);
  const gaps = Array.from({ length: 6 }, () => rng.int(7, 28));
  const untimed = rng.float();
  const holidayLength = rng.pick([5, 5, 10]);
  const allDay = rng.chance(0.25);
  const dayWindow = timeWindow(rng, time === "weekend" ? "weekend" : "daytime");
  const randomInterval = rng.weighted([
    [2, 8],
    [3, 1],
    [4, 1],
  ] as const);
  const interval = options.intervalWeeks ?? randomInterval;
  const openEnd = rng.chance(0.6);
  const opening = openingWindows(rng);
  const weekdaysOf = (list: { weekday: number }[]) => new Set(list.map((w) => w.weekday));
  const exceptionsFor = (list: Window[], from: string, to: string, school = false) =>
    withExceptions ? exceptionDates(from, to, weekdaysOf(list), { includeSchoolHolidays: school }) : [];

  switch (style) {
    case "by-arrangement":
      return { kind: "PERMANENT", windows: [], exceptions: [] };
    case "open-hours": {
      const list = options.windows ?? opening;
      return { kind: "PERMANENT", windows: list, exceptions: exceptionsFor(list, today, addDays(today, 365)) };
    }
    case "weekly":
    case "biweekly": {
      const intervalWeeks = style === "biweekly" ? interval : 1;
      if (expired) {
        const endDate = addDays(today, -offset - 14);
        const startDate = addDays(endDate, -weeks * 7);
        return { kind: "WEEKLY", windows, startDate, endDate, intervalWeeks, exceptions: exceptionsFor(windows, startDate, endDate) };
      }
      const startDate = addDays(today, -offset * 3);
      const endDate = openEnd ? undefined : addDays(today, 180 + offset);
      return {
        kind: "WEEKLY",
        windows,
        ...(openEnd && intervalWeeks === 1 ? {} : { startDate }),
        ...(endDate ? { endDate } : {}),
        intervalWeeks,
        exceptions: exceptionsFor(windows, today, endDate ?? addDays(today, 365)),
      };
    }
    case "course": {
      const startDate = expired ? addDays(today, -offset - weeks * 7 - 7) : addDays(today, offset - 25);
      const endDate = addDays(startDate, weeks * 7 - 1);
      return {
        kind: "WEEKLY",
        windows,
        startDate,
        endDate,
        intervalWeeks: 1,
        exceptions: exceptionsFor(windows, startDate, endDate, true),
      };
    }
    case "schoolyear": {
      const year = schoolYearAround(expired ? addDays(today, -365) : today);
      return {
        kind: "WEEKLY",
        windows,
        startDate: year.start,
        endDate: year.end,
        intervalWeeks: 1,
        exceptions: exceptionsFor(windows, year.start, year.end, true),
      };
    }
    case "dates": {
      let date = expired ? addDays(today, -offset - 200) : addDays(today, 2 + offset);
      const dates = [];
      for (let i = 0; i < dateCount; i++) {
        const w = timeWindow(rng, time);
        if (untimed < 0.1) dates.push({ date });
        else if (untimed < 0.2) dates.push({ date, startTime: w.startTime });
        else dates.push({ date, ...w });
        date = addDays(date, gaps[i]);
      }
      return { kind: "DATES", dates, exceptions: [] };
    }
    case "holiday": {
      const blocks = holidayBlocksAround(today);
      const block = expired ? [...blocks].reverse().find((b) => b.end < today)! : blocks.find((b) => b.start > addDays(today, 3))!;
      // Start on the block's first Monday; two-week programmes run Monday to Friday twice.
      const startDate = addDays(block.start, (8 - weekdayOf(block.start)) % 7);
      const endDate = addDays(startDate, holidayLength === 5 ? 4 : 11);
      return allDay
        ? { kind: "PERIOD", startDate, endDate, weekdays: [], windows: [], exceptions: [] }
        : {
            kind: "PERIOD",
            startDate,
            endDate,
            weekdays: [1, 2, 3, 4, 5],
            windows: [dayWindow],
            exceptions: withExceptions ? exceptionDates(startDate, endDate, new Set([1, 2, 3, 4, 5])) : [],
          };
    }
    case "period-daily": {
      const startDate = expired ? addDays(today, -offset - 90) : addDays(today, -Math.floor(offset / 2));
      const endDate = addDays(startDate, 20 + offset);
      return allDay
        ? { kind: "PERIOD", startDate, endDate, weekdays: [], windows: [], exceptions: [] }
        : {
            kind: "PERIOD",
            startDate,
            endDate,
            weekdays: [2, 3, 4, 5, 6, 7],
            windows: [{ startTime: "10:00", endTime: "18:00" }],
            exceptions: [],
          };
    }
  }
}

/** Styles whose offers can be over: the rest (permanent ones) never expire. */
export function canExpire(style: ScheduleStyle): boolean {
  return style !== "open-hours" && style !== "by-arrangement";
}
