import { locales, routing, type Locale, type Pathname } from "@/i18n/routing";

// Pure path building for the sitemap: the same localized pathnames the app routes use
// (i18n/routing.ts), without the request-bound navigation helpers.

/** "/de/angebote/kinderturnen" for ("/offers/[slug]", "de", { slug: "kinderturnen" }). */
export function localizedPath(pathname: Pathname, locale: Locale, params: Record<string, string> = {}): string {
  const entry = routing.pathnames[pathname] as string | Record<Locale, string>;
  let path = typeof entry === "string" ? entry : entry[locale];
  for (const [key, value] of Object.entries(params)) path = path.replace(`[${key}]`, encodeURIComponent(value));
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** The absolute URL of `pathname` in every locale, keyed by locale. */
export function localizedUrls(baseUrl: string, pathname: Pathname, params: Record<string, string> = {}): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, baseUrl + localizedPath(pathname, locale, params)])) as Record<Locale, string>;
}

/** "https://example.org" from "https://example.org/" (no trailing slash, no path). */
export function normalizeBaseUrl(url: string): string {
  return new URL(url).origin;
}

/**
 * `alternates` for a public page's metadata: its canonical path in `locale` and one hreflang link per
 * language (plus x-default, the German page). Paths are relative; the root layout's metadataBase
 * (APP_URL) makes them absolute.
 */
export function pageAlternates(pathname: Pathname, locale: Locale, params: Record<string, string> = {}) {
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [l, localizedPath(pathname, l, params)]));
  languages["x-default"] = localizedPath(pathname, routing.defaultLocale, params);
  return { canonical: localizedPath(pathname, locale, params), languages };
}
