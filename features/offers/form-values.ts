import type { StoredOffer } from "./offer-snapshot";
import { storedSchedule } from "./offer-snapshot";
import type { ScheduleInput } from "./schedule-schema";
import type { AccessibilityFeature, OfferFormValues, OfferInput, OfferTranslationInput } from "./schemas";
import type { TranslationLocale, TranslationSource } from "@/lib/content-translation";

// Conversions into the form's shape (text fields as the user types them: "" for empty, euros as
// "12,50"). Used to fill the edit form, and to store a pending revision in a shape the schema
// parses again (issue 5 applies it with the same save path).

export type OrganizationDefaults = {
  id: number;
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  lat: number | null;
  lng: number | null;
  contactSalutation: string | null;
  contactName: string | null;
  contactRole: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
};

/** One translation in the form (the translations tab). */
export type OfferTranslationFormState = {
  locale: TranslationLocale;
  title: string;
  summary: string;
  description: string;
  source: TranslationSource;
  reviewed: boolean;
};

/** Every field present (controlled inputs), strings never null. */
export type OfferFormState = Required<Omit<OfferFormValues, "location" | "schedule" | "images" | "translations">> & {
  location: Required<OfferFormValues["location"]>;
  schedule: ScheduleInput;
  images: { path: string; alt: string; copyright: string }[];
  /** Always present in the form; absent only in a revision stored before translations existed. */
  translations?: OfferTranslationFormState[];
};

export function translationFormValues(t: Omit<OfferTranslationInput, "locale"> & { locale: string }): OfferTranslationFormState {
  return {
    locale: t.locale as TranslationLocale,
    title: t.title,
    summary: str(t.summary),
    description: str(t.description),
    source: t.source,
    reviewed: t.reviewed,
  };
}

const str = (value: string | null | undefined) => value ?? "";
const num = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));

export function centsToEuros(cents: number | null): string {
  if (cents === null) return "";
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, "0")}`;
}

function sameAddress(
  a: { street: string | null; postalCode: string | null; city: string | null },
  b: { street: string | null; postalCode: string | null; city: string | null },
) {
  return str(a.street) === str(b.street) && str(a.postalCode) === str(b.postalCode) && str(a.city) === str(b.city);
}

/** A new offer: weekly schedule to start with, the organisation's address and contact person. */
export function newOfferFormValues(organization: OrganizationDefaults): OfferFormState {
  return {
    organizationId: organization.id,
    title: "",
    summary: "",
    description: "",
    categoryIds: [],
    format: "",
    courseNumber: "",
    speaker: "",
    cooperationPartner: "",
    videoUrl: "",
    schedule: { kind: "WEEKLY", windows: [{ weekday: 1, startTime: "16:00", endTime: "17:00" }], intervalWeeks: 1, exceptions: [] },
    scheduleNote: "",
    location: {
      type: "ADDRESS",
      sameAsOrganization: true,
      locationName: "",
      street: "",
      postalCode: "",
      city: "",
      note: "",
      onlineUrl: "",
      pinMoved: false,
      lat: null,
      lng: null,
    },
    targetGroupIds: [],
    ageMin: "",
    ageMax: "",
    languages: ["de"],
    registrationRequired: false,
    registrationNote: "",
    maxParticipants: "",
    conditions: "",
    volunteeringPossible: false,
    isFree: false,
    costAmount: "",
    costNote: "",
    access: "UNKNOWN",
    wheelchair: "UNKNOWN",
    accessibilityFeatures: [],
    accessibilityNote: "",
    contactSalutation: str(organization.contactSalutation),
    contactName: str(organization.contactName),
    contactRole: str(organization.contactRole),
    contactPhone: str(organization.contactPhone),
    contactEmail: str(organization.contactEmail),
    images: [],
    translations: [],
  };
}

/** The form for a stored offer. "Same as organisation" when its address is the organisation's. */
export function storedOfferFormValues(stored: StoredOffer, organization: OrganizationDefaults): OfferFormState {
  const sameAsOrganization = stored.locationType === "ADDRESS" && sameAddress(stored, organization);
  return {
    organizationId: stored.organizationId,
    title: stored.title,
    summary: str(stored.summary),
    description: str(stored.description),
    categoryIds: stored.categories.map((c) => c.categoryId),
    format: str(stored.format),
    courseNumber: str(stored.courseNumber),
    speaker: str(stored.speaker),
    cooperationPartner: str(stored.cooperationPartner),
    videoUrl: str(stored.videoUrl),
    schedule: storedSchedule(stored),
    scheduleNote: str(stored.scheduleNote),
    location: {
      type: stored.locationType,
      sameAsOrganization,
      locationName: str(stored.locationName),
      street: sameAsOrganization ? "" : str(stored.street),
      postalCode: sameAsOrganization ? "" : str(stored.postalCode),
      city: sameAsOrganization ? "" : str(stored.city),
      note: str(stored.locationNote),
      onlineUrl: str(stored.onlineUrl),
      pinMoved: stored.geoSource === "MANUAL",
      lat: stored.lat,
      lng: stored.lng,
    },
    targetGroupIds: stored.targetGroups.map((t) => t.targetGroupId),
    ageMin: num(stored.ageMin),
    ageMax: num(stored.ageMax),
    languages: stored.languages.map((l) => l.code),
    registrationRequired: stored.registrationRequired,
    registrationNote: str(stored.registrationNote),
    maxParticipants: num(stored.maxParticipants),
    conditions: str(stored.conditions),
    volunteeringPossible: stored.volunteeringPossible,
    isFree: stored.isFree,
    costAmount: centsToEuros(stored.costAmountCents),
    costNote: str(stored.costNote),
    access: stored.access,
    wheelchair: stored.wheelchair,
    accessibilityFeatures: stored.accessibilityFeatures.map((f) => f.feature as AccessibilityFeature),
    accessibilityNote: str(stored.accessibilityNote),
    contactSalutation: str(stored.contactSalutation),
    contactName: str(stored.contactName),
    contactRole: str(stored.contactRole),
    contactPhone: str(stored.contactPhone),
    contactEmail: str(stored.contactEmail),
    images: stored.images.map((i) => ({ path: i.path, alt: str(i.alt), copyright: str(i.copyright) })),
    translations: stored.translations.map(translationFormValues),
  };
}

/** Validated input back in the form's shape (what a pending revision stores). */
export function inputToFormValues(input: OfferInput): OfferFormState {
  return {
    ...input,
    summary: str(input.summary),
    description: str(input.description),
    format: str(input.format),
    courseNumber: str(input.courseNumber),
    speaker: str(input.speaker),
    cooperationPartner: str(input.cooperationPartner),
    videoUrl: str(input.videoUrl),
    scheduleNote: str(input.scheduleNote),
    location: {
      ...input.location,
      locationName: str(input.location.locationName),
      street: str(input.location.street),
      postalCode: str(input.location.postalCode),
      city: str(input.location.city),
      note: str(input.location.note),
      onlineUrl: str(input.location.onlineUrl),
    },
    ageMin: num(input.ageMin),
    ageMax: num(input.ageMax),
    registrationNote: str(input.registrationNote),
    maxParticipants: num(input.maxParticipants),
    conditions: str(input.conditions),
    costAmount: centsToEuros(input.costAmount),
    costNote: str(input.costNote),
    accessibilityNote: str(input.accessibilityNote),
    contactSalutation: str(input.contactSalutation),
    contactName: str(input.contactName),
    contactRole: str(input.contactRole),
    contactPhone: str(input.contactPhone),
    contactEmail: str(input.contactEmail),
    images: input.images.map((i) => ({ path: i.path, alt: i.alt, copyright: str(i.copyright) })),
    translations: input.translations?.map(translationFormValues),
  };
}
