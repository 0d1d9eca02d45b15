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

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/** Offers purged per transaction: each holds the write lock for milliseconds, not for the whole job. */
export const PURGE_BATCH_SIZE = 50;

/**
 * The daily job's part: hard-deletes offers and organisations deleted more than RETENTION_DAYS ago
 * (an organisation with all its offers, memberships and invitations), their search documents
 * included, and notes each purge in the audit log without an actor.
 *
 * It runs next to the live server, so it works in short transactions — a batch of offers, or one
 * organisation — and each re-reads what it deletes: a record restored meanwhile stays.
 */
export async function purgeExpiredDeletions(now: Date = new Date()): Promise<PurgeResult> {
  const cutoff = retentionCutoff(now);
  let offers = 0;
  for (;;) {
    const batch = await prisma.$transaction(async (tx) => {
      const expired = await tx.offer.findMany({
        where: { deletedAt: { lt: cutoff } },
        select: { id: true },
        orderBy: { id: "asc" },
        take: PURGE_BATCH_SIZE,
      });
      await deleteOffers(
        tx,
        expired.map((o) => o.id),
      );
      for (const offer of expired) await recordAudit(tx, { actorId: null, action: "offer.purge", entityType: "offer", entityId: offer.id });
      return expired.length;
    });
    offers += batch;
    if (batch < PURGE_BATCH_SIZE) break;
  }

  const candidates = await prisma.organization.findMany({
    where: { deletedAt: { lt: cutoff } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  let organizations = 0;
  for (const { id } of candidates) {
    const purged = await prisma.$transaction(async (tx) => {
      const organization = await tx.organization.findFirst({ where: { id, deletedAt: { lt: cutoff } }, select: { id: true } });
      if (!organization) return false;
      // Its offers go with it and are part of its purge, not entries of their own.
      const ownOffers = await tx.offer.findMany({ where: { organizationId: id }, select: { id: true } });
      await deleteOffers(
        tx,
        ownOffers.map((o) => o.id),
      );
      await tx.organization.delete({ where: { id } });
      await recordAudit(tx, { actorId: null, action: "organization.purge", entityType: "organization", entityId: id });
      return true;
    });
    if (purged) organizations += 1;
  }
  return { offers, organizations };
}

async function deleteOffers(tx: Tx, offerIds: number[]): Promise<void> {
  if (offerIds.length === 0) return;
  // Deleted explicitly (not left to the cascade) so the FTS triggers surely see every row go.
  await tx.offerSearchDocument.deleteMany({ where: { offerId: { in: offerIds } } });
  await tx.offer.deleteMany({ where: { id: { in: offerIds } } });
}
