import { dayNumber } from "@/lib/dates";
import { ScheduleSchema, type Schedule } from "@/features/offers/schedule-schema";
import { deriveOccurrenceFields, scheduleToRows, type DerivedOfferFields, type ScheduleRows } from "@/features/offers/schedule";
import { DISTRICTS, type DistrictSeed } from "./data/districts";
import type { OfferInput, OfferStatusName, WheelchairName } from "./offer-input";
import { emailLocalPart, fictionalPhone, fullName, randomPerson, randomRole } from "./people";
import type { Random } from "./random";
import { buildSchedule } from "./schedules";
import type { SlugRegistry } from "./slugs";

// Completes an offer: place, contact, accessibility, description, workflow timestamps, and the
// schedule rows and derived occurrence fields exactly as the app computes them on save.

const DAY_MS = 86_400_000;

export type OfferContext = {
  now: Date;
  today: string;
  content: Random;
  schedules: Random;
  uuids: Random;
  slugs: SlugRegistry;
  /** User ids per organisation index (admins first); offers are written by them. */
  authors: Map<number, number[]>;
  editorId: number;
  /** Check schedules against the form's schema (catches generator mistakes). */
  validateSchedules: boolean;
};

export type OfferRecord = {
  uuid: string;
  slug: string;
  organizationIndex: number;
  title: string;
  summary: string;
  description: string;
  locationType: "ADDRESS" | "ONLINE" | "NONE";
  locationName: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  district: DistrictSeed | null;
  lat: number | null;
  lng: number | null;
  geoSource: "GEOCODED" | "POSTAL_CODE" | "NONE";
  locationNote: string | null;
  onlineUrl: string | null;
  rows: ScheduleRows;
  scheduleNote: string | null;
  isFree: boolean;
  costAmountCents: number | null;
  costNote: string | null;
  access: "OPEN" | "MEMBERS" | "UNKNOWN";
  wheelchair: WheelchairName;
  accessibilityNote: string | null;
  features: string[];
  ageMin: number | null;
  ageMax: number | null;
  registrationRequired: boolean;
  registrationNote: string | null;
  maxParticipants: number | null;
  courseNumber: string | null;
  conditions: string | null;
  speaker: string | null;
  format: string;
  cooperationPartner: string | null;
  volunteeringPossible: boolean;
  contact: { salutation: string | null; name: string; role: string; phone: string; email: string };
  status: OfferStatusName;
  statusReason: string | null;
  createdById: number;
  updatedById: number;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  lastConfirmedAt: Date | null;
  /** nextOccurrenceAt, endsAt and the search columns, exactly as a save computes them. */
  derived: DerivedOfferFields;
  categories: string[];
  groups: string[];
  languages: string[];
};

const LANGUAGE_NAMES: Record<string, string> = {
  en: "Englisch",
  tr: "Türkisch",
  ar: "Arabisch",
  uk: "Ukrainisch",
  ru: "Russisch",
  fr: "Französisch",
};
const LOCATION_NOTES = [
  "Raum 3, Erdgeschoss",
  "Eingang über den Hof",
  "1. Obergeschoss, Aufzug vorhanden",
  "Gruppenraum im Souterrain",
  "Großer Saal",
  "Klingel „Beratung“",
];
const ACCESSIBILITY_NOTES = [
  "Aufzug vorhanden.",
  "Eine Stufe am Eingang, mobile Rampe auf Anfrage.",
  "Behindertenparkplatz direkt vor dem Haus.",
  "Barrierefreies WC im Erdgeschoss.",
];
const REGISTRATION_NOTES = [
  "Bitte melden Sie sich telefonisch oder per E-Mail an.",
  "Anmeldung bis eine Woche vor Beginn.",
  "Anmeldung im Büro während der Öffnungszeiten.",
];
const SPEAKER_TITLES = ["Dr.", "", "", "Dipl.-Päd."];
const REJECTION_REASONS = [
  "Bitte ergänzen Sie Ort und Uhrzeiten.",
  "Das Angebot ist bereits vorhanden (Dublette).",
  "Werbung für kommerzielle Leistungen ist im Chancenportal nicht erlaubt.",
];

function euro(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")} €`;
}

function accessibility(rng: Random, input: OfferInput): { wheelchair: WheelchairName; features: string[]; note: string | null } {
  const wheelchair =
    input.wheelchair ??
    rng.weighted([
      ["YES", 35],
      ["PARTIAL", 20],
      ["NO", 10],
      ["UNKNOWN", 35],
    ] as const);
  const features =
    input.features ??
    [
      wheelchair === "YES" || (wheelchair === "PARTIAL" && rng.chance(0.6)) ? "STEP_FREE" : null,
      wheelchair === "YES" && rng.chance(0.7) ? "ACCESSIBLE_TOILET" : null,
      rng.chance(0.08) ? "INDUCTION_LOOP" : null,
      rng.chance(0.05) ? "GUIDE_DOGS_WELCOME" : null,
      rng.chance(0.1) ? "EASY_LANGUAGE" : null,
      rng.chance(0.03) ? "SIGN_LANGUAGE" : null,
    ].filter((f): f is string => f !== null);
  const note = wheelchair !== "UNKNOWN" && rng.chance(0.3) ? rng.pick(ACCESSIBILITY_NOTES) : null;
  return { wheelchair, features, note };
}

function place(rng: Random, input: OfferInput) {
  const org = input.org;
  const venueDistrict = rng.chance(0.25) ? rng.pick(DISTRICTS) : org.district;
  const venue = rng.pick(venueDistrict.venues);
  const point = rng.jitter(venueDistrict.lat, venueDistrict.lng, 900);
  const postal = rng.pick(venueDistrict.postalCodes);
  const street = `${rng.pick(venueDistrict.streets)} ${rng.int(1, 90)}`;
  const note = input.locationNote ?? (rng.chance(0.2) ? rng.pick(LOCATION_NOTES) : null);
  const empty = { locationName: null, street: null, postalCode: null, city: null, district: null, lat: null, lng: null, onlineUrl: null };
  switch (input.place) {
    case "online":
      return {
        ...empty,
        locationType: "ONLINE" as const,
        geoSource: "NONE" as const,
        locationNote: null,
        onlineUrl: `https://${org.domain}/online`,
      };
    case "none":
      return { ...empty, locationType: "NONE" as const, geoSource: "NONE" as const, locationNote: input.locationNote };
    case "organization":
      return {
        ...empty,
        locationType: "ADDRESS" as const,
        locationName: org.name,
        street: org.street,
        postalCode: org.postalCode,
        city: "Musterstadt",
        district: org.district,
        lat: org.lat,
        lng: org.lng,
        geoSource: org.geoSource,
        locationNote: note,
      };
    case "venue":
      return {
        ...empty,
        locationType: "ADDRESS" as const,
        locationName: venue,
        street,
        postalCode: postal.code,
        city: "Musterstadt",
        district: venueDistrict,
        lat: point.lat,
        lng: point.lng,
        geoSource: "GEOCODED" as const,
        locationNote: note,
      };
  }
}

function firstDate(schedule: Schedule): string | null {
  if (schedule.kind === "DATES") return schedule.dates.reduce((min, d) => (d.date < min ? d.date : min), schedule.dates[0].date);
  if (schedule.kind === "PERMANENT") return null;
  return schedule.startDate ?? null;
}

export function assembleOffer(input: OfferInput, ctx: OfferContext): OfferRecord {
  const { content: rng, now } = ctx;
  const org = input.org;
  const uuid = ctx.uuids.uuid();
  const schedule = buildSchedule(input.style, input.time, ctx.schedules, ctx.today, {
    expired: input.expired,
    windows: input.windows,
    exceptions: input.exceptions,
    intervalWeeks: input.intervalWeeks,
  });
  if (ctx.validateSchedules) ScheduleSchema.parse(schedule);
  const rows = scheduleToRows(schedule);
  const derived = deriveOccurrenceFields(schedule, now, rows);
  const location = place(rng, input);
  const access = accessibility(rng, input);
  const ownContact = rng.chance(0.3);
  const person = randomPerson(rng);
  const contact = ownContact
    ? {
        salutation: person.salutation,
        name: fullName(person),
        role: randomRole(rng),
        phone: fictionalPhone(rng),
        email: `${emailLocalPart(person)}@${org.domain}`,
      }
    : {
        salutation: org.contact.salutation,
        name: fullName(org.contact),
        role: org.contact.role,
        phone: org.contact.phone,
        email: org.contact.email,
      };
  const speakerPerson = randomPerson(rng);
  const wantsSpeaker = ["Vortrag", "Infoveranstaltung", "Workshop"].includes(input.format) && rng.chance(0.6);
  const speaker = input.speaker ?? (wantsSpeaker ? `${rng.pick(SPEAKER_TITLES)} ${fullName(speakerPerson)}`.trim() : null);

  // Workflow timestamps: published offers go live some weeks before they start.
  const start = firstDate(schedule);
  const leadDays = rng.int(7, 90);
  const ageDays = rng.int(1, 540);
  const oldest = now.getTime() - 540 * DAY_MS;
  const beforeStart = start ? (dayNumber(start) - leadDays) * DAY_MS : now.getTime() - ageDays * DAY_MS;
  const publishedMs = Math.min(now.getTime() - DAY_MS / 2, Math.max(oldest, beforeStart)) - rng.int(0, 86_399) * 1000;
  const draftAgeMs = rng.int(1, input.status === "PENDING_REVIEW" ? 14 : 60) * DAY_MS;
  const everPublished = input.status === "PUBLISHED" || input.status === "ARCHIVED" || input.status === "BLOCKED";
  const createdAt = new Date(everPublished ? publishedMs - rng.int(0, 10) * DAY_MS : now.getTime() - draftAgeMs);
  const editedFrom = everPublished ? publishedMs : createdAt.getTime();
  const updatedAt = new Date(editedFrom + rng.float() * (now.getTime() - editedFrom) * 0.8);
  const staleDays = rng.chance(0.12) ? rng.int(190, 330) : rng.int(0, 150);
  const lastConfirmedAt = everPublished ? new Date(Math.max(updatedAt.getTime(), now.getTime() - staleDays * DAY_MS)) : null;
  const authors = ctx.authors.get(org.index) ?? [];
  const createdById = authors.length > 0 ? authors[0] : ctx.editorId;
  const updatedById = authors.length > 0 ? rng.pick(authors) : ctx.editorId;

  const costSentence = input.isFree
    ? `Die Teilnahme ist kostenfrei${input.costNote ? ` (${input.costNote})` : ""}.`
    : input.costAmountCents !== null
      ? `Kosten: ${euro(input.costAmountCents)}${input.costNote ? ` ${input.costNote}` : ""}.`
      : `Kosten: ${input.costNote ?? "auf Anfrage"}.`;
  const languageNames = input.languages.filter((code) => code !== "de").map((code) => LANGUAGE_NAMES[code]);
  const practical = [
    location.locationType === "ONLINE"
      ? "Das Angebot findet online per Videokonferenz statt; den Zugangslink erhalten Sie nach der Anmeldung."
      : null,
    location.locationType === "NONE" && !location.locationNote
      ? "Ort nach Absprache – telefonisch, bei Ihnen zu Hause oder an einem Treffpunkt in Ihrer Nähe."
      : null,
    location.locationType === "ADDRESS" && location.locationName !== org.name
      ? `Veranstaltungsort: ${location.locationName}, ${location.street}.`
      : null,
    input.registration ? "Bitte melden Sie sich vorher an." : "Eine Anmeldung ist nicht erforderlich.",
    costSentence,
    access.wheelchair === "YES"
      ? "Die Räume sind barrierefrei zugänglich."
      : access.wheelchair === "PARTIAL"
        ? "Die Räume sind eingeschränkt barrierefrei – sprechen Sie uns bei Fragen gern an."
        : null,
    languageNames.length > 0 ? `Das Angebot ist auch auf ${languageNames.join(" und ")} möglich.` : null,
  ].filter(Boolean);

  // Drawn before the branches: how many exceptions there are depends on today's date.
  const mentionEntry = rng.chance(0.5);
  const hasSchoolBreak = rows.exceptions.length > 6;
  const scheduleNote =
    schedule.kind === "PERMANENT" && rows.slots.length === 0
      ? "Termine nach Vereinbarung."
      : hasSchoolBreak
        ? "In den Schulferien und an Feiertagen findet das Angebot nicht statt."
        : schedule.kind === "WEEKLY" && !schedule.endDate && mentionEntry
          ? "Ein Einstieg ist jederzeit möglich."
          : null;

  return {
    uuid,
    slug: ctx.slugs.claim(input.title, uuid),
    organizationIndex: org.index,
    title: input.title,
    summary: input.summary,
    description: [input.details, practical.join(" ")].join("\n\n"),
    ...location,
    rows,
    scheduleNote,
    isFree: input.isFree,
    costAmountCents: input.costAmountCents,
    costNote: input.costNote,
    access: rng.weighted([
      ["OPEN", 70],
      ["MEMBERS", 8],
      ["UNKNOWN", 22],
    ] as const),
    wheelchair: access.wheelchair,
    accessibilityNote: access.note,
    features: access.features,
    ageMin: input.ages?.[0] ?? null,
    ageMax: input.ages && input.ages[1] < 99 ? input.ages[1] : null,
    registrationRequired: input.registration,
    registrationNote: input.registration ? rng.pick(REGISTRATION_NOTES) : null,
    maxParticipants: input.maxParticipants,
    courseNumber: input.courseNumber,
    conditions: input.conditions,
    speaker,
    format: input.format,
    cooperationPartner: input.cooperationPartner,
    volunteeringPossible: input.volunteering ?? (org.volunteering === "WANTED" ? rng.chance(0.3) : rng.chance(0.05)),
    contact,
    status: input.status,
    statusReason:
      input.status === "REJECTED"
        ? rng.pick(REJECTION_REASONS)
        : input.status === "BLOCKED"
          ? "Nach einer Beschwerde vorübergehend gesperrt; bitte Angaben prüfen."
          : null,
    createdById,
    updatedById,
    createdAt,
    updatedAt,
    publishedAt: everPublished ? new Date(publishedMs) : null,
    lastConfirmedAt,
    derived,
    categories: input.categories,
    groups: input.groups,
    languages: input.languages,
  };
}
