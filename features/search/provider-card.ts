import type { Prisma } from "@/generated/prisma/client";
import { translatedNameSelect } from "@/lib/localized";

// What a provider card in search results, on the home page and elsewhere shows.

export const providerCardSelect = {
  id: true,
  slug: true,
  name: true,
  subline: true,
  summary: true,
  city: true,
  district: translatedNameSelect,
  translations: { select: { locale: true, subline: true, summary: true, source: true, reviewed: true }, orderBy: { locale: "asc" } },
} satisfies Prisma.OrganizationSelect;

export type ProviderCard = Prisma.OrganizationGetPayload<{ select: typeof providerCardSelect }>;
