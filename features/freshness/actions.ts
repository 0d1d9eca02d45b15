"use server";

import { getTranslations } from "next-intl/server";
import { definePublicAction, defineAction, formFields } from "@/lib/action";
import { AppError, type ActionResult } from "@/lib/errors";
import { confirmProfileFor, updateReminderModeFor } from "./mutations";
import { ConfirmProfileSchema, ConfirmTokenSchema, ReminderModeSchema } from "./schemas";
import { confirmWithToken } from "./tokens";

// The freshness actions on the action pipeline (lib/action.ts).

export type ConfirmState = ActionResult<{ name: string; confirmedAt: string }> | null;

/**
 * The POST of the one-click page: the token is the authorisation (no login). Opening the link (GET)
 * only shows the page; this runs when the button is pressed. Revalidating drops the shared cache,
 * so a stale-hidden offer is public again at once.
 */
export const confirmFreshnessAction = definePublicAction({
  args: (_previous: ConfirmState, formData: FormData) => formFields(formData, ["token"]),
  schema: ConfirmTokenSchema,
  run: async (_user, { token }) => {
    const result = await confirmWithToken(token);
    if (!result.ok) throw new AppError(`Freshness.confirm.problem.${result.problem}`, result.problem === "expired" ? 410 : 409);
    return result;
  },
  revalidate: ["/"],
  reply: (result) => ({ data: { name: result.target.name, confirmedAt: result.confirmedAt.toISOString() } }),
});

export const updateReminderModeAction = defineAction({
  args: (_previous: ActionResult<{ reminderMode: string }> | null, formData: FormData) => formFields(formData, ["reminderMode"]),
  schema: ReminderModeSchema,
  run: (user, input) => updateReminderModeFor(user, input),
  reply: async (data) => ({ data, message: (await getTranslations("Freshness.reminders"))("saved") }),
});

export const confirmProfileAction = defineAction({
  args: (_previous: ActionResult<{ id: number }> | null, formData: FormData) => formFields(formData, ["organizationId"]),
  schema: ConfirmProfileSchema,
  run: (user, { organizationId }) => confirmProfileFor(user, organizationId),
  revalidate: ["/[locale]"],
  reply: async (data) => ({ data, message: (await getTranslations("Freshness.dashboard"))("profileConfirmed") }),
});
