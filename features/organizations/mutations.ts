import "server-only";
import type { GeoSource } from "@/generated/prisma/enums";
import { recordAudit, changedFields } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { locateAddress } from "@/lib/geocode";
import { isUploadPath } from "@/lib/uploads";
import { isMemberOf } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";
import { reindexOrganizationOffers } from "@/features/search/fts";
import { canEditProfile } from "./permissions";
import { PROFILE_ERRORS_NAMESPACE, ProfileSchema, timeToMinutes } from "./schemas";
import { parseInput } from "@/lib/validation";
import { requireId } from "@/lib/ids";
import { TRANSLATION_LOCALES } from "@/lib/content-translation";

export type SaveProfileResult = { geoSource: GeoSource; geocoded: boolean; coordinates: { lat: number; lng: number } | null };

const ADDRESS_FIELDS = ["street", "postalCode", "city"] as const;

type TranslationRow = {
  locale: string;
  subline: string | null;
  summary: string | null;
  description: string | null;
  source: string;
  reviewed: boolean;
};

/** One audit key per locale ("translation.en"), null when there is none — so a removal shows as a change. */
function translationKeys(translations: readonly TranslationRow[]): Record<string, string | null> {
  return Object.fromEntries(
    TRANSLATION_LOCALES.map((locale) => {
      const t = translations.find((row) => row.locale === locale);
      return [`translation.${locale}`, t ? JSON.stringify([t.subline, t.summary, t.description, t.source, t.reviewed]) : null];
    }),
  );
}

/**
 * Saves the whole profile of one organisation: fields, opening hours, facts and categories in one
 * transaction with one audit entry, then refreshes the search documents of its offers (provider
 * name and place are part of them). The address is geocoded before the transaction when it changed
 * (or has no coordinates yet); geocoding never makes the save fail.
 */
export async function saveProfileFor(user: SessionUser, organizationId: number, input: unknown): Promise<SaveProfileResult> {
  requireId(organizationId);
  if (!canEditProfile(user, organizationId)) {
    // Members learn they lack the right; everyone else learns nothing about the organisation.
    throw isMemberOf(user, organizationId) ? new ForbiddenError() : new NotFoundError();
  }
  const before = await prisma.organization.findFirst({
    where: { id: organizationId, deletedAt: null },
    include: {
      openingHours: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
      facts: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      categories: true,
      translations: { orderBy: { locale: "asc" } },
    },
  });
  if (!before) throw new NotFoundError();

  const data = parseInput(ProfileSchema, input, PROFILE_ERRORS_NAMESPACE);

  const fieldErrors: Record<string, string[]> = {};
  for (const field of ["logoPath", "imagePath"] as const) {
    const path = data[field];
    if (path && path !== before[field] && !isUploadPath(path)) fieldErrors[field] = [`${PROFILE_ERRORS_NAMESPACE}.imageInvalid`];
  }
  if (data.categoryIds.length > 0) {
    const known = await prisma.category.count({ where: { id: { in: data.categoryIds } } });
    if (known !== data.categoryIds.length) fieldErrors.categoryIds = [`${PROFILE_ERRORS_NAMESPACE}.categoryInvalid`];
  }
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError(fieldErrors);

  const addressChanged = ADDRESS_FIELDS.some((f) => (before[f] ?? null) !== data[f]);
  let geo: { lat: number | null; lng: number | null; geoSource: GeoSource; districtId: number | null } = {
    lat: before.lat,
    lng: before.lng,
    geoSource: before.geoSource,
    districtId: before.districtId,
  };
  const { openingHours, facts, categoryIds, manualPin, translations, ...fields } = data;
  if (manualPin) {
    // The district still follows the postal code; the pin only says where exactly on the map.
    const postalCode = data.postalCode
      ? await prisma.postalCode.findUnique({ where: { code: data.postalCode }, select: { districtId: true } })
      : null;
    geo = { lat: manualPin.lat, lng: manualPin.lng, geoSource: "MANUAL", districtId: postalCode?.districtId ?? null };
  } else if (addressChanged || before.lat === null || before.lng === null || before.geoSource === "MANUAL") {
    geo = await locateAddress({ street: data.street, postalCode: data.postalCode, city: data.city });
  }

  const hours = openingHours
    .map((w) => ({ weekday: w.weekday, startMinute: timeToMinutes(w.start), endMinute: timeToMinutes(w.end) }))
    .sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  const sortedCategories = [...categoryIds].sort((a, b) => a - b);

  const changed = changedFields(
    {
      ...before,
      openingHours: before.openingHours.map((h) => [h.weekday, h.startMinute, h.endMinute]),
      facts: before.facts.map((f) => [f.label, f.value]),
      categoryIds: before.categories.map((c) => c.categoryId).sort((a, b) => a - b),
      ...translationKeys(before.translations),
    },
    {
      ...fields,
      ...geo,
      openingHours: hours.map((h) => [h.weekday, h.startMinute, h.endMinute]),
      facts: facts.map((f) => [f.label, f.value]),
      categoryIds: sortedCategories,
      ...(translations ? translationKeys(translations) : {}),
    },
  );

  await prisma.$transaction(async (tx) => {
    // Saving the profile confirms it (features/freshness: no reminder for a profile just edited).
    await tx.organization.update({ where: { id: organizationId }, data: { ...fields, ...geo, lastConfirmedAt: new Date() } });
    await tx.openingHour.deleteMany({ where: { organizationId } });
    if (hours.length > 0) await tx.openingHour.createMany({ data: hours.map((h) => ({ ...h, organizationId })) });
    await tx.organizationFact.deleteMany({ where: { organizationId } });
    if (facts.length > 0) await tx.organizationFact.createMany({ data: facts.map((f, position) => ({ ...f, position, organizationId })) });
    await tx.organizationCategory.deleteMany({ where: { organizationId } });
    if (sortedCategories.length > 0)
      await tx.organizationCategory.createMany({ data: sortedCategories.map((categoryId) => ({ categoryId, organizationId })) });
    if (translations) {
      await tx.organizationTranslation.deleteMany({ where: { organizationId } });
      if (translations.length > 0)
        await tx.organizationTranslation.createMany({ data: translations.map((t) => ({ ...t, organizationId })) });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "organization.update",
      entityType: "organization",
      entityId: organizationId,
      changedFields: changed,
    });
    await reindexOrganizationOffers(tx, organizationId);
  });

  return {
    geoSource: geo.geoSource,
    geocoded: addressChanged,
    coordinates: geo.lat !== null && geo.lng !== null ? { lat: geo.lat, lng: geo.lng } : null,
  };
}
