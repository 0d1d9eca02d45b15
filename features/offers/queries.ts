import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { pageInfo, PAGE_SIZE } from "@/lib/pagination";
import { publishedOffersWhere } from "./visibility";

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
  organization: { select: { name: true, slug: true } },
  categories: { select: { category: { select: { id: true, name: true, translations: { select: { locale: true, name: true } } } } } },
} satisfies Prisma.OfferSelect;

export type OfferCard = Prisma.OfferGetPayload<{ select: typeof offerCardSelect }>;

/** The newest published, current offers for the home page. */
export async function newestPublishedOffers(limit = 8): Promise<OfferCard[]> {
  return prisma.offer.findMany({
    where: publishedOffersWhere(),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: offerCardSelect,
  });
}

/**
 * One page of the public offer list: current published offers, soonest next date first (offers
 * without a further date — permanent ones — after those), then by title; id keeps pages stable.
 * Count and page are read in one transaction so the total matches the rows.
 */
export async function listPublishedOffers(requestedPage: number, { now = new Date(), pageSize = PAGE_SIZE } = {}) {
  const where = publishedOffersWhere({ now });
  return prisma.$transaction(async (tx) => {
    const info = pageInfo(requestedPage, await tx.offer.count({ where }), pageSize);
    const offers = await tx.offer.findMany({
      where,
      orderBy: [{ nextOccurrenceAt: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
      skip: info.skip,
      take: info.pageSize,
      select: offerCardSelect,
    });
    return { ...info, offers };
  });
}
