import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { reindexOffer, reindexOrganizationOffers } from "@/features/search/fts";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import { assertCanModerate } from "./permissions";
import { MODERATION_ERRORS_NAMESPACE } from "./schemas";
import { requireId } from "@/lib/ids";
import { parseReason } from "./act-schemas";
import { retentionCutoff, type TrashOptions } from "./trash-retention";

export {
  purgeDateOf,
  purgeExpiredDeletions,
  RETENTION_DAYS,
  retentionCutoff,
  type PurgeResult,
  type TrashOptions,
} from "./trash-retention";

// Soft deletion by the editors and its undo. A deleted record keeps its status and rows; the
// visibility rule (features/search/visibility.ts) hides it — an organisation's offers with it — and
// every editor and provider list skips it. RETENTION_DAYS after the deletion the daily job purges it
// (trash-retention.ts).

/**
 * Soft-deletes an organisation with everything it has: its offers vanish from the public pages at
 * once (the visibility rule requires a live provider) and come back, unchanged, when it is restored.
 */
export async function deleteOrganizationFor(
  user: SessionUser | null,
  organizationId: unknown,
  reason?: unknown,
  options: TrashOptions = {},
): Promise<{ organizationId: number; name: string }> {
  assertCanModerate(user);
  const id = requireId(organizationId);
  const cleanReason = parseReason(reason);
  const now = options.now ?? new Date();
  const organization = await prisma.organization.findFirst({ where: { id, deletedAt: null }, select: { id: true, name: true } });
  if (!organization) throw new NotFoundError();
  await prisma.$transaction(async (tx) => {
    const updated = await tx.organization.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: now } });
    if (updated.count === 0) throw new AppError(`${MODERATION_ERRORS_NAMESPACE}.changedMeanwhile`, 409);
    await recordAudit(tx, {
      actorId: user.id,
      action: "organization.delete",
      entityType: "organization",
      entityId: id,
      changedFields: ["deletedAt"],
      reason: cleanReason,
    });
    await reindexOrganizationOffers(tx, id);
  });
  return { organizationId: id, name: organization.name };
}

/**
 * The editors' delete of an offer (providers use deleteOfferFor of the offer list, which editors may
 * use too): the same soft delete, with the editor's reason in the audit entry.
 */
export async function deleteOfferAsEditorFor(
  user: SessionUser | null,
  offerId: unknown,
  reason?: unknown,
  options: TrashOptions = {},
): Promise<{ offerId: number; title: string }> {
  assertCanModerate(user);
  const id = requireId(offerId);
  const cleanReason = parseReason(reason);
  const now = options.now ?? new Date();
  const offer = await prisma.offer.findFirst({ where: { id, deletedAt: null }, select: { id: true, title: true } });
  if (!offer) throw new NotFoundError();
  await prisma.$transaction(async (tx) => {
    const updated = await tx.offer.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: now, updatedById: user.id } });
    if (updated.count === 0) throw new AppError(`${MODERATION_ERRORS_NAMESPACE}.changedMeanwhile`, 409);
    await recordAudit(tx, {
      actorId: user.id,
      action: "offer.delete",
      entityType: "offer",
      entityId: id,
      changedFields: ["deletedAt"],
      reason: cleanReason,
    });
    await reindexOffer(tx, id);
  });
  return { offerId: id, title: offer.title };
}

function assertRestorable(deletedAt: Date, now: Date): void {
  if (deletedAt.getTime() < retentionCutoff(now).getTime()) throw new AppError(`${MODERATION_ERRORS_NAMESPACE}.restoreExpired`, 409);
}

/** Takes an offer out of the trash with the status it had; refused after the retention period. */
export async function restoreOfferFor(
  user: SessionUser | null,
  offerId: unknown,
  options: TrashOptions = {},
): Promise<{ offerId: number; title: string }> {
  assertCanModerate(user);
  const id = requireId(offerId);
  const now = options.now ?? new Date();
  const offer = await prisma.offer.findFirst({
    where: { id, deletedAt: { not: null } },
    select: { id: true, title: true, deletedAt: true, organization: { select: { deletedAt: true } } },
  });
  if (!offer?.deletedAt) throw new NotFoundError();
  assertRestorable(offer.deletedAt, now);
  // The offer would stay invisible and unreachable under a deleted provider: restore that first.
  if (offer.organization.deletedAt) throw new AppError(`${MODERATION_ERRORS_NAMESPACE}.organizationDeleted`, 409);
  await prisma.$transaction(async (tx) => {
    const updated = await tx.offer.updateMany({
      where: { id, deletedAt: offer.deletedAt },
      data: { deletedAt: null, updatedById: user.id },
    });
    if (updated.count === 0) throw new AppError(`${MODERATION_ERRORS_NAMESPACE}.changedMeanwhile`, 409);
    await recordAudit(tx, { actorId: user.id, action: "offer.restore", entityType: "offer", entityId: id, changedFields: ["deletedAt"] });
    await reindexOffer(tx, id);
  });
  return { offerId: id, title: offer.title };
}

/** Takes an organisation out of the trash; its status and offers are as they were before. */
export async function restoreOrganizationFor(
  user: SessionUser | null,
  organizationId: unknown,
  options: TrashOptions = {},
): Promise<{ organizationId: number; name: string }> {
  assertCanModerate(user);
  const id = requireId(organizationId);
  const now = options.now ?? new Date();
  const organization = await prisma.organization.findFirst({
    where: { id, deletedAt: { not: null } },
    select: { id: true, name: true, deletedAt: true },
  });
  if (!organization?.deletedAt) throw new NotFoundError();
  assertRestorable(organization.deletedAt, now);
  await prisma.$transaction(async (tx) => {
    const updated = await tx.organization.updateMany({ where: { id, deletedAt: organization.deletedAt }, data: { deletedAt: null } });
    if (updated.count === 0) throw new AppError(`${MODERATION_ERRORS_NAMESPACE}.changedMeanwhile`, 409);
    await recordAudit(tx, {
      actorId: user.id,
      action: "organization.restore",
      entityType: "organization",
      entityId: id,
      changedFields: ["deletedAt"],
    });
    await reindexOrganizationOffers(tx, id);
  });
  return { organizationId: id, name: organization.name };
}
