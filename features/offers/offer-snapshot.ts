import type { Prisma } from "@/generated/prisma/client";
import type { GeoSource, OfferStatus } from "@/generated/prisma/enums";
import { rowsToSchedule, scheduleToRows } from "./schedule";
import type { Schedule } from "./schedule-schema";
import type { OfferInput } from "./schemas";
import { TRANSLATION_LOCALES } from "@/lib/content-translation";

// A flat, comparable picture of an offer (columns, sets, schedule) for the audit log's list of
// changed fields: the stored offer before a save and the validated input after it.

export type OfferSnapshot = Record<string, unknown>;

/** Where the offer takes place, as stored: resolved from the form's location by the save. */
export type ResolvedLocation = {
  locationType: OfferInput["location"]["type"];
  locationName: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  locationNote: string | null;
  onlineUrl: string | null;
  lat: number | null;
  lng: number | null;
  districtId: number | null;
  geoSource: GeoSource;
};

/** The schedule as its stored rows (what the search reads), so equivalent inputs compare equal. */
function scheduleKey(schedule: Schedule): string {
  const rows = scheduleToRows(schedule);
  return JSON.stringify({
    kind: rows.scheduleKind,
    start: rows.scheduleStartDate,
    end: rows.scheduleEndDate,
    interval: rows.intervalWeeks,
    slots: rows.slots,
    dates: rows.dates.map((d) => [d.date, d.startMinute, d.endMinute]),
    exceptions: rows.exceptions,
  });
}

const sorted = <T>(values: T[]) => [...values].sort();

/** The offer's own columns from validated input (schedule columns are written by writeOfferSchedule). */
export function offerColumns(input: OfferInput, location: ResolvedLocation) {
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    format: input.format,
    courseNumber: input.courseNumber,
    speaker: input.speaker,
    cooperationPartner: input.cooperationPartner,
    videoUrl: input.videoUrl,
    scheduleNote: input.scheduleNote,
    ...location,
    ageMin: input.ageMin,
    ageMax: input.ageMax,
    registrationRequired: input.registrationRequired,
    registrationNote: input.registrationNote,
    maxParticipants: input.maxParticipants,
    conditions: input.conditions,
    volunteeringPossible: input.volunteeringPossible,
    isFree: input.isFree,
    costAmountCents: input.isFree ? null : input.costAmount,
    costNote: input.costNote,
    access: input.access,
    wheelchair: input.wheelchair,
    accessibilityNote: input.accessibilityNote,
    contactSalutation: input.contactSalutation,
    contactName: input.contactName,
    contactRole: input.contactRole,
    contactPhone: input.contactPhone,
    contactEmail: input.contactEmail,
  } satisfies Prisma.OfferUncheckedUpdateInput;
}

type TranslationRow = {
  locale: string;
  title: string;
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
      return [`translation.${locale}`, t ? JSON.stringify([t.title, t.summary, t.description, t.source, t.reviewed]) : null];
    }),
  );
}

export function offerSnapshot(input: OfferInput, location: ResolvedLocation, status: OfferStatus): OfferSnapshot {
  return {
    ...offerColumns(input, location),
    status,
    categories: sorted(input.categoryIds),
    targetGroups: sorted(input.targetGroupIds),
    languages: sorted(input.languages),
    accessibilityFeatures: sorted(input.accessibilityFeatures),
    images: input.images.map((i) => [i.path, i.alt, i.copyright]),
    schedule: scheduleKey(input.schedule),
    // Without translations in the input, the stored ones stay: nothing to compare.
    ...(input.translations ? translationKeys(input.translations) : {}),
  };
}

/** Everything an edit needs from the stored offer: permission, status rules, audit and location reuse. */
export const storedSnapshotSelect = {
  id: true,
  uuid: true,
  slug: true,
  organizationId: true,
  status: true,
  publishedAt: true,
  title: true,
  summary: true,
  description: true,
  format: true,
  courseNumber: true,
  speaker: true,
  cooperationPartner: true,
  videoUrl: true,
  scheduleNote: true,
  locationType: true,
  locationName: true,
  street: true,
  postalCode: true,
  city: true,
  locationNote: true,
  onlineUrl: true,
  lat: true,
  lng: true,
  districtId: true,
  geoSource: true,
  ageMin: true,
  ageMax: true,
  registrationRequired: true,
  registrationNote: true,
  maxParticipants: true,
  conditions: true,
  volunteeringPossible: true,
  isFree: true,
  costAmountCents: true,
  costNote: true,
  access: true,
  wheelchair: true,
  accessibilityNote: true,
  contactSalutation: true,
  contactName: true,
  contactRole: true,
  contactPhone: true,
  contactEmail: true,
  scheduleKind: true,
  scheduleStartDate: true,
  scheduleEndDate: true,
  intervalWeeks: true,
  slots: { select: { weekday: true, startMinute: true, endMinute: true } },
  dates: { select: { date: true, startMinute: true, endMinute: true } },
  exceptions: { select: { date: true } },
  categories: { select: { categoryId: true } },
  targetGroups: { select: { targetGroupId: true } },
  languages: { select: { code: true } },
  accessibilityFeatures: { select: { feature: true } },
  images: { select: { path: true, alt: true, copyright: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
  translations: {
    select: { locale: true, title: true, summary: true, description: true, source: true, reviewed: true },
    orderBy: { locale: "asc" },
  },
} satisfies Prisma.OfferSelect;

export type StoredOffer = Prisma.OfferGetPayload<{ select: typeof storedSnapshotSelect }>;

export function storedSchedule(stored: StoredOffer): Schedule {
  return rowsToSchedule(stored);
}

// The columns an edit can change (everything in the snapshot that is not a set or the schedule).
const SNAPSHOT_COLUMNS = [
  "title",
  "summary",
  "description",
  "format",
  "courseNumber",
  "speaker",
  "cooperationPartner",
  "videoUrl",
  "scheduleNote",
  "locationType",
  "locationName",
  "street",
  "postalCode",
  "city",
  "locationNote",
  "onlineUrl",
  "lat",
  "lng",
  "districtId",
  "geoSource",
  "ageMin",
  "ageMax",
  "registrationRequired",
  "registrationNote",
  "maxParticipants",
  "conditions",
  "volunteeringPossible",
  "isFree",
  "costAmountCents",
  "costNote",
  "access",
  "wheelchair",
  "accessibilityNote",
  "contactSalutation",
  "contactName",
  "contactRole",
  "contactPhone",
  "contactEmail",
  "status",
] as const satisfies readonly (keyof StoredOffer)[];

export function storedOfferSnapshot(stored: StoredOffer): OfferSnapshot {
  const columns = Object.fromEntries(SNAPSHOT_COLUMNS.map((key) => [key, stored[key]]));
  return {
    ...columns,
    categories: sorted(stored.categories.map((c) => c.categoryId)),
    targetGroups: sorted(stored.targetGroups.map((t) => t.targetGroupId)),
    languages: sorted(stored.languages.map((l) => l.code)),
    accessibilityFeatures: sorted(stored.accessibilityFeatures.map((f) => f.feature)),
    images: stored.images.map((i) => [i.path, i.alt, i.copyright]),
    schedule: scheduleKey(storedSchedule(stored)),
    ...translationKeys(stored.translations),
  };
}
