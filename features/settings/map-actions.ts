"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineAction, formFields } from "@/lib/action";
import type { ActionResult } from "@/lib/errors";
import { updateMapSettingsFor } from "./map-mutations";

// The map settings form on the action pipeline; "/" revalidates every page (every map reads them),
// and the pipeline drops lib/shared-cache, so the next page's CSP allows the new tile host.

const FIELDS = ["mapCenterLat", "mapCenterLng", "mapZoom", "tileUrl", "tileAttribution"] as const;

export const saveMapSettingsAction = defineAction({
  args: (_previous: ActionResult<{ changed: number }> | null, formData: FormData) => formFields(formData, FIELDS),
  schema: z.record(z.string(), z.unknown()),
  run: (user, input) => updateMapSettingsFor(user, input),
  revalidate: ["/"],
  reply: async ({ changedFields }) => {
    const t = await getTranslations("MapSettings");
    return { data: { changed: changedFields.length }, message: t(changedFields.length > 0 ? "saved" : "unchanged") };
  },
});
