import "server-only";
import { TERM_LOCALES } from "./term-schemas";

export type NameFields = Record<`name.${string}`, string | null>;

/** The names of a stored term ({name: German, translations}) as "name.<locale>" fields, for audits. */
export function nameFields(row: { name: string; translations: { locale: string; name: string }[] }): NameFields {
  return Object.fromEntries(
    TERM_LOCALES.map((locale) => [
      `name.${locale}`,
      locale === "de" ? row.name : (row.translations.find((t) => t.locale === locale)?.name ?? null),
    ]),
  );
}

/** The names as an object per locale (the admin pages' shape). */
export function namesByLocale(row: { name: string; translations: { locale: string; name: string }[] }): Record<string, string | null> {
  const fields = nameFields(row);
  return Object.fromEntries(TERM_LOCALES.map((locale) => [locale, fields[`name.${locale}`]]));
}

/** Up to 50 distinct values of one search parameter (a URL names few terms; more are cut). */
export function paramValues(searchParams: Record<string, string | string[] | undefined>, param: string): string[] {
  const raw = searchParams[param];
  const values = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return [...new Set(values)].slice(0, 50);
}

/**
 * The query string of `searchParams` with the values of each parameter in `renamed` replaced by
 * their current slugs (param → old → new), or null when none needs replacing.
 */
export function rewrittenQuery(
  searchParams: Record<string, string | string[] | undefined>,
  renamed: Record<string, ReadonlyMap<string, string>>,
): string | null {
  if (Object.values(renamed).every((map) => map.size === 0)) return null;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (value === undefined) continue;
    for (const single of Array.isArray(value) ? value : [value]) query.append(key, renamed[key]?.get(single) ?? single);
  }
  return query.toString();
}
