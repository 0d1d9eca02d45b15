"use server";

import { getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/action";
import { actionError, ValidationError, type ActionResult } from "@/lib/errors";
import {
  confirmOffersFor,
  deactivateOfferFor,
  deleteOfferFor,
  duplicateOfferFor,
  reactivateOfferFor,
  type OfferActionResult,
} from "./mutations";
import { OfferListCommandSchema, readOfferListCommand, type OfferListCommand } from "./schemas";

// The offer list's commands on the action pipeline (lib/action.ts): permission on the loaded record,
// transaction with audit entry and search reindex inside the mutations; the answer carries a
// translated message for the status region.

export type OfferListActionData = {
  intent: OfferListCommand["intent"];
  /** Offers acted on; for "duplicate" the new copy. */
  offers: OfferActionResult[];
};

export type OfferListActionState = (ActionResult<OfferListActionData> & { key: number }) | null;

/** One command of the list (or of a single button elsewhere), on the action pipeline (lib/action.ts). */
const offerCommand = defineAction({
  schema: OfferListCommandSchema,
  run: async (user, command): Promise<OfferListActionData> => {
    const [offerId] = command.offerIds;
    switch (command.intent) {
      case "duplicate": {
        const t = await getTranslations("OfferList");
        return {
          intent: command.intent,
          offers: [await duplicateOfferFor(user, offerId, { copyTitle: (title) => t("copyTitle", { title }) })],
        };
      }
      case "deactivate":
        return { intent: command.intent, offers: [await deactivateOfferFor(user, offerId)] };
      case "reactivate":
        return { intent: command.intent, offers: [await reactivateOfferFor(user, offerId)] };
      case "delete":
        return { intent: command.intent, offers: [await deleteOfferFor(user, offerId)] };
      case "confirm":
      case "confirm-selected":
        return { intent: command.intent, offers: await confirmOffersFor(user, command.offerIds) };
    }
  },
  // Lists, dashboard, public search and detail pages all show offers: refresh every localized page.
  revalidate: ["/[locale]"],
  reply: async (data) => {
    const t = await getTranslations("OfferList");
    const message =
      data.intent === "confirm-selected" || data.intent === "confirm"
        ? t("results.confirmed", { count: data.offers.length, title: data.offers[0].title })
        : t(`results.${data.intent}`, { title: data.offers[0].title });
    return { data, message };
  },
});

/** The list's one form action (useActionState): row buttons and the "still current" selection. */
export async function offerListAction(_previous: OfferListActionState, formData: FormData): Promise<OfferListActionState> {
  const parsed = readOfferListCommand(formData);
  const key = Date.now();
  if (!parsed.success) {
    const noneSelected = formData.get("intent") === "confirm-selected";
    const failure = await actionError(
      noneSelected
        ? new ValidationError({ offerIds: ["OfferList.errors.noneSelected"] }, "OfferList.errors.noneSelected")
        : new ValidationError(),
    );
    return { ...failure, key };
  }
  return { ...(await offerCommand(parsed.data)), key };
}

/** Single actions for other screens (the edit page, the dashboard); same checks as the list's. */
export async function duplicateOffer(offerId: number) {
  return offerCommand({ intent: "duplicate", offerIds: [offerId] });
}
export async function deactivateOffer(offerId: number) {
  return offerCommand({ intent: "deactivate", offerIds: [offerId] });
}
export async function reactivateOffer(offerId: number) {
  return offerCommand({ intent: "reactivate", offerIds: [offerId] });
}
export async function deleteOffer(offerId: number) {
  return offerCommand({ intent: "delete", offerIds: [offerId] });
}
export async function confirmOffers(offerIds: number[]) {
  return offerCommand({ intent: "confirm-selected", offerIds });
}
