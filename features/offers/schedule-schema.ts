import { z } from "zod";
import { daysBetween, isValidDate, parseTime } from "@/lib/dates";

// The one definition of a valid offer schedule, shared by the offer form, its server action and the
// Excel import. Error messages are i18n keys ("schedule.*"); the forms translate them.

export const SCHEDULE_LIMITS = {
  dates: 366,
  exceptions: 50,
  windows: 21,
  intervalWeeks: 8,
  /** Longest PERIOD in days: longer ranges are better entered as WEEKLY. */
  periodDays: 5 * 366,
} as const;

const localDate = z
  .string({ error: "schedule.invalidDate" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "schedule.invalidDate")
  .refine(isValidDate, "schedule.invalidDate");

const startTime = z.string({ error: "schedule.invalidTime" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "schedule.invalidTime");

// An end time may be "24:00" so that an evening window can run until midnight.
const endTime = z.string({ error: "schedule.invalidTime" }).regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "schedule.invalidTime");

const weekday = z.int({ error: "schedule.invalidWeekday" }).min(1, "schedule.invalidWeekday").max(7, "schedule.invalidWeekday");

const exceptions = z.array(localDate).max(SCHEDULE_LIMITS.exceptions, "schedule.tooManyExceptions").default([]);

function minutes(time: string): number {
  return parseTime(time) ?? Number.NaN;
}

function endsAfterStart(window: { startTime: string; endTime: string }): boolean {
  return minutes(window.endTime) > minutes(window.startTime);
}

const timeWindow = z.object({ startTime, endTime }).refine(endsAfterStart, { message: "schedule.endBeforeStart", path: ["endTime"] });

const weekdayWindow = z
  .object({ weekday, startTime, endTime })
  .refine(endsAfterStart, { message: "schedule.endBeforeStart", path: ["endTime"] });

type WeekdayWindow = z.infer<typeof weekdayWindow>;

/** Adds an issue for every window that overlaps an earlier one on the same weekday. */
function checkOverlaps(
  windows: { weekday?: number; startTime: string; endTime: string }[],
  ctx: z.RefinementCtx,
  path: (string | number)[],
) {
  windows.forEach((window, index) => {
    const clash = windows
      .slice(0, index)
      .some(
        (other) =>
          (other.weekday ?? 0) === (window.weekday ?? 0) &&
          minutes(other.startTime) < minutes(window.endTime) &&
          minutes(window.startTime) < minutes(other.endTime),
      );
    if (clash) ctx.addIssue({ code: "custom", message: "schedule.overlappingWindows", path: [...path, index, "startTime"] });
  });
}

const datedEntry = z.object({ date: localDate, startTime: startTime.optional(), endTime: endTime.optional() }).superRefine((entry, ctx) => {
  if (entry.endTime && !entry.startTime) {
    ctx.addIssue({ code: "custom", message: "schedule.endTimeWithoutStart", path: ["startTime"] });
  } else if (entry.startTime && entry.endTime && minutes(entry.endTime) <= minutes(entry.startTime)) {
    ctx.addIssue({ code: "custom", message: "schedule.endBeforeStart", path: ["endTime"] });
  }
});

export const PermanentScheduleSchema = z
  .object({
    kind: z.literal("PERMANENT"),
    /** Opening windows; empty = "always / by arrangement". */
    windows: z.array(weekdayWindow).max(SCHEDULE_LIMITS.windows, "schedule.tooManyWindows").default([]),
    exceptions,
  })
  .superRefine((s, ctx) => checkOverlaps(s.windows, ctx, ["windows"]));

export const DatesScheduleSchema = z
  .object({
    kind: z.literal("DATES"),
    dates: z.array(datedEntry).min(1, "schedule.datesRequired").max(SCHEDULE_LIMITS.dates, "schedule.tooManyDates"),
    exceptions,
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.dates.forEach((entry, index) => {
      const key = `${entry.date} ${entry.startTime ?? ""}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", message: "schedule.duplicateDate", path: ["dates", index, "date"] });
      seen.add(key);
    });
  });

export const PeriodScheduleSchema = z
  .object({
    kind: z.literal("PERIOD"),
    startDate: localDate,
    endDate: localDate,
    /** Selected weekdays; empty (or all seven) = daily. */
    weekdays: z.array(weekday).max(7, "schedule.invalidWeekday").default([]),
    /** Daily time windows; empty = all day. */
    windows: z.array(timeWindow).max(SCHEDULE_LIMITS.windows, "schedule.tooManyWindows").default([]),
    exceptions,
  })
  .superRefine((s, ctx) => {
    if (isValidDate(s.startDate) && isValidDate(s.endDate)) {
      const length = daysBetween(s.startDate, s.endDate);
      if (length < 0) ctx.addIssue({ code: "custom", message: "schedule.endBeforeStart", path: ["endDate"] });
      else if (length > SCHEDULE_LIMITS.periodDays) ctx.addIssue({ code: "custom", message: "schedule.periodTooLong", path: ["endDate"] });
    }
    if (new Set(s.weekdays).size !== s.weekdays.length)
      ctx.addIssue({ code: "custom", message: "schedule.invalidWeekday", path: ["weekdays"] });
    checkOverlaps(s.windows, ctx, ["windows"]);
  });

export const WeeklyScheduleSchema = z
  .object({
    kind: z.literal("WEEKLY"),
    windows: z.array(weekdayWindow).min(1, "schedule.windowsRequired").max(SCHEDULE_LIMITS.windows, "schedule.tooManyWindows"),
    startDate: localDate.optional(),
    endDate: localDate.optional(),
    intervalWeeks: z
      .int({ error: "schedule.intervalRange" })
      .min(1, "schedule.intervalRange")
      .max(SCHEDULE_LIMITS.intervalWeeks, "schedule.intervalRange")
      .default(1),
    exceptions,
  })
  .superRefine((s, ctx) => {
    if (s.startDate && s.endDate && isValidDate(s.startDate) && isValidDate(s.endDate) && daysBetween(s.startDate, s.endDate) < 0) {
      ctx.addIssue({ code: "custom", message: "schedule.endBeforeStart", path: ["endDate"] });
    }
    // "Every n weeks" needs a first week to count from.
    if (s.intervalWeeks > 1 && !s.startDate) ctx.addIssue({ code: "custom", message: "schedule.intervalNeedsStart", path: ["startDate"] });
    checkOverlaps(s.windows, ctx, ["windows"]);
  });

export const ScheduleSchema = z.discriminatedUnion(
  "kind",
  [PermanentScheduleSchema, DatesScheduleSchema, PeriodScheduleSchema, WeeklyScheduleSchema],
  {
    error: "schedule.invalidKind",
  },
);

/** A validated schedule (defaults applied). */
export type Schedule = z.infer<typeof ScheduleSchema>;
/** What a form or import may submit (optional fields with defaults may be missing). */
export type ScheduleInput = z.input<typeof ScheduleSchema>;
export type ScheduleKind = Schedule["kind"];
export type { WeekdayWindow };

/** Every message key the schema can produce, for the forms' translation files. */
export const SCHEDULE_MESSAGE_KEYS = [
  "schedule.invalidKind",
  "schedule.invalidDate",
  "schedule.invalidTime",
  "schedule.invalidWeekday",
  "schedule.endBeforeStart",
  "schedule.endTimeWithoutStart",
  "schedule.overlappingWindows",
  "schedule.duplicateDate",
  "schedule.datesRequired",
  "schedule.windowsRequired",
  "schedule.tooManyDates",
  "schedule.tooManyExceptions",
  "schedule.tooManyWindows",
  "schedule.periodTooLong",
  "schedule.intervalRange",
  "schedule.intervalNeedsStart",
] as const;
