import "server-only";
import { prisma } from "@/lib/db";
import { approvedOrganizationsWhere, publishedOffersWhere } from "@/features/search/visibility";
import { offerCardSelect, type OfferCard } from "@/features/search/offer-card";
import { providerCardSelect, type ProviderCard } from "@/features/search/provider-card";
import { normalizeSearchText } from "@/features/search/normalize";

/** The most recently approved providers — deterministic (approval date, then id), not random per request. */
export async function recentlyApprovedProviders(limit = 4): Promise<ProviderCard[]> {
  return prisma.organization.findMany({
    where: approvedOrganizationsWhere(),
    orderBy: [{ approvedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: limit,
    select: providerCardSelect,
  });
}

/**
 * "Aktuelle Angebote" on the home page: the next dated offers (courses, weekly groups, events — not
 * the always-open services, whose "next date" is only their next opening), soonest first, at most
 * one per title (the same course run by several providers or in several places shows once). Read in
 * batches along the (status, nextOccurrenceAt) index until `limit` distinct titles are found.
 */
export async function upcomingDatedOffers(limit = 8, now: Date = new Date()): Promise<OfferCard[]> {
  const batch = limit * 6;
  const seen = new Set<string>();
  const result: OfferCard[] = [];
  for (let skip = 0; result.length < limit && skip < batch * 5; skip += batch) {
    const offers = await prisma.offer.findMany({
      where: { AND: [publishedOffersWhere({ now }), { scheduleKind: { not: "PERMANENT" }, nextOccurrenceAt: { gte: now } }] },
      orderBy: [{ nextOccurrenceAt: "asc" }, { id: "asc" }],
      skip,
      take: batch,
      select: offerCardSelect,
    });
    for (const offer of offers) {
      const key = normalizeSearchText(offer.title);
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(offer);
      if (result.length === limit) break;
    }
    if (offers.length < batch) break;
  }
  return result;
}
