import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** The fields an offer card renders. */
export const offerCardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  isFree: true,
  locationType: true,
  city: true,
  nextOccurrenceAt: true,
  scheduleKind: true,
  organization: { select: { name: true, slug: true } },
  categories: { select: { category: { select: { id: true, name: true, translations: { select: { locale: true, name: true } } } } } },
  // At most one per interface locale (bounded by the page's cards); the card picks the visitor's.
  translations: { select: { locale: true, title: true, summary: true, source: true, reviewed: true }, orderBy: { locale: "asc" } },
} satisfies Prisma.OfferSelect;

export type OfferCard = Prisma.OfferGetPayload<{ select: typeof offerCardSelect }>;
