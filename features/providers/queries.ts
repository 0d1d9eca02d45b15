import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { translatedNameSelect } from "@/lib/localized";
import { pageInfo, PAGE_SIZE } from "@/lib/pagination";
import { approvedOrganizationsWhere } from "@/features/offers/visibility";

const providerCardSelect = {
  id: true,
  slug: true,
  name: true,
  subline: true,
  summary: true,
  city: true,
  district: translatedNameSelect,
} satisfies Prisma.OrganizationSelect;

export type ProviderCard = Prisma.OrganizationGetPayload<{ select: typeof providerCardSelect }>;

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
