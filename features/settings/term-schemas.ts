import { z } from "zod";
import { LOCALE_NAMES } from "@/i18n/locale-names";
import { locales, type Locale } from "@/i18n/routing";

// What every vocabulary term (category, target group) shares in its admin form: a name per locale
// (German required, the others fall back to it), no markup, a bounded length; and the up/down move.
// Messages are keys of the feature's errors namespace, each of which has the same name keys.

export const TERM_LOCALES = locales;
export const TERM_NAME_MAX = 80;
export const MOVE_DIRECTIONS = ["up", "down"] as const;

/** Each language's own name for itself (labels of the name inputs, not translated). */
export { LOCALE_NAMES };

export const emptyToNull = (value: unknown) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value);

const name = z
  .string({ error: "nameRequired" })
  .trim()
  .min(1, { error: "nameRequired" })
  .max(TERM_NAME_MAX, { error: "nameTooLong" })
  .refine((value) => !/[<>]/.test(value), { error: "noMarkup" });

const optionalName = z.preprocess(emptyToNull, name.nullable());

export const TermNamesSchema = z.object({
  de: name,
  en: optionalName,
  tr: optionalName,
  ar: optionalName,
  uk: optionalName,
  ru: optionalName,
});
export type TermNames = z.output<typeof TermNamesSchema>;

/** The form fields of the names ("name.de" …). */
export const TERM_NAME_FIELDS = TERM_LOCALES.map((locale) => `name.${locale}` as const);

/** The names out of a form's fields (an empty field = no name in that language). */
export function termNamesFromFields(fields: Partial<Record<(typeof TERM_NAME_FIELDS)[number], string | null>>): Record<Locale, string> {
  return Object.fromEntries(TERM_LOCALES.map((locale) => [locale, fields[`name.${locale}`] ?? ""])) as Record<Locale, string>;
}
