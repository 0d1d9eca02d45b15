import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getSettings } from "@/features/settings/queries";
import { carrierTypeLabels } from "@/features/settings/carrier-types";
import { categoryAliasQuery } from "@/features/settings/category-queries";
import { districtBoundariesBySlug } from "@/features/settings/district-queries";
import { categoryTree, districtOptions } from "@/features/search/facets";
import { type SearchParamsInput } from "@/features/search/params/vocabulary";
import { parseOfferSearch, parseProviderSearch, providerSearchToParams } from "@/features/search/params/parse";
import { searchProviders } from "@/features/search/provider-search";
import { countOffersAndProviders } from "@/features/search/offer-search";
import { ProviderSearchView } from "@/features/search/components/provider-search-view";
import { pageAlternates } from "@/features/seo/paths";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParamsInput> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  const [t, tp] = await Promise.all([
    getTranslations({ locale, namespace: "ProviderSearch" }),
    getTranslations({ locale, namespace: "Pagination" }),
  ]);
  const { query } = parseProviderSearch(sp);
  const title = query.page > 1 ? tp("titleWithPage", { title: t("title"), page: query.page }) : t("title");
  const filtered = providerSearchToParams({ ...query, page: 1 }).size > 0;
  return { title, robots: filtered ? { index: false, follow: true } : undefined, alternates: pageAlternates("/providers", locale) };
}

export default async function ProvidersPage({ params, searchParams }: Props) {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  // A renamed or merged category's old slug leads to its current one (old links, bookmarks).
  const current = await categoryAliasQuery(sp, "kategorie");
  if (current !== null) redirect(`${getPathname({ locale, href: "/providers" })}?${current}`);
  const [categories, districts, settings, carrierLabels] = await Promise.all([
    categoryTree(locale),
    districtOptions(locale),
    getSettings(),
    carrierTypeLabels(locale),
  ]);
  const { query, ignored, truncated } = parseProviderSearch(sp, {
    categories: categories.flatMap((c) => [c.value, ...c.children.map((child) => child.value)]),
    districts: districts.map((d) => d.value),
  });
  // The "Angebote" tab counts offers for the same keyword, categories and districts.
  const offerQuery = parseOfferSearch({ q: query.q ?? undefined, kategorie: query.categories, stadtteil: query.districts }).query;
  const mapView = sp.ansicht === "karte";
  // The map outlines the districts the search is filtered by (bounded by the filter's size).
  const [result, counts, boundaries] = await Promise.all([
    searchProviders(query),
    countOffersAndProviders(offerQuery),
    mapView ? districtBoundariesBySlug(query.districts, locale) : Promise.resolve([]),
  ]);

  return (
    <ProviderSearchView
      query={query}
      ignored={ignored}
      truncated={truncated}
      result={result}
      offerCount={counts.offers}
      categories={categories}
      districts={districts}
      carrierLabels={carrierLabels}
      mapView={mapView}
      action={getPathname({ locale, href: "/providers" })}
      map={{
        tileUrl: settings.tileUrl,
        attribution: settings.tileAttribution,
        center: [settings.mapCenterLat, settings.mapCenterLng],
        zoom: settings.mapZoom,
        boundaries,
      }}
    />
  );
}
