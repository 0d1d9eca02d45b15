"use server";

import { z } from "zod";
import { defineAction } from "@/lib/action";
import { IdSchema } from "@/lib/ids";
import { suggestOfferTranslationFor } from "./machine-translation";
import { createOfferFor, updateOfferFor } from "./mutations";

// The offer form's saves on the action pipeline (lib/action.ts); permission, validation,
// transaction and audit live in mutations.ts. A save can change the offer page, search results,
// the home page's lists and the provider page, so every page under [locale] is revalidated.

const OFFER_PAGES = ["/[locale]"];

export const createOfferAction = defineAction({
  args: (input: unknown, intent: unknown) => ({ input, intent }),
  schema: z.object({ input: z.unknown(), intent: z.unknown() }),
  run: (user, { input, intent }) => createOfferFor(user, input, intent),
  revalidate: OFFER_PAGES,
});

export const updateOfferAction = defineAction({
  args: (offerId: unknown, input: unknown, intent: unknown) => ({ offerId, input, intent }),
  schema: z.object({ offerId: IdSchema, input: z.unknown(), intent: z.unknown() }),
  run: (user, { offerId, input, intent }) => updateOfferFor(user, offerId, input, intent),
  revalidate: OFFER_PAGES,
});

/** A machine translation suggestion for the form (nothing saved, nothing to revalidate). */
export const suggestOfferTranslationAction = defineAction({
  schema: z.unknown(),
  run: (user, input) => suggestOfferTranslationFor(user, input),
});
