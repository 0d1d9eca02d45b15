import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/features/accounts/types";
import { publishedOffersWhere } from "@/features/search/visibility";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { PAGE_SIZE, pageInfo } from "@/lib/pagination";
import { assertCanModerate } from "./permissions";
import { getOverviewCounts } from "./overview-queries";
import type { ProviderListParams } from "./schemas";
import { parseId, requireId } from "@/lib/ids";

// Reads of the editor area. Each one checks the editor role itself (pages check it too).

const RECENT_CHANGES = 10;
const HISTORY_LIMIT = 50;

async function publicOfferIds(ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await prisma.offer.findMany({ where: { id: { in: ids }, ...publishedOffersWhere() }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

export async function getEditorialDashboard(user: SessionUser | null, now: Date = new Date()) {
  assertCanModerate(user);
  const live = { deletedAt: null } as const;
  const [pendingProviders, blockedProviders, pendingOffers, blockedOffers, recent, pendingRevisions] = await Promise.all([
    prisma.organization.count({ where: { ...live, status: "PENDING" } }),
    prisma.organization.count({ where: { ...live, status: "BLOCKED" } }),
    prisma.offer.count({ where: { ...live, status: "PENDING_REVIEW", organization: live } }),
    prisma.offer.count({ where: { ...live, status: "BLOCKED", organization: live } }),
    prisma.auditLog.findMany({
      where: { entityType: "offer" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: RECENT_CHANGES,
      select: { id: true, action: true, entityId: true, createdAt: true, actor: { select: { name: true } } },
    }),
    prisma.offerRevision.count({ where: { status: "PENDING", offer: { ...live, organization: live } } }),
  ]);
  const offerIds = [...new Set(recent.map((entry) => parseId(entry.entityId)).filter((id): id is number => id !== null))];
  const [offers, visible] = await Promise.all([
    prisma.offer.findMany({
      where: { id: { in: offerIds } },
      select: { id: true, title: true, slug: true, status: true, deletedAt: true, organization: { select: { id: true, name: true } } },
    }),
    publicOfferIds(offerIds),
  ]);
  const byId = new Map(offers.map((offer) => [offer.id, offer]));
  const recentChanges = recent.map((entry) => {
    const offer = byId.get(parseId(entry.entityId) ?? 0) ?? null;
    return {
      id: entry.id,
      action: entry.action,
      createdAt: entry.createdAt,
      actorName: entry.actor?.name ?? null,
      offer: offer ? { ...offer, isPublic: visible.has(offer.id) } : null,
    };
  });
  return {
    pendingProviders,
    blockedProviders,
    pendingOffers,
    pendingRevisions,
    blockedOffers,
    recentChanges,
    ...(await getOverviewCounts(user, now)),
  };
}

export async function listProvidersForEditors(user: SessionUser | null, params: ProviderListParams, requestedPage: number) {
  assertCanModerate(user);
  const where: Prisma.OrganizationWhereInput = {
    deletedAt: null,
    ...(params.status === "ALL" ? {} : { status: params.status }),
    ...(params.q ? { name: { contains: params.q } } : {}),
  };
  const total = await prisma.organization.count({ where });
  const page = pageInfo(requestedPage, total);
  const providers = await prisma.organization.findMany({
    where,
    // Oldest first: whoever has waited longest is decided first.
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: page.skip,
    take: PAGE_SIZE,
    select: {
      id: true,
      name: true,
      city: true,
      status: true,
      statusReason: true,
      createdAt: true,
      _count: { select: { offers: { where: { deletedAt: null } }, memberships: true } },
    },
  });
  return { providers, page };
}

export async function getProviderForEditors(user: SessionUser | null, rawOrganizationId: unknown) {
  assertCanModerate(user);
  const organizationId = requireId(rawOrganizationId);
  const organization = await prisma.organization.findFirst({
    where: { id: organizationId, deletedAt: null },
    include: {
      district: { select: { name: true } },
      openingHours: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
      facts: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      categories: { select: { category: { select: { id: true, name: true } } } },
      memberships: {
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        select: {
          role: true,
          user: { select: { id: true, name: true, email: true, emailVerifiedAt: true, lastLoginAt: true, disabledAt: true } },
        },
      },
      offers: {
        where: { deletedAt: null },
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        select: { id: true, title: true, slug: true, status: true, statusReason: true, updatedAt: true },
      },
    },
  });
  if (!organization) throw new NotFoundError();
  const [visible, history] = await Promise.all([
    publicOfferIds(organization.offers.map((offer) => offer.id)),
    prisma.auditLog.findMany({
      where: { entityType: "organization", entityId: String(organization.id) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HISTORY_LIMIT,
      select: { id: true, action: true, reason: true, changedFields: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);
  return {
    organization: { ...organization, offers: organization.offers.map((offer) => ({ ...offer, isPublic: visible.has(offer.id) })) },
    history,
  };
}

export type EditorialDashboard = Awaited<ReturnType<typeof getEditorialDashboard>>;
export type ProviderForEditors = Awaited<ReturnType<typeof getProviderForEditors>>;
