import "server-only";
import { prisma } from "@/lib/db";
import { pageInfo, PAGE_SIZE } from "@/lib/pagination";
import { providerCardSelect, type ProviderCard } from "@/features/search/provider-card";
import { approvedOrganizationsWhere } from "@/features/search/visibility";

/**
 * One page of approved providers, A–Z (id breaks ties so pages never overlap). No transaction: in
 * lib/db a transaction runs on the writer and waits for every write (and for other processes' locks);
 * a provider approved between the count and the page only shifts this one page.
 */
export async function listApprovedProviders(requestedPage: number, pageSize = PAGE_SIZE) {
  const where = approvedOrganizationsWhere();
  const info = pageInfo(requestedPage, await prisma.organization.count({ where }), pageSize);
  const providers: ProviderCard[] = await prisma.organization.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: info.skip,
    take: info.pageSize,
    select: providerCardSelect,
  });
  return { ...info, providers };
}
