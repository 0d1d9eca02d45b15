import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { siteBaseUrl } from "@/features/seo/base-url";
import { sitemapEntries } from "@/features/seo/sitemap";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Rendered per request, not at build time: offers change all the time, and APP_URL is read at run time.
  await connection();
  return sitemapEntries(await siteBaseUrl());
}
