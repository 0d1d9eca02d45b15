import { z } from "zod";

// The admins' portal settings form. Messages are keys relative to SETTINGS_ERRORS_NAMESPACE
// (see parseInput in lib/validation.ts).

export const SETTINGS_ERRORS_NAMESPACE = "PortalSettings.errors";

export const EDITOR_NOTIFICATION_MODES = ["IMMEDIATE", "DAILY_DIGEST"] as const;

/** Reminder intervals in months. The error message "monthsRange" names these bounds. */
export const REMINDER_MONTHS_MIN = 1;
export const REMINDER_MONTHS_MAX = 24;

// Form posts carry text ("true", "12"); other callers may pass the typed values directly.
const yesNo = z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean({ error: "choiceInvalid" }));

const months = z.preprocess(
  (value) => (typeof value === "string" && /^\s*-?\d{1,9}\s*$/.test(value) ? Number(value) : value),
  z
    .number({ error: "monthsInvalid" })
    .int({ error: "monthsInvalid" })
    .min(REMINDER_MONTHS_MIN, { error: "monthsRange" })
    .max(REMINDER_MONTHS_MAX, { error: "monthsRange" }),
);

/** Freshness intervals in days (features/freshness): the reminder before an offer ends, the grace before hiding. */
export const ENDING_DAYS_MIN = 1;
export const ENDING_DAYS_MAX = 90;
export const HIDE_DAYS_MIN = 7;
export const HIDE_DAYS_MAX = 180;

function days(min: number, max: number, range: string) {
  return z.preprocess(
    (value) => (typeof value === "string" && /^\s*-?\d{1,9}\s*$/.test(value) ? Number(value) : value),
    z.number({ error: "monthsInvalid" }).int({ error: "monthsInvalid" }).min(min, { error: range }).max(max, { error: range }),
  );
}

/** Everything the settings page changes; the fields are exactly the Settings columns of the same name. */
export const PortalSettingsSchema = z.object({
  requireOfferApproval: yesNo,
  editorNotification: z.enum(EDITOR_NOTIFICATION_MODES, { error: "notificationInvalid" }),
  offerReminderMonths: months,
  // Read by the daily freshness rules (features/freshness/rules.ts). Optional: a form without them
  // leaves the stored values alone.
  providerReminderMonths: months.optional(),
  offerEndingReminderDays: days(ENDING_DAYS_MIN, ENDING_DAYS_MAX, "endingDaysRange").optional(),
  staleHideAfterDays: days(HIDE_DAYS_MIN, HIDE_DAYS_MAX, "hideDaysRange").optional(),
});
export type PortalSettingsInput = z.output<typeof PortalSettingsSchema>;
export const PORTAL_SETTINGS_FIELDS = Object.keys(PortalSettingsSchema.shape) as (keyof PortalSettingsInput)[];
