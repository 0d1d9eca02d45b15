import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { OfferStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/features/accounts/types";
import { uniqueOrganizationSlug } from "@/features/moderation/create-organization";
import { inputToFormValues } from "@/features/offers/form-values";
import { writeOfferUpdate } from "@/features/offers/mutations";
import { offerColumns, offerSnapshot } from "@/features/offers/offer-snapshot";
import { deriveOccurrenceFields, scheduleToRows } from "@/features/offers/schedule";
import { uniqueOfferSlug } from "@/features/offers/slug";
import { isRefused, providerTransition, publishedAtAfter, type ProviderIntent } from "@/features/offers/status";
import { reindexOrganizationOffers } from "@/features/search/fts";
import { changedFields, recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError, ForbiddenError } from "@/lib/errors";
import { slugify } from "@/lib/slug";
import { insertOffers, insertRows, type BulkRow } from "./bulk-insert";
import { canImportPortalFile } from "./permissions";
import type { ImportPlan, ImportTarget, PlannedOffer } from "./validate";

// The confirmed import: the whole plan in one transaction — all offers or none. New offers become
// drafts, or go to review when the portal requires offer approval (the offer form's status table,
// features/offers/status.ts); a changed published offer is updated in place, or waits as a revision
// for review when approval is required, exactly like a save in the form. Unchanged offers are left
// alone. New offers are written in batches (5,000 offers in seconds); updates reuse the form's write.

type Tx = Prisma.TransactionClient;

export type ImportOutcome = {
  created: number;
  updated: number;
  unchanged: number;
  revisions: number;
  organizationsCreated: number;
};

const CHUNK = 200;
/** One transaction for the whole file: generous, as a 5,000-offer file takes seconds on a busy machine. */
const TRANSACTION_TIMEOUT_MS = 5 * 60_000;

/** The intent an imported offer is saved with (status.ts decides what it leads to). */
export function importIntent(current: OfferStatus | null, requireApproval: boolean): ProviderIntent {
  if (current === "PUBLISHED") return "publish";
  if (current === null || current === "DRAFT" || current === "PENDING_REVIEW") return requireApproval ? "publish" : "draft";
  // Rejected, blocked and deactivated offers keep their status; their content is updated.
  return "draft";
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Slugs for many new offers at once: the title's slug when free (in the database and this file), else the form's rule. */
async function assignSlugs(tx: Tx, offers: { title: string; uuid: string }[]): Promise<string[]> {
  const bases = offers.map((o) => slugify(o.title) || "angebot");
  const taken = new Set<string>();
  for (const batch of chunks([...new Set(bases)], 500)) {
    for (const row of await tx.offer.findMany({ where: { slug: { in: batch } }, select: { slug: true } })) taken.add(row.slug);
  }
  const slugs: string[] = [];
  for (let i = 0; i < offers.length; i++) {
    let slug = bases[i];
    if (taken.has(slug)) {
      const suffixed = `${bases[i]}-${offers[i].uuid.replace(/-/g, "").slice(0, 6)}`;
      slug =
        taken.has(suffixed) || (await tx.offer.findUnique({ where: { slug: suffixed }, select: { id: true } }))
          ? await uniqueOfferSlug(tx, offers[i].title, offers[i].uuid)
          : suffixed;
    }
    taken.add(slug);
    slugs.push(slug);
  }
  return slugs;
}

async function createOrganizations(tx: Tx, user: SessionUser, names: string[], now: Date): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const name of names) {
    const created = await tx.organization.create({
      data: { name, slug: await uniqueOrganizationSlug(tx, name), status: "APPROVED", approvedAt: now, lastConfirmedAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "organization.create",
      entityType: "organization",
      entityId: created.id,
      changedFields: ["approvedAt", "name", "slug", "status"],
      reason: "import",
    });
    ids.set(name, created.id);
  }
  return ids;
}

async function insertNewOffers(
  tx: Tx,
  user: SessionUser,
  offers: PlannedOffer[],
  organizationIds: Map<string, number>,
  status: OfferStatus,
  now: Date,
) {
  const prepared = offers.map((offer) => ({ offer, uuid: randomUUID() }));
  const slugs = await assignSlugs(
    tx,
    prepared.map((p) => ({ title: p.offer.input.title, uuid: p.uuid })),
  );
  const rowsOf = new Map<string, ReturnType<typeof scheduleToRows>>();
  const offerRows = prepared.map(({ offer, uuid }, i) => {
    const rows = scheduleToRows(offer.input.schedule);
    rowsOf.set(uuid, rows);
    const organizationId = "id" in offer.organization ? offer.organization.id : organizationIds.get(offer.organization.newName)!;
    return {
      uuid,
      slug: slugs[i],
      organizationId,
      ...offerColumns(offer.input, offer.location),
      scheduleKind: rows.scheduleKind,
      scheduleStartDate: rows.scheduleStartDate,
      scheduleEndDate: rows.scheduleEndDate,
      intervalWeeks: rows.intervalWeeks,
      ...deriveOccurrenceFields(offer.input.schedule, now, rows),
      status,
      publishedAt: publishedAtAfter(status, null, now),
      lastConfirmedAt: now,
      createdById: user.id,
      updatedById: user.id,
      createdAt: now,
      updatedAt: now,
    } satisfies Prisma.OfferUncheckedCreateInput;
  });
  const idByUuid = await insertOffers(tx, offerRows);
  const sets = {
    categories: [] as BulkRow[],
    targetGroups: [] as BulkRow[],
    languages: [] as BulkRow[],
    features: [] as BulkRow[],
    images: [] as BulkRow[],
    slots: [] as BulkRow[],
    dates: [] as BulkRow[],
    exceptions: [] as BulkRow[],
    audit: [] as BulkRow[],
  };
  for (const { offer, uuid } of prepared) {
    const offerId = idByUuid.get(uuid)!;
    const input = offer.input;
    const rows = rowsOf.get(uuid)!;
    for (const categoryId of input.categoryIds) sets.categories.push({ offerId, categoryId });
    for (const targetGroupId of input.targetGroupIds) sets.targetGroups.push({ offerId, targetGroupId });
    for (const code of input.languages) sets.languages.push({ offerId, code });
    for (const feature of input.accessibilityFeatures) sets.features.push({ offerId, feature });
    input.images.forEach((image, position) =>
      sets.images.push({
        offerId,
        path: image.path,
        alt: image.alt,
        copyright: image.copyright,
        position,
        kind: position === 0 ? "STAGE" : "CONTENT",
      }),
    );
    for (const slot of rows.slots) sets.slots.push({ offerId, ...slot });
    for (const date of rows.dates) sets.dates.push({ offerId, ...date });
    for (const date of rows.exceptions) sets.exceptions.push({ offerId, date });
    sets.audit.push({
      actorId: user.id,
      action: "offer.import",
      entityType: "offer",
      entityId: String(offerId),
      changedFields: JSON.stringify(changedFields(null, offerSnapshot(input, offer.location, status)).sort()),
      reason: null,
      createdAt: now,
    });
  }
  await insertRows(tx, "OfferCategory", sets.categories);
  await insertRows(tx, "OfferTargetGroup", sets.targetGroups);
  await insertRows(tx, "OfferLanguage", sets.languages);
  await insertRows(tx, "OfferAccessibilityFeature", sets.features);
  await insertRows(tx, "OfferImage", sets.images);
  await insertRows(tx, "OfferSlot", sets.slots);
  await insertRows(tx, "OfferDate", sets.dates);
  await insertRows(tx, "OfferException", sets.exceptions);
  await insertRows(tx, "AuditLog", sets.audit);
}

/** A changed existing offer: the form's write, or a pending revision (published offer, approval required). */
async function updateOffer(
  tx: Tx,
  user: SessionUser,
  offer: PlannedOffer,
  requireApproval: boolean,
  now: Date,
): Promise<"updated" | "revision"> {
  const stored = offer.stored!;
  const outcome = providerTransition(stored.status, importIntent(stored.status, requireApproval), { requireApproval });
  if (isRefused(outcome)) throw new AppError(`OfferForm.${outcome.refused}`, 409);
  if ("revision" in outcome) {
    const data = JSON.stringify(inputToFormValues(offer.input));
    const pending = await tx.offerRevision.findFirst({ where: { offerId: stored.id, status: "PENDING" }, select: { id: true } });
    if (pending) await tx.offerRevision.update({ where: { id: pending.id }, data: { data, createdById: user.id, createdAt: now } });
    else await tx.offerRevision.create({ data: { offerId: stored.id, data, createdById: user.id } });
    await recordAudit(tx, { actorId: user.id, action: "offer.submitRevision", entityType: "offer", entityId: stored.id, reason: "import" });
    return "revision";
  }
  await tx.offerRevision.updateMany({
    where: { offerId: stored.id, status: "PENDING" },
    data: { status: "SUPERSEDED", decidedById: user.id, decidedAt: now },
  });
  await writeOfferUpdate(tx, {
    user,
    offerId: stored.id,
    stored,
    input: offer.input,
    location: offer.location,
    status: outcome.status,
    now,
    auditAction: "offer.import",
  });
  return "updated";
}

export type ApplyOptions = { now?: Date; createOrganizations?: boolean; fileName: string };

/** Writes a plan without errors. Refuses a plan with errors, or with new organisations not agreed to. */
export async function applyImportPlan(
  user: SessionUser,
  plan: ImportPlan,
  target: ImportTarget,
  options: ApplyOptions,
): Promise<ImportOutcome> {
  if (plan.errors.length > 0) throw new AppError("OfferExchange.confirm.hasErrors", 400);
  if (plan.newOrganizations.length > 0) {
    if (!canImportPortalFile(user)) throw new ForbiddenError();
    if (!options.createOrganizations) throw new AppError("OfferExchange.confirm.organizationsNotConfirmed", 409);
  }
  const now = options.now ?? new Date();
  const settings = await prisma.settings.findUnique({ where: { id: 1 }, select: { requireOfferApproval: true } });
  const requireApproval = settings?.requireOfferApproval ?? false;
  const newStatus = providerTransition(null, importIntent(null, requireApproval), { requireApproval });
  if (!("status" in newStatus)) throw new AppError("ActionErrors.unexpected", 500);

  return prisma.$transaction(
    async (tx) => {
      const organizationIds = await createOrganizations(tx, user, plan.newOrganizations, now);
      const creates = plan.offers.filter((o) => o.action === "create");
      await insertNewOffers(tx, user, creates, organizationIds, newStatus.status, now);
      let updated = 0;
      let revisions = 0;
      for (const offer of plan.offers.filter((o) => o.action === "update")) {
        if ((await updateOffer(tx, user, offer, requireApproval, now)) === "revision") revisions += 1;
        else updated += 1;
      }
      const touched = new Set<number>();
      for (const offer of creates)
        touched.add("id" in offer.organization ? offer.organization.id : organizationIds.get(offer.organization.newName)!);
      for (const organizationId of touched) await reindexOrganizationOffers(tx, organizationId);
      const outcome: ImportOutcome = {
        created: creates.length,
        updated,
        unchanged: plan.counts.unchanged,
        revisions,
        organizationsCreated: organizationIds.size,
      };
      await recordAudit(tx, {
        actorId: user.id,
        action: "offer.import",
        entityType: "organization",
        entityId: target.kind === "organization" ? target.organizationId : "portal",
        reason: JSON.stringify({ file: options.fileName.slice(0, 120), ...outcome }),
      });
      return outcome;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}
