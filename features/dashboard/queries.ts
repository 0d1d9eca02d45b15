import "server-only";
import { hasRole, isMemberOf } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";
import { LIST_STATUS_TO_OFFER_STATUS, OFFER_LIST_STATUSES, type OfferListStatus } from "@/features/offer-management/schemas";
import { getSettings } from "@/features/settings/queries";
import type { OfferStatus, OrganizationStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseId } from "@/lib/ids";

// What the provider dashboard (/konto) shows for one organisation. Every query takes the
// organisation id and checks it against the user itself: members of the organisation and
// editors/admins only. Anyone else gets NotFoundError, which says nothing about the organisation.

/** Default of Settings.offerEndingReminderDays (the window of "ending soon", as in the reminder mails). */
export const ENDING_SOON_DAYS = 14;
export const RECENT_CHANGES_LIMIT = 10;
const LIST_LIMIT = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

function assertCanView(user: SessionUser, organizationId: number): void {
  if (parseId(organizationId) === null || !(isMemberOf(user, organizationId) || hasRole(user, "EDITOR"))) {
    throw new NotFoundError();
  }
}

// ─── Profile completeness ──────────────────────────────────────────────────────────────────────────

/** The profile parts residents look for, in the order the profile form shows them. */
export const PROFILE_CHECKS = [
  "summary",
  "description",
  "logo",
  "image",
  "address",
  "contact",
  "website",
  "openingHours",
  "categories",
  "contactPerson",
] as const;
export type ProfileCheck = (typeof PROFILE_CHECKS)[number];

export type ProfileCompleteness = { percent: number; missing: ProfileCheck[] };

const filled = (value: string | null | undefined) => typeof value === "string" && value.trim() !== "";

export async function getProfileCompleteness(user: SessionUser, organizationId: number): Promise<ProfileCompleteness> {
  assertCanView(user, organizationId);
  const org = await prisma.organization.findFirst({
    where: { id: organizationId, deletedAt: null },
    select: {
      summary: true,
      description: true,
      logoPath: true,
      imagePath: true,
      street: true,
      postalCode: true,
      city: true,
      email: true,
      phone: true,
      website: true,
      openingHoursNote: true,
      contactName: true,
      _count: { select: { openingHours: true, categories: true } },
    },
  });
  if (!org) throw new NotFoundError();
  const done: Record<ProfileCheck, boolean> = {
    summary: filled(org.summary),
    description: filled(org.description),
    logo: filled(org.logoPath),
    image: filled(org.imagePath),
    address: filled(org.street) && filled(org.postalCode) && filled(org.city),
    contact: filled(org.email) || filled(org.phone),
    website: filled(org.website),
    openingHours: org._count.openingHours > 0 || filled(org.openingHoursNote),
    categories: org._count.categories > 0,
    contactPerson: filled(org.contactName),
  };
  const missing = PROFILE_CHECKS.filter((check) => !done[check]);
  return { percent: Math.round(((PROFILE_CHECKS.length - missing.length) / PROFILE_CHECKS.length) * 100), missing };
}

// ─── Offers by status ──────────────────────────────────────────────────────────────────────────────

/**
 * Offer counts per filter of the offer list (/konto/angebote?status=…), deleted offers left out.
 * As in the list, "published" counts the current ones and "expired" those whose last date passed.
 */
export async function getOfferStatusCounts(
  user: SessionUser,
  organizationId: number,
  now: Date = new Date(),
): Promise<Record<OfferListStatus, number>> {
  assertCanView(user, organizationId);
  const base = { organizationId, deletedAt: null };
  const [grouped, expired] = await Promise.all([
    prisma.offer.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    prisma.offer.count({ where: { ...base, status: "PUBLISHED", endsAt: { lt: now } } }),
  ]);
  const counts = Object.fromEntries(OFFER_LIST_STATUSES.map((s) => [s, 0])) as Record<OfferListStatus, number>;
  const listStatusOf = Object.fromEntries(Object.entries(LIST_STATUS_TO_OFFER_STATUS).map(([list, status]) => [status, list])) as Record<
    OfferStatus,
    OfferListStatus
  >;
  for (const group of grouped) {
    counts.all += group._count._all;
    counts[listStatusOf[group.status]] += group._count._all;
  }
  counts.expired = expired;
  counts.published -= expired;
  return counts;
}

// ─── Offers that need attention ────────────────────────────────────────────────────────────────────

export type DashboardOffer = {
  id: number;
  title: string;
  status: OfferStatus;
  endsAt: Date | null;
  lastConfirmedAt: Date | null;
  updatedAt: Date;
  staleHiddenAt: Date | null;
};

const dashboardOfferSelect = {
  id: true,
  title: true,
  status: true,
  endsAt: true,
  lastConfirmedAt: true,
  updatedAt: true,
  staleHiddenAt: true,
} as const;

/** Offers (not archived) whose last date falls within the next Settings.offerEndingReminderDays, soonest first. */
export async function getOffersEndingSoon(user: SessionUser, organizationId: number, now: Date = new Date()): Promise<DashboardOffer[]> {
  assertCanView(user, organizationId);
  const days = (await getSettings()).offerEndingReminderDays ?? ENDING_SOON_DAYS;
  return prisma.offer.findMany({
    where: {
      organizationId,
      deletedAt: null,
      status: { in: ["DRAFT", "PENDING_REVIEW", "PUBLISHED"] },
      endsAt: { gte: now, lte: new Date(now.getTime() + days * DAY_MS) },
    },
    select: dashboardOfferSelect,
    orderBy: [{ endsAt: "asc" }, { id: "asc" }],
    take: LIST_LIMIT,
  });
}

/** The date before which an offer counts as not confirmed: now minus Settings.offerReminderMonths. */
export function staleCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/**
 * Current published offers nobody confirmed ("still current") or changed for
 * Settings.offerReminderMonths: both lastConfirmedAt (if any) and updatedAt are older. Oldest first.
 */
export async function getStaleOffers(
  user: SessionUser,
  organizationId: number,
  now: Date = new Date(),
): Promise<{ months: number; offers: DashboardOffer[] }> {
  assertCanView(user, organizationId);
  const { offerReminderMonths: months } = await getSettings();
  const cutoff = staleCutoff(now, months);
  const offers = await prisma.offer.findMany({
    where: {
      organizationId,
      deletedAt: null,
      status: "PUBLISHED",
      staleHiddenAt: null, // listed under "hidden as outdated" (getHiddenOffers)
      updatedAt: { lt: cutoff },
      AND: [{ OR: [{ lastConfirmedAt: null }, { lastConfirmedAt: { lt: cutoff } }] }, { OR: [{ endsAt: null }, { endsAt: { gte: now } }] }],
    },
    select: dashboardOfferSelect,
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: LIST_LIMIT,
  });
  return { months, offers };
}

/** Published offers the daily job hid as stale (features/freshness), longest hidden first. */
export async function getHiddenOffers(user: SessionUser, organizationId: number): Promise<DashboardOffer[]> {
  assertCanView(user, organizationId);
  return prisma.offer.findMany({
    where: { organizationId, deletedAt: null, status: "PUBLISHED", staleHiddenAt: { not: null } },
    select: dashboardOfferSelect,
    orderBy: [{ staleHiddenAt: "asc" }, { id: "asc" }],
    take: LIST_LIMIT,
  });
}

/** Ended offers (archived by the daily job, or published with a passed last date), latest end first: to copy for the next season. */
export async function getEndedOffers(user: SessionUser, organizationId: number, now: Date = new Date()): Promise<DashboardOffer[]> {
  assertCanView(user, organizationId);
  return prisma.offer.findMany({
    where: { organizationId, deletedAt: null, status: "PUBLISHED", OR: [{ archivedAt: { not: null } }, { endsAt: { lt: now } }] },
    select: dashboardOfferSelect,
    orderBy: [{ endsAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: LIST_LIMIT,
  });
}

/** The profile's last confirmation when it is due (older than Settings.providerReminderMonths), else null. */
export async function getProfileConfirmationDue(user: SessionUser, organizationId: number, now: Date = new Date()): Promise<Date | null> {
  assertCanView(user, organizationId);
  const { providerReminderMonths } = await getSettings();
  const org = await prisma.organization.findFirst({
    where: { id: organizationId, deletedAt: null, status: "APPROVED" },
    select: { lastConfirmedAt: true, updatedAt: true },
  });
  const last = org ? (org.lastConfirmedAt ?? org.updatedAt) : null;
  return last && last < staleCutoff(now, providerReminderMonths) ? last : null;
}

// ─── Recent changes by colleagues ──────────────────────────────────────────────────────────────────

export type ColleagueChange = {
  id: number;
  createdAt: Date;
  action: string;
  changedFields: string[];
  /** The colleague's name; null when the change came from the portal's editorial team (not a member). */
  actorName: string | null;
  entity: { type: "offer"; id: number; title: string; deleted: boolean } | { type: "organization"; id: number; name: string };
};

function parseFields(json: string | null): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

/**
 * The last changes to the organisation's profile and offers made by someone else than the user —
 * colleagues by name, editors as "editorial team" (their names are not the provider's business).
 */
export async function getRecentColleagueChanges(user: SessionUser, organizationId: number): Promise<ColleagueChange[]> {
  assertCanView(user, organizationId);
  const [organization, offers, members] = await Promise.all([
    prisma.organization.findFirst({ where: { id: organizationId, deletedAt: null }, select: { id: true, name: true } }),
    prisma.offer.findMany({ where: { organizationId }, select: { id: true, title: true, deletedAt: true } }),
    prisma.membership.findMany({ where: { organizationId }, select: { userId: true } }),
  ]);
  if (!organization) throw new NotFoundError();
  const offersById = new Map(offers.map((o) => [String(o.id), o]));
  const memberIds = new Set(members.map((m) => m.userId));

  const entries = await prisma.auditLog.findMany({
    where: {
      actorId: { not: user.id },
      NOT: { actorId: null },
      OR: [
        { entityType: "organization", entityId: String(organizationId) },
        ...(offers.length > 0 ? [{ entityType: "offer", entityId: { in: [...offersById.keys()] } }] : []),
      ],
    },
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
      changedFields: true,
      actor: { select: { id: true, name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT_CHANGES_LIMIT,
  });

  return entries.map((entry) => {
    const offer = entry.entityType === "offer" ? offersById.get(entry.entityId) : undefined;
    return {
      id: entry.id,
      createdAt: entry.createdAt,
      action: entry.action,
      changedFields: parseFields(entry.changedFields),
      actorName: entry.actor && memberIds.has(entry.actor.id) ? entry.actor.name : null,
      entity: offer
        ? { type: "offer", id: offer.id, title: offer.title, deleted: offer.deletedAt !== null }
        : { type: "organization", id: organization.id, name: organization.name },
    };
  });
}

// ─── Everything for the page ───────────────────────────────────────────────────────────────────────

export type OrganizationDashboard = {
  organization: { id: number; name: string; slug: string; status: OrganizationStatus; statusReason: string | null };
  profile: ProfileCompleteness;
  counts: Record<OfferListStatus, number>;
  endingSoon: DashboardOffer[];
  /** Settings.offerEndingReminderDays: the window of endingSoon. */
  endingDays: number;
  stale: { months: number; offers: DashboardOffer[] };
  /** Hidden as stale by the daily job (features/freshness). */
  hidden: DashboardOffer[];
  /** Ended (archived) offers, to copy for the next season. */
  ended: DashboardOffer[];
  /** The profile's last confirmation when a new one is due, else null. */
  profileDue: Date | null;
  changes: ColleagueChange[];
};

export async function getOrganizationDashboard(
  user: SessionUser,
  organizationId: number,
  now: Date = new Date(),
): Promise<OrganizationDashboard> {
  assertCanView(user, organizationId);
  const organization = await prisma.organization.findFirst({
    where: { id: organizationId, deletedAt: null },
    select: { id: true, name: true, slug: true, status: true, statusReason: true },
  });
  if (!organization) throw new NotFoundError();
  const [profile, counts, endingSoon, stale, hidden, ended, profileDue, changes] = await Promise.all([
    getProfileCompleteness(user, organizationId),
    getOfferStatusCounts(user, organizationId, now),
    getOffersEndingSoon(user, organizationId, now),
    getStaleOffers(user, organizationId, now),
    getHiddenOffers(user, organizationId),
    getEndedOffers(user, organizationId, now),
    getProfileConfirmationDue(user, organizationId, now),
    getRecentColleagueChanges(user, organizationId),
  ]);
  const endingDays = (await getSettings()).offerEndingReminderDays;
  return { organization, profile, counts, endingSoon, endingDays, stale, hidden, ended, profileDue, changes };
}
