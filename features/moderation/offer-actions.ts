"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { toLocale } from "@/features/accounts/account-context";
import { siteBaseUrl } from "@/features/seo/base-url";
import { redirect } from "@/i18n/navigation";
import { defineAction, formFields } from "@/lib/action";
import type { ActionResult } from "@/lib/errors";
import { IdSchema } from "@/lib/ids";
import { decideRevisionFor, transitionOfferFor } from "./offer-moderation";
import type { OfferDecisionNotice } from "./offer-transitions";

// The offer decision forms on the action pipeline (lib/action.ts); permission, rules, transaction,
// audit and mail live in offer-moderation.ts. They answer by going back to the offer's page with
// ?done=…: a decision often removes the form it was made in (no further action allowed, the
// revision is gone), so the confirmation is shown by the page itself.

type FormState = ActionResult<{ status: string }> | null;
const EVERY_PAGE = ["/"];

async function backToOffer(offerId: number, notice: OfferDecisionNotice): Promise<never> {
  return redirect({
    href: { pathname: "/editorial/offers/[id]", params: { id: String(offerId) }, query: { done: notice } },
    locale: toLocale(await getLocale()),
  });
}

/** The approve/reject/block/unblock form of an offer: offerId, action (the pressed button), reason. */
export const transitionOfferAction = defineAction({
  args: (_previous: FormState, formData: FormData) => formFields(formData, ["offerId", "action", "reason"]),
  schema: z.object({ offerId: IdSchema, action: z.string().nullable(), reason: z.string().nullable() }),
  run: async (user, { offerId, action, reason }) => transitionOfferFor(user, offerId, action, reason, { baseUrl: await siteBaseUrl() }),
  // Public pages, search and the editor area all change with the status.
  revalidate: EVERY_PAGE,
  redirect: (result) => backToOffer(result.offerId, result.action),
});

/** The decision form of a pending revision: revisionId, action ("approve" | "reject"), reason. */
export const decideRevisionAction = defineAction({
  args: (_previous: FormState, formData: FormData) => formFields(formData, ["revisionId", "action", "reason"]),
  schema: z.object({ revisionId: IdSchema, action: z.string().nullable(), reason: z.string().nullable() }),
  run: async (user, { revisionId, action, reason }) =>
    decideRevisionFor(user, revisionId, action, reason, { baseUrl: await siteBaseUrl() }),
  revalidate: EVERY_PAGE,
  redirect: (result) => backToOffer(result.offerId, result.status === "APPROVED" ? "approveRevision" : "rejectRevision"),
});
