import { z } from "zod";
import { locales } from "@/i18n/routing";

// The admins' district form. Messages are keys relative to DISTRICT_ERRORS_NAMESPACE.

export const DISTRICT_ERRORS_NAMESPACE = "DistrictSettings.errors";
export const DISTRICT_NAME_MAX = 80;
/** The names a district carries: German is required, the other languages fall back to it. */
export const DISTRICT_LOCALES = locales;
/** Postal codes one district may hold (a town's district has a handful). */
export const DISTRICT_POSTAL_CODES_MAX = 50;

const emptyToNull = (value: unknown) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value);

const name = z
  .string({ error: "nameRequired" })
  .trim()
  .min(1, { error: "nameRequired" })
  .max(DISTRICT_NAME_MAX, { error: "nameTooLong" })
  .refine((value) => !/[<>]/.test(value), { error: "noMarkup" });
const optionalName = z.preprocess(emptyToNull, name.nullable());

/** A decimal number from a form field ("51,51" with a German comma too). */
const decimal = (required: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value.trim().replace(",", "."))) : value),
    z.number({ error: required }).refine(Number.isFinite, { error: required }),
  );

export const latitude = decimal("latInvalid").refine((v) => v >= -90 && v <= 90, { error: "latRange" });
export const longitude = decimal("lngInvalid").refine((v) => v >= -180 && v <= 180, { error: "lngRange" });

/** A German postal code: five digits, the first two not 00. */
export const POSTAL_CODE = /^(?!00)\d{5}$/;

/** "44135, 44137 44139" → ["44135", "44137", "44139"] (any separators, duplicates dropped, sorted). */
export function splitPostalCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))].sort();
}

export const DistrictSchema = z.object({
  names: z.object({ de: name, en: optionalName, tr: optionalName, ar: optionalName, uk: optionalName, ru: optionalName }),
  centroidLat: latitude,
  centroidLng: longitude,
  postalCodes: z.preprocess(
    (value) => (typeof value === "string" ? splitPostalCodes(value) : (value ?? [])),
    z
      .array(z.string().regex(POSTAL_CODE, { error: "postalCodeInvalid" }), { error: "postalCodeInvalid" })
      .max(DISTRICT_POSTAL_CODES_MAX, { error: "postalCodesTooMany" }),
  ),
});
export type DistrictInput = z.output<typeof DistrictSchema>;
