"use server";

import { revalidatePath } from "next/cache";
import { invalidateSharedCache } from "@/lib/shared-cache";
import { getTranslations } from "next-intl/server";
import { requireActionUser } from "@/features/accounts/session";
import { actionError, type ActionResult } from "@/lib/errors";
import { updateSettingsFor } from "./mutations";
import { PORTAL_SETTINGS_FIELDS } from "./schemas";

// Session → (permission, parse, transaction, audit inside updateSettingsFor) → revalidate.

/** The settings form (useActionState): one text value per field; an unticked checkbox sends nothing (= off). */
export async function updateSettingsAction(_previous: ActionResult<{ changed: number }> | null, formData: FormData): Promise<ActionResult<{ changed: number }>> {
  try {
    const user = await requireActionUser();
    const input: Record<string, unknown> = {};
    for (const field of PORTAL_SETTINGS_FIELDS) {
      const value = formData.get(field);
      input[field] = typeof value === "string" ? value : undefined;
    }
    input.requireOfferApproval = input.requireOfferApproval === undefined ? "false" : input.requireOfferApproval;
    const result = await updateSettingsFor(user, input);
    // Settings are read per request (getSettings is only a per-request cache); this drops the
    // router caches so every page, public or not, shows the new behaviour on the next visit.
    invalidateSharedCache();
    revalidatePath("/", "layout");
    const t = await getTranslations("PortalSettings");
    return { ok: true, data: { changed: result.changedFields.length }, message: t(result.changedFields.length > 0 ? "saved" : "unchanged") };
  } catch (error) {
    return actionError(error);
  }
}
