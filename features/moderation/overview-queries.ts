import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/features/accounts/types";
import { prisma } from "@/lib/db";
import { pageInfo } from "@/lib/pagination";
import { assertCanModerate } from "./permissions";
import { EXPIRING_DAYS, RECENT_DAYS, type PublishedListParams } from "./overview-schemas";
import { parseId } from "@/lib/ids";

// The editors' overviews for the "approval off" workflow: what went live (editors act afterwards),
// what is outdated or about to end, and what is blocked. Each read checks the editor role itself.

const DAY_MS = 86_400_000;
const live = { deletedAt: null } as const;

function monthsBefore(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

async function offerReminderMonths(): Promise<number> {
  const settings = await prisma.settings.findUnique({ where: { id: 1 }, select: { offerReminderMonths: true } });
  return settings?.offerReminderMonths ?? 6;
}

/** Published offers changed (or first published) in the last `days` days — newest first. */
export function recentlyPublishedWhere(now: Date, days: number | null): Prisma.OfferWhereInput {
  return {
    ...live,
    status: "PUBLISHED",
    organization: live,
    ...(days === null ? {} : { updatedAt: { gte: new Date(now.getTime() - days * DAY_MS) } }),
  };
}

/** Published offers nobody confirmed for `months` months (never confirmed counts from creation). */
export function staleOffersWhere(now: Date, months: number): Prisma.OfferWhereInput {
  const cutoff = monthsBefore(now, months);
  return {
    ...live,
    status: "PUBLISHED",
    organization: live,
    OR: [{ lastConfirmedAt: { lt: cutoff } }, { lastConfirmedAt: null, createdAt: { lt: cutoff } }],
  };
}

/** Published offers whose last date lies within the next EXPIRING_DAYS days. */
export function expiringOffersWhere(now: Date): Prisma.OfferWhereInput {
  return { ...live, status: "PUBLISHED", organization: live, endsAt: { gte: now, lte: new Date(now.getTime() + EXPIRING_DAYS * DAY_MS) } };
}

/** The dashboard's extra counts (recently published, stale, expiring). */
export async function getOverviewCounts(user: SessionUser | null, now: Date = new Date()) {
  assertCanModerate(user);
  const months = await offerReminderMonths();
  const [recentlyPublished, stale, expiring] = await Promise.all([
    prisma.offer.count({ where: recentlyPublishedWhere(now, RECENT_DAYS) }),
    prisma.offer.count({ where: staleOffersWhere(now, months) }),
    prisma.offer.count({ where: expiringOffersWhere(now) }),
  ]);
  return { recentlyPublished, stale, expiring, reminderMonths: months };
}

/** Latest audit entry per offer among `actions` (who did it, when). */
async function latestEntries(entityType: string, ids: number[], actions: readonly string[]) {
  if (ids.length === 0) return new Map<number, { action: string; createdAt: Date; actorName: string | null; reason: string | null }>();
  const rows = await prisma.auditLog.findMany({
    where: { entityType, entityId: { in: ids.map(String) }, action: { in: [...actions] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { entityId: true, action: true, createdAt: true, reason: true, actor: { select: { name: true } } },
  });
  const latest = new Map<number, { action: string; createdAt: Date; actorName: string | null; reason: string | null }>();
  for (const row of rows) {
    const id = parseId(row.entityId);
    if (id !== null && !latest.has(id))
      latest.set(id, { action: row.action, createdAt: row.createdAt, actorName: row.actor?.name ?? null, reason: row.reason });
  }
  return latest;
}

/** Audit actions that put content online or change it while online. */
const PUBLISHING_ACTIONS = [
  "offer.create",
  "offer.publish",
  "offer.update",
  "offer.approve",
  "offer.unblock",
  "offer.approveRevision",
] as const;

/**
 * Published offers for the editors' after-the-fact check. `view` "recent": newest change first
 * (optionally within `days`); "stale": longest unconfirmed first; "expiring": ending soonest first.
 */
export async function listPublishedOffers(
  user: SessionUser | null,
  params: PublishedListParams,
  requestedPage: number,
  now: Date = new Date(),
) {
  assertCanModerate(user);
  const where =
    params.view === "stale"
      ? staleOffersWhere(now, await offerReminderMonths())
      : params.view === "expiring"
        ? expiringOffersWhere(now)
        : recentlyPublishedWhere(now, params.days === "all" ? null : Number(params.days));
  const orderBy: Prisma.OfferOrderByWithRelationInput[] =
    params.view === "stale"
      ? [{ lastConfirmedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }]
      : params.view === "expiring"
        ? [{ endsAt: "asc" }, { id: "asc" }]
        : [{ updatedAt: "desc" }, { id: "desc" }];
  const total = await prisma.offer.count({ where });
  const page = pageInfo(requestedPage, total);
  const offers = await prisma.offer.findMany({
    where,
    orderBy,
    skip: page.skip,
    take: page.pageSize,
    select: {
      id: true,
      title: true,
      publishedAt: true,
      updatedAt: true,
      lastConfirmedAt: true,
      endsAt: true,
      updatedBy: { select: { name: true } },
      organization: { select: { id: true, name: true } },
    },
  });
  const entries = await latestEntries(
    "offer",
    offers.map((offer) => offer.id),
    PUBLISHING_ACTIONS,
  );
  return {
    offers: offers.map((offer) => {
      const entry = entries.get(offer.id);
      // Publishing sets publishedAt and updatedAt in the same write: equal times mean "newly published".
      const newlyPublished = offer.publishedAt !== null && Math.abs(offer.updatedAt.getTime() - offer.publishedAt.getTime()) < 1000;
      return {
        ...offer,
        kind: newlyPublished ? ("published" as const) : ("changed" as const),
        changedBy: entry?.actorName ?? offer.updatedBy?.name ?? null,
        changedAt: offer.updatedAt,
        lastAction: entry?.action ?? null,
      };
    }),
    page,
  };
}

/** Blocked offers and blocked providers, each with its reason and who blocked it when; paged separately. */
export async function listBlocked(user: SessionUser | null, pages: { offers?: number; providers?: number } = {}) {
  assertCanModerate(user);
  const offerWhere: Prisma.OfferWhereInput = { ...live, status: "BLOCKED", organization: live };
  const providerWhere: Prisma.OrganizationWhereInput = { ...live, status: "BLOCKED" };
  const [offerTotal, providerTotal] = await Promise.all([
    prisma.offer.count({ where: offerWhere }),
    prisma.organization.count({ where: providerWhere }),
  ]);
  const offerPage = pageInfo(pages.offers ?? 1, offerTotal);
  const providerPage = pageInfo(pages.providers ?? 1, providerTotal);
  const [offers, providers] = await Promise.all([
    prisma.offer.findMany({
      where: offerWhere,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: offerPage.skip,
      take: offerPage.pageSize,
      select: { id: true, title: true, statusReason: true, updatedAt: true, organization: { select: { id: true, name: true } } },
    }),
    prisma.organization.findMany({
      where: providerWhere,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: providerPage.skip,
      take: providerPage.pageSize,
      select: { id: true, name: true, city: true, statusReason: true, updatedAt: true },
    }),
  ]);
  const [offerBlocks, providerBlocks] = await Promise.all([
    latestEntries(
      "offer",
      offers.map((o) => o.id),
      ["offer.block"],
    ),
    latestEntries(
      "organization",
      providers.map((p) => p.id),
      ["organization.block"],
    ),
  ]);
  const blockedInfo = (
    entry: { createdAt: Date; actorName: string | null; reason: string | null } | undefined,
    statusReason: string | null,
    fallback: Date,
  ) => ({
    reason: statusReason ?? entry?.reason ?? null,
    blockedBy: entry?.actorName ?? null,
    blockedAt: entry?.createdAt ?? fallback,
  });
  return {
    offers: offers.map((offer) => ({
      id: offer.id,
      title: offer.title,
      organization: offer.organization,
      ...blockedInfo(offerBlocks.get(offer.id), offer.statusReason, offer.updatedAt),
    })),
    providers: providers.map((provider) => ({
      id: provider.id,
      name: provider.name,
      city: provider.city,
      ...blockedInfo(providerBlocks.get(provider.id), provider.statusReason, provider.updatedAt),
    })),
    offerPage,
    providerPage,
  };
}

export type PublishedOffers = Awaited<ReturnType<typeof listPublishedOffers>>;
export type BlockedLists = Awaited<ReturnType<typeof listBlocked>>;
export type OverviewCounts = Awaited<ReturnType<typeof getOverviewCounts>>;
