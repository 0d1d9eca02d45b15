import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { translatedNameSelect as translatedName } from "@/lib/localized";
import { offerCardSelect, type OfferCard } from "@/features/search/offer-card";
import { rowsToSchedule, upcomingOccurrences } from "./schedule";
import { publishedOffersWhere } from "@/features/search/visibility";


export const offerDetailSelect = {
  id: true,
  uuid: true,
  slug: true,
  title: true,
  summary: true,
  description: true,
  locationType: true,
  locationName: true,
  street: true,
  postalCode: true,
  city: true,
  lat: true,
  lng: true,
  locationNote: true,
  onlineUrl: true,
  scheduleKind: true,
  scheduleStartDate: true,
  scheduleEndDate: true,
  intervalWeeks: true,
  scheduleNote: true,
  isFree: true,
  costAmountCents: true,
  costNote: true,
  access: true,
  wheelchair: true,
  accessibilityNote: true,
  ageMin: true,
  ageMax: true,
  registrationRequired: true,
  registrationNote: true,
  maxParticipants: true,
  courseNumber: true,
  conditions: true,
  speaker: true,
  format: true,
  cooperationPartner: true,
  volunteeringPossible: true,
  contactSalutation: true,
  contactName: true,
  contactRole: true,
  contactPhone: true,
  contactEmail: true,
  updatedAt: true,
  nextOccurrenceAt: true,
  endsAt: true,
  district: translatedName,
  organization: { select: { id: true, slug: true, name: true, subline: true, summary: true, logoPath: true, email: true, phone: true, website: true } },
  categories: { select: { category: { select: { id: true, slug: true, ...translatedName.select } } } },
  targetGroups: { select: { targetGroup: { select: { id: true, slug: true, position: true, ...translatedName.select } } } },
  languages: { select: { code: true } },
  accessibilityFeatures: { select: { feature: true } },
  images: { select: { id: true, path: true, alt: true, copyright: true, kind: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
  slots: { select: { weekday: true, startMinute: true, endMinute: true } },
  dates: { select: { date: true, startMinute: true, endMinute: true } },
  exceptions: { select: { date: true } },
} satisfies Prisma.OfferSelect;


/** Number of next dates shown on the offer page (and in its JSON-LD). */
export const UPCOMING_LIMIT = 5;

/**
 * A public offer for its detail page, or null (→ 404) for drafts, pending/rejected/blocked/archived
 * and deleted offers and offers of providers that are not approved. Expired offers are returned
 * with `expired: true`: their page stays reachable with a notice, outside search.
 */
export const getPublicOffer = cache(async (slug: string, now: Date = new Date()) => {
  const offer = await prisma.offer.findFirst({ where: { ...publishedOffersWhere({ now, current: false }), slug }, select: offerDetailSelect });
  if (!offer) return null;
  const schedule = rowsToSchedule(offer);
  const expired = offer.endsAt !== null && offer.endsAt < now;
  return { offer, schedule, expired, upcoming: expired ? [] : upcomingOccurrences(schedule, now, UPCOMING_LIMIT) };
});

export type PublicOffer = NonNullable<Awaited<ReturnType<typeof getPublicOffer>>>;

/** Up to `limit` current public offers sharing a category with the offer, soonest first. */
export async function similarOffers(offer: { id: number; categoryIds: number[] }, { now = new Date(), limit = 6 } = {}): Promise<OfferCard[]> {
  if (offer.categoryIds.length === 0) return [];
  const offers: OfferCard[] = await prisma.offer.findMany({
    where: { AND: [publishedOffersWhere({ now }), { id: { not: offer.id } }, { categories: { some: { categoryId: { in: offer.categoryIds } } } }] },
    orderBy: [{ nextOccurrenceAt: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
    take: limit,
    select: offerCardSelect,
  });
  return offers;
}
