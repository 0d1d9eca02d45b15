import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { translatedNameSelect as translatedName } from "@/lib/localized";
import { offerCardSelect, type OfferCard } from "@/features/search/offer-card";
import { rowsToSchedule, upcomingOccurrences } from "./schedule";
import { publishedOffersSql, publishedOffersWhere } from "@/features/search/visibility";

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
  lastConfirmedAt: true,
  nextOccurrenceAt: true,
  endsAt: true,
  district: translatedName,
  organization: {
    select: {
      id: true,
      slug: true,
      name: true,
      subline: true,
      summary: true,
      logoPath: true,
      email: true,
      phone: true,
      website: true,
      // The provider box on the offer page shows subline and summary in the visitor's language.
      translations: { select: { locale: true, subline: true, summary: true, source: true, reviewed: true } },
    },
  },
  categories: { select: { category: { select: { id: true, slug: true, ...translatedName.select } } } },
  targetGroups: { select: { targetGroup: { select: { id: true, slug: true, position: true, ...translatedName.select } } } },
  languages: { select: { code: true } },
  accessibilityFeatures: { select: { feature: true } },
  images: { select: { id: true, path: true, alt: true, copyright: true, kind: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
  slots: { select: { weekday: true, startMinute: true, endMinute: true } },
  dates: { select: { date: true, startMinute: true, endMinute: true } },
  exceptions: { select: { date: true } },
  // At most one per interface locale; the page picks the visitor's.
  translations: { select: { locale: true, title: true, summary: true, description: true, source: true, reviewed: true } },
} satisfies Prisma.OfferSelect;

/** Number of next dates shown on the offer page (and in its JSON-LD). */
export const UPCOMING_LIMIT = 5;

/**
 * A public offer for its detail page, or null (→ 404) for drafts, pending/rejected/blocked/archived
 * and deleted offers and offers of providers that are not approved. Expired offers are returned
 * with `expired: true`: their page stays reachable with a notice, outside search.
 */
export const getPublicOffer = cache(async (slug: string, now: Date = new Date()) => {
  const offer = await prisma.offer.findFirst({
    where: { ...publishedOffersWhere({ now, current: false }), slug },
    select: offerDetailSelect,
  });
  if (!offer) return null;
  const schedule = rowsToSchedule(offer);
  const expired = offer.endsAt !== null && offer.endsAt < now;
  return { offer, schedule, expired, upcoming: expired ? [] : upcomingOccurrences(schedule, now, UPCOMING_LIMIT) };
});

export type PublicOffer = NonNullable<Awaited<ReturnType<typeof getPublicOffer>>>;

/** What similar offers are chosen by: the offer's categories, target groups and age range. */
export type SimilarTo = { id: number; categoryIds: number[]; targetGroupIds?: number[]; ageMin?: number | null; ageMax?: number | null };

/** No age bound means open; ages are whole years, far below this. */
const NO_AGE_LIMIT = 999;

/** The offer's own age range; without one, the span of its target groups' ranges (when each has one). */
async function ageRange(offer: SimilarTo, targetGroupIds: number[]): Promise<{ ageMin: number | null; ageMax: number | null }> {
  const own = { ageMin: offer.ageMin ?? null, ageMax: offer.ageMax ?? null };
  if (own.ageMin !== null || own.ageMax !== null || targetGroupIds.length === 0) return own;
  const groups = await prisma.targetGroup.findMany({ where: { id: { in: targetGroupIds } }, select: { ageMin: true, ageMax: true } });
  if (groups.length === 0 || groups.some((g) => g.ageMin === null && g.ageMax === null)) return own;
  return {
    ageMin: groups.some((g) => g.ageMin === null) ? null : Math.min(...groups.map((g) => g.ageMin as number)),
    ageMax: groups.some((g) => g.ageMax === null) ? null : Math.max(...groups.map((g) => g.ageMax as number)),
  };
}

/**
 * Up to `limit` current public offers sharing a category with the offer, never one for an age range
 * disjoint from the offer's (the toddler gym never leads to "Seniorengymnastik"). An offer without
 * its own ages is for the ages of its target groups: excluded when each of them is disjoint. Offers for the same
 * residents — a shared target group, or a known age range that overlaps — come first, then the rest
 * of the category; soonest first within each. One statement over the category links of the offer's
 * categories (index OfferCategory(categoryId, offerId)), bounded by those categories, not the table.
 */
export async function similarOffers(offer: SimilarTo, { now = new Date(), limit = 6 } = {}): Promise<OfferCard[]> {
  if (offer.categoryIds.length === 0) return [];
  const visible = publishedOffersSql("o", { now });
  const categoryIds = offer.categoryIds.map(Number);
  const targetGroupIds = (offer.targetGroupIds ?? []).map(Number);
  const { ageMin, ageMax } = await ageRange(offer, targetGroupIds);
  const list = (n: number) => Array.from({ length: n }, () => "?").join(", ");
  const sameTargetGroup =
    targetGroupIds.length > 0
      ? `EXISTS (SELECT 1 FROM "OfferTargetGroup" tg WHERE tg."offerId" = o."id" AND tg."targetGroupId" IN (${list(targetGroupIds.length)}))`
      : "0";
  // Known on both sides (and not disjoint, see WHERE): the offer is for the same ages.
  const sameAges = ageMin !== null || ageMax !== null ? `(o."ageMin" IS NOT NULL OR o."ageMax" IS NOT NULL)` : "0";
  const rows = await prisma.$queryRawUnsafe<{ id: number | bigint }[]>(
    `SELECT o."id" AS id FROM "Offer" o
     WHERE o."id" IN (SELECT oc."offerId" FROM "OfferCategory" oc WHERE oc."categoryId" IN (${list(categoryIds.length)}))
       AND o."id" <> ? AND ${visible.sql}
       AND IFNULL(o."ageMin", 0) <= ? AND IFNULL(o."ageMax", ${NO_AGE_LIMIT}) >= ?
       AND (o."ageMin" IS NOT NULL OR o."ageMax" IS NOT NULL
            OR NOT EXISTS (SELECT 1 FROM "OfferTargetGroup" x WHERE x."offerId" = o."id")
            OR EXISTS (SELECT 1 FROM "OfferTargetGroup" x JOIN "TargetGroup" g ON g."id" = x."targetGroupId"
                       WHERE x."offerId" = o."id" AND IFNULL(g."ageMin", 0) <= ? AND IFNULL(g."ageMax", ${NO_AGE_LIMIT}) >= ?))
     ORDER BY CASE WHEN ${sameTargetGroup} OR ${sameAges} THEN 0 ELSE 1 END, o."nextOccurrenceAt" IS NULL, o."nextOccurrenceAt", o."title", o."id"
     LIMIT ?`,
    ...categoryIds,
    offer.id,
    ...visible.params,
    ageMax ?? NO_AGE_LIMIT,
    ageMin ?? 0,
    ageMax ?? NO_AGE_LIMIT,
    ageMin ?? 0,
    ...targetGroupIds,
    Math.max(0, Math.floor(limit)),
  );
  const ids = rows.map((r) => Number(r.id));
  if (ids.length === 0) return [];
  const cards: OfferCard[] = await prisma.offer.findMany({ where: { id: { in: ids } }, select: offerCardSelect });
  const byId = new Map(cards.map((c) => [c.id, c]));
  return ids.map((id) => byId.get(id)).filter((c): c is OfferCard => c !== undefined);
}
