import "server-only";
import { prisma } from "@/lib/db";
import { approvedOrganizationsWhere, publishedOffersWhere } from "@/features/search/visibility";

// Reads for the sitemap. Only what the public may see: current published offers of approved
// providers, and approved providers (the one visibility rule in features/search/visibility.ts).

export type SitemapRecord = { slug: string; updatedAt: Date };

/** A sitemap holds at most 50,000 URLs; each record becomes one URL per locale. */
export const SITEMAP_RECORD_LIMIT = 20_000;

export async function sitemapOffers({ now = new Date(), limit = SITEMAP_RECORD_LIMIT }: { now?: Date; limit?: number } = {}): Promise<
  SitemapRecord[]
> {
  return prisma.offer.findMany({
    where: publishedOffersWhere({ now }),
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: { slug: true, updatedAt: true },
  });
}

export async function sitemapProviders({ limit = SITEMAP_RECORD_LIMIT }: { limit?: number } = {}): Promise<SitemapRecord[]> {
  return prisma.organization.findMany({
    where: approvedOrganizationsWhere(),
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: { slug: true, updatedAt: true },
  });
}
