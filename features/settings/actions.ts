"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineAction, formFields } from "@/lib/action";
import type { ActionResult } from "@/lib/errors";
import { updateSettingsFor } from "./mutations";
import { PORTAL_SETTINGS_FIELDS } from "./schemas";

// The settings form on the action pipeline (lib/action.ts); updateSettingsFor checks the permission,
// parses with PortalSettingsSchema, writes and audits.

/** One text value per field; an unticked checkbox sends nothing (= off). */
function settingsInput(_previous: ActionResult<{ changed: number }> | null, formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = { ...formFields(formData, PORTAL_SETTINGS_FIELDS) };
  for (const [field, value] of Object.entries(input)) if (value === null) input[field] = undefined;
  input.requireOfferApproval ??= "false";
  return input;
}

export const updateSettingsAction = defineAction({
  args: settingsInput,
  schema: z.record(z.string(), z.unknown()),
  run: (user, input) => updateSettingsFor(user, input),
  // Settings are read per request (getSettings is only a per-request cache); this drops the
  // router caches so every page, public or not, shows the new behaviour on the next visit.
  revalidate: ["/"],
  reply: async ({ changedFields }) => {
    const t = await getTranslations("PortalSettings");
    return { data: { changed: changedFields.length }, message: t(changedFields.length > 0 ? "saved" : "unchanged") };
  },
});
