import { routing } from "@/i18n/routing";

// A plain GET filter form (it works without JavaScript) sends every field, so `?q=&alter=&datum=`
// would stay in the address, in shared links and in the history. proxy.ts redirects the search
// pages to the same query without the empty parameters. Decided on the raw URLSearchParams, not on
// the framework's parameter object (where `?constructor=` meets Object.prototype).

/** Longer cleaned queries are left alone: a redirect's Location header must stay within header limits. */
export const MAX_CLEANED_QUERY_LENGTH = 2000;

/** The localized paths of the offer and provider search in every locale ("/de/angebote", "/en/offers", …). */
export const SEARCH_PAGE_PATHS: ReadonlySet<string> = new Set(
  routing.locales.flatMap((locale) =>
    (["/offers", "/providers"] as const).map((href) => {
      const localized = routing.pathnames[href];
      return `/${locale}${typeof localized === "string" ? localized : localized[locale]}`;
    }),
  ),
);

/**
 * The parameters that carry a value, or null when none was empty (or the result would be too long).
 * A query with a name of Object.prototype (`constructor`, `__proto__`, …) is never ours: the
 * framework's parameter object garbles it, so it is left alone rather than risking a redirect loop.
 */
export function withoutEmptyParams(params: URLSearchParams): URLSearchParams | null {
  const kept = new URLSearchParams();
  let dropped = false;
  for (const [key, value] of params) {
    if (key in Object.prototype) return null;
    if (value.trim() === "") dropped = true;
    else kept.append(key, value);
  }
  return dropped && kept.toString().length <= MAX_CLEANED_QUERY_LENGTH ? kept : null;
}
