"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireActionUser } from "@/features/accounts/session";
import { siteBaseUrl } from "@/features/seo/base-url";
import { actionError, type ActionResult } from "@/lib/errors";
import { decideRevisionFor, transitionOfferFor } from "./offer-moderation";
import { isOfferModerationAction } from "./offer-transitions";

// Session → (permission, parse, transaction, audit, mail inside offer-moderation.ts) → revalidate.

function formText(data: FormData, key: string): string | null {
  const value = data.get(key);
  return typeof value === "string" ? value : null;
}

/** The approve/reject/block/unblock form of an offer: offerId, action (the pressed button), reason. */
export async function transitionOfferAction(_previous: ActionResult<{ status: string }> | null, formData: FormData): Promise<ActionResult<{ status: string }>> {
  try {
    const user = await requireActionUser();
    const action = formText(formData, "action");
    const result = await transitionOfferFor(user, formText(formData, "offerId"), action, formText(formData, "reason"), { baseUrl: await siteBaseUrl() });
    // Public pages, search and the editor area all change with the status.
    revalidatePath("/", "layout");
    const t = await getTranslations("Editorial");
    return { ok: true, data: { status: result.status }, message: isOfferModerationAction(action) ? t(`offers.done.${action}`) : undefined };
  } catch (error) {
    return actionError(error);
  }
}

/** The decision form of a pending revision: revisionId, action ("approve" | "reject"), reason. */
export async function decideRevisionAction(_previous: ActionResult<{ status: string }> | null, formData: FormData): Promise<ActionResult<{ status: string }>> {
  try {
    const user = await requireActionUser();
    const action = formText(formData, "action");
    const result = await decideRevisionFor(user, formText(formData, "revisionId"), action, formText(formData, "reason"), { baseUrl: await siteBaseUrl() });
    revalidatePath("/", "layout");
    const t = await getTranslations("Editorial");
    return { ok: true, data: { status: result.status }, message: t(action === "approve" ? "offers.done.approveRevision" : "offers.done.rejectRevision") };
  } catch (error) {
    return actionError(error);
  }
}
