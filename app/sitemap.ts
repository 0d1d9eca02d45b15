import type { MetadataRoute } from "next";
import { siteBaseUrl } from "@/features/seo/base-url";
import { sitemapEntries } from "@/features/seo/sitemap";

// Rendered per request (siteBaseUrl awaits the connection): offers change all the time.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await siteBaseUrl());
}
