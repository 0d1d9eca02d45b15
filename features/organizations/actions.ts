"use server";

import { revalidatePath } from "next/cache";
import { invalidateSharedCache } from "@/lib/shared-cache";
import { requireActionUser } from "@/features/accounts/session";
import { actionError, type ActionResult } from "@/lib/errors";
import { saveProfileFor, type SaveProfileResult } from "./mutations";

/** Saves the organisation profile (see saveProfileFor for permission, validation and geocoding). */
export async function saveOrganizationProfile(organizationId: number, input: unknown): Promise<ActionResult<SaveProfileResult>> {
  try {
    const user = await requireActionUser();
    const data = await saveProfileFor(user, Number(organizationId), input);
    // Name and place appear on account pages, the public provider page and offer pages alike.
    invalidateSharedCache();
    revalidatePath("/", "layout");
    return { ok: true, data };
  } catch (error) {
    return actionError(error);
  }
}
