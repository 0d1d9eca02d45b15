import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getSettings } from "@/features/settings/queries";
import { offerSearchAliasQuery } from "@/features/settings/target-group-queries";
import { OFFER_PARAM, type SearchParamsInput } from "@/features/search/params/vocabulary";
import { offerSearchToParams, parseOfferSearch } from "@/features/search/params/parse";
import { filterLabels, loadOfferSearch } from "@/features/search/load-offer-search";
import { OfferSearchView } from "@/features/search/components/offer-search-view";
import { pageAlternates } from "@/features/seo/paths";
import { getSessionUser } from "@/features/accounts/session";
import { SearchExportLink } from "@/features/offer-exchange/components/search-export-link";
import { searchEventToken } from "@/features/analytics/beacon";
import { AnalyticsBeacon } from "@/features/analytics/components/analytics-beacon";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParamsInput> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  const [t, tp] = await Promise.all([
    getTranslations({ locale, namespace: "Search" }),
    getTranslations({ locale, namespace: "Pagination" }),
  ]);
  const { query } = parseOfferSearch(sp);
  const title = query.page > 1 ? tp("titleWithPage", { title: t("title"), page: query.page }) : t("title");
  // Filtered result lists are endless variations of the same content: only the plain list is indexed.
  const filtered = offerSearchToParams({ ...query, page: 1 }).size > 0;
  return { title, robots: filtered ? { index: false, follow: true } : undefined, alternates: pageAlternates("/offers", locale) };
}

export default async function OffersPage({ params, searchParams }: Props) {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  // A renamed or merged category's or target group's old slug leads to its current one (old links, bookmarks).
  const current = await offerSearchAliasQuery(sp, OFFER_PARAM);
  if (current !== null) redirect(`${getPathname({ locale, href: "/offers" })}?${current}`);
  const [data, settings, user] = await Promise.all([loadOfferSearch(sp, locale), getSettings(), getSessionUser()]);
  const mapView = sp.ansicht === "karte";
  // One search = one event: only the first page of results counts (paging is not a new search).
  const analyticsToken = data.query.page === 1 ? searchEventToken(data.query, data.result.total, mapView ? "map" : "list", locale) : null;
  return (
    <>
      <OfferSearchView
        {...data}
        labels={filterLabels(data.facets, locale, data.query.languages)}
        mapView={mapView}
        action={getPathname({ locale, href: "/offers" })}
        map={{
          tileUrl: settings.tileUrl,
          attribution: settings.tileAttribution,
          center: [settings.mapCenterLat, settings.mapCenterLng],
          zoom: settings.mapZoom,
        }}
        locale={locale}
      />
      <SearchExportLink user={user} searchQuery={offerSearchToParams({ ...data.query, page: 1 }).toString()} />
      {analyticsToken ? <AnalyticsBeacon token={analyticsToken} /> : null}
    </>
  );
}
