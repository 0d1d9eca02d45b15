import type { ScheduleInput } from "@/features/offers/schedule-schema";
import { choiceCode, SCHEDULE_KINDS, WEEKDAYS, type ColumnKey } from "./columns";
import { cellText, dateText, listItems, timeText } from "./cells";
import type { SheetRow } from "./parse";

// The schedule of one offer from its rows, in the shape the offer form submits (ScheduleInput), so
// the form's schedule schema judges it. Where each date came from is kept, so an error on the third
// date points at that date's row.

export type ScheduleProblem = { row: number; column: ColumnKey; code: string; values?: Record<string, string> };
export type ScheduleSource = { row: number; column: ColumnKey };
export type ScheduleCells = {
  schedule: ScheduleInput | { kind: string };
  /** Row and column of each `dates[i]` / `windows[i]` entry. */
  entrySources: ScheduleSource[];
  problems: ScheduleProblem[];
};

type Window = { weekday?: number; startTime: string; endTime: string };

function weekdayCode(text: string): number | null {
  const code = choiceCode(WEEKDAYS, text.replace(/\.$/, ""));
  if (code) return Number(code);
  const long: Record<string, number> = {
    montag: 1,
    dienstag: 2,
    mittwoch: 3,
    donnerstag: 4,
    freitag: 5,
    samstag: 6,
    sonntag: 7,
    monday: 1,
    tuesday: 2,
    wednesday: 3,
    thursday: 4,
    friday: 5,
    saturday: 6,
    sunday: 7,
  };
  return long[text.trim().toLowerCase()] ?? null;
}

/** "Mo 16:00-17:30" / "16:00–17:30" → a window; null when it cannot be read. */
function parseWindow(text: string): Window | null {
  const match = /^(?:([A-Za-zÄÖÜäöü.]+)\s+)?(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2}|24:00)$/.exec(text.trim());
  if (!match) return null;
  const window: Window = { startTime: timeText(match[2]), endTime: timeText(match[3]) };
  if (match[1]) {
    const weekday = weekdayCode(match[1]);
    if (weekday === null) return null;
    window.weekday = weekday;
  }
  return window;
}

/** "2026-09-01 16:00-17:30" / "01.09.2026 16:00" / "2026-09-01" → a dated entry. */
function parseDateEntry(text: string): { date: string; startTime?: string; endTime?: string } {
  const match = /^(\S+)(?:\s+(\d{1,2}[:.]\d{2})(?:\s*[-–]\s*(\d{1,2}[:.]\d{2}|24:00))?)?$/.exec(text.trim());
  if (!match) return { date: text.trim() };
  return {
    date: dateText(match[1]),
    ...(match[2] ? { startTime: timeText(match[2]) } : {}),
    ...(match[3] ? { endTime: timeText(match[3]) } : {}),
  };
}

function weekdaysOf(row: SheetRow, problems: ScheduleProblem[]): number[] {
  const raw = row.cells.weekdays;
  if (raw === "fromDate") {
    // The original portal's weekly rows: the weekday of the row's start date.
    const date = dateText(row.cells.date);
    const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T12:00:00Z`).getUTCDay() : NaN;
    return Number.isNaN(day) ? [] : [day === 0 ? 7 : day];
  }
  const days: number[] = [];
  for (const item of listItems(raw).flatMap((i) => i.split(","))) {
    if (!item.trim()) continue;
    const day = weekdayCode(item);
    if (day === null) problems.push({ row: row.row, column: "weekdays", code: "weekday", values: { value: item.trim() } });
    else if (!days.includes(day)) days.push(day);
  }
  return days;
}

function inferKind(first: SheetRow): string {
  const c = first.cells;
  if (c.dates || (c.date && !c.endDate && !c.weekdays && !c.times)) return "DATES";
  if (c.weekdays || c.times) return "WEEKLY";
  if (c.date && c.endDate) return "PERIOD";
  return "PERMANENT";
}

/** The schedule from an offer's rows (the first row carries everything; further rows add dates or windows). */
export function scheduleFromRows(rows: SheetRow[]): ScheduleCells {
  const first = rows[0];
  const problems: ScheduleProblem[] = [];
  const entrySources: ScheduleSource[] = [];
  const kindText = cellText(first.cells.scheduleKind);
  const kind = kindText ? choiceCode(SCHEDULE_KINDS, kindText) : inferKind(first);
  if (!kind) {
    problems.push({ row: first.row, column: "scheduleKind", code: "choice", values: { value: kindText } });
    return { schedule: { kind: kindText }, entrySources, problems };
  }
  const exceptions = listItems(first.cells.exceptions).map(dateText);

  if (kind === "DATES") {
    const dates: { date: string; startTime?: string; endTime?: string }[] = [];
    for (const item of listItems(first.cells.dates)) {
      dates.push(parseDateEntry(item));
      entrySources.push({ row: first.row, column: "dates" });
    }
    for (const row of rows) {
      if (row.cells.date === undefined && row.cells.startTime === undefined) continue;
      const entry: { date: string; startTime?: string; endTime?: string } = { date: dateText(row.cells.date) };
      if (row.cells.startTime !== undefined) entry.startTime = timeText(row.cells.startTime);
      if (row.cells.endTime !== undefined) entry.endTime = timeText(row.cells.endTime);
      dates.push(entry);
      entrySources.push({ row: row.row, column: "date" });
    }
    return { schedule: { kind: "DATES", dates, exceptions }, entrySources, problems };
  }

  // Windows: the "times" cell, else start/end on the listed weekdays; further rows add theirs.
  const windows: Window[] = [];
  const withWeekday = kind !== "PERIOD";
  for (const row of rows) {
    for (const item of listItems(row.cells.times)) {
      const window = parseWindow(item);
      if (!window || (withWeekday && window.weekday === undefined)) {
        problems.push({ row: row.row, column: "times", code: "timeWindow", values: { value: item } });
        continue;
      }
      if (!withWeekday) delete window.weekday;
      windows.push(window);
      entrySources.push({ row: row.row, column: "times" });
    }
    if (row.cells.startTime !== undefined || row.cells.endTime !== undefined) {
      const times = { startTime: timeText(row.cells.startTime), endTime: timeText(row.cells.endTime) };
      if (withWeekday) {
        const days = weekdaysOf(row, problems);
        if (days.length === 0) problems.push({ row: row.row, column: "weekdays", code: "weekdaysRequired" });
        for (const weekday of days) {
          windows.push({ weekday, ...times });
          entrySources.push({ row: row.row, column: "startTime" });
        }
      } else {
        windows.push(times);
        entrySources.push({ row: row.row, column: "startTime" });
      }
    }
  }
  const startDate = first.cells.date !== undefined ? dateText(first.cells.date) : undefined;
  const endDate = first.cells.endDate !== undefined ? dateText(first.cells.endDate) : undefined;

  if (kind === "PERIOD") {
    return {
      schedule: {
        kind: "PERIOD",
        startDate: startDate ?? "",
        endDate: endDate ?? "",
        weekdays: weekdaysOf(first, problems),
        windows: windows as { startTime: string; endTime: string }[],
        exceptions,
      },
      entrySources,
      problems,
    };
  }
  const weekdayWindows = windows as { weekday: number; startTime: string; endTime: string }[];
  if (kind === "WEEKLY") {
    const interval = cellText(first.cells.intervalWeeks);
    return {
      schedule: {
        kind: "WEEKLY",
        windows: weekdayWindows,
        ...(startDate ? { startDate } : {}),
        ...(endDate ? { endDate } : {}),
        intervalWeeks: interval === "" ? 1 : /^\d+$/.test(interval) ? Number(interval) : (interval as unknown as number),
        exceptions,
      },
      entrySources,
      problems,
    };
  }
  return { schedule: { kind: "PERMANENT", windows: weekdayWindows, exceptions }, entrySources, problems };
}
