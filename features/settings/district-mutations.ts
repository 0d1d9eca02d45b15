import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import type { Prisma } from "@/generated/prisma/client";
import { reindexDistrictOffers, reindexPostalCodeOffers } from "@/features/search/fts";
import { recordAudit, valueChanges } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { requireId } from "@/lib/ids";
import { uniqueSlug } from "@/lib/slug";
import { parseInput } from "@/lib/validation";
import { boundarySummary, type BoundaryGeometry } from "./geojson";
import { DISTRICT_ERRORS_NAMESPACE, DISTRICT_LOCALES, DistrictSchema, type DistrictInput } from "./district-schemas";
import { assertCanManageSettings } from "./permissions";
import { VOCABULARY_TRANSACTION_TIMEOUT_MS } from "./term-mutations";

// The districts kept by admins: names per language, postal codes, centroid, order, an optional
// boundary. Every write is one transaction with an audit entry carrying old and new values. The slug
// (used in search links, ?stadtteil=) is fixed at creation, so renaming never breaks a link.

type Tx = Prisma.TransactionClient;

/** Refused with where the district is still used (the page lists the same counts with links). */
export class DistrictInUseError extends AppError {
  constructor(values: { offers: number; providers: number }) {
    super("DistrictSettings.errors.inUse", 409, { values });
  }
}

type Snapshot = { centroidLat: number; centroidLng: number; postalCodes: string } & Record<`name.${string}`, string | null>;

async function snapshot(tx: Tx, id: number): Promise<(Snapshot & { slug: string }) | null> {
  const row = await tx.district.findUnique({
    where: { id },
    select: {
      slug: true,
      name: true,
      centroidLat: true,
      centroidLng: true,
      translations: { select: { locale: true, name: true } },
      postalCodes: { select: { code: true }, orderBy: { code: "asc" } },
    },
  });
  if (!row) return null;
  const names = Object.fromEntries(
    DISTRICT_LOCALES.map((locale) => [
      `name.${locale}`,
      locale === "de" ? row.name : (row.translations.find((t) => t.locale === locale)?.name ?? null),
    ]),
  );
  return {
    slug: row.slug,
    centroidLat: row.centroidLat,
    centroidLng: row.centroidLng,
    postalCodes: row.postalCodes.map((p) => p.code).join(", "),
    ...names,
  };
}

function translationRows(names: DistrictInput["names"]): { locale: string; name: string }[] {
  return DISTRICT_LOCALES.filter((locale) => locale !== "de" && names[locale]).map((locale) => ({ locale, name: names[locale]! }));
}

/** Another district's German name (a name may not be used twice: the search filter lists them by name). */
async function assertNameFree(tx: Tx, name: string, selfId: number | null): Promise<void> {
  const same = await tx.district.findFirst({ where: { name, NOT: selfId === null ? undefined : { id: selfId } }, select: { id: true } });
  if (same) throw new ValidationError({ "names.de": [`${DISTRICT_ERRORS_NAMESPACE}.nameTaken`] });
}

/**
 * Gives the district exactly `codes`: codes of no district are assigned, new codes are created (in
 * the portal's town, at the district's centroid until geocoded better), codes no longer listed are
 * released (kept for address lookups). A code of another district is refused with its name.
 */
async function assignPostalCodes(tx: Tx, districtId: number, codes: string[], centroid: { lat: number; lng: number }): Promise<Moved> {
  const before = (await tx.postalCode.findMany({ where: { districtId }, select: { code: true } })).map((p) => p.code);
  if (codes.length > 0) {
    const taken = await tx.postalCode.findMany({
      where: { code: { in: codes }, districtId: { not: null, notIn: [districtId] } },
      select: { code: true, district: { select: { name: true } } },
      orderBy: { code: "asc" },
    });
    if (taken.length > 0) {
      throw new ValidationError({ postalCodes: [`${DISTRICT_ERRORS_NAMESPACE}.postalCodeTaken`] }, undefined, {
        code: taken[0].code,
        district: taken[0].district?.name ?? "",
      });
    }
  }
  await tx.postalCode.updateMany({ where: { districtId, code: { notIn: codes } }, data: { districtId: null } });
  if (codes.length > 0) await storePostalCodes(tx, districtId, codes, centroid);
  const kept = new Set(codes);
  const released = before.filter((code) => !kept.has(code));
  const added = codes.filter((code) => !before.includes(code));
  return followPostalCodes(tx, districtId, added, released);
}

/** Assigns existing codes to the district and creates the ones the portal does not know yet. */
async function storePostalCodes(tx: Tx, districtId: number, codes: string[], centroid: { lat: number; lng: number }): Promise<void> {
  const existing = new Set((await tx.postalCode.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((p) => p.code));
  await tx.postalCode.updateMany({ where: { code: { in: [...existing] } }, data: { districtId } });
  const missing = codes.filter((code) => !existing.has(code));
  if (missing.length > 0) {
    const { municipalityName } = await tx.settings.upsert({
      where: { id: 1 },
      update: {},
      create: { id: 1 },
      select: { municipalityName: true },
    });
    await tx.postalCode.createMany({
      data: missing.map((code) => ({ code, city: municipalityName, districtId, centroidLat: centroid.lat, centroidLng: centroid.lng })),
    });
  }
}

/** How many offers and providers a save moved to or out of the district (their postal code changed district). */
export type Moved = { offers: number; providers: number };

/**
 * Offers and providers take the district of their postal code whenever they are saved (lib/geocode.ts,
 * features/offers/mutations.ts, the Excel import); when a code changes district, those already
 * stored follow here, in the save's transaction: `added` codes now name this district, `released`
 * codes none. Set-based (one UPDATE per table, bounded by the codes, index on Offer.postalCode);
 * the moved offers' search documents are rewritten, since the district's names are part of them.
 */
async function followPostalCodes(tx: Tx, districtId: number, added: string[], released: string[]): Promise<Moved> {
  const moved: Moved = { offers: 0, providers: 0 };
  const move = async (codes: string[], to: number | null) => {
    if (codes.length === 0) return;
    const stale = to === null ? { districtId: { not: null } } : { OR: [{ districtId: null }, { districtId: { not: to } }] };
    // Offers without an address keep no postal code (and no district); the filter only states the rule.
    const offers = await tx.offer.updateMany({
      where: { postalCode: { in: codes }, locationType: "ADDRESS", ...stale },
      data: { districtId: to },
    });
    const providers = await tx.organization.updateMany({ where: { postalCode: { in: codes }, ...stale }, data: { districtId: to } });
    moved.offers += offers.count;
    moved.providers += providers.count;
  };
  await move(added, districtId);
  await move(released, null);
  if (moved.offers > 0) await reindexPostalCodeOffers(tx, [...added, ...released]);
  return moved;
}

/** The audit's record of what a postal code change moved (only when it changed the codes). */
function movedChanges(moved: Moved, codesChanged: boolean): Record<string, { from: null; to: number }> {
  if (!codesChanged) return {};
  return { movedOffers: { from: null, to: moved.offers }, movedProviders: { from: null, to: moved.providers } };
}

function withoutSlug(snapshot: Snapshot & { slug: string }): Snapshot {
  const rest: Snapshot & { slug?: string } = { ...snapshot };
  delete rest.slug;
  return rest;
}

export async function createDistrictFor(user: SessionUser | null, input: unknown): Promise<{ id: number; slug: string; moved: Moved }> {
  assertCanManageSettings(user);
  const data = parseInput(DistrictSchema, input, DISTRICT_ERRORS_NAMESPACE);
  return prisma.$transaction(
    async (tx) => {
      await assertNameFree(tx, data.names.de, null);
      const slug = await uniqueSlug(data.names.de, {
        fallback: "stadtteil",
        suffixes: (function* () {
          for (let n = 2; n < 1000; n++) yield String(n);
        })(),
        isTaken: async (candidate) => (await tx.district.findUnique({ where: { slug: candidate }, select: { id: true } })) !== null,
      });
      if (!slug) throw new ValidationError({ "names.de": [`${DISTRICT_ERRORS_NAMESPACE}.nameTaken`] });
      const last = await tx.district.aggregate({ _max: { position: true } });
      const created = await tx.district.create({
        data: {
          slug,
          name: data.names.de,
          centroidLat: data.centroidLat,
          centroidLng: data.centroidLng,
          position: (last._max.position ?? -1) + 1,
          translations: { create: translationRows(data.names) },
        },
        select: { id: true, slug: true },
      });
      const moved = await assignPostalCodes(tx, created.id, data.postalCodes, { lat: data.centroidLat, lng: data.centroidLng });
      const after = withoutSlug((await snapshot(tx, created.id))!);
      await recordAudit(tx, {
        actorId: user.id,
        action: "district.create",
        entityType: "district",
        entityId: created.id,
        changedFields: Object.keys(after),
        changes: { ...valueChanges(null, after), ...movedChanges(moved, data.postalCodes.length > 0) },
      });
      return { ...created, moved };
    },
    { timeout: VOCABULARY_TRANSACTION_TIMEOUT_MS },
  );
}

export async function updateDistrictFor(
  user: SessionUser | null,
  districtId: unknown,
  input: unknown,
): Promise<{ changedFields: string[]; moved: Moved }> {
  assertCanManageSettings(user);
  const id = requireId(districtId);
  const data = parseInput(DistrictSchema, input, DISTRICT_ERRORS_NAMESPACE);
  return prisma.$transaction(
    async (tx) => {
      const found = await snapshot(tx, id);
      if (!found) throw new NotFoundError();
      const before = withoutSlug(found);
      await assertNameFree(tx, data.names.de, id);
      await tx.district.update({
        where: { id },
        data: { name: data.names.de, centroidLat: data.centroidLat, centroidLng: data.centroidLng },
      });
      await tx.districtTranslation.deleteMany({ where: { districtId: id } });
      await tx.districtTranslation.createMany({ data: translationRows(data.names).map((row) => ({ ...row, districtId: id })) });
      const moved = await assignPostalCodes(tx, id, data.postalCodes, { lat: data.centroidLat, lng: data.centroidLng });
      const after = withoutSlug((await snapshot(tx, id))!);
      const changes = valueChanges(before, after);
      const fields = Object.keys(changes);
      if (fields.length === 0) return { changedFields: [], moved };
      // The district's names are part of its offers' search documents.
      if (fields.some((field) => field.startsWith("name."))) await reindexDistrictOffers(tx, id);
      await recordAudit(tx, {
        actorId: user.id,
        action: "district.update",
        entityType: "district",
        entityId: id,
        changedFields: fields,
        changes: { ...changes, ...movedChanges(moved, fields.includes("postalCodes")) },
      });
      return { changedFields: fields, moved };
    },
    { timeout: VOCABULARY_TRANSACTION_TIMEOUT_MS },
  );
}

/** Swaps the district with its neighbour in the list (positions are renumbered 0…n-1 on the way). */
export async function moveDistrictFor(
  user: SessionUser | null,
  districtId: unknown,
  direction: "up" | "down",
): Promise<{ moved: boolean }> {
  assertCanManageSettings(user);
  const id = requireId(districtId);
  return prisma.$transaction(async (tx) => {
    const all = await tx.district.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, position: true } });
    const index = all.findIndex((d) => d.id === id);
    if (index < 0) throw new NotFoundError();
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= all.length) return { moved: false };
    const order = all.map((d) => d.id);
    [order[index], order[target]] = [order[target], order[index]];
    for (const [position, otherId] of order.entries()) {
      const previous = all.find((d) => d.id === otherId)!.position;
      if (previous !== position) await tx.district.update({ where: { id: otherId }, data: { position } });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "district.move",
      entityType: "district",
      entityId: id,
      changedFields: ["position"],
      changes: { position: { from: index, to: target } },
    });
    return { moved: true };
  });
}

/** Where a district is used: offers (not deleted) and providers. */
export async function districtUsage(tx: Tx, id: number): Promise<{ offers: number; providers: number }> {
  const [offers, providers] = await Promise.all([
    tx.offer.count({ where: { districtId: id, deletedAt: null } }),
    tx.organization.count({ where: { districtId: id } }),
  ]);
  return { offers, providers };
}

/** Deletes an unused district (its postal codes stay, without a district); refused while offers or providers use it. */
export async function deleteDistrictFor(user: SessionUser | null, districtId: unknown): Promise<{ slug: string }> {
  assertCanManageSettings(user);
  const id = requireId(districtId);
  return prisma.$transaction(async (tx) => {
    const found = await snapshot(tx, id);
    if (!found) throw new NotFoundError();
    const usage = await districtUsage(tx, id);
    if (usage.offers > 0 || usage.providers > 0) throw new DistrictInUseError(usage);
    await tx.district.delete({ where: { id } });
    const gone = withoutSlug(found);
    const fields = Object.keys(gone);
    await recordAudit(tx, {
      actorId: user.id,
      action: "district.delete",
      entityType: "district",
      entityId: id,
      changedFields: fields,
      changes: valueChanges(gone, Object.fromEntries(fields.map((field) => [field, null])), fields),
    });
    return { slug: found.slug };
  });
}

/** Stores (or with null removes) a district's boundary, already checked by parseBoundary. Audited with a summary. */
export async function setDistrictBoundaryFor(
  user: SessionUser | null,
  districtId: unknown,
  geometry: BoundaryGeometry | null,
): Promise<{ changed: boolean }> {
  assertCanManageSettings(user);
  const id = requireId(districtId);
  const text = geometry ? JSON.stringify(geometry) : null;
  return prisma.$transaction(async (tx) => {
    const row = await tx.district.findUnique({ where: { id }, select: { geojson: true } });
    if (!row) throw new NotFoundError();
    if (row.geojson === text) return { changed: false };
    await tx.district.update({ where: { id }, data: { geojson: text } });
    const from = row.geojson ? boundarySummary(JSON.parse(row.geojson) as BoundaryGeometry) : null;
    await recordAudit(tx, {
      actorId: user.id,
      action: geometry ? "district.boundary" : "district.boundaryRemove",
      entityType: "district",
      entityId: id,
      changedFields: ["boundary"],
      changes: { boundary: { from, to: boundarySummary(geometry) } },
    });
    return { changed: true };
  });
}
