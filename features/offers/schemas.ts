import { z } from "zod";
import { ScheduleSchema } from "./schedule-schema";
import { isIsoLanguageCode } from "./languages";
import { TRANSLATION_LOCALES, TRANSLATION_SOURCES } from "@/lib/content-translation";

// The one definition of a valid offer, used by the offer form (zodResolver), the server actions and
// later the Excel import. Messages are keys relative to the "OfferForm" namespace ("errors.*", and
// the schedule's "schedule.*"); the form translates them with useTranslations("OfferForm"), the
// server prefixes them (see offerValidationError). Text is stored as typed: it is plain text, and
// every page escapes it when rendering.

export const OFFER_LIMITS = {
  title: 150,
  summary: 200,
  description: 10_000,
  shortText: 200,
  note: 1_000,
  url: 500,
  categories: 20,
  targetGroups: 20,
  languages: 30,
  images: 6,
  maxParticipants: 100_000,
  costEuros: 100_000,
} as const;

export const LOCATION_TYPES = ["ADDRESS", "ONLINE", "NONE"] as const;
export const ACCESS_VALUES = ["OPEN", "MEMBERS", "UNKNOWN"] as const;
export const WHEELCHAIR_VALUES = ["YES", "PARTIAL", "NO", "UNKNOWN"] as const;
/** Accessibility feature codes (as in the seed and OfferDetail's `feature<CODE>` messages). */
export const ACCESSIBILITY_FEATURES = [
  "STEP_FREE",
  "ACCESSIBLE_TOILET",
  "INDUCTION_LOOP",
  "SIGN_LANGUAGE",
  "EASY_LANGUAGE",
  "GUIDE_DOGS_WELCOME",
] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

/** Paths the upload route hands out ("/uploads/ab/<random>.webp"); the server also checks the file exists. */
export const UPLOAD_PATH_PATTERN = /^\/uploads\/[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\.(webp|jpe?g|png)$/;

// Control characters other than tab and line breaks never belong in a form field.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function text(max: number) {
  return z
    .string({ error: "errors.invalid" })
    .transform((value) => value.replace(CONTROL_CHARACTERS, "").replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, "errors.tooLong"));
}

function requiredText(max: number, requiredKey: string) {
  return text(max).pipe(z.string().min(1, requiredKey));
}

/** Optional text: empty, missing or null all become null. */
function optionalText(max: number) {
  return text(max)
    .nullish()
    .transform((value) => (value ? value : null));
}

function optionalPattern(max: number, pattern: RegExp, key: string) {
  return optionalText(max).refine((value) => value === null || pattern.test(value), key);
}

const httpsUrl = (key: string) =>
  optionalText(OFFER_LIMITS.url).refine((value) => {
    if (value === null) return true;
    try {
      const url = new URL(value);
      return url.protocol === "https:" && Boolean(url.hostname) && !url.username && !url.password;
    } catch {
      return false;
    }
  }, key);

/** A whole number typed into a text field ("", "12") or passed as a number; null when empty. */
function optionalInt(min: number, max: number, key: string) {
  return z
    .union([z.number(), z.string(), z.null()], { error: key })
    .optional()
    .transform((value, ctx) => {
      if (value === null || value === undefined) return null;
      const raw = typeof value === "number" ? String(value) : value.trim();
      if (raw === "") return null;
      if (!/^\d+$/.test(raw)) {
        ctx.addIssue({ code: "custom", message: key });
        return z.NEVER;
      }
      const n = Number(raw);
      if (n < min || n > max) {
        ctx.addIssue({ code: "custom", message: key });
        return z.NEVER;
      }
      return n;
    });
}

/** Euros as typed ("12", "12,50", "12.5") or a number → cents; null when empty. */
const euroCents = z
  .union([z.number(), z.string(), z.null()], { error: "errors.costAmount" })
  .optional()
  .transform((value, ctx) => {
    if (value === null || value === undefined) return null;
    const raw = (typeof value === "number" ? String(value) : value.trim().replace(/\s|€/g, "")).replace(",", ".");
    if (raw === "") return null;
    if (!/^\d{1,6}(\.\d{1,2})?$/.test(raw) || Number(raw) > OFFER_LIMITS.costEuros) {
      ctx.addIssue({ code: "custom", message: "errors.costAmount" });
      return z.NEVER;
    }
    return Math.round(Number(raw) * 100);
  });

const id = z.int({ error: "errors.invalid" }).positive("errors.invalid");

function idList(max: number, tooMany: string) {
  return z
    .array(id, { error: "errors.invalid" })
    .max(max, tooMany)
    .transform((ids) => [...new Set(ids)]);
}

const coordinate = (limit: number) =>
  z.number({ error: "errors.invalidPosition" }).min(-limit, "errors.invalidPosition").max(limit, "errors.invalidPosition");

export const LocationSchema = z
  .object({
    type: z.enum(LOCATION_TYPES, { error: "errors.invalid" }),
    /** ADDRESS only: use the organisation's address (the form's default). */
    sameAsOrganization: z.boolean({ error: "errors.invalid" }).default(true),
    locationName: optionalText(OFFER_LIMITS.shortText),
    street: optionalText(OFFER_LIMITS.shortText),
    postalCode: optionalPattern(10, /^\d{5}$/, "errors.postalCode"),
    city: optionalText(100),
    note: optionalText(OFFER_LIMITS.note),
    onlineUrl: httpsUrl("errors.httpsUrl"),
    /** True when the provider moved the map pin: lat/lng are then stored as given (MANUAL). */
    pinMoved: z.boolean({ error: "errors.invalid" }).default(false),
    lat: coordinate(90)
      .nullish()
      .transform((v) => v ?? null),
    lng: coordinate(180)
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((location, ctx) => {
    if (location.type === "ONLINE" && !location.onlineUrl)
      ctx.addIssue({ code: "custom", message: "errors.onlineUrlRequired", path: ["onlineUrl"] });
    if (location.type === "ADDRESS" && !location.sameAsOrganization && !location.postalCode && !location.city) {
      ctx.addIssue({ code: "custom", message: "errors.addressRequired", path: ["postalCode"] });
    }
    if (location.type === "ADDRESS" && location.pinMoved && (location.lat === null || location.lng === null)) {
      ctx.addIssue({ code: "custom", message: "errors.invalidPosition", path: ["lat"] });
    }
  });

export const OfferImageSchema = z.object({
  path: z.string({ error: "errors.imagePath" }).max(OFFER_LIMITS.url, "errors.imagePath").regex(UPLOAD_PATH_PATTERN, "errors.imagePath"),
  alt: requiredText(OFFER_LIMITS.shortText, "errors.altRequired"),
  copyright: optionalText(OFFER_LIMITS.shortText),
});

/**
 * A translation of the offer's texts into one other locale. A person's text is reviewed by
 * definition; a machine translation (imported, or a future suggestion) carries whether a person of
 * the provider checked it, and residents see it marked.
 */
export const OfferTranslationSchema = z
  .object({
    locale: z.enum(TRANSLATION_LOCALES, { error: "errors.invalid" }),
    title: requiredText(OFFER_LIMITS.title, "errors.translationTitleRequired"),
    summary: optionalText(OFFER_LIMITS.summary),
    description: optionalText(OFFER_LIMITS.description),
    source: z.enum(TRANSLATION_SOURCES, { error: "errors.invalid" }).default("HUMAN"),
    reviewed: z.boolean({ error: "errors.invalid" }).default(true),
  })
  .transform((t) => ({ ...t, reviewed: t.source === "HUMAN" ? true : t.reviewed }));
export type OfferTranslationInput = z.output<typeof OfferTranslationSchema>;

export const OfferInputSchema = z
  .object({
    organizationId: id,
    // Basics
    title: requiredText(OFFER_LIMITS.title, "errors.titleRequired"),
    summary: optionalText(OFFER_LIMITS.summary),
    description: optionalText(OFFER_LIMITS.description),
    categoryIds: idList(OFFER_LIMITS.categories, "errors.tooMany").refine((ids) => ids.length > 0, "errors.categoryRequired"),
    format: optionalText(100),
    courseNumber: optionalText(50),
    speaker: optionalText(OFFER_LIMITS.shortText),
    cooperationPartner: optionalText(OFFER_LIMITS.shortText),
    videoUrl: httpsUrl("errors.httpsUrl"),
    // When
    schedule: ScheduleSchema,
    scheduleNote: optionalText(OFFER_LIMITS.note),
    // Where
    location: LocationSchema,
    // Who
    targetGroupIds: idList(OFFER_LIMITS.targetGroups, "errors.tooMany"),
    ageMin: optionalInt(0, 120, "errors.age"),
    ageMax: optionalInt(0, 120, "errors.age"),
    languages: z
      .array(z.string({ error: "errors.language" }).refine(isIsoLanguageCode, "errors.language"), { error: "errors.invalid" })
      .max(OFFER_LIMITS.languages, "errors.tooMany")
      .transform((codes) => [...new Set(codes)]),
    registrationRequired: z.boolean({ error: "errors.invalid" }).default(false),
    registrationNote: optionalText(OFFER_LIMITS.note),
    maxParticipants: optionalInt(1, OFFER_LIMITS.maxParticipants, "errors.maxParticipants"),
    conditions: optionalText(OFFER_LIMITS.note),
    volunteeringPossible: z.boolean({ error: "errors.invalid" }).default(false),
    // Costs and access
    isFree: z.boolean({ error: "errors.invalid" }).default(false),
    costAmount: euroCents,
    costNote: optionalText(OFFER_LIMITS.note),
    access: z.enum(ACCESS_VALUES, { error: "errors.invalid" }).default("UNKNOWN"),
    wheelchair: z.enum(WHEELCHAIR_VALUES, { error: "errors.invalid" }).default("UNKNOWN"),
    accessibilityFeatures: z
      .array(z.enum(ACCESSIBILITY_FEATURES, { error: "errors.invalid" }), { error: "errors.invalid" })
      .max(ACCESSIBILITY_FEATURES.length, "errors.tooMany")
      .transform((codes) => [...new Set(codes)]),
    accessibilityNote: optionalText(OFFER_LIMITS.note),
    // Contact person
    contactSalutation: optionalText(30),
    contactName: optionalText(120),
    contactRole: optionalText(120),
    contactPhone: optionalPattern(50, /^[+0-9][0-9 ()/.-]{2,49}$/, "errors.phone"),
    contactEmail: optionalText(254).refine((value) => value === null || z.email().safeParse(value).success, "errors.email"),
    // Images
    images: z.array(OfferImageSchema, { error: "errors.invalid" }).max(OFFER_LIMITS.images, "errors.tooManyImages"),
    // Translations: missing means "leave the stored ones as they are" (the Excel import, revisions
    // stored before translations existed); an array replaces them all.
    translations: z.array(OfferTranslationSchema, { error: "errors.invalid" }).max(TRANSLATION_LOCALES.length, "errors.tooMany").optional(),
  })
  .superRefine((offer, ctx) => {
    if (offer.ageMin !== null && offer.ageMax !== null && offer.ageMin > offer.ageMax) {
      ctx.addIssue({ code: "custom", message: "errors.ageOrder", path: ["ageMax"] });
    }
    const paths = new Set<string>();
    offer.images.forEach((image, index) => {
      if (paths.has(image.path)) ctx.addIssue({ code: "custom", message: "errors.imagePath", path: ["images", index, "path"] });
      paths.add(image.path);
    });
    const locales = new Set<string>();
    offer.translations?.forEach((translation, index) => {
      if (locales.has(translation.locale))
        ctx.addIssue({ code: "custom", message: "errors.translationDuplicate", path: ["translations", index, "locale"] });
      locales.add(translation.locale);
    });
  });

/** What the form holds and a client may submit (text fields as typed). */
export type OfferFormValues = z.input<typeof OfferInputSchema>;
/** A validated offer (trimmed text, nulls for empty fields, cents, defaults applied). */
export type OfferInput = z.output<typeof OfferInputSchema>;
export type LocationInput = z.output<typeof LocationSchema>;

/** What a save asks for: keep it a draft, or publish (submit for review when the portal requires it). */
export const SaveIntentSchema = z.enum(["draft", "publish"], { error: "errors.invalid" });
export type SaveIntent = z.infer<typeof SaveIntentSchema>;

/** Every message key this schema (incl. the schedule's) can produce, relative to "OfferForm". */
export const OFFER_MESSAGE_KEYS = [
  "errors.invalid",
  "errors.tooLong",
  "errors.tooMany",
  "errors.titleRequired",
  "errors.categoryRequired",
  "errors.unknownCategory",
  "errors.unknownTargetGroup",
  "errors.postalCode",
  "errors.addressRequired",
  "errors.onlineUrlRequired",
  "errors.httpsUrl",
  "errors.invalidPosition",
  "errors.age",
  "errors.ageOrder",
  "errors.language",
  "errors.maxParticipants",
  "errors.costAmount",
  "errors.phone",
  "errors.email",
  "errors.imagePath",
  "errors.altRequired",
  "errors.tooManyImages",
  "errors.organizationMismatch",
  "errors.translationTitleRequired",
  "errors.translationDuplicate",
] as const;

/**
 * "Vorschlag übersetzen" (issue 14): the offer's German texts as currently typed in the form, the
 * language wanted, and whose offer it is — the offer (when saved already) or the organisation a new
 * one is created for; the permission is the save's.
 */
export const OfferTranslationSuggestionSchema = z.object({
  organizationId: z.coerce.number().int().positive(),
  offerId: z.coerce.number().int().positive().nullable(),
  target: z.enum(TRANSLATION_LOCALES),
  title: z.string().max(OFFER_LIMITS.title),
  summary: z.string().max(OFFER_LIMITS.summary),
  description: z.string().max(OFFER_LIMITS.description),
});
export type OfferTranslationSuggestionInput = z.infer<typeof OfferTranslationSuggestionSchema>;
