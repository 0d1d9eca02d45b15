"use server";

import { revalidatePath } from "next/cache";
import { invalidateSharedCache } from "@/lib/shared-cache";
import { getTranslations } from "next-intl/server";
import { requireActionUser } from "@/features/accounts/session";
import { actionError, ValidationError, type ActionResult } from "@/lib/errors";
import {
  confirmOffersFor,
  deactivateOfferFor,
  deleteOfferFor,
  duplicateOfferFor,
  reactivateOfferFor,
  type OfferActionResult,
} from "./mutations";
import { readOfferListCommand, type OfferListCommand } from "./schemas";

// Session → permission and parsing (inside the mutations, on the loaded record) → transaction with
// audit entry and search reindex → revalidate → a translated message for the status region.

export type OfferListActionData = {
  intent: OfferListCommand["intent"];
  /** Offers acted on; for "duplicate" the new copy. */
  offers: OfferActionResult[];
};

export type OfferListActionState = (ActionResult<OfferListActionData> & { key: number }) | null;

function revalidateOffers() {
  // Lists, dashboard, public search and detail pages all show offers: refresh every localized page.
  invalidateSharedCache();
  revalidatePath("/[locale]", "layout");
}

async function run(command: OfferListCommand): Promise<ActionResult<OfferListActionData>> {
  try {
    const user = await requireActionUser();
    const t = await getTranslations("OfferList");
    const [offerId] = command.offerIds;
    let offers: OfferActionResult[];
    switch (command.intent) {
      case "duplicate":
        offers = [await duplicateOfferFor(user, offerId, { copyTitle: (title) => t("copyTitle", { title }) })];
        break;
      case "deactivate":
        offers = [await deactivateOfferFor(user, offerId)];
        break;
      case "reactivate":
        offers = [await reactivateOfferFor(user, offerId)];
        break;
      case "delete":
        offers = [await deleteOfferFor(user, offerId)];
        break;
      case "confirm":
      case "confirm-selected":
        offers = await confirmOffersFor(user, command.offerIds);
        break;
    }
    revalidateOffers();
    const message =
      command.intent === "confirm-selected" || command.intent === "confirm"
        ? t("results.confirmed", { count: offers.length, title: offers[0].title })
        : t(`results.${command.intent}`, { title: offers[0].title });
    return { ok: true, data: { intent: command.intent, offers }, message };
  } catch (error) {
    return actionError(error);
  }
}

/** The list's one form action (useActionState): row buttons and the "still current" selection. */
export async function offerListAction(_previous: OfferListActionState, formData: FormData): Promise<OfferListActionState> {
  const parsed = readOfferListCommand(formData);
  const key = Date.now();
  if (!parsed.success) {
    const noneSelected = formData.get("intent") === "confirm-selected";
    const failure = await actionError(
      noneSelected ? new ValidationError({ offerIds: ["OfferList.errors.noneSelected"] }, "OfferList.errors.noneSelected") : new ValidationError(),
    );
    return { ...failure, key };
  }
  return { ...(await run(parsed.data)), key };
}

/** Single actions for other screens (the edit page, the dashboard); same checks as the list's. */
export async function duplicateOffer(offerId: number) {
  return run({ intent: "duplicate", offerIds: [offerId] });
}
export async function deactivateOffer(offerId: number) {
  return run({ intent: "deactivate", offerIds: [offerId] });
}
export async function reactivateOffer(offerId: number) {
  return run({ intent: "reactivate", offerIds: [offerId] });
}
export async function deleteOffer(offerId: number) {
  return run({ intent: "delete", offerIds: [offerId] });
}
export async function confirmOffers(offerIds: number[]) {
  return run({ intent: "confirm-selected", offerIds });
}
