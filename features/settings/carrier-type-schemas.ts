import { z } from "zod";
import { CarrierType } from "@/generated/prisma/enums";
import { emptyToNull, TERM_LOCALES } from "./term-schemas";

// The admins' names of the carrier types (Organization.carrierType stays an enum: the values are
// what the provider search's "traeger" parameter and the Excel import know; only the names shown
// are the municipality's). Messages are keys relative to CARRIER_TYPE_ERRORS_NAMESPACE.

export const CARRIER_TYPE_ERRORS_NAMESPACE = "CarrierTypeSettings.errors";
export const CARRIER_TYPE_VALUES = Object.values(CarrierType);
export type CarrierTypeValue = (typeof CARRIER_TYPE_VALUES)[number];
export const CARRIER_NAME_MAX = 60;

/** "ASSOCIATION.de" … : one form field per carrier type and language. */
export const CARRIER_NAME_FIELDS = CARRIER_TYPE_VALUES.flatMap((type) => TERM_LOCALES.map((locale) => `${type}.${locale}` as const));

const name = z.preprocess(
  emptyToNull,
  z
    .string({ error: "invalid" })
    .trim()
    .max(CARRIER_NAME_MAX, { error: "nameTooLong" })
    .refine((value) => !/[<>]/.test(value), { error: "noMarkup" })
    .nullable(),
);

/** Every carrier type × language: a name, or null for the messages files' default. */
export const CarrierTypeNamesSchema = z.object(Object.fromEntries(CARRIER_NAME_FIELDS.map((field) => [field, name])));
export type CarrierTypeNames = Record<(typeof CARRIER_NAME_FIELDS)[number], string | null>;
