import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { GeoSource, OfferStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/features/accounts/types";
import { notifyEditorsOfSubmission } from "@/features/notifications/editor-notifications";
import { reindexOffer } from "@/features/search/fts";
import { changedFields, recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError, NotFoundError, UnauthorizedError, ValidationError, type FieldErrors } from "@/lib/errors";
import { locateAddress } from "@/lib/geocode";
import { isUploadPath } from "@/lib/uploads";
import { inputToFormValues } from "./form-values";
import {
  offerColumns,
  offerSnapshot,
  storedOfferSnapshot,
  storedSnapshotSelect,
  type OfferSnapshot,
  type ResolvedLocation,
} from "./offer-snapshot";
import { canEditOffersOf } from "./permissions";
import { writeOfferSchedule } from "./schedule-store";
import { uniqueOfferSlug } from "./slug";
import { OfferInputSchema, SaveIntentSchema, type OfferInput, type SaveIntent } from "./schemas";
import { isRefused, providerTransition, publishedAtAfter } from "./status";
import { requireId } from "@/lib/ids";

// Creating and editing offers by providers (and editors on their behalf). Order in every save:
// permission on the loaded record → validation (the form's schema) → checks against the database
// (categories, target groups, uploaded images) → geocoding (outside the transaction, never fails)
// → one transaction: offer row, schedule rows + derived columns, sets, search document, audit.

type Tx = Prisma.TransactionClient;

export type SaveOfferResult = {
  id: number;
  slug: string;
  status: OfferStatus;
  /** True when the edit waits for review as an OfferRevision (the public keeps the old version). */
  revision: boolean;
  /** Where the position came from — "POSTAL_CODE" lets the form say the pin is only approximate. */
  geoSource: GeoSource;
};

function requirePresent(user: SessionUser | null | undefined): SessionUser {
  if (!user) throw new UnauthorizedError();
  return user;
}

/** The schema's message keys are relative to the form's namespace; server errors carry full keys. */
function offerValidationError(fieldErrors: FieldErrors): ValidationError {
  const prefixed: FieldErrors = {};
  for (const [field, keys] of Object.entries(fieldErrors))
    prefixed[field] = keys.map((key) => (key.includes(" ") ? key : `OfferForm.${key}`));
  return new ValidationError(prefixed);
}

function parseOfferInput(input: unknown): OfferInput {
  const parsed = OfferInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  return throwFrom(ValidationError.fromZod(parsed.error).fieldErrors);
}

function throwFrom(fieldErrors: FieldErrors): never {
  throw offerValidationError(fieldErrors);
}

function parseIntent(intent: unknown): SaveIntent {
  const parsed = SaveIntentSchema.safeParse(intent);
  if (!parsed.success) throw new ValidationError({}, "ActionErrors.validation");
  return parsed.data;
}

async function requireApproval(): Promise<boolean> {
  const settings = await prisma.settings.findUnique({ where: { id: 1 }, select: { requireOfferApproval: true } });
  return settings?.requireOfferApproval ?? false;
}

/** Categories and target groups must exist; images must be files our upload route stored. */
async function checkReferences(input: OfferInput): Promise<void> {
  const errors: FieldErrors = {};
  const categories = await prisma.category.count({ where: { id: { in: input.categoryIds } } });
  if (categories !== input.categoryIds.length) errors.categoryIds = ["errors.unknownCategory"];
  if (input.targetGroupIds.length > 0) {
    const groups = await prisma.targetGroup.count({ where: { id: { in: input.targetGroupIds } } });
    if (groups !== input.targetGroupIds.length) errors.targetGroupIds = ["errors.unknownTargetGroup"];
  }
  input.images.forEach((image, index) => {
    if (!isUploadPath(image.path)) errors[`images.${index}.path`] = ["errors.imagePath"];
  });
  if (Object.keys(errors).length > 0) throwFrom(errors);
}

type OrganizationAddress = {
  id: number;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  lat: number | null;
  lng: number | null;
  districtId: number | null;
  geoSource: GeoSource;
};

const organizationAddressSelect = {
  id: true,
  street: true,
  postalCode: true,
  city: true,
  lat: true,
  lng: true,
  districtId: true,
  geoSource: true,
} satisfies Prisma.OrganizationSelect;

type StoredPosition = {
  street: string | null;
  postalCode: string | null;
  city: string | null;
  lat: number | null;
  lng: number | null;
  districtId: number | null;
  geoSource: GeoSource;
};

async function districtOfPostalCode(postalCode: string | null): Promise<number | null> {
  if (!postalCode) return null;
  const row = await prisma.postalCode.findUnique({ where: { code: postalCode }, select: { districtId: true } });
  return row?.districtId ?? null;
}

/**
 * The stored location: nothing for online/none; the organisation's address when the form keeps
 * "same as organisation"; the dragged pin as given (MANUAL); else the geocoder or the postal code's
 * centre. An unchanged, already located address is not geocoded again.
 */
async function resolveLocation(
  location: OfferInput["location"],
  organization: OrganizationAddress,
  stored: StoredPosition | null,
): Promise<ResolvedLocation> {
  const common = {
    locationType: location.type,
    locationNote: location.note,
    onlineUrl: location.type === "ONLINE" ? location.onlineUrl : null,
  };
  if (location.type !== "ADDRESS") {
    return {
      ...common,
      locationName: null,
      street: null,
      postalCode: null,
      city: null,
      lat: null,
      lng: null,
      districtId: null,
      geoSource: "NONE",
    };
  }
  const address = location.sameAsOrganization
    ? { street: organization.street, postalCode: organization.postalCode, city: organization.city }
    : { street: location.street, postalCode: location.postalCode, city: location.city };
  const base = { ...common, locationName: location.locationName, ...address };
  if (location.pinMoved && location.lat !== null && location.lng !== null) {
    return {
      ...base,
      lat: location.lat,
      lng: location.lng,
      districtId: await districtOfPostalCode(address.postalCode),
      geoSource: "MANUAL",
    };
  }
  const sameAddress = (a: { street: string | null; postalCode: string | null; city: string | null }) =>
    a.street === address.street && a.postalCode === address.postalCode && a.city === address.city;
  if (location.sameAsOrganization && organization.lat !== null && organization.lng !== null) {
    return {
      ...base,
      lat: organization.lat,
      lng: organization.lng,
      districtId: organization.districtId,
      geoSource: organization.geoSource === "NONE" ? "POSTAL_CODE" : organization.geoSource,
    };
  }
  if (
    stored &&
    sameAddress(stored) &&
    stored.lat !== null &&
    stored.lng !== null &&
    (stored.geoSource === "GEOCODED" || stored.geoSource === "POSTAL_CODE")
  ) {
    return { ...base, lat: stored.lat, lng: stored.lng, districtId: stored.districtId, geoSource: stored.geoSource };
  }
  const located = await locateAddress(address);
  return { ...base, lat: located.lat, lng: located.lng, districtId: located.districtId, geoSource: located.geoSource };
}

/** Replaces the offer's sets: categories, target groups, languages, accessibility features, images (also the Excel import's updates). */
export async function writeOfferSets(tx: Tx, offerId: number, input: OfferInput): Promise<void> {
  await tx.offerCategory.deleteMany({ where: { offerId } });
  await tx.offerTargetGroup.deleteMany({ where: { offerId } });
  await tx.offerLanguage.deleteMany({ where: { offerId } });
  await tx.offerAccessibilityFeature.deleteMany({ where: { offerId } });
  await tx.offerImage.deleteMany({ where: { offerId } });
  await tx.offerCategory.createMany({ data: input.categoryIds.map((categoryId) => ({ offerId, categoryId })) });
  if (input.targetGroupIds.length > 0)
    await tx.offerTargetGroup.createMany({ data: input.targetGroupIds.map((targetGroupId) => ({ offerId, targetGroupId })) });
  if (input.languages.length > 0) await tx.offerLanguage.createMany({ data: input.languages.map((code) => ({ offerId, code })) });
  if (input.accessibilityFeatures.length > 0) {
    await tx.offerAccessibilityFeature.createMany({ data: input.accessibilityFeatures.map((feature) => ({ offerId, feature })) });
  }
  if (input.images.length > 0) {
    await tx.offerImage.createMany({
      data: input.images.map((image, position) => ({
        offerId,
        path: image.path,
        alt: image.alt,
        copyright: image.copyright,
        position,
        kind: position === 0 ? "STAGE" : "CONTENT",
      })),
    });
  }
  // Translations are replaced as a set when the input carries them (the form always does).
  if (input.translations) {
    await tx.offerTranslation.deleteMany({ where: { offerId } });
    if (input.translations.length > 0)
      await tx.offerTranslation.createMany({ data: input.translations.map((translation) => ({ ...translation, offerId })) });
  }
}

async function loadOrganization(user: SessionUser, organizationId: number): Promise<OrganizationAddress> {
  // Checked before the lookup, so an organisation id of someone else's never reveals whether it exists.
  if (!canEditOffersOf(user, organizationId)) throw new NotFoundError();
  const organization = await prisma.organization.findFirst({
    where: { id: organizationId, deletedAt: null },
    select: organizationAddressSelect,
  });
  if (!organization) throw new NotFoundError();
  return organization;
}

function refusedError(key: string): AppError {
  return new AppError(`OfferForm.${key}`, 409);
}

/** `now` is for tests: the derived next date and the publication time are computed from it. */
export type SaveOptions = { now?: Date };

/** Creates an offer of `input.organizationId` as a draft, or published / submitted for review. */
export async function createOfferFor(
  userOrNull: SessionUser | null,
  rawInput: unknown,
  rawIntent: unknown = "draft",
  options: SaveOptions = {},
): Promise<SaveOfferResult> {
  const user = requirePresent(userOrNull);
  const intent = parseIntent(rawIntent);
  const input = parseOfferInput(rawInput);
  const organization = await loadOrganization(user, input.organizationId);
  await checkReferences(input);
  const outcome = providerTransition(null, intent, { requireApproval: await requireApproval() });
  if (isRefused(outcome)) throw refusedError(outcome.refused);
  if (!("status" in outcome)) throw new AppError("ActionErrors.unexpected", 500);
  const location = await resolveLocation(input.location, organization, null);
  const now = options.now ?? new Date();

  const created = await prisma.$transaction(async (tx) => {
    const uuid = randomUUID();
    const offer = await tx.offer.create({
      data: {
        uuid,
        slug: await uniqueOfferSlug(tx, input.title, uuid),
        organizationId: organization.id,
        ...offerColumns(input, location),
        status: outcome.status,
        publishedAt: publishedAtAfter(outcome.status, null, now),
        lastConfirmedAt: now,
        createdById: user.id,
        updatedById: user.id,
      },
      select: { id: true, slug: true },
    });
    await writeOfferSets(tx, offer.id, input);
    await writeOfferSchedule(tx, offer.id, input.schedule, now);
    await reindexOffer(tx, offer.id);
    const after = offerSnapshot(input, location, outcome.status);
    await recordAudit(tx, {
      actorId: user.id,
      action: "offer.create",
      entityType: "offer",
      entityId: offer.id,
      changedFields: changedFields(null, after),
    });
    return { id: offer.id, slug: offer.slug, status: outcome.status, revision: false, geoSource: location.geoSource };
  });
  if (created.status === "PENDING_REVIEW") await notifyEditorsOfSubmission(created.id, "offer");
  return created;
}

/**
 * Saves an edit. `intent` "draft" keeps it unpublished; "publish" publishes it, submits it for
 * review, or — for a published offer when the portal requires approval — stores the edit as a
 * pending OfferRevision and leaves the public version untouched.
 */
export async function updateOfferFor(
  userOrNull: SessionUser | null,
  rawOfferId: unknown,
  rawInput: unknown,
  rawIntent: unknown,
  options: SaveOptions = {},
): Promise<SaveOfferResult> {
  const user = requirePresent(userOrNull);
  const offerId = requireId(rawOfferId);
  const stored = await prisma.offer.findFirst({ where: { id: offerId, deletedAt: null }, select: storedSnapshotSelect });
  // Another organisation's offer is reported exactly like a missing one.
  if (!stored || !canEditOffersOf(user, stored.organizationId)) throw new NotFoundError();
  const intent = parseIntent(rawIntent);
  const input = parseOfferInput(rawInput);
  if (input.organizationId !== stored.organizationId) throwFrom({ organizationId: ["errors.organizationMismatch"] });
  const organization = await loadOrganization(user, stored.organizationId);
  await checkReferences(input);
  const outcome = providerTransition(stored.status, intent, { requireApproval: await requireApproval() });
  if (isRefused(outcome)) throw refusedError(outcome.refused);
  const location = await resolveLocation(input.location, organization, stored);
  const now = options.now ?? new Date();
  const before = storedOfferSnapshot(stored);

  if ("revision" in outcome) {
    const { result, isNew } = await prisma.$transaction(async (tx) => {
      const data = JSON.stringify(inputToFormValues(input));
      const pending = await tx.offerRevision.findFirst({ where: { offerId, status: "PENDING" }, select: { id: true } });
      if (pending) await tx.offerRevision.update({ where: { id: pending.id }, data: { data, createdById: user.id, createdAt: now } });
      else await tx.offerRevision.create({ data: { offerId, data, createdById: user.id } });
      // Submitting an edit is a sign of life too (features/freshness): the confirmation clock restarts
      // and a stale-hidden offer shows again while the edit waits for review.
      await tx.offer.update({ where: { id: offerId }, data: { lastConfirmedAt: now, staleHiddenAt: null } });
      const changed = changedFields(before, offerSnapshot(input, location, stored.status));
      await recordAudit(tx, {
        actorId: user.id,
        action: "offer.submitRevision",
        entityType: "offer",
        entityId: offerId,
        changedFields: changed,
      });
      return {
        result: { id: offerId, slug: stored.slug, status: stored.status, revision: true, geoSource: location.geoSource },
        isNew: !pending,
      };
    });
    // Editors hear about a revision once; replacing a still-pending one keeps its place in the queue.
    if (isNew) await notifyEditorsOfSubmission(offerId, "revision");
    return result;
  }

  const status = outcome.status;
  const updated = await prisma.$transaction(async (tx) => {
    // A direct save (approval switched off meanwhile, or a status change) is newer than any edit still
    // waiting for review: that revision must never be approved over it later.
    await tx.offerRevision.updateMany({
      where: { offerId, status: "PENDING" },
      data: { status: "SUPERSEDED", decidedById: user.id, decidedAt: now },
    });
    return writeOfferUpdate(tx, { user, offerId, stored, input, location, status, now, auditAction: "offer.update" });
  });
  if (updated.status === "PENDING_REVIEW" && stored.status !== "PENDING_REVIEW") await notifyEditorsOfSubmission(offerId, "offer");
  return updated;
}

export type StoredOffer = NonNullable<Awaited<ReturnType<typeof loadStoredOffer>>>;

function loadStoredOffer(offerId: number) {
  return prisma.offer.findFirst({ where: { id: offerId, deletedAt: null }, select: storedSnapshotSelect });
}

/** The write of an edit (offer row, sets, schedule rows + derived columns, search document, audit); the Excel import's updates too. */
export async function writeOfferUpdate(
  tx: Tx,
  {
    user,
    offerId,
    stored,
    input,
    location,
    status,
    now,
    auditAction,
    reason,
  }: {
    user: SessionUser;
    offerId: number;
    stored: StoredOffer;
    input: OfferInput;
    location: ResolvedLocation;
    status: OfferStatus;
    now: Date;
    auditAction: string;
    reason?: string | null;
  },
): Promise<SaveOfferResult> {
  // Until first published, the slug follows the title; afterwards the public URL stays stable.
  const slug =
    stored.publishedAt === null && stored.title !== input.title
      ? await uniqueOfferSlug(tx, input.title, stored.uuid, offerId)
      : stored.slug;
  await tx.offer.update({
    where: { id: offerId },
    data: {
      slug,
      ...offerColumns(input, location),
      status,
      statusReason: status === stored.status ? undefined : null,
      publishedAt: publishedAtAfter(status, stored.publishedAt, now),
      lastConfirmedAt: now,
      // An edit is a confirmation: an offer hidden as stale shows again at once (features/freshness).
      staleHiddenAt: null,
      updatedById: user.id,
    },
  });
  await writeOfferSets(tx, offerId, input);
  await writeOfferSchedule(tx, offerId, input.schedule, now);
  // New dates in the future take an automatically archived offer out of the archive.
  await tx.offer.updateMany({
    where: { id: offerId, archivedAt: { not: null }, OR: [{ endsAt: null }, { endsAt: { gte: now } }] },
    data: { archivedAt: null },
  });
  await reindexOffer(tx, offerId);
  const after: OfferSnapshot = offerSnapshot(input, location, status);
  await recordAudit(tx, {
    actorId: user.id,
    action: auditAction,
    entityType: "offer",
    entityId: offerId,
    changedFields: changedFields(storedOfferSnapshot(stored), after),
    reason,
  });
  return { id: offerId, slug, status, revision: false, geoSource: location.geoSource };
}

/**
 * Applies form-shaped `rawInput` to an offer and keeps its status — for an editor approving a
 * pending revision. Same checks and writes as a provider's save; `alsoInTransaction` runs in the
 * same transaction (the revision's decision), `auditAction`/`reason` name the audit entry.
 */
export async function applyOfferContentFor(
  userOrNull: SessionUser | null,
  rawOfferId: unknown,
  rawInput: unknown,
  {
    auditAction,
    reason,
    alsoInTransaction,
    now: givenNow,
  }: SaveOptions & { auditAction: string; reason?: string | null; alsoInTransaction?: (tx: Tx) => Promise<void> },
): Promise<SaveOfferResult> {
  const user = requirePresent(userOrNull);
  const offerId = requireId(rawOfferId);
  const stored = await loadStoredOffer(offerId);
  if (!stored || !canEditOffersOf(user, stored.organizationId)) throw new NotFoundError();
  const input = parseOfferInput(rawInput);
  if (input.organizationId !== stored.organizationId) throwFrom({ organizationId: ["errors.organizationMismatch"] });
  const organization = await loadOrganization(user, stored.organizationId);
  await checkReferences(input);
  const location = await resolveLocation(input.location, organization, stored);
  const now = givenNow ?? new Date();
  return prisma.$transaction(async (tx) => {
    if (alsoInTransaction) await alsoInTransaction(tx);
    return writeOfferUpdate(tx, { user, offerId, stored, input, location, status: stored.status, now, auditAction, reason });
  });
}
