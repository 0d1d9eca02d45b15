import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit, valueChanges } from "@/lib/audit";
import { uniqueSlug } from "@/lib/slug";
import { TERM_LOCALES, type TermNames } from "./term-schemas";

/**
 * Vocabulary saves that rewrite many offers in their transaction — a rename or merge reindexes every
 * offer of the term (a root category at 100,000 offers: ~30,000 search documents), a merge moves every
 * link, a postal code's move re-districts its offers — take seconds on a busy machine, beyond Prisma's
 * default 5 s for an interactive transaction (after which the whole save is rolled back).
 */
export const VOCABULARY_TRANSACTION_TIMEOUT_MS = 2 * 60_000;

export { nameFields, type NameFields } from "./term-queries";

// Pieces the vocabulary mutations (categories, target groups) share: names per locale, free slugs
// that respect former slugs (aliases), the up/down move among siblings and pending revisions that
// name a merged-away term.

type Tx = Prisma.TransactionClient;

/** The translation rows of the non-German names given. */
export function translationRows(names: TermNames): { locale: string; name: string }[] {
  return TERM_LOCALES.filter((locale) => locale !== "de" && names[locale]).map((locale) => ({ locale, name: names[locale]! }));
}

/**
 * A slug for `name` that neither another term nor another term's former slug (alias) holds; a term
 * may take back one of its own former slugs. Null when no suffix up to 999 is free.
 */
export function freeTermSlug(
  name: string,
  selfId: number | null,
  options: {
    fallback: string;
    termIdOf: (slug: string) => Promise<number | null>;
    aliasTermIdOf: (slug: string) => Promise<number | null>;
  },
): Promise<string | null> {
  return uniqueSlug(name, {
    fallback: options.fallback,
    suffixes: (function* () {
      for (let n = 2; n < 1000; n++) yield String(n);
    })(),
    isTaken: async (candidate) => {
      const [term, alias] = await Promise.all([options.termIdOf(candidate), options.aliasTermIdOf(candidate)]);
      return (term !== null && term !== selfId) || (alias !== null && alias !== selfId);
    },
  });
}

/**
 * The new order of `siblings` (in their current order) after moving `id` one place up or down, as
 * the position updates to write (positions renumbered 0…n-1); null at the edge.
 */
export function movedPositions(
  siblings: { id: number; position: number }[],
  id: number,
  direction: "up" | "down",
): { from: number; to: number; updates: { id: number; position: number }[] } | null {
  const index = siblings.findIndex((s) => s.id === id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= siblings.length) return null;
  const order = siblings.map((s) => s.id);
  [order[index], order[target]] = [order[target], order[index]];
  const updates = order
    .map((siblingId, position) => ({ id: siblingId, position }))
    .filter((update) => siblings.find((s) => s.id === update.id)!.position !== update.position);
  return { from: index, to: target, updates };
}

/** Ids of `linked` that are not in `alreadyLinked` (the links a merge has to create on the target). */
export function missingLinks(linked: number[], alreadyLinked: number[]): number[] {
  const present = new Set(alreadyLinked);
  return linked.filter((id) => !present.has(id));
}

/** Pending offer revisions carry term ids in their JSON (`key`): a merged-away id becomes the target's. */
export async function rewritePendingRevisions(
  tx: Tx,
  key: "categoryIds" | "targetGroupIds",
  sourceId: number,
  targetId: number,
): Promise<void> {
  const pending = await tx.offerRevision.findMany({ where: { status: "PENDING" }, select: { id: true, data: true } });
  for (const revision of pending) {
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(revision.data);
    } catch {
      continue;
    }
    const ids = data?.[key];
    if (!Array.isArray(ids) || !ids.some((id) => Number(id) === sourceId)) continue;
    const merged = [...new Set(ids.map((id) => (Number(id) === sourceId ? targetId : Number(id))))];
    await tx.offerRevision.update({ where: { id: revision.id }, data: { data: JSON.stringify({ ...data, [key]: merged }) } });
  }
}

type TermEntity = "category" | "targetGroup";
type Changes = Record<string, { from: unknown; to: unknown }>;

/** The audit entry of a vocabulary change ("<entity>.<verb>") with old and new values. */
export async function auditTerm(
  tx: Tx,
  actorId: number,
  entity: TermEntity,
  verb: "create" | "update" | "move" | "delete",
  entityId: number,
  changes: Changes,
): Promise<void> {
  await recordAudit(tx, {
    actorId,
    action: `${entity}.${verb}`,
    entityType: entity,
    entityId,
    changedFields: Object.keys(changes),
    changes,
  });
}

/** A created term's values (every field from null), or a deleted one's (every field to null). */
export function snapshotChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Changes {
  return after ? valueChanges(null, after) : valueChanges(before, {}, Object.keys(before ?? {}));
}

/** A merge is audited on both terms: the source (gone) and the target (which took its links and slugs). */
export async function auditMerge(tx: Tx, actorId: number, entity: TermEntity, sourceId: number, targetId: number, changes: Changes) {
  for (const entityId of [sourceId, targetId]) {
    await recordAudit(tx, { actorId, action: `${entity}.merge`, entityType: entity, entityId, changedFields: ["mergedInto"], changes });
  }
}
