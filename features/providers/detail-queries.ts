import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { translatedNameSelect as translatedName } from "@/lib/localized";
import { offerCardSelect, type OfferCard } from "@/features/offers/queries";
import { approvedOrganizationsWhere, publishedOffersWhere } from "@/features/offers/visibility";


const providerDetailSelect = {
  id: true,
  slug: true,
  name: true,
  subline: true,
  summary: true,
  description: true,
  logoPath: true,
  logoCopyright: true,
  carrierType: true,
  email: true,
  phone: true,
  phone2: true,
  website: true,
  street: true,
  postalCode: true,
  city: true,
  lat: true,
  lng: true,
  openingHoursNote: true,
  contactSalutation: true,
  contactName: true,
  contactRole: true,
  contactPhone: true,
  contactEmail: true,
  updatedAt: true,
  district: translatedName,
  openingHours: { select: { weekday: true, startMinute: true, endMinute: true }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
  facts: { select: { id: true, label: true, value: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
  categories: { select: { category: { select: { id: true, slug: true, position: true, ...translatedName.select } } } },
} satisfies Prisma.OrganizationSelect;


/** Past offers listed on a provider page (newest end first). */
export const PAST_OFFERS_LIMIT = 50;

/**
 * An approved, not deleted provider with its current and past public offers, or null (→ 404).
 * Offers go through the visibility rule; "past" = published but ended before `now`.
 */
export const getPublicProvider = cache(async (slug: string, now: Date = new Date()) => {
  const provider = await prisma.organization.findFirst({ where: { ...approvedOrganizationsWhere(), slug }, select: providerDetailSelect });
  if (!provider) return null;
  const [currentOffers, pastOffers]: [OfferCard[], OfferCard[]] = await Promise.all([
    prisma.offer.findMany({
      where: { AND: [publishedOffersWhere({ now }), { organizationId: provider.id }] },
      orderBy: [{ nextOccurrenceAt: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
      select: offerCardSelect,
    }),
    prisma.offer.findMany({
      where: { AND: [publishedOffersWhere({ now, current: false }), { organizationId: provider.id }, { endsAt: { lt: now } }] },
      orderBy: [{ endsAt: "desc" }, { id: "desc" }],
      take: PAST_OFFERS_LIMIT,
      select: offerCardSelect,
    }),
  ]);
  return { provider, currentOffers, pastOffers };
});

export type PublicProvider = NonNullable<Awaited<ReturnType<typeof getPublicProvider>>>;
