import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { translatedNameSelect as translatedName } from "@/lib/localized";
import { offerCardSelect, type OfferCard } from "@/features/search/offer-card";
import { approvedOrganizationsWhere, publishedOffersWhere } from "@/features/search/visibility";

/** The profile columns every view of an organisation reads: public page, own preview, edit form. */
export const organizationProfileColumns = {
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
  districtId: true,
  openingHoursNote: true,
  contactSalutation: true,
  contactName: true,
  contactRole: true,
  contactPhone: true,
  contactEmail: true,
  updatedAt: true,
  lastConfirmedAt: true,
} satisfies Prisma.OrganizationSelect;

/** Opening hours in display order. */
export const openingHoursSelect = {
  select: { weekday: true, startMinute: true, endMinute: true },
  orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
} satisfies Prisma.Organization$openingHoursArgs;

export const providerDetailSelect = {
  ...organizationProfileColumns,
  district: translatedName,
  openingHours: openingHoursSelect,
  facts: { select: { id: true, label: true, value: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
  categories: { select: { category: { select: { id: true, slug: true, position: true, ...translatedName.select } } } },
  // At most one per interface locale; the page picks the visitor's.
  translations: { select: { locale: true, subline: true, summary: true, description: true, source: true, reviewed: true } },
} satisfies Prisma.OrganizationSelect;

/** Past offers listed on a provider page (newest end first). */
export const PAST_OFFERS_LIMIT = 50;

/**
 * A provider page's offer cards: `current` ones next date first (at most `currentLimit`, if given),
 * `past` ones latest end first (at most PAST_OFFERS_LIMIT). The wheres say which offers count.
 */
export async function providerOfferCards(where: { current: Prisma.OfferWhereInput; past: Prisma.OfferWhereInput }, currentLimit?: number) {
  const [currentOffers, pastOffers]: [OfferCard[], OfferCard[]] = await Promise.all([
    prisma.offer.findMany({
      where: where.current,
      orderBy: [{ nextOccurrenceAt: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
      take: currentLimit,
      select: offerCardSelect,
    }),
    prisma.offer.findMany({
      where: where.past,
      orderBy: [{ endsAt: "desc" }, { id: "desc" }],
      take: PAST_OFFERS_LIMIT,
      select: offerCardSelect,
    }),
  ]);
  return { currentOffers, pastOffers };
}

/**
 * An approved, not deleted provider with its current and past public offers, or null (→ 404).
 * Offers go through the visibility rule; "past" = published but ended before `now`.
 */
export const getPublicProvider = cache(async (slug: string, now: Date = new Date()) => {
  const provider = await prisma.organization.findFirst({ where: { ...approvedOrganizationsWhere(), slug }, select: providerDetailSelect });
  if (!provider) return null;
  const { currentOffers, pastOffers } = await providerOfferCards({
    current: { AND: [publishedOffersWhere({ now }), { organizationId: provider.id }] },
    past: { AND: [publishedOffersWhere({ now, current: false }), { organizationId: provider.id }, { endsAt: { lt: now } }] },
  });
  return { provider, currentOffers, pastOffers };
});

export type PublicProvider = NonNullable<Awaited<ReturnType<typeof getPublicProvider>>>;
