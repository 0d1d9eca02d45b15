import type { TranslationLocale } from "@/lib/content-translation";
import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { SessionUser } from "@/features/accounts/types";
import {
  openingHoursSelect,
  organizationProfileColumns,
  providerDetailSelect,
  providerOfferCards,
  type PublicProvider,
} from "@/features/providers/detail-queries";
import { canEditProfile, canViewProfile } from "./permissions";
import { minutesToTime, type ProfileFormValues } from "./schemas";
import { requireId } from "@/lib/ids";

/** An organisation the user may see, or NotFoundError — other organisations' existence is not revealed. */
async function visibleOrganization(user: SessionUser, organizationId: number) {
  if (!canViewProfile(user, requireId(organizationId))) throw new NotFoundError();
  const organization = await prisma.organization.findFirst({
    where: { id: organizationId, deletedAt: null },
    select: {
      ...organizationProfileColumns,
      status: true,
      statusReason: true,
      imagePath: true,
      imageCopyright: true,
      employeeCount: true,
      volunteering: true,
      geoSource: true,
      openingHours: openingHoursSelect,
      facts: { select: { label: true, value: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
      categories: { select: { categoryId: true } },
      translations: {
        select: { locale: true, subline: true, summary: true, description: true, source: true, reviewed: true },
        orderBy: { locale: "asc" },
      },
    },
  });
  if (!organization) throw new NotFoundError();
  return organization;
}

/** The profile as the form edits it (strings everywhere), plus status and whether the user may save. */
export async function getProfileForEdit(user: SessionUser, organizationId: number) {
  const o = await visibleOrganization(user, organizationId);
  const s = (value: string | null) => value ?? "";
  const values: ProfileFormValues = {
    name: o.name,
    subline: s(o.subline),
    summary: s(o.summary),
    description: s(o.description),
    logoPath: s(o.logoPath),
    logoCopyright: s(o.logoCopyright),
    imagePath: s(o.imagePath),
    imageCopyright: s(o.imageCopyright),
    carrierType: o.carrierType,
    employeeCount: o.employeeCount === null ? "" : String(o.employeeCount),
    volunteering: o.volunteering ?? "",
    email: s(o.email),
    phone: s(o.phone),
    phone2: s(o.phone2),
    website: s(o.website),
    street: s(o.street),
    postalCode: s(o.postalCode),
    city: s(o.city),
    manualPin: o.geoSource === "MANUAL" && o.lat !== null && o.lng !== null ? { lat: o.lat, lng: o.lng } : null,
    contactSalutation: s(o.contactSalutation),
    contactName: s(o.contactName),
    contactRole: s(o.contactRole),
    contactPhone: s(o.contactPhone),
    contactEmail: s(o.contactEmail),
    openingHours: o.openingHours.map((h) => ({ weekday: h.weekday, start: minutesToTime(h.startMinute), end: minutesToTime(h.endMinute) })),
    openingHoursNote: s(o.openingHoursNote),
    facts: o.facts.map((f) => ({ label: f.label, value: f.value })),
    categoryIds: o.categories.map((c) => c.categoryId),
    translations: o.translations.map((t) => ({
      locale: t.locale as TranslationLocale,
      subline: s(t.subline),
      summary: s(t.summary),
      description: s(t.description),
      source: t.source,
      reviewed: t.reviewed,
    })),
  };
  return {
    organizationId: o.id,
    slug: o.slug,
    status: o.status,
    geoSource: o.geoSource,
    coordinates: o.lat !== null && o.lng !== null ? { lat: o.lat, lng: o.lng } : null,
    updatedAt: o.updatedAt,
    canEdit: canEditProfile(user, o.id),
    values,
  };
}

export type ProfileForEdit = Awaited<ReturnType<typeof getProfileForEdit>>;

/**
 * The public provider page's data for the organisation's own preview: the same shape as
 * getPublicProvider, but for any status (the page says when it is not public yet) and only for
 * people who may see the profile. Offers are the organisation's published ones.
 */
export async function getProviderPreview(
  user: SessionUser,
  organizationId: number,
  now: Date = new Date(),
): Promise<PublicProvider & { status: string }> {
  const { id, status } = await visibleOrganization(user, organizationId);
  const provider = await prisma.organization.findUniqueOrThrow({ where: { id }, select: providerDetailSelect });
  const published = { status: "PUBLISHED" as const, deletedAt: null, organizationId: id };
  const { currentOffers, pastOffers } = await providerOfferCards(
    { current: { ...published, OR: [{ endsAt: null }, { endsAt: { gte: now } }] }, past: { ...published, endsAt: { lt: now } } },
    100,
  );
  return { provider, currentOffers, pastOffers, status };
}
