import { z } from "zod";
import type { Locale } from "@/i18n/routing";

// The admins' "portal" settings form: name, look, texts and contact. Messages are keys relative to
// PORTAL_LOOK_ERRORS_NAMESPACE (parseInput in lib/validation.ts). The colour contrast is checked
// after parsing (features/settings/portal-mutations.ts), because its message carries the ratio.

export const PORTAL_LOOK_ERRORS_NAMESPACE = "PortalLook.errors";

export const MAX_FOOTER_LINKS = 6;
export const INTRO_MAX = 1000;

const emptyToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

const requiredText = (max: number) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(max, { error: "tooLong" })
    .refine((value) => !/[<>]/.test(value), { error: "noMarkup" });

const optionalText = (max: number) =>
  z.preprocess(emptyToNull, z.string({ error: "invalid" }).trim().max(max, { error: "tooLong" }).nullable());

const hexColor = z
  .string({ error: "colorInvalid" })
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: "colorInvalid" })
  .transform((value) => value.toLowerCase());

/** A stored upload ("/uploads/ab/ab….webp"); whether the file exists is checked when saving. */
const uploadPath = z.preprocess(
  emptyToNull,
  z
    .string({ error: "imageInvalid" })
    .regex(/^\/uploads\/[0-9a-f]{2}\/[0-9a-f]{32}\.webp$/, { error: "imageInvalid" })
    .nullable(),
);

/** Footer links lead to a web address (http/https) or a page of the portal ("/de/…"); never javascript: or data:. */
export function isSafeLinkTarget(value: string): boolean {
  if (/^\/(?![/\\])/.test(value)) return !/[\s<>"]/.test(value);
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

export const FooterLinkSchema = z.object({
  label: requiredText(60),
  url: z
    .string({ error: "linkInvalid" })
    .trim()
    .min(1, { error: "required" })
    .max(500, { error: "tooLong" })
    .refine(isSafeLinkTarget, { error: "linkInvalid" }),
});
export type FooterLink = z.output<typeof FooterLinkSchema>;

function blankRowToNull(row: unknown): unknown {
  if (typeof row !== "object" || row === null) return row;
  const { label, url } = row as { label?: unknown; url?: unknown };
  const blank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");
  return blank(label) && blank(url) ? null : row;
}

/** The settings column holding the home page's intro text of each interface locale. */
export const INTRO_FIELDS = {
  de: "introText",
  en: "introTextEn",
  tr: "introTextTr",
  ar: "introTextAr",
  uk: "introTextUk",
  ru: "introTextRu",
} as const satisfies Record<Locale, string>;
export type IntroField = (typeof INTRO_FIELDS)[Locale];

/**
 * The home page's intro for `locale`: the admins' text in that language; else their German text
 * (shown marked German, with the original-language note); else null — the page's translated default.
 */
export function introTextFor(
  settings: Partial<Record<IntroField, string | null>>,
  locale: Locale,
): { text: string; lang: Locale; fallback: boolean } | null {
  const own = settings[INTRO_FIELDS[locale]];
  if (own) return { text: own, lang: locale, fallback: false };
  const german = settings[INTRO_FIELDS.de];
  return german ? { text: german, lang: "de", fallback: locale !== "de" } : null;
}

export const PortalLookSchema = z.object({
  portalName: requiredText(60),
  municipalityName: requiredText(80),
  logoPath: uploadPath,
  faviconPath: uploadPath,
  primaryColor: hexColor,
  accentColor: hexColor,
  introText: optionalText(INTRO_MAX),
  introTextEn: optionalText(INTRO_MAX),
  introTextTr: optionalText(INTRO_MAX),
  introTextAr: optionalText(INTRO_MAX),
  introTextUk: optionalText(INTRO_MAX),
  introTextRu: optionalText(INTRO_MAX),
  contactAddress: optionalText(300),
  contactEmail: z.preprocess(emptyToNull, z.email({ error: "emailInvalid" }).max(200, { error: "tooLong" }).nullable()),
  contactPhone: z.preprocess(
    emptyToNull,
    z
      .string({ error: "phoneInvalid" })
      .trim()
      .regex(/^\+?[0-9 ()/.-]{3,40}$/, { error: "phoneInvalid" })
      .nullable(),
  ),
  // A row left empty in the form (label and address blank) is no link; it keeps its index, so an
  // error of row 3 is shown at row 3.
  footerLinks: z
    .array(z.preprocess(blankRowToNull, FooterLinkSchema.nullable()), { error: "invalid" })
    .max(MAX_FOOTER_LINKS, { error: "tooManyLinks" })
    .transform((rows) => rows.filter((row): row is FooterLink => row !== null)),
});
export type PortalLookInput = z.output<typeof PortalLookSchema>;

/** The stored JSON of Settings.footerLinks as links; anything unreadable counts as none. */
export function parseFooterLinks(json: string | null | undefined): FooterLink[] {
  try {
    const parsed = z.array(FooterLinkSchema).safeParse(JSON.parse(json ?? "[]"));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
