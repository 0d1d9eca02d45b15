import "server-only";
import { prisma } from "@/lib/db";
import { publishedOffersWhere } from "./visibility";

export type OfferCard = Awaited<ReturnType<typeof newestPublishedOffers>>[number];

/** The newest published, current offers for the home page. */
export async function newestPublishedOffers(limit = 8) {
  return prisma.offer.findMany({
    where: publishedOffersWhere(),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
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
    },
  });
}
