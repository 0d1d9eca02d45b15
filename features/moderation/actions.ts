"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { siteBaseUrl } from "@/features/seo/base-url";
import { defineAction, formFields } from "@/lib/action";
import type { ActionResult } from "@/lib/errors";
import { IdSchema } from "@/lib/ids";
import { transitionOrganizationFor } from "./organization-status";
import { isOrganizationAction } from "./organization-transitions";

// The provider decision form on the action pipeline (lib/action.ts); permission, the transition's
// rules, transaction, audit and mail live in transitionOrganizationFor.

/** The approve/reject/block/unblock form (useActionState): organizationId, action (the pressed button), reason. */
export const transitionOrganizationAction = defineAction({
  args: (_previous: ActionResult<{ status: string }> | null, formData: FormData) =>
    formFields(formData, ["organizationId", "action", "reason"]),
  schema: z.object({ organizationId: IdSchema, action: z.string().nullable(), reason: z.string().nullable() }),
  run: async (user, { organizationId, action, reason }) =>
    transitionOrganizationFor(user, organizationId, action, reason, { baseUrl: await siteBaseUrl() }),
  // The public offer and provider pages, search and the editor area all change with the status.
  revalidate: ["/"],
  reply: async (result, { action }) => {
    const t = await getTranslations("Editorial");
    return { data: { status: result.status as string }, message: isOrganizationAction(action) ? t(`done.${action}`) : undefined };
  },
});
