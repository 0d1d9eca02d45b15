import "server-only";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Locale } from "@/i18n/routing";
import { CARRIER_NAME_FIELDS, CARRIER_TYPE_VALUES, type CarrierTypeNames, type CarrierTypeValue } from "./carrier-type-schemas";
import { TERM_LOCALES } from "./term-schemas";

/** The messages files' names of the carrier types in one language (what shows without an admin's name). */
async function defaultCarrierTypeNames(locale: Locale): Promise<Record<CarrierTypeValue, string>> {
  const t = await getTranslations({ locale, namespace: "ProviderSearch.carrier" });
  return Object.fromEntries(CARRIER_TYPE_VALUES.map((type) => [type, t(type)])) as Record<CarrierTypeValue, string>;
}

/**
 * The carrier types' names in `locale`: the admins' name where one is set, else the default. Nine
 * rows at most; cached per request (the provider page and search read it once).
 */
export const carrierTypeLabels = cache(async (locale: Locale): Promise<Record<CarrierTypeValue, string>> => {
  const [defaults, rows] = await Promise.all([
    defaultCarrierTypeNames(locale),
    prisma.carrierTypeLabel.findMany({ where: { locale }, select: { type: true, name: true } }),
  ]);
  return { ...defaults, ...Object.fromEntries(rows.map((row) => [row.type, row.name])) };
});

export type AdminCarrierTypes = {
  /** The admins' names ("ASSOCIATION.en" → name or null). */
  names: CarrierTypeNames;
  /** The default name of each field, shown as a placeholder. */
  defaults: CarrierTypeNames;
  usage: Record<CarrierTypeValue, number>;
};

/** The carrier-type page: stored names, defaults in every language, and how many providers carry each type. */
export async function adminCarrierTypes(): Promise<AdminCarrierTypes> {
  const [rows, counts, ...defaults] = await Promise.all([
    prisma.carrierTypeLabel.findMany({ select: { type: true, locale: true, name: true } }),
    prisma.organization.groupBy({ by: ["carrierType"], _count: { _all: true } }),
    ...TERM_LOCALES.map((locale) => defaultCarrierTypeNames(locale)),
  ]);
  const stored = new Map(rows.map((row) => [`${row.type}.${row.locale}`, row.name]));
  return {
    names: Object.fromEntries(CARRIER_NAME_FIELDS.map((field) => [field, stored.get(field) ?? null])) as CarrierTypeNames,
    defaults: Object.fromEntries(
      CARRIER_NAME_FIELDS.map((field) => {
        const [type, locale] = field.split(".") as [CarrierTypeValue, Locale];
        return [field, defaults[TERM_LOCALES.indexOf(locale)][type]];
      }),
    ) as CarrierTypeNames,
    usage: Object.fromEntries(
      CARRIER_TYPE_VALUES.map((type) => [type, counts.find((c) => c.carrierType === type)?._count._all ?? 0]),
    ) as Record<CarrierTypeValue, number>,
  };
}
