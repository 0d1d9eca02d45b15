"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineAction, formFields } from "@/lib/action";
import type { ActionResult } from "@/lib/errors";
import { updateCarrierTypeNamesFor } from "./carrier-type-mutations";
import { CARRIER_NAME_FIELDS } from "./carrier-type-schemas";

// The carrier-type names form on the action pipeline; "/" revalidates every page that names a
// carrier type (provider pages, the provider search, the profile forms).

export const saveCarrierTypeNamesAction = defineAction({
  args: (_previous: ActionResult<{ changed: number }> | null, formData: FormData) => formFields(formData, CARRIER_NAME_FIELDS),
  schema: z.record(z.string(), z.unknown()),
  run: (user, input) => updateCarrierTypeNamesFor(user, input),
  revalidate: ["/"],
  reply: async ({ changedFields }) => {
    const t = await getTranslations("CarrierTypeSettings");
    return { data: { changed: changedFields.length }, message: t(changedFields.length > 0 ? "saved" : "unchanged") };
  },
});
