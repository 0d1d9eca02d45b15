"use server";

import { revalidatePath } from "next/cache";
import { invalidateSharedCache } from "@/lib/shared-cache";
import { requireActionUser } from "@/features/accounts/session";
import { actionError, type ActionResult } from "@/lib/errors";
import { createOfferFor, updateOfferFor, type SaveOfferResult } from "./mutations";

// Thin wrappers: the session (and the terms-of-use gate, like every other action) here, everything else (permission, validation, transaction, audit)
// in mutations.ts. A save can change the offer page, search results, the home page's lists and
// the provider page, so every page under [locale] is revalidated.

function revalidateOfferPages(): void {
  invalidateSharedCache();
  revalidatePath("/[locale]", "layout");
}

export async function createOfferAction(input: unknown, intent: unknown): Promise<ActionResult<SaveOfferResult>> {
  try {
    const data = await createOfferFor(await requireActionUser(), input, intent);
    revalidateOfferPages();
    return { ok: true, data };
  } catch (error) {
    return actionError(error);
  }
}

export async function updateOfferAction(offerId: unknown, input: unknown, intent: unknown): Promise<ActionResult<SaveOfferResult>> {
  try {
    const data = await updateOfferFor(await requireActionUser(), offerId, input, intent);
    revalidateOfferPages();
    return { ok: true, data };
  } catch (error) {
    return actionError(error);
  }
}
