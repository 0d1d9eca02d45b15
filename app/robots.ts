import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { siteBaseUrl } from "@/features/seo/base-url";
import { robotsRules } from "@/features/seo/robots";

export default async function robots(): Promise<MetadataRoute.Robots> {
  // Rendered per request, not at build time: APP_URL is read at run time.
  await connection();
  return robotsRules(await siteBaseUrl());
}
