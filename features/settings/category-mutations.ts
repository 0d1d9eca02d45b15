import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import type { Prisma } from "@/generated/prisma/client";
import { valueChanges } from "@/lib/audit";
import { reindexCategoryOffers } from "@/features/search/fts";
import { prisma } from "@/lib/db";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { requireId } from "@/lib/ids";
import { parseInput } from "@/lib/validation";
import { assertCanManageSettings } from "./permissions";
import { CATEGORY_ERRORS_NAMESPACE, CategorySchema } from "./category-schemas";
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

// The category taxonomy (two levels) kept by admins: create, edit, reorder, delete when unused,
// merge. Every write is one transaction with an audit entry carrying old and new values. A changed
// German name changes the slug; the old slug stays as an alias so search links keep working.

type Tx = Prisma.TransactionClient;

/** Refused with where the term is still used (the page lists the same counts with links). */
export class CategoryInUseError extends AppError {
  constructor(values: { offers: number; providers: number; children: number }) {
    super("Vocabulary.errors.inUse", 409, { values });
  }
}

const error = (field: string, key: string) => new ValidationError({ [field]: [`${CATEGORY_ERRORS_NAMESPACE}.${key}`] });

/** A root category (a category's parent must be one: the tree has two levels). */
async function assertValidParent(tx: Tx, parentId: number | null, selfId: number | null): Promise<void> {
  if (parentId === null) return;
  const parent = await tx.category.findUnique({ where: { id: parentId }, select: { id: true, parentId: true } });
  if (!parent || parent.parentId !== null || parent.id === selfId) throw error("parentId", "parentInvalid");
  if (selfId !== null && (await tx.category.count({ where: { parentId: selfId } })) > 0) throw error("parentId", "hasChildren");
}

async function freeSlug(tx: Tx, name: string, selfId: number | null): Promise<string> {
  const slug = await freeTermSlug(name, selfId, {
    fallback: "kategorie",
    termIdOf: async (slug) => (await tx.category.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null,
    aliasTermIdOf: async (slug) =>
      (await tx.categorySlugAlias.findUnique({ where: { slug }, select: { categoryId: true } }))?.categoryId ?? null,
  });
  if (!slug) throw error("names.de", "nameTaken");
  return slug;
}

type Snapshot = { slug: string; parentId: number | null; color: string | null; icon: string | null } & NameFields;

async function snapshot(tx: Tx, id: number): Promise<Snapshot | null> {
  const row = await tx.category.findUnique({
    where: { id },
    select: { slug: true, name: true, parentId: true, color: true, icon: true, translations: { select: { locale: true, name: true } } },
  });
  if (!row) return null;
  return { slug: row.slug, parentId: row.parentId, color: row.color, icon: row.icon, ...nameFields(row) };
}

export async function createCategoryFor(user: SessionUser | null, input: unknown): Promise<{ id: number; slug: string }> {
  assertCanManageSettings(user);
  const data = parseInput(CategorySchema, input, CATEGORY_ERRORS_NAMESPACE);
  return prisma.$transaction(async (tx) => {
    await assertValidParent(tx, data.parentId, null);
    const slug = await freeSlug(tx, data.names.de, null);
    const last = await tx.category.aggregate({ where: { parentId: data.parentId }, _max: { position: true } });
    const created = await tx.category.create({
      data: {
        slug,
        name: data.names.de,
        parentId: data.parentId,
        color: data.color,
        icon: data.icon,
        position: (last._max.position ?? -1) + 1,
        translations: { create: translationRows(data.names) },
      },
      select: { id: true, slug: true },
    });
    const after = (await snapshot(tx, created.id))!;
    await auditTerm(tx, user.id, "category", "create", created.id, snapshotChanges(null, after));
    return created;
  });
}

export async function updateCategoryFor(
  user: SessionUser | null,
  categoryId: unknown,
  input: unknown,
): Promise<{ changedFields: string[] }> {
  assertCanManageSettings(user);
  const id = requireId(categoryId);
  const data = parseInput(CategorySchema, input, CATEGORY_ERRORS_NAMESPACE);
  return prisma.$transaction(
    async (tx) => {
      const before = await snapshot(tx, id);
      if (!before) throw new NotFoundError();
      await assertValidParent(tx, data.parentId, id);
      const nameChanged = before["name.de"] !== data.names.de;
      const slug = nameChanged ? await freeSlug(tx, data.names.de, id) : before.slug;
      const parentChanged = before.parentId !== data.parentId;
      let position: number | undefined;
      if (parentChanged) {
        const last = await tx.category.aggregate({ where: { parentId: data.parentId }, _max: { position: true } });
        position = (last._max.position ?? -1) + 1;
      }
      await tx.category.update({
        where: { id },
        data: {
          slug,
          name: data.names.de,
          parentId: data.parentId,
          color: data.color,
          icon: data.icon,
          ...(position === undefined ? {} : { position }),
        },
      });
      await tx.categoryTranslation.deleteMany({ where: { categoryId: id } });
      await tx.categoryTranslation.createMany({ data: translationRows(data.names).map((row) => ({ ...row, categoryId: id })) });
      if (slug !== before.slug) {
        // The old slug keeps old links working; the new one is no longer anybody's alias.
        await tx.categorySlugAlias.deleteMany({ where: { slug } });
        await tx.categorySlugAlias.create({ data: { slug: before.slug, categoryId: id } });
      }
      const after = (await snapshot(tx, id))!;
      const changes = valueChanges(before, after);
      const fields = Object.keys(changes);
      if (fields.length === 0) return { changedFields: [] };
      // The category's names (and its parent's) are part of its offers' search documents.
      if (fields.some((field) => field.startsWith("name.") || field === "parentId")) {
        const children = await tx.category.findMany({ where: { parentId: id }, select: { id: true } });
        for (const categoryId of [id, ...children.map((c) => c.id)]) await reindexCategoryOffers(tx, categoryId);
      }
      await auditTerm(tx, user.id, "category", "update", id, changes);
      return { changedFields: fields };
    },
    { timeout: VOCABULARY_TRANSACTION_TIMEOUT_MS },
  );
}

/** Swaps the category with its neighbour among its siblings (positions are renumbered 0…n-1 on the way). */
export async function moveCategoryFor(
  user: SessionUser | null,
  categoryId: unknown,
  direction: "up" | "down",
): Promise<{ moved: boolean }> {
  assertCanManageSettings(user);
  const id = requireId(categoryId);
  return prisma.$transaction(async (tx) => {
    const self = await tx.category.findUnique({ where: { id }, select: { parentId: true } });
    if (!self) throw new NotFoundError();
    const siblings = await tx.category.findMany({
      where: { parentId: self.parentId },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, position: true },
    });
    const move = movedPositions(siblings, id, direction);
    if (!move) return { moved: false };
    for (const update of move.updates) await tx.category.update({ where: { id: update.id }, data: { position: update.position } });
    await auditTerm(tx, user.id, "category", "move", id, { position: { from: move.from, to: move.to } });
    return { moved: true };
  });
}

/** Where a category is used: offers and providers linked to it, and its subcategories. */
export async function categoryUsage(db: Tx | typeof prisma, id: number): Promise<{ offers: number; providers: number; children: number }> {
  const [offers, providers, children] = await Promise.all([
    db.offerCategory.count({ where: { categoryId: id } }),
    db.organizationCategory.count({ where: { categoryId: id } }),
    db.category.count({ where: { parentId: id } }),
  ]);
  return { offers, providers, children };
}

/** Deletes an unused category; one still in use is refused with its counts (merge it instead). */
export async function deleteCategoryFor(user: SessionUser | null, categoryId: unknown): Promise<{ slug: string }> {
  assertCanManageSettings(user);
  const id = requireId(categoryId);
  return prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) throw new NotFoundError();
    const usage = await categoryUsage(tx, id);
    if (usage.offers + usage.providers + usage.children > 0) throw new CategoryInUseError(usage);
    await tx.category.delete({ where: { id } });
    await auditTerm(tx, user.id, "category", "delete", id, snapshotChanges(before, null));
    return { slug: before.slug };
  });
}

/**
 * Merges `sourceId` into `targetId` in one transaction: every offer and provider linked to the source
 * is linked to the target instead (no duplicates), subcategories move over, pending offer revisions
 * name the target, the source's slug and aliases become aliases of the target (old links keep
 * working), and the source is deleted. Audited on both categories.
 */
export async function mergeCategoryFor(
  user: SessionUser | null,
  sourceCategoryId: unknown,
  targetCategoryId: unknown,
): Promise<{ offers: number; providers: number }> {
  assertCanManageSettings(user);
  const sourceId = requireId(sourceCategoryId);
  const targetId = requireId(targetCategoryId);
  if (sourceId === targetId) throw error("targetId", "mergeSame");
  return prisma.$transaction(
    async (tx) => {
      const [source, target] = await Promise.all([
        tx.category.findUnique({ where: { id: sourceId }, select: { slug: true, parentId: true, _count: { select: { children: true } } } }),
        tx.category.findUnique({ where: { id: targetId }, select: { slug: true, parentId: true } }),
      ]);
      if (!source) throw new NotFoundError();
      if (!target) throw error("targetId", "mergeTargetInvalid");
      // Subcategories can only move under a root; a target below the source would vanish with it.
      if (source._count.children > 0 && target.parentId !== null) throw error("targetId", "mergeTargetNotRoot");

      const offerIds = (await tx.offerCategory.findMany({ where: { categoryId: sourceId }, select: { offerId: true } })).map(
        (r) => r.offerId,
      );
      const organizationIds = (
        await tx.organizationCategory.findMany({ where: { categoryId: sourceId }, select: { organizationId: true } })
      ).map((r) => r.organizationId);
      // Link rows are deleted and inserted (not updated), so the search's link triggers see every change.
      await tx.offerCategory.deleteMany({ where: { categoryId: sourceId } });
      await tx.organizationCategory.deleteMany({ where: { categoryId: sourceId } });
      const offersLinked = await tx.offerCategory.findMany({
        where: { categoryId: targetId, offerId: { in: offerIds } },
        select: { offerId: true },
      });
      const organizationsLinked = await tx.organizationCategory.findMany({
        where: { categoryId: targetId, organizationId: { in: organizationIds } },
        select: { organizationId: true },
      });
      await tx.offerCategory.createMany({
        data: missingLinks(
          offerIds,
          offersLinked.map((r) => r.offerId),
        ).map((offerId) => ({ offerId, categoryId: targetId })),
      });
      await tx.organizationCategory.createMany({
        data: missingLinks(
          organizationIds,
          organizationsLinked.map((r) => r.organizationId),
        ).map((organizationId) => ({
          organizationId,
          categoryId: targetId,
        })),
      });
      await tx.category.updateMany({ where: { parentId: sourceId }, data: { parentId: targetId } });
      await rewritePendingRevisions(tx, "categoryIds", sourceId, targetId);
      await tx.categorySlugAlias.updateMany({ where: { categoryId: sourceId }, data: { categoryId: targetId } });
      await tx.categorySlugAlias.create({ data: { slug: source.slug, categoryId: targetId } });
      await tx.category.delete({ where: { id: sourceId } });
      await reindexCategoryOffers(tx, targetId);
      const changes = {
        mergedInto: { from: source.slug, to: target.slug },
        offers: { from: offerIds.length, to: 0 },
        providers: { from: organizationIds.length, to: 0 },
      };
      await auditMerge(tx, user.id, "category", sourceId, targetId, changes);
      return { offers: offerIds.length, providers: organizationIds.length };
    },
    { timeout: VOCABULARY_TRANSACTION_TIMEOUT_MS },
  );
}
