import type { MetadataRoute } from "next";
import { locales, type Pathname } from "@/i18n/routing";
import { localizedPath } from "./paths";

// Account areas and APIs are not for search engines; everything public is.
const PRIVATE_PAGES: Pathname[] = ["/account", "/login", "/logout"];

export function robotsRules(baseUrl: string): MetadataRoute.Robots {
  const disallow = ["/api/", ...PRIVATE_PAGES.flatMap((pathname) => locales.map((locale) => localizedPath(pathname, locale)))];
  return {
    rules: [{ userAgent: "*", allow: "/", disallow }],
    sitemap: `${baseUrl}/sitemap.xml`,
  };
}
