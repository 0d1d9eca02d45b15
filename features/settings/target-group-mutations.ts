import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import type { Prisma } from "@/generated/prisma/client";
import { valueChanges } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { requireId } from "@/lib/ids";
import { parseInput } from "@/lib/validation";
import { assertCanManageSettings } from "./permissions";
import { TARGET_GROUP_ERRORS_NAMESPACE, TargetGroupSchema } from "./target-group-schemas";
import {
  VOCABULARY_TRANSACTION_TIMEOUT_MS,
  auditMerge,
  auditTerm,
  freeTermSlug,
  missingLinks,
  movedPositions,
  nameFields,
  rewritePendingRevisions,
  snapshotChanges,
  translationRows,
  type NameFields,
} from "./term-mutations";

// The target groups kept by admins: create, edit (names, age range), reorder, delete when unused,
// merge. Every write is one transaction with an audit entry carrying old and new values. A changed
// German name changes the slug; the old slug stays an alias so search links (?zielgruppe=…) keep
// working. Search link bits: a new group gets its bit slot from the insert trigger (migration 0012),
// a deleted one frees it; links are only ever inserted and deleted, so the link triggers keep every
// offer's bits right (a group is deleted only without links, so no offer keeps a freed slot's bit).

type Tx = Prisma.TransactionClient;

/** Refused with where the group is still used (the page lists the same count with a link). */
export class TargetGroupInUseError extends AppError {
  constructor(values: { offers: number }) {
    super("TargetGroupSettings.errors.inUse", 409, { values });
  }
}

const error = (field: string, key: string) => new ValidationError({ [field]: [`${TARGET_GROUP_ERRORS_NAMESPACE}.${key}`] });

async function freeSlug(tx: Tx, name: string, selfId: number | null): Promise<string> {
  const slug = await freeTermSlug(name, selfId, {
    fallback: "zielgruppe",
    termIdOf: async (slug) => (await tx.targetGroup.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null,
    aliasTermIdOf: async (slug) =>
      (await tx.targetGroupSlugAlias.findUnique({ where: { slug }, select: { targetGroupId: true } }))?.targetGroupId ?? null,
  });
  if (!slug) throw error("names.de", "nameTaken");
  return slug;
}

type Snapshot = { slug: string; ageMin: number | null; ageMax: number | null } & NameFields;

async function snapshot(tx: Tx, id: number): Promise<Snapshot | null> {
  const row = await tx.targetGroup.findUnique({
    where: { id },
    select: { slug: true, name: true, ageMin: true, ageMax: true, translations: { select: { locale: true, name: true } } },
  });
  return row ? { slug: row.slug, ageMin: row.ageMin, ageMax: row.ageMax, ...nameFields(row) } : null;
}

export async function createTargetGroupFor(user: SessionUser | null, input: unknown): Promise<{ id: number; slug: string }> {
  assertCanManageSettings(user);
  const data = parseInput(TargetGroupSchema, input, TARGET_GROUP_ERRORS_NAMESPACE);
  return prisma.$transaction(async (tx) => {
    const slug = await freeSlug(tx, data.names.de, null);
    const last = await tx.targetGroup.aggregate({ _max: { position: true } });
    const created = await tx.targetGroup.create({
      data: {
        slug,
        name: data.names.de,
        ageMin: data.ageMin,
        ageMax: data.ageMax,
        position: (last._max.position ?? -1) + 1,
        translations: { create: translationRows(data.names) },
      },
      select: { id: true, slug: true },
    });
    const after = (await snapshot(tx, created.id))!;
    await auditTerm(tx, user.id, "targetGroup", "create", created.id, snapshotChanges(null, after));
    return created;
  });
}

export async function updateTargetGroupFor(
  user: SessionUser | null,
  targetGroupId: unknown,
  input: unknown,
): Promise<{ changedFields: string[] }> {
  assertCanManageSettings(user);
  const id = requireId(targetGroupId);
  const data = parseInput(TargetGroupSchema, input, TARGET_GROUP_ERRORS_NAMESPACE);
  return prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) throw new NotFoundError();
    const slug = before["name.de"] !== data.names.de ? await freeSlug(tx, data.names.de, id) : before.slug;
    await tx.targetGroup.update({ where: { id }, data: { slug, name: data.names.de, ageMin: data.ageMin, ageMax: data.ageMax } });
    await tx.targetGroupTranslation.deleteMany({ where: { targetGroupId: id } });
    await tx.targetGroupTranslation.createMany({ data: translationRows(data.names).map((row) => ({ ...row, targetGroupId: id })) });
    if (slug !== before.slug) {
      // The old slug keeps old links working; the new one is no longer anybody's alias.
      await tx.targetGroupSlugAlias.deleteMany({ where: { slug } });
      await tx.targetGroupSlugAlias.create({ data: { slug: before.slug, targetGroupId: id } });
    }
    const changes = valueChanges(before, (await snapshot(tx, id))!);
    const fields = Object.keys(changes);
    if (fields.length === 0) return { changedFields: [] };
    await auditTerm(tx, user.id, "targetGroup", "update", id, changes);
    return { changedFields: fields };
  });
}

/** Swaps the group with its neighbour in the order (positions are renumbered 0…n-1 on the way). */
export async function moveTargetGroupFor(
  user: SessionUser | null,
  targetGroupId: unknown,
  direction: "up" | "down",
): Promise<{ moved: boolean }> {
  assertCanManageSettings(user);
  const id = requireId(targetGroupId);
  return prisma.$transaction(async (tx) => {
    if (!(await tx.targetGroup.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError();
    const siblings = await tx.targetGroup.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, position: true },
    });
    const move = movedPositions(siblings, id, direction);
    if (!move) return { moved: false };
    for (const update of move.updates) await tx.targetGroup.update({ where: { id: update.id }, data: { position: update.position } });
    await auditTerm(tx, user.id, "targetGroup", "move", id, { position: { from: move.from, to: move.to } });
    return { moved: true };
  });
}

/** Deletes an unused target group; one still in use is refused with its count (merge it instead). */
export async function deleteTargetGroupFor(user: SessionUser | null, targetGroupId: unknown): Promise<{ slug: string }> {
  assertCanManageSettings(user);
  const id = requireId(targetGroupId);
  return prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) throw new NotFoundError();
    const offers = await tx.offerTargetGroup.count({ where: { targetGroupId: id } });
    if (offers > 0) throw new TargetGroupInUseError({ offers });
    await tx.targetGroup.delete({ where: { id } });
    await auditTerm(tx, user.id, "targetGroup", "delete", id, snapshotChanges(before, null));
    return { slug: before.slug };
  });
}

/**
 * Merges `sourceId` into `targetId` in one transaction: every offer linked to the source is linked to
 * the target instead (no duplicates; the link triggers move the search bits), pending offer revisions
 * name the target, the source's slug and aliases become aliases of the target (old links keep
 * working), and the source is deleted (freeing its bit slot). Audited on both groups.
 */
export async function mergeTargetGroupFor(
  user: SessionUser | null,
  sourceTargetGroupId: unknown,
  targetTargetGroupId: unknown,
): Promise<{ offers: number }> {
  assertCanManageSettings(user);
  const sourceId = requireId(sourceTargetGroupId);
  const targetId = requireId(targetTargetGroupId);
  if (sourceId === targetId) throw error("targetId", "mergeSame");
  return prisma.$transaction(
    async (tx) => {
      const [source, target] = await Promise.all([
        tx.targetGroup.findUnique({ where: { id: sourceId }, select: { slug: true } }),
        tx.targetGroup.findUnique({ where: { id: targetId }, select: { slug: true } }),
      ]);
      if (!source) throw new NotFoundError();
      if (!target) throw error("targetId", "mergeTargetInvalid");
      const offerIds = (await tx.offerTargetGroup.findMany({ where: { targetGroupId: sourceId }, select: { offerId: true } })).map(
        (r) => r.offerId,
      );
      // Link rows are deleted and inserted (not updated), so the search's link triggers see every change.
      await tx.offerTargetGroup.deleteMany({ where: { targetGroupId: sourceId } });
      const linked = await tx.offerTargetGroup.findMany({
        where: { targetGroupId: targetId, offerId: { in: offerIds } },
        select: { offerId: true },
      });
      await tx.offerTargetGroup.createMany({
        data: missingLinks(
          offerIds,
          linked.map((r) => r.offerId),
        ).map((offerId) => ({ offerId, targetGroupId: targetId })),
      });
      await rewritePendingRevisions(tx, "targetGroupIds", sourceId, targetId);
      await tx.targetGroupSlugAlias.updateMany({ where: { targetGroupId: sourceId }, data: { targetGroupId: targetId } });
      await tx.targetGroupSlugAlias.create({ data: { slug: source.slug, targetGroupId: targetId } });
      await tx.targetGroup.delete({ where: { id: sourceId } });
      const changes = { mergedInto: { from: source.slug, to: target.slug }, offers: { from: offerIds.length, to: 0 } };
      await auditMerge(tx, user.id, "targetGroup", sourceId, targetId, changes);
      return { offers: offerIds.length };
    },
    { timeout: VOCABULARY_TRANSACTION_TIMEOUT_MS },
  );
}
