import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/features/accounts/types";
import { storedOfferFormValues, type OfferFormState } from "@/features/offers/form-values";
import { storedSnapshotSelect } from "@/features/offers/offer-snapshot";
import { publishedOffersWhere } from "@/features/search/visibility";
import { searchOfferIds } from "@/features/search/offer-search";
import type { OfferSearchQuery } from "@/features/search/params/vocabulary";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { parseTime } from "@/lib/dates";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { localizedName } from "@/lib/localized";
import { slugify } from "@/lib/slug";
import {
  ACCESS_CHOICES,
  ACCESSIBILITY_CHOICES,
  choiceLabel,
  LOCATION_KINDS,
  SCHEDULE_KINDS,
  WEEKDAYS,
  WHEELCHAIR_CHOICES,
  YES_NO,
  type FileLanguage,
} from "./columns";
import { canExportAllOffers, canExportOffersOf } from "./permissions";
import { buildOfferWorkbook, type ExportRow } from "./workbook";

// Offers → the portal's workbook, in the template's layout, so export → edit → import works and an
// unchanged file imports as "no changes". Each row is the offer form's values of the stored offer
// (form-values.ts), written cell by cell; dates and times are real Excel dates and times; a dated
// offer gets one row per date (further rows carry only the ID and the date).

export type ExportScope = { kind: "organization"; organizationId: number } | { kind: "all" } | { kind: "search"; query: OfferSearchQuery };

/** Most offers one export writes (a whole portal); more would not fit one request's memory comfortably. */
export const EXPORT_LIMIT = 20_000;
const READ_CHUNK = 500;

const organizationSelect = {
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

const exportSelect = { ...storedSnapshotSelect, organization: { select: organizationSelect } } satisfies Prisma.OfferSelect;
type ExportOffer = Prisma.OfferGetPayload<{ select: typeof exportSelect }>;

type Names = { categories: Map<number, string>; targetGroups: Map<number, string> };

async function vocabulary(language: FileLanguage): Promise<Names & { lists: { categories: string[]; targetGroups: string[] } }> {
  const [categories, targetGroups] = await Promise.all([
    prisma.category.findMany({
      select: { id: true, name: true, parentId: true, translations: { select: { locale: true, name: true } } },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
    prisma.targetGroup.findMany({
      select: { id: true, name: true, translations: { select: { locale: true, name: true } } },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
  ]);
  const categoryNames = new Map(categories.map((c) => [c.id, localizedName(c, language)]));
  const groupNames = new Map(targetGroups.map((g) => [g.id, localizedName(g, language)]));
  // Main categories each followed by their subcategories, as in the form.
  const ordered = categories
    .filter((c) => c.parentId === null)
    .flatMap((root) => [root, ...categories.filter((c) => c.parentId === root.id)]);
  return {
    categories: categoryNames,
    targetGroups: groupNames,
    lists: { categories: ordered.map((c) => categoryNames.get(c.id)!), targetGroups: targetGroups.map((g) => groupNames.get(g.id)!) },
  };
}

const minutes = (time: string | undefined) => (time ? (parseTime(time) ?? null) : null);
const timeCell = (time: string | undefined) => {
  const m = minutes(time);
  return m === null ? null : { minutes: m };
};
const weekdayLabel = (day: number, language: FileLanguage) => choiceLabel(WEEKDAYS, String(day), language);
const yesNo = (value: boolean, language: FileLanguage) => choiceLabel(YES_NO, value ? "YES" : "NO", language);

/** Schedule cells; a dated offer's further dates as extra rows. */
function scheduleCells(schedule: OfferFormState["schedule"], language: FileLanguage): { cells: ExportRow; extraDates: ExportRow[] } {
  const cells: ExportRow = {
    scheduleKind: choiceLabel(SCHEDULE_KINDS, schedule.kind, language),
    exceptions: (schedule.exceptions ?? []).join("; ") || null,
  };
  const extraDates: ExportRow[] = [];
  if (schedule.kind === "DATES") {
    schedule.dates.forEach((entry, index) => {
      const target = index === 0 ? cells : {};
      target.date = { date: entry.date };
      target.startTime = timeCell(entry.startTime);
      target.endTime = timeCell(entry.endTime);
      if (index > 0) extraDates.push(target);
    });
    return { cells, extraDates };
  }
  if (schedule.kind === "PERIOD") {
    cells.date = { date: schedule.startDate };
    cells.endDate = { date: schedule.endDate };
    cells.weekdays = (schedule.weekdays ?? []).map((d) => weekdayLabel(d, language)).join("; ") || null;
    const windows = schedule.windows ?? [];
    if (windows.length === 1) {
      cells.startTime = timeCell(windows[0].startTime);
      cells.endTime = timeCell(windows[0].endTime);
    } else if (windows.length > 1) cells.times = windows.map((w) => `${w.startTime}-${w.endTime}`).join("; ");
    return { cells, extraDates };
  }
  const windows = schedule.windows ?? [];
  const sameTimes = windows.length > 0 && windows.every((w) => w.startTime === windows[0].startTime && w.endTime === windows[0].endTime);
  if (sameTimes) {
    cells.weekdays = windows.map((w) => weekdayLabel(w.weekday, language)).join("; ");
    cells.startTime = timeCell(windows[0].startTime);
    cells.endTime = timeCell(windows[0].endTime);
  } else if (windows.length > 0) {
    cells.times = windows.map((w) => `${weekdayLabel(w.weekday, language)} ${w.startTime}-${w.endTime}`).join("; ");
  }
  if (schedule.kind === "WEEKLY") {
    if (schedule.startDate) cells.date = { date: schedule.startDate };
    if (schedule.endDate) cells.endDate = { date: schedule.endDate };
    cells.intervalWeeks = schedule.intervalWeeks ?? 1;
  }
  return { cells, extraDates };
}

const orNull = (text: string | null | undefined) => (text ? text : null);

/** The rows of one offer (one per date for a dated offer). */
export function offerRows(offer: ExportOffer, names: Names, language: FileLanguage): ExportRow[] {
  const v = storedOfferFormValues(offer, offer.organization);
  const { cells: schedule, extraDates } = scheduleCells(v.schedule, language);
  const explicitAddress = v.location.type === "ADDRESS" && !v.location.sameAsOrganization;
  const row: ExportRow = {
    id: offer.id,
    organization: offer.organization.name,
    title: v.title,
    summary: orNull(v.summary),
    description: orNull(v.description),
    categories: v.categoryIds.map((id) => names.categories.get(id) ?? String(id)).join("; "),
    targetGroups: v.targetGroupIds.map((id) => names.targetGroups.get(id) ?? String(id)).join("; ") || null,
    ageMin: v.ageMin === "" ? null : Number(v.ageMin),
    ageMax: v.ageMax === "" ? null : Number(v.ageMax),
    languages: v.languages.join("; ") || null,
    format: orNull(v.format),
    courseNumber: orNull(v.courseNumber),
    speaker: orNull(v.speaker),
    cooperationPartner: orNull(v.cooperationPartner),
    videoUrl: orNull(v.videoUrl),
    ...schedule,
    scheduleNote: orNull(v.scheduleNote),
    locationType: choiceLabel(LOCATION_KINDS, v.location.type, language),
    locationName: orNull(v.location.locationName),
    street: orNull(v.location.street),
    postalCode: orNull(v.location.postalCode),
    city: orNull(v.location.city),
    locationNote: orNull(v.location.note),
    onlineUrl: orNull(v.location.onlineUrl),
    lat: explicitAddress ? v.location.lat : null,
    lng: explicitAddress ? v.location.lng : null,
    registrationRequired: yesNo(v.registrationRequired, language),
    registrationNote: orNull(v.registrationNote),
    maxParticipants: v.maxParticipants === "" ? null : Number(v.maxParticipants),
    conditions: orNull(v.conditions),
    volunteeringPossible: yesNo(v.volunteeringPossible, language),
    isFree: yesNo(v.isFree, language),
    costAmount: offer.costAmountCents === null ? null : offer.costAmountCents / 100,
    costNote: orNull(v.costNote),
    access: choiceLabel(ACCESS_CHOICES, v.access, language),
    wheelchair: choiceLabel(WHEELCHAIR_CHOICES, v.wheelchair, language),
    accessibilityFeatures: v.accessibilityFeatures.map((f) => choiceLabel(ACCESSIBILITY_CHOICES, f, language)).join("; ") || null,
    accessibilityNote: orNull(v.accessibilityNote),
    contactSalutation: orNull(v.contactSalutation),
    contactName: orNull(v.contactName),
    contactRole: orNull(v.contactRole),
    contactPhone: orNull(v.contactPhone),
    contactEmail: orNull(v.contactEmail),
    images: v.images.map((i) => [i.path, i.alt, i.copyright].join(" | ").replace(/ \| $/, "")).join("; ") || null,
  };
  return [row, ...extraDates.map((extra) => ({ id: offer.id, ...extra }))];
}

async function offerIdsFor(user: SessionUser, scope: ExportScope): Promise<{ ids: number[]; label: string; auditEntity: number | string }> {
  if (scope.kind === "organization") {
    if (!canExportOffersOf(user, scope.organizationId)) throw new NotFoundError();
    const organization = await prisma.organization.findFirst({
      where: { id: scope.organizationId, deletedAt: null },
      select: { name: true },
    });
    if (!organization) throw new NotFoundError();
    const rows = await prisma.offer.findMany({
      where: { organizationId: scope.organizationId, deletedAt: null },
      select: { id: true },
      orderBy: { id: "asc" },
      take: EXPORT_LIMIT,
    });
    return { ids: rows.map((r) => r.id), label: organization.name, auditEntity: scope.organizationId };
  }
  if (!canExportAllOffers(user)) throw new ForbiddenError();
  if (scope.kind === "search") {
    return { ids: await searchOfferIds(scope.query, { limit: EXPORT_LIMIT }), label: "suche", auditEntity: "search" };
  }
  // Editors export every offer; planners (read-only analysis) what the public sees.
  const where: Prisma.OfferWhereInput = user.role === "PLANNER" ? publishedOffersWhere() : { deletedAt: null };
  const rows = await prisma.offer.findMany({ where, select: { id: true }, orderBy: { id: "asc" }, take: EXPORT_LIMIT });
  return { ids: rows.map((r) => r.id), label: "alle", auditEntity: "all" };
}

export type ExportFile = { fileName: string; bytes: Buffer; count: number };

/** The workbook of `scope` for `user` (permission checked here), audited. */
export async function exportOffersFor(
  user: SessionUser,
  scope: ExportScope,
  language: FileLanguage,
  now = new Date(),
): Promise<ExportFile> {
  const { ids, label, auditEntity } = await offerIdsFor(user, scope);
  const names = await vocabulary(language);
  const rows: ExportRow[] = [];
  for (let i = 0; i < ids.length; i += READ_CHUNK) {
    const chunkIds = ids.slice(i, i + READ_CHUNK);
    const offers = await prisma.offer.findMany({ where: { id: { in: chunkIds }, deletedAt: null }, select: exportSelect });
    const byId = new Map(offers.map((o) => [o.id, o]));
    for (const id of chunkIds) {
      const offer = byId.get(id);
      if (offer) rows.push(...offerRows(offer, names, language));
    }
  }
  const bytes = await buildOfferWorkbook({
    language,
    vocabulary: names.lists,
    rows,
    title: language === "de" ? "Export des Chancenportals" : "Chancenportal export",
  });
  const count = new Set(rows.map((r) => r.id)).size;
  await recordAudit(prisma, {
    actorId: user.id,
    action: "offer.export",
    entityType: "organization",
    entityId: auditEntity,
    reason: JSON.stringify({ offers: count, scope: scope.kind }),
  });
  const date = now.toISOString().slice(0, 10);
  return { fileName: `angebote-${slugify(label, 40) || "export"}-${date}.xlsx`, bytes, count };
}

/** The empty template with one example row, in the file language of the UI. */
export async function offerTemplate(language: FileLanguage): Promise<{ fileName: string; bytes: Buffer }> {
  const names = await vocabulary(language);
  const de = language === "de";
  const example: ExportRow = {
    id: "N1",
    title: de ? "Beispiel: Hausaufgabenhilfe" : "Example: homework club",
    summary: de ? "Hilfe bei den Hausaufgaben für Kinder der Klassen 1–4" : "Help with homework for children in years 1–4",
    categories: names.lists.categories[0] ?? null,
    targetGroups: names.lists.targetGroups[0] ?? null,
    ageMin: 6,
    ageMax: 10,
    languages: "de",
    scheduleKind: choiceLabel(SCHEDULE_KINDS, "WEEKLY", language),
    weekdays: `${weekdayLabel(1, language)}; ${weekdayLabel(3, language)}`,
    startTime: { minutes: 15 * 60 },
    endTime: { minutes: 16 * 60 + 30 },
    intervalWeeks: 1,
    locationType: choiceLabel(LOCATION_KINDS, "ADDRESS", language),
    isFree: yesNo(true, language),
    registrationRequired: yesNo(false, language),
    volunteeringPossible: yesNo(true, language),
    access: choiceLabel(ACCESS_CHOICES, "OPEN", language),
    wheelchair: choiceLabel(WHEELCHAIR_CHOICES, "UNKNOWN", language),
  };
  const bytes = await buildOfferWorkbook({
    language,
    vocabulary: names.lists,
    rows: [example],
    title: de
      ? "Vorlage für den Import von Angeboten. Die Beispielzeile (ID N1) vor dem Import löschen oder ersetzen."
      : "Template for importing offers. Delete or replace the example row (ID N1) before importing.",
  });
  return { fileName: de ? "angebote-vorlage.xlsx" : "offers-template.xlsx", bytes };
}
