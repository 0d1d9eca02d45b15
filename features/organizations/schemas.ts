import { z } from "zod";
import { CarrierType } from "@/generated/prisma/enums";
import { TRANSLATION_LOCALES, TRANSLATION_SOURCES } from "@/lib/content-translation";

// The one definition of a valid organisation profile: the profile form validates with it in the
// browser and saveOrganizationProfile parses with it on the server. Messages are keys below
// "ProfileForm.errors" (see profileErrorKey). Every field is a string in the form; the schema turns
// empty strings into null and numbers into numbers.

/** Organization.carrierType values in the schema's order (the generated enum module is plain data). */
export const CARRIER_TYPES = Object.values(CarrierType);
export const VOLUNTEERING = ["WANTED", "POSSIBLE", "NOT_POSSIBLE"] as const;
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export const SUMMARY_MAX = 200;
export const MAX_OPENING_WINDOWS = 42;
export const MAX_FACTS = 30;
export const MAX_CATEGORIES = 40;

/** Markup is never wanted in profile texts; rejecting it gives a clear message instead of silent escaping. */
const MARKUP = /<\s*[a-z!/?]/i;

function text(max: number) {
  return z
    .string()
    .trim()
    .max(max, "tooLong")
    .refine((v) => !MARKUP.test(v), "noHtml");
}

function optionalText(max: number) {
  return text(max).transform((v) => (v === "" ? null : v));
}

const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "emailInvalid")
  .refine((v) => v === "" || z.email().safeParse(v).success, "emailInvalid")
  .transform((v) => (v === "" ? null : v));

const optionalPhone = z
  .string()
  .trim()
  .max(40, "phoneInvalid")
  .refine((v) => v === "" || /^\+?[0-9 ()/.-]{3,}$/.test(v), "phoneInvalid")
  .transform((v) => (v === "" ? null : v));

/** http(s) only: a "javascript:" or "data:" link on a public page would run in residents' browsers. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

const optionalWebsite = z
  .string()
  .trim()
  .max(500, "tooLong")
  // People type "www.verein.de": accept it and store it with https://.
  .transform((v) => (v !== "" && /^www\./i.test(v) ? `https://${v}` : v))
  .refine((v) => v === "" || isWebUrl(v), "websiteInvalid")
  .transform((v) => (v === "" ? null : v));

/** Image paths come from the upload field; the server checks in addition that the file exists. */
const optionalImagePath = z
  .string()
  .trim()
  .max(300, "imageInvalid")
  .refine((v) => v === "" || /^\/[A-Za-z0-9/_.-]+$/.test(v), "imageInvalid")
  .transform((v) => (v === "" ? null : v));

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** "08:30" → 510 (minutes after local midnight). */
export function timeToMinutes(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h * 60 + m;
}

/** 510 → "08:30". */
export function minutesToTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export const OpeningWindowSchema = z
  .object({
    weekday: z.number().int().min(1, "weekdayInvalid").max(7, "weekdayInvalid"),
    start: z.string().regex(TIME, "timeInvalid"),
    end: z.string().regex(TIME, "timeInvalid"),
  })
  .refine((w) => !TIME.test(w.start) || !TIME.test(w.end) || timeToMinutes(w.end) > timeToMinutes(w.start), {
    message: "endBeforeStart",
    path: ["end"],
  });

export const FactSchema = z.object({
  label: text(80).min(1, "factLabelRequired"),
  value: text(200).min(1, "factValueRequired"),
});

/**
 * The profile's texts in one other locale (issue 14). A person's text is reviewed by definition; a
 * machine translation carries whether a person checked it (residents see it marked).
 */
export const OrganizationTranslationSchema = z
  .object({
    locale: z.enum(TRANSLATION_LOCALES, { message: "invalid" }),
    subline: optionalText(150),
    summary: optionalText(SUMMARY_MAX),
    description: optionalText(5000),
    source: z.enum(TRANSLATION_SOURCES, { message: "invalid" }).default("HUMAN"),
    reviewed: z.boolean({ message: "invalid" }).default(true),
  })
  .refine((t) => t.subline !== null || t.summary !== null || t.description !== null, { message: "translationEmpty", path: ["summary"] })
  .transform((t) => ({ ...t, reviewed: t.source === "HUMAN" ? true : t.reviewed }));
export type OrganizationTranslationInput = z.output<typeof OrganizationTranslationSchema>;

export const ProfileSchema = z
  .object({
    name: text(150).min(2, "nameRequired"),
    subline: optionalText(150),
    summary: optionalText(SUMMARY_MAX),
    description: optionalText(5000),
    logoPath: optionalImagePath,
    logoCopyright: optionalText(200),
    imagePath: optionalImagePath,
    imageCopyright: optionalText(200),
    carrierType: z.enum(CarrierType, { message: "carrierTypeInvalid" }),
    employeeCount: z
      .string()
      .trim()
      .regex(/^\d{0,6}$/, "employeeCountInvalid")
      .transform((v) => (v === "" ? null : Number(v))),
    volunteering: z.enum([...VOLUNTEERING, ""], { message: "volunteeringInvalid" }).transform((v) => (v === "" ? null : v)),
    email: optionalEmail,
    phone: optionalPhone,
    phone2: optionalPhone,
    website: optionalWebsite,
    street: optionalText(150),
    postalCode: z
      .string()
      .trim()
      .refine((v) => v === "" || /^\d{5}$/.test(v), "postalCodeInvalid")
      .transform((v) => (v === "" ? null : v)),
    city: optionalText(100),
    /** A pin set by hand on the map; null = place the address automatically (geocoder or postal code). */
    manualPin: z
      .object({
        lat: z.number({ message: "pinInvalid" }).min(-90, "pinInvalid").max(90, "pinInvalid"),
        lng: z.number({ message: "pinInvalid" }).min(-180, "pinInvalid").max(180, "pinInvalid"),
      })
      .nullable(),
    contactSalutation: optionalText(50),
    contactName: optionalText(150),
    contactRole: optionalText(150),
    contactPhone: optionalPhone,
    contactEmail: optionalEmail,
    openingHours: z.array(OpeningWindowSchema).max(MAX_OPENING_WINDOWS, "tooManyWindows"),
    openingHoursNote: optionalText(500),
    facts: z.array(FactSchema).max(MAX_FACTS, "tooManyFacts"),
    categoryIds: z
      .array(z.number().int().positive("categoryInvalid"))
      .max(MAX_CATEGORIES, "tooManyCategories")
      .transform((ids) => [...new Set(ids)]),
    // Missing: the stored translations stay as they are; an array replaces them all.
    translations: z.array(OrganizationTranslationSchema).max(TRANSLATION_LOCALES.length, "invalid").optional(),
  })
  .superRefine((profile, ctx) => {
    const locales = new Set<string>();
    profile.translations?.forEach((translation, index) => {
      if (locales.has(translation.locale))
        ctx.addIssue({ code: "custom", message: "translationDuplicate", path: ["translations", index, "locale"] });
      locales.add(translation.locale);
    });
    // Windows of the same weekday must not overlap (touching is fine: 12:00–14:00 and 14:00–16:00).
    const windows = profile.openingHours.map((w, index) => ({ ...w, index, from: timeToMinutes(w.start), to: timeToMinutes(w.end) }));
    for (const a of windows) {
      const overlapping = windows.find((b) => b.index < a.index && b.weekday === a.weekday && b.from < a.to && a.from < b.to);
      if (overlapping) ctx.addIssue({ code: "custom", message: "windowsOverlap", path: ["openingHours", a.index, "start"] });
    }
    if (profile.imageCopyright === null && profile.imagePath !== null) {
      ctx.addIssue({ code: "custom", message: "copyrightRequired", path: ["imageCopyright"] });
    }
  });

/** What the form holds (all strings) and what the server stores after parsing. */
export type ProfileFormValues = z.input<typeof ProfileSchema>;
export type ProfileInput = z.output<typeof ProfileSchema>;

/** Message keys of the schema live below this namespace. */
export const PROFILE_ERRORS_NAMESPACE = "ProfileForm.errors";

/** "Vorschlag übersetzen" (issue 14): the profile's German texts as currently typed in the form and the language wanted. */
export const ProfileTranslationSuggestionSchema = z.object({
  target: z.enum(TRANSLATION_LOCALES),
  subline: z.string().max(150),
  summary: z.string().max(SUMMARY_MAX),
  description: z.string().max(5000),
});
export type ProfileTranslationSuggestionInput = z.infer<typeof ProfileTranslationSuggestionSchema>;
