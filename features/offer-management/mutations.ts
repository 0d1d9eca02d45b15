import "server-only";
import type { Offer, Prisma } from "@/generated/prisma/client";
import type { OfferStatus } from "@/generated/prisma/enums";
import { hasRole } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";
import { OFFER_LIMITS } from "@/features/offers/schemas";
import { uniqueOfferSlug } from "@/features/offers/slug";
import { canTransition } from "@/features/offers/status";
import { reindexOffer } from "@/features/search/fts";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { canManageOffer } from "./permissions";
import { OfferIdListSchema } from "./schemas";
import { requireId } from "@/lib/ids";

// The list actions on existing offers. Each takes the acting user and the offer id(s) from the
// request, loads the offer and checks the permission on the loaded record: an offer of another
// organisation is reported exactly like a missing one, so its existence and title never leak.

type Tx = Prisma.TransactionClient;

/** Settled results carry the offer's id and title for the confirmation message. */
export type OfferActionResult = { id: number; title: string };

function requireUserPresent(user: SessionUser | null): SessionUser {
  if (!user) throw new UnauthorizedError();
  return user;
}

async function loadManageableOffer(tx: Tx, user: SessionUser, offerId: number) {
  const offer = await tx.offer.findFirst({
    where: { id: offerId, deletedAt: null },
    select: { id: true, title: true, status: true, organizationId: true },
  });
  if (!offer || !canManageOffer(user, offer)) throw new NotFoundError();
  return offer;
}

function actorOf(user: SessionUser): "provider" | "editor" {
  return hasRole(user, "EDITOR") ? "editor" : "provider";
}

type StatusChange = {
  to: OfferStatus;
  /** Statuses the change starts from at all (the status rules decide among them). */
  from: (status: OfferStatus) => boolean;
  action: string;
  refusedCode: string;
};

const DEACTIVATE: StatusChange = {
  to: "ARCHIVED",
  from: (s) => s !== "ARCHIVED",
  action: "offer.archive",
  refusedCode: "OfferList.errors.cannotDeactivate",
};
const REACTIVATE: StatusChange = {
  to: "DRAFT",
  from: (s) => s === "ARCHIVED",
  action: "offer.reactivate",
  refusedCode: "OfferList.errors.cannotReactivate",
};

async function changeStatus(
  userOrNull: SessionUser | null,
  offerIdInput: unknown,
  { to, from, action, refusedCode }: StatusChange,
): Promise<OfferActionResult> {
  const user = requireUserPresent(userOrNull);
  const offerId = requireId(offerIdInput);
  const { requireOfferApproval } = (await prisma.settings.findUnique({ where: { id: 1 }, select: { requireOfferApproval: true } })) ?? {
    requireOfferApproval: false,
  };
  return prisma.$transaction(async (tx) => {
    const offer = await loadManageableOffer(tx, user, offerId);
    if (!from(offer.status) || !canTransition(offer.status, to, { actor: actorOf(user), requireOfferApproval }))
      throw new AppError(refusedCode, 409);
    await tx.offer.update({ where: { id: offer.id }, data: { status: to, statusReason: null, updatedById: user.id } });
    await recordAudit(tx, { actorId: user.id, action, entityType: "offer", entityId: offer.id, changedFields: ["status", "statusReason"] });
    await reindexOffer(tx, offer.id);
    return { id: offer.id, title: offer.title };
  });
}

/** Takes the offer off the portal (→ ARCHIVED), as far as the status rules allow it. */
export function deactivateOfferFor(user: SessionUser | null, offerId: unknown): Promise<OfferActionResult> {
  return changeStatus(user, offerId, DEACTIVATE);
}

/** Brings an archived offer back as a draft, to be checked and published again. */
export function reactivateOfferFor(user: SessionUser | null, offerId: unknown): Promise<OfferActionResult> {
  return changeStatus(user, offerId, REACTIVATE);
}

/**
 * Soft delete: the offer keeps its status and rows (for the audit trail and editors) but
 * disappears from every list, the public pages and the search.
 */
export async function deleteOfferFor(
  userOrNull: SessionUser | null,
  offerIdInput: unknown,
  now: Date = new Date(),
): Promise<OfferActionResult> {
  const user = requireUserPresent(userOrNull);
  const offerId = requireId(offerIdInput);
  return prisma.$transaction(async (tx) => {
    const offer = await loadManageableOffer(tx, user, offerId);
    await tx.offer.update({ where: { id: offer.id }, data: { deletedAt: now, updatedById: user.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "offer.delete",
      entityType: "offer",
      entityId: offer.id,
      changedFields: ["deletedAt"],
    });
    await reindexOffer(tx, offer.id);
    return { id: offer.id, title: offer.title };
  });
}

/**
 * "Still current": sets lastConfirmedAt on one or several offers at once. All or nothing — if any id
 * is not the user's, nothing is confirmed.
 */
export async function confirmOffersFor(
  userOrNull: SessionUser | null,
  offerIdsInput: unknown,
  now: Date = new Date(),
): Promise<OfferActionResult[]> {
  const user = requireUserPresent(userOrNull);
  const parsed = OfferIdListSchema.safeParse(Array.isArray(offerIdsInput) ? [...new Set(offerIdsInput.map(String))] : offerIdsInput);
  if (!parsed.success) throw new ValidationError({ offerIds: ["OfferList.errors.noneSelected"] }, "OfferList.errors.noneSelected");
  return prisma.$transaction(async (tx) => {
    const confirmed: OfferActionResult[] = [];
    for (const offerId of parsed.data) {
      const offer = await loadManageableOffer(tx, user, offerId);
      await tx.offer.update({
        where: { id: offer.id },
        data: { lastConfirmedAt: now, reminderSentAt: null, staleHiddenAt: null, updatedById: user.id },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "offer.confirm",
        entityType: "offer",
        entityId: offer.id,
        changedFields: ["lastConfirmedAt", "reminderSentAt", "staleHiddenAt"],
      });
      confirmed.push({ id: offer.id, title: offer.title });
    }
    return confirmed;
  });
}

// Columns that belong to the original only: identity, workflow and bookkeeping. Everything else
// (texts, location, schedule columns, costs, contact, derived dates) is copied.
type OwnColumns =
  | "id"
  | "uuid"
  | "slug"
  | "title"
  | "status"
  | "statusReason"
  | "createdById"
  | "updatedById"
  | "publishedAt"
  | "lastConfirmedAt"
  | "reminderSentAt"
  | "staleHiddenAt"
  | "archivedAt"
  | "deletedAt"
  | "createdAt"
  | "updatedAt";

function copyableColumns(offer: Offer): Omit<Offer, OwnColumns> {
  const {
    id,
    uuid,
    slug,
    title,
    status,
    statusReason,
    createdById,
    updatedById,
    publishedAt,
    lastConfirmedAt,
    reminderSentAt,
    staleHiddenAt,
    archivedAt,
    deletedAt,
    createdAt,
    updatedAt,
    ...rest
  } = offer;
  void [
    id,
    uuid,
    slug,
    title,
    status,
    statusReason,
    createdById,
    updatedById,
    publishedAt,
    lastConfirmedAt,
    reminderSentAt,
    staleHiddenAt,
    archivedAt,
    deletedAt,
    createdAt,
    updatedAt,
  ];
  return rest;
}

export type DuplicateOptions = {
  /** The copy's title from the original's ("Kopie von …" in the user's language). */
  copyTitle?: (title: string) => string;
};

/**
 * A new DRAFT with everything of the original — fields, categories, target groups, languages,
 * accessibility features, images, schedule slots, dates and exceptions — created by the user.
 */
export async function duplicateOfferFor(
  userOrNull: SessionUser | null,
  offerIdInput: unknown,
  { copyTitle = (title) => `Kopie von ${title}` }: DuplicateOptions = {},
): Promise<OfferActionResult> {
  const user = requireUserPresent(userOrNull);
  const offerId = requireId(offerIdInput);
  return prisma.$transaction(async (tx) => {
    await loadManageableOffer(tx, user, offerId);
    const source = await tx.offer.findUniqueOrThrow({
      where: { id: offerId },
      include: {
        categories: { select: { categoryId: true } },
        targetGroups: { select: { targetGroupId: true } },
        languages: { select: { code: true } },
        accessibilityFeatures: { select: { feature: true } },
        images: { select: { kind: true, path: true, alt: true, copyright: true, position: true } },
        slots: { select: { weekday: true, startMinute: true, endMinute: true, validFrom: true, validUntil: true } },
        dates: { select: { date: true, startMinute: true, endMinute: true, startsAt: true, endsAt: true } },
        exceptions: { select: { date: true } },
      },
    });
    const { categories, targetGroups, languages, accessibilityFeatures, images, slots, dates, exceptions, ...columns } = source;
    // Cut to the form's limit, so the copy can be saved from the edit form without a title error.
    const title = [...copyTitle(source.title)].slice(0, OFFER_LIMITS.title).join("").trim();
    const copy = await tx.offer.create({
      data: {
        ...copyableColumns(columns),
        title,
        slug: await uniqueOfferSlug(tx, title),
        status: "DRAFT",
        createdById: user.id,
        updatedById: user.id,
        categories: { create: categories },
        targetGroups: { create: targetGroups },
        languages: { create: languages },
        accessibilityFeatures: { create: accessibilityFeatures },
        images: { create: images },
        slots: { create: slots },
        dates: { create: dates },
        exceptions: { create: exceptions },
      },
      select: { id: true, title: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "offer.duplicate",
      entityType: "offer",
      entityId: copy.id,
      reason: `from offer ${source.id}`,
    });
    await reindexOffer(tx, copy.id);
    return copy;
  });
}
