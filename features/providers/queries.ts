import "server-only";
import { prisma } from "@/lib/db";
import { pageInfo, PAGE_SIZE } from "@/lib/pagination";
import { providerCardSelect, type ProviderCard } from "@/features/search/provider-card";
import { approvedOrganizationsWhere } from "@/features/search/visibility";

/** One page of approved providers, A–Z (id breaks ties so pages never overlap). */
export async function listApprovedProviders(requestedPage: number, pageSize = PAGE_SIZE) {
  const where = approvedOrganizationsWhere();
  return prisma.$transaction(async (tx) => {
    const info = pageInfo(requestedPage, await tx.organization.count({ where }), pageSize);
    const providers: ProviderCard[] = await tx.organization.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: info.skip,
      take: info.pageSize,
      select: providerCardSelect,
    });
    return { ...info, providers };
  });
}
