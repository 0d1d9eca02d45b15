"use server";

import { z } from "zod";
import { defineAction } from "@/lib/action";
import { IdSchema } from "@/lib/ids";
import { suggestProfileTranslationFor } from "./machine-translation";
import { saveProfileFor } from "./mutations";

/** Saves the organisation profile (see saveProfileFor for permission, validation and geocoding). */
export const saveOrganizationProfile = defineAction({
  args: (organizationId: unknown, input: unknown) => ({ organizationId, input }),
  schema: z.object({ organizationId: IdSchema, input: z.unknown() }),
  run: (user, { organizationId, input }) => saveProfileFor(user, organizationId, input),
  // Name and place appear on account pages, the public provider page and offer pages alike.
  revalidate: ["/"],
});

/** A machine translation suggestion for the profile form (nothing saved, nothing to revalidate). */
export const suggestProfileTranslation = defineAction({
  args: (organizationId: unknown, input: unknown) => ({ organizationId, input }),
  schema: z.object({ organizationId: IdSchema, input: z.unknown() }),
  run: (user, { organizationId, input }) => suggestProfileTranslationFor(user, organizationId, input),
});
