import "server-only";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";

// How long the editors' trash keeps deleted records, and the daily job that purges them after that.
// Kept apart from trash.ts: the job runs as a plain script (scripts/daily-jobs.ts), where lib/errors
// (it imports next/navigation) cannot load.

export const RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type TrashOptions = { now?: Date };

/** The moment from which on a deletion made at `deletedAt` can no longer be undone (and is purged). */
export function purgeDateOf(deletedAt: Date): Date {
  return new Date(deletedAt.getTime() + RETENTION_DAYS * DAY_MS);
}

/** Deletions made before this moment are past their retention. */
export function retentionCutoff(now: Date): Date {
  return new Date(now.getTime() - RETENTION_DAYS * DAY_MS);
}

export type PurgeResult = { offers: number; organizations: number };

/**
 * The daily job's part: hard-deletes offers and organisations deleted more than RETENTION_DAYS ago
 * (an organisation with all its offers, memberships and invitations), their search documents
 * included, and notes each purge in the audit log without an actor.
 */
export async function purgeExpiredDeletions(now: Date = new Date()): Promise<PurgeResult> {
  const cutoff = retentionCutoff(now);
  return prisma.$transaction(async (tx) => {
    const organizations = await tx.organization.findMany({ where: { deletedAt: { lt: cutoff } }, select: { id: true } });
    const organizationIds = organizations.map((o) => o.id);
    const offers = await tx.offer.findMany({
      where: { OR: [{ deletedAt: { lt: cutoff } }, { organizationId: { in: organizationIds } }] },
      select: { id: true, deletedAt: true },
    });
    const offerIds = offers.map((o) => o.id);
    if (offerIds.length > 0) {
      // Deleted explicitly (not left to the cascade) so the FTS triggers surely see every row go.
      await tx.offerSearchDocument.deleteMany({ where: { offerId: { in: offerIds } } });
      await tx.offer.deleteMany({ where: { id: { in: offerIds } } });
    }
    if (organizationIds.length > 0) await tx.organization.deleteMany({ where: { id: { in: organizationIds } } });
    // Offers that went with their organisation are part of its purge, not entries of their own.
    const purgedOffers = offers.filter((o) => o.deletedAt !== null && o.deletedAt < cutoff);
    for (const offer of purgedOffers) await recordAudit(tx, { actorId: null, action: "offer.purge", entityType: "offer", entityId: offer.id });
    for (const id of organizationIds) await recordAudit(tx, { actorId: null, action: "organization.purge", entityType: "organization", entityId: id });
    return { offers: purgedOffers.length, organizations: organizationIds.length };
  });
}
