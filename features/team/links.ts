import "server-only";
import { routing } from "@/i18n/routing";
import { toLocale } from "@/features/accounts/account-context";

/**
 * An absolute link to a page of the team feature, built from the routing table so mutations work
 * outside a request too (tests, scripts).
 */
export function teamLink(
  baseUrl: string,
  locale: string,
  target: "/invitation" | "/account" | "/account/team",
  query: Record<string, string> = {},
): string {
  const resolved = toLocale(locale);
  const pathname = routing.pathnames[target];
  const localized = typeof pathname === "string" ? pathname : pathname[resolved];
  const search = new URLSearchParams(query).toString();
  return `${baseUrl.replace(/\/+$/, "")}/${resolved}${localized}${search ? `?${search}` : ""}`;
}
