import type { MetadataRoute } from "next";
import { siteBaseUrl } from "@/features/seo/base-url";
import { robotsRules } from "@/features/seo/robots";

export default async function robots(): Promise<MetadataRoute.Robots> {
  return robotsRules(await siteBaseUrl());
}
