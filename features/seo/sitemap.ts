import "server-only";
import type { MetadataRoute } from "next";
import { locales, type Pathname } from "@/i18n/routing";
import { localizedUrls } from "./paths";
import { sitemapOffers, sitemapProviders, type SitemapRecord } from "./queries";

// Static public pages: home, the two search pages and the legal pages.
const STATIC_PAGES: { pathname: Pathname; changeFrequency: "daily" | "weekly" | "yearly"; priority: number }[] = [
  { pathname: "/", changeFrequency: "daily", priority: 1 },
  { pathname: "/offers", changeFrequency: "daily", priority: 0.9 },
  { pathname: "/providers", changeFrequency: "weekly", priority: 0.8 },
  { pathname: "/imprint", changeFrequency: "yearly", priority: 0.1 },
  { pathname: "/privacy", changeFrequency: "yearly", priority: 0.1 },
  { pathname: "/terms", changeFrequency: "yearly", priority: 0.1 },
];

type Entry = MetadataRoute.Sitemap[number];

/** One entry per locale, each listing all language versions (hreflang alternates). */
function entriesFor(
  baseUrl: string,
  pathname: Pathname,
  params: Record<string, string>,
  extra: Omit<Entry, "url" | "alternates">,
): Entry[] {
  const urls = localizedUrls(baseUrl, pathname, params);
  return locales.map((locale) => ({ url: urls[locale], alternates: { languages: urls }, ...extra }));
}

/** Every public URL: static pages, current published offers and approved providers, in both locales. */
export async function sitemapEntries(baseUrl: string, { now = new Date() }: { now?: Date } = {}): Promise<MetadataRoute.Sitemap> {
  const [offers, providers] = await Promise.all([sitemapOffers({ now }), sitemapProviders()]);
  const record = (pathname: Pathname, priority: number) => (r: SitemapRecord) =>
    entriesFor(baseUrl, pathname, { slug: r.slug }, { lastModified: r.updatedAt, changeFrequency: "weekly", priority });
  return [
    ...STATIC_PAGES.flatMap((page) =>
      entriesFor(baseUrl, page.pathname, {}, { changeFrequency: page.changeFrequency, priority: page.priority }),
    ),
    ...offers.flatMap(record("/offers/[slug]", 0.7)),
    ...providers.flatMap(record("/providers/[slug]", 0.6)),
  ];
}
