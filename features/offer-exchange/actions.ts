"use server";

import { defineAction } from "@/lib/action";
import { confirmImportFor } from "./import-flow";
import { ConfirmImportSchema } from "./schemas";

// The confirmation of a previewed import (the preview itself streams progress, so it is a route
// handler: app/api/offer-import). Every page may show imported offers: all are revalidated.

export const confirmOfferImportAction = defineAction({
  args: (token: unknown, createOrganizations: unknown) => ({ token, createOrganizations }),
  schema: ConfirmImportSchema,
  run: (user, { token, createOrganizations }) => confirmImportFor(user, token, { createOrganizations }),
  revalidate: ["/[locale]"],
});
