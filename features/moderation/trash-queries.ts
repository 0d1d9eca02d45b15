import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { prisma } from "@/lib/db";
import { pageInfo } from "@/lib/pagination";
import { assertCanModerate } from "./permissions";
import { purgeDateOf, retentionCutoff } from "./trash";

export type TrashPages = { offersPage: number; organizationsPage: number };

/**
 * The trash for editors: offers and organisations deleted within the retention period, newest
 * deletion first, each with the moment it will be purged. Two lists, paged independently.
 */
export async function listTrash(user: SessionUser | null, pages: TrashPages, now: Date = new Date()) {
  assertCanModerate(user);
  const recent = { deletedAt: { gte: retentionCutoff(now) } };
  const [offerTotal, organizationTotal] = await Promise.all([
    prisma.offer.count({ where: recent }),
    prisma.organization.count({ where: recent }),
  ]);
  const offerPaging = pageInfo(pages.offersPage, offerTotal);
  const organizationPaging = pageInfo(pages.organizationsPage, organizationTotal);
  const [offers, organizations] = await Promise.all([
    prisma.offer.findMany({
      where: recent,
      select: { id: true, title: true, status: true, deletedAt: true, organization: { select: { id: true, name: true, deletedAt: true } } },
      orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
      skip: offerPaging.skip,
      take: offerPaging.pageSize,
    }),
    prisma.organization.findMany({
      where: recent,
      select: { id: true, name: true, status: true, deletedAt: true, _count: { select: { offers: { where: { deletedAt: null } } } } },
      orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
      skip: organizationPaging.skip,
      take: organizationPaging.pageSize,
    }),
  ]);
  return {
    offers: offers.map(({ deletedAt, organization, ...offer }) => ({
      ...offer,
      deletedAt: deletedAt!,
      purgeAt: purgeDateOf(deletedAt!),
      organizationName: organization.name,
      organizationDeleted: organization.deletedAt !== null,
    })),
    organizations: organizations.map(({ deletedAt, _count, ...organization }) => ({
      ...organization,
      deletedAt: deletedAt!,
      purgeAt: purgeDateOf(deletedAt!),
      offerCount: _count.offers,
    })),
    offerPaging,
    organizationPaging,
  };
}

export type Trash = Awaited<ReturnType<typeof listTrash>>;
