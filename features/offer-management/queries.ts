import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { OfferStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/features/accounts/types";
import { offerDetailSelect, UPCOMING_LIMIT, type PublicOffer } from "@/features/offers/detail-queries";
import { rowsToSchedule, upcomingOccurrences } from "@/features/offers/schedule";
import { normalizeSearchText } from "@/features/search/normalize";
import { prisma } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { pageInfo, type PageInfo } from "@/lib/pagination";
import { canListOrganizationOffers, canManageOffer } from "./permissions";
import { LIST_STATUS_TO_OFFER_STATUS, OFFER_LIST_STATUSES, type OfferListFilter, type OfferListStatus } from "./schemas";

const offerListRowSelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  statusReason: true,
  scheduleKind: true,
  nextOccurrenceAt: true,
  endsAt: true,
  updatedAt: true,
  lastConfirmedAt: true,
  updatedBy: { select: { name: true } },
  createdBy: { select: { name: true } },
} satisfies Prisma.OfferSelect;

export type OfferListRow = Prisma.OfferGetPayload<{ select: typeof offerListRowSelect }> & { expired: boolean };

export type OfferList = {
  rows: OfferListRow[];
  page: PageInfo;
  /** Offers per status filter (same text search, all statuses), for the filter's labels. */
  counts: Record<OfferListStatus, number>;
};

/** `text` as a LIKE pattern matching it anywhere, with %, _ and the escape character taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

// Letters, digits and spaces only: then the folded title in the search document (ä = a, ß = ss,
// any case) is searched too. Other characters (%, _, -) are folded away there, so a query holding
// them matches the title as typed only.
const FOLDABLE_QUERY = /^[\p{L}\p{N} ]+$/u;

/**
 * Ids of the organisation's (not deleted) offers whose title contains `q`: case-insensitive for
 * ASCII through LIKE, and for umlauts/ß through the normalized title of the search document.
 */
async function offerIdsMatchingTitle(organizationId: number, q: string): Promise<number[]> {
  const folded = FOLDABLE_QUERY.test(q) ? normalizeSearchText(q) : "";
  const rows = await prisma.$queryRawUnsafe<{ id: number }[]>(
    `SELECT o."id" AS id FROM "Offer" o
      WHERE o."organizationId" = ? AND o."deletedAt" IS NULL
        AND (o."title" LIKE ? ESCAPE '\\'
             OR (? <> '' AND o."id" IN (SELECT d."offerId" FROM "OfferSearchDocument" d WHERE d."title" LIKE ? ESCAPE '\\')))`,
    organizationId,
    containsPattern(q),
    folded,
    containsPattern(folded),
  );
  return rows.map((r) => Number(r.id));
}

function statusWhere(status: OfferListStatus, now: Date): Prisma.OfferWhereInput {
  if (status === "all") return {};
  if (status === "expired") return { status: "PUBLISHED", endsAt: { lt: now } };
  const offerStatus = LIST_STATUS_TO_OFFER_STATUS[status];
  // "Published" lists the current ones; those whose last date has passed are under "expired".
  if (offerStatus === "PUBLISHED") return { status: "PUBLISHED", OR: [{ endsAt: null }, { endsAt: { gte: now } }] };
  return { status: offerStatus };
}

function isExpired(offer: { status: OfferStatus; endsAt: Date | null }, now: Date): boolean {
  return offer.endsAt !== null && offer.endsAt < now;
}

/**
 * One page of an organisation's offers for its account list (deleted offers never appear), newest
 * change first. Only members of the organisation and editors/admins may list them.
 */
export async function listOrganizationOffers(
  user: SessionUser,
  organizationId: number,
  filter: OfferListFilter,
  now: Date = new Date(),
): Promise<OfferList> {
  if (!canListOrganizationOffers(user, organizationId)) throw new ForbiddenError();
  const base: Prisma.OfferWhereInput = { organizationId, deletedAt: null };
  if (filter.q) base.id = { in: await offerIdsMatchingTitle(organizationId, filter.q) };

  const [grouped, expiredCount] = await Promise.all([
    prisma.offer.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    prisma.offer.count({ where: { AND: [base, statusWhere("expired", now)] } }),
  ]);
  const counts = Object.fromEntries(OFFER_LIST_STATUSES.map((s) => [s, 0])) as Record<OfferListStatus, number>;
  for (const group of grouped) {
    counts.all += group._count._all;
    const entry = Object.entries(LIST_STATUS_TO_OFFER_STATUS).find(([, status]) => status === group.status);
    if (entry) counts[entry[0] as OfferListStatus] = group._count._all;
  }
  counts.expired = expiredCount;
  counts.published -= expiredCount;

  const where: Prisma.OfferWhereInput = { AND: [base, statusWhere(filter.status, now)] };
  const page = pageInfo(filter.page, counts[filter.status]);
  const rows = await prisma.offer.findMany({
    where,
    select: offerListRowSelect,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: page.skip,
    take: page.pageSize,
  });
  return { rows: rows.map((row) => ({ ...row, expired: isExpired(row, now) })), page, counts };
}

/** An offer's title for the delete confirmation, or null when it is gone or not the user's. */
export async function getOfferTitleForUser(user: SessionUser, offerId: number): Promise<{ id: number; title: string } | null> {
  const offer = await prisma.offer.findFirst({
    where: { id: offerId, deletedAt: null },
    select: { id: true, title: true, organizationId: true },
  });
  if (!offer || !canManageOffer(user, offer)) return null;
  return { id: offer.id, title: offer.title };
}

const offerPreviewSelect = {
  ...offerDetailSelect,
  status: true,
  statusReason: true,
  organizationId: true,
} satisfies Prisma.OfferSelect;

export type OfferPreview = PublicOffer & {
  status: OfferStatus;
  statusReason: string | null;
  organizationApproved: boolean;
  /** Whether residents can see the offer right now (published, provider approved, not expired). */
  public: boolean;
};

/**
 * An offer as its public page would show it, whatever its status — for the provider's preview.
 * Deliberately not the public visibility rule: members of the offer's organisation (and editors)
 * see drafts too; anyone else gets null (→ 404), just like for a missing or deleted offer.
 */
export async function getOfferPreview(user: SessionUser, offerId: number, now: Date = new Date()): Promise<OfferPreview | null> {
  const found = await prisma.offer.findFirst({
    where: { id: offerId, deletedAt: null, organization: { deletedAt: null } },
    select: { ...offerPreviewSelect, organization: { select: { ...offerDetailSelect.organization.select, status: true } } },
  });
  if (!found || !canManageOffer(user, found)) return null;
  const { status, statusReason, organizationId, ...offer } = found;
  void organizationId;
  const organizationApproved = offer.organization.status === "APPROVED";
  const schedule = rowsToSchedule(offer);
  const expired = isExpired({ status, endsAt: offer.endsAt }, now);
  return {
    offer,
    schedule,
    expired,
    upcoming: expired ? [] : upcomingOccurrences(schedule, now, UPCOMING_LIMIT),
    status,
    statusReason,
    organizationApproved,
    public: status === "PUBLISHED" && organizationApproved && !expired,
  };
}
