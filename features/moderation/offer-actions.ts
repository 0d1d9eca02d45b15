"use server";

import { revalidatePath } from "next/cache";
import { invalidateSharedCache } from "@/lib/shared-cache";
import { getLocale } from "next-intl/server";
import { toLocale } from "@/features/accounts/account-context";
import { requireActionUser } from "@/features/accounts/session";
import { siteBaseUrl } from "@/features/seo/base-url";
import { redirect } from "@/i18n/navigation";
import { actionError, type ActionResult } from "@/lib/errors";
import { decideRevisionFor, transitionOfferFor } from "./offer-moderation";
import type { OfferDecisionNotice } from "./offer-transitions";

// Session → (permission, parse, transaction, audit, mail inside offer-moderation.ts) → revalidate →
// back to the offer's page with ?done=…: a decision often removes the form it was made in (no
// further action allowed, the revision is gone), so the confirmation is shown by the page itself.

function formText(data: FormData, key: string): string | null {
  const value = data.get(key);
  return typeof value === "string" ? value : null;
}

/** The approve/reject/block/unblock form of an offer: offerId, action (the pressed button), reason. */
export async function transitionOfferAction(_previous: ActionResult<{ status: string }> | null, formData: FormData): Promise<ActionResult<{ status: string }>> {
  let done: { offerId: number; notice: OfferDecisionNotice };
  try {
    const user = await requireActionUser();
    const action = formText(formData, "action");
    const result = await transitionOfferFor(user, formText(formData, "offerId"), action, formText(formData, "reason"), { baseUrl: await siteBaseUrl() });
    // Public pages, search and the editor area all change with the status.
    invalidateSharedCache();
    revalidatePath("/", "layout");
    done = { offerId: result.offerId, notice: result.action };
  } catch (error) {
    return actionError(error);
  }
  return backToOffer(done);
}

async function backToOffer({ offerId, notice }: { offerId: number; notice: OfferDecisionNotice }): Promise<never> {
  return redirect({ href: { pathname: "/editorial/offers/[id]", params: { id: String(offerId) }, query: { done: notice } }, locale: toLocale(await getLocale()) });
}

/** The decision form of a pending revision: revisionId, action ("approve" | "reject"), reason. */
export async function decideRevisionAction(_previous: ActionResult<{ status: string }> | null, formData: FormData): Promise<ActionResult<{ status: string }>> {
  let done: { offerId: number; notice: OfferDecisionNotice };
  try {
    const user = await requireActionUser();
    const result = await decideRevisionFor(user, formText(formData, "revisionId"), formText(formData, "action"), formText(formData, "reason"), { baseUrl: await siteBaseUrl() });
    invalidateSharedCache();
    revalidatePath("/", "layout");
    done = { offerId: result.offerId, notice: result.status === "APPROVED" ? "approveRevision" : "rejectRevision" };
  } catch (error) {
    return actionError(error);
  }
  return backToOffer(done);
}
