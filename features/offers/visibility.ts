import type { Prisma } from "@/generated/prisma/client";

/**
 * The one visibility rule for everything public (search, map, counts, home, similar offers,
 * provider pages, JSON-LD, sitemap): published, not deleted, of an approved, not deleted provider.
 * `current` additionally drops offers whose last date has passed.
 */
export function publishedOffersWhere({ now = new Date(), current = true }: { now?: Date; current?: boolean } = {}): Prisma.OfferWhereInput {
  return {
    status: "PUBLISHED",
    deletedAt: null,
    organization: { status: "APPROVED", deletedAt: null },
    ...(current ? { OR: [{ endsAt: null }, { endsAt: { gte: now } }] } : {}),
  };
}

export function approvedOrganizationsWhere(): Prisma.OrganizationWhereInput {
  return { status: "APPROVED", deletedAt: null };
}
