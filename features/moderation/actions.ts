"use server";

import { revalidatePath } from "next/cache";
import { invalidateSharedCache } from "@/lib/shared-cache";
import { getTranslations } from "next-intl/server";
import { requireActionUser } from "@/features/accounts/session";
import { siteBaseUrl } from "@/features/seo/base-url";
import { actionError, type ActionResult } from "@/lib/errors";
import { transitionOrganizationFor } from "./organization-status";
import { isOrganizationAction } from "./organization-transitions";

// Session → (permission, parse, transaction, audit, mail inside transitionOrganizationFor) → revalidate.

function formText(data: FormData, key: string): string | null {
  const value = data.get(key);
  return typeof value === "string" ? value : null;
}

/** The approve/reject/block/unblock form (useActionState): organizationId, action (the pressed button), reason. */
export async function transitionOrganizationAction(_previous: ActionResult<{ status: string }> | null, formData: FormData): Promise<ActionResult<{ status: string }>> {
  try {
    const user = await requireActionUser();
    const action = formText(formData, "action");
    const result = await transitionOrganizationFor(user, formText(formData, "organizationId"), action, formText(formData, "reason"), { baseUrl: await siteBaseUrl() });
    // The public offer and provider pages, search and the editor area all change with the status.
    invalidateSharedCache();
    revalidatePath("/", "layout");
    const t = await getTranslations("Editorial");
    return { ok: true, data: { status: result.status }, message: isOrganizationAction(action) ? t(`done.${action}`) : undefined };
  } catch (error) {
    return actionError(error);
  }
}
