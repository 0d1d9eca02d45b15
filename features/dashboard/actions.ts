"use server";

import { rememberCurrentOrganization } from "@/features/accounts/current-organization";
import { defineAction, formFields } from "@/lib/action";
import type { ActionResult } from "@/lib/errors";
import { chooseOrganizationFor } from "./organization-switch";
import { SwitchOrganizationSchema } from "./schemas";

/**
 * Makes one of the user's organisations the current one of the account pages (cookie cp_org).
 * Not audited: it changes no data, only which organisation the pages show.
 */
export const switchOrganizationAction = defineAction({
  args: (_previous: ActionResult<{ organizationId: number }> | null, formData: FormData) => formFields(formData, ["organizationId"]),
  schema: SwitchOrganizationSchema,
  run: async (user, input) => {
    const { organizationId } = chooseOrganizationFor(user, input);
    await rememberCurrentOrganization(organizationId);
    return { organizationId };
  },
  revalidate: ["/"],
});
