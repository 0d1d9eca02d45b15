import "server-only";
import { prisma } from "@/lib/db";
import { translatedNameSelect } from "@/lib/localized";
import { approvedOrganizationsWhere } from "@/features/search/visibility";
import type { ProviderCard } from "@/features/search/provider-card";

/** The most recently approved providers — deterministic (approval date, then id), not random per request. */
export async function recentlyApprovedProviders(limit = 4): Promise<ProviderCard[]> {
  return prisma.organization.findMany({
    where: approvedOrganizationsWhere(),
    orderBy: [{ approvedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: limit,
    select: {
      id: true, slug: true, name: true, subline: true, summary: true, city: true,
      district: translatedNameSelect,
    },
  });
}
