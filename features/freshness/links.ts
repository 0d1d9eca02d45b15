import { routing, type Locale, type Pathname } from "@/i18n/routing";

// Absolute links for the freshness mails, built from the routing table so they work outside a
// request (the daily-jobs script) and carry the recipient's locale and localized path.

export function mailLocale(value: string | null | undefined): Locale {
  return (routing.locales as readonly string[]).includes(value ?? "") ? (value as Locale) : routing.defaultLocale;
}

export function portalLink(
  baseUrl: string,
  locale: string,
  target: Pathname,
  { params = {}, query }: { params?: Record<string, string | number>; query?: Record<string, string> } = {},
): string {
  const resolved = mailLocale(locale);
  const pathname = routing.pathnames[target];
  let localized: string = typeof pathname === "string" ? pathname : pathname[resolved];
  for (const [key, value] of Object.entries(params)) localized = localized.replace(`[${key}]`, encodeURIComponent(String(value)));
  const search = query ? `?${new URLSearchParams(query).toString()}` : "";
  return `${baseUrl.replace(/\/+$/, "")}/${resolved}${localized}${search}`;
}
