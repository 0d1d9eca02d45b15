import "server-only";
import { machineTranslationEnabled } from "@/lib/machine-translation";
import type { OfferStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/features/accounts/types";
import { getCategoryTree, type CategoryOption } from "@/features/settings/categories";
import { getSettings } from "@/features/settings/queries";
import { prisma } from "@/lib/db";
import { localizedName, translatedNameSelect } from "@/lib/localized";
import {
  inputToFormValues,
  newOfferFormValues,
  storedOfferFormValues,
  type OfferFormState,
  type OrganizationDefaults,
} from "./form-values";
import { storedSnapshotSelect } from "./offer-snapshot";
import { canEditOffersOf } from "./permissions";
import { OfferInputSchema } from "./schemas";

// Reads for the offer form pages. The edit load checks the permission on the loaded offer and
// answers null for "not yours" exactly as for "missing", so the page shows the 404 page.

export type Option = { id: number; name: string };

export type OfferFormOptions = {
  categories: CategoryOption[];
  targetGroups: Option[];
  requireApproval: boolean;
  map: { lat: number; lng: number; zoom: number; tileUrl: string; attribution: string };
  /** TRANSLATE_URL is set: the translations offer "Vorschlag übersetzen". */
  machineTranslation: boolean;
};

export async function loadOfferFormOptions(locale: string): Promise<OfferFormOptions> {
  const [categories, targetGroups, settings] = await Promise.all([
    getCategoryTree(locale),
    prisma.targetGroup.findMany({ select: { id: true, ...translatedNameSelect.select }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    getSettings(),
  ]);
  return {
    categories,
    targetGroups: targetGroups.map((g) => ({ id: g.id, name: localizedName(g, locale) })),
    requireApproval: settings.requireOfferApproval,
    machineTranslation: machineTranslationEnabled(),
    map: {
      lat: settings.mapCenterLat,
      lng: settings.mapCenterLng,
      zoom: settings.mapZoom,
      tileUrl: settings.tileUrl,
      attribution: settings.tileAttribution,
    },
  };
}

const organizationDefaultsSelect = {
  id: true,
  name: true,
  street: true,
  postalCode: true,
  city: true,
  lat: true,
  lng: true,
  contactSalutation: true,
  contactName: true,
  contactRole: true,
  contactPhone: true,
  contactEmail: true,
} as const;

/** The organisation's address and contact person, for a new offer of a user allowed to create one. */
export async function loadNewOfferForm(
  user: SessionUser,
  organizationId: number,
): Promise<{ organization: OrganizationDefaults; values: OfferFormState } | null> {
  if (!canEditOffersOf(user, organizationId)) return null;
  const organization = await prisma.organization.findFirst({
    where: { id: organizationId, deletedAt: null },
    select: organizationDefaultsSelect,
  });
  if (!organization) return null;
  return { organization, values: newOfferFormValues(organization) };
}

export type PersonAndTime = { name: string | null; at: Date };

export type EditableOffer = {
  id: number;
  slug: string;
  status: OfferStatus;
  statusReason: string | null;
  geoSource: string;
  created: PersonAndTime;
  updated: PersonAndTime;
  /** A pending revision (approval required, offer published): the form continues editing it. */
  pendingRevision: PersonAndTime | null;
  organization: OrganizationDefaults;
  values: OfferFormState;
};

/** The offer for its edit form, or null when it does not exist or the user may not edit it. */
export async function loadOfferForEdit(user: SessionUser, offerId: number): Promise<EditableOffer | null> {
  const offer = await prisma.offer.findFirst({
    where: { id: offerId, deletedAt: null },
    select: {
      ...storedSnapshotSelect,
      statusReason: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      updatedBy: { select: { name: true } },
      organization: { select: organizationDefaultsSelect },
      revisions: {
        where: { status: "PENDING" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { data: true, createdAt: true, createdBy: { select: { name: true } } },
      },
    },
  });
  if (!offer || !canEditOffersOf(user, offer.organizationId)) return null;
  const revision = offer.revisions[0] ?? null;
  let values = storedOfferFormValues(offer, offer.organization);
  if (revision) {
    const parsed = OfferInputSchema.safeParse(safeJson(revision.data));
    if (parsed.success) {
      // A revision stored before translations existed carries none: the form shows the stored ones.
      const proposed = inputToFormValues(parsed.data);
      values = { ...proposed, translations: proposed.translations ?? values.translations };
    }
  }
  return {
    id: offer.id,
    slug: offer.slug,
    status: offer.status,
    statusReason: offer.statusReason,
    geoSource: offer.geoSource,
    created: { name: offer.createdBy?.name ?? null, at: offer.createdAt },
    updated: { name: offer.updatedBy?.name ?? null, at: offer.updatedAt },
    pendingRevision: revision ? { name: revision.createdBy?.name ?? null, at: revision.createdAt } : null,
    organization: offer.organization,
    values,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
