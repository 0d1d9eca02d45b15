"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { CURRENT_ORGANIZATION_COOKIE } from "@/features/accounts/current-organization";
import { requireActionUser } from "@/features/accounts/session";
import { env } from "@/lib/env";
import { actionError, type ActionResult } from "@/lib/errors";
import { chooseOrganizationFor } from "./organization-switch";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Makes one of the user's organisations the current one of the account pages (cookie cp_org).
 * Not audited: it changes no data, only which organisation the pages show.
 */
export async function switchOrganizationAction(_previous: ActionResult<{ organizationId: number }> | null, formData: FormData): Promise<ActionResult<{ organizationId: number }>> {
  try {
    const user = await requireActionUser();
    const membership = chooseOrganizationFor(user, { organizationId: formData.get("organizationId") });
    (await cookies()).set(CURRENT_ORGANIZATION_COOKIE, String(membership.organizationId), {
      httpOnly: true,
      sameSite: "lax",
      // Not a secret (it only selects among the user's own memberships); Secure where the site is https.
      secure: env().APP_URL?.startsWith("https:") ?? false,
      path: "/",
      maxAge: ONE_YEAR_SECONDS,
    });
    revalidatePath("/", "layout");
    return { ok: true, data: { organizationId: membership.organizationId } };
  } catch (error) {
    return actionError(error);
  }
}
