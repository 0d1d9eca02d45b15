import { z } from "zod";
import { IdSchema } from "@/lib/ids";

// Inputs of the freshness actions. Messages are keys of FRESHNESS_ERRORS_NAMESPACE.

export const FRESHNESS_ERRORS_NAMESPACE = "Freshness.reminders";

/** The token of a one-click link as posted by the confirmation page (checked in tokens.ts). */
export const ConfirmTokenSchema = z.object({ token: z.string().max(200) });

export const REMINDER_MODES = ["IMMEDIATE", "WEEKLY"] as const;
export const ReminderModeSchema = z.object({ reminderMode: z.enum(REMINDER_MODES, { error: "invalid" }) });
export type ReminderModeInput = z.output<typeof ReminderModeSchema>;

export const ConfirmProfileSchema = z.object({ organizationId: IdSchema });
