import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Pagination } from "@/components/ui/pagination";
import { ProviderCard } from "@/features/search/components/provider-card";
import { emptyOfferSearch, type CarrierTypeValue, type ProviderSearchQuery } from "../params/vocabulary";
import { offerSearchToParams, providerSearchToParams } from "../params/parse";
import type { ProviderSearchResult } from "../provider-search";
import type { CategoryFacet, FacetOption } from "../facets";
import { paramsToQuery } from "./active-filters";
import { FilterDisclosure } from "./filter-disclosure";
import { ProviderFilterForm } from "./provider-filter-form";
import { ResultTabs } from "./result-tabs";
import { SearchMapPanel } from "./search-map-panel";
import { SearchNotice } from "./search-notice";
import { ViewToggle } from "./view-toggle";
import type { MapSettings } from "./offer-search-view";

type Props = {
  query: ProviderSearchQuery;
  ignored: string[];
  truncated: string[];
  result: ProviderSearchResult;
  offerCount: number;
  categories: CategoryFacet[];
  districts: FacetOption[];
  /** The carrier types by the portal's names for them (features/settings/carrier-types). */
  carrierLabels: Record<CarrierTypeValue, string>;
  mapView: boolean;
  action: string;
  map: MapSettings;
};

/** The provider search page: filters, tabs, chips, list or map, paging. */
export function ProviderSearchView({
  query,
  ignored,
  truncated,
  result,
  offerCount,
  categories,
  districts,
  carrierLabels,
  mapView,
  action,
  map,
}: Props) {
  const t = useTranslations("ProviderSearch");
  const ts = useTranslations("Search");
  const tSkip = useTranslations("SkipLinks");
  const locale = useLocale();
  const current = paramsToQuery(providerSearchToParams({ ...query, page: result.page }));
  const withView = mapView ? { ...current, ansicht: "karte" } : current;
  const offersQuery = paramsToQuery(
    offerSearchToParams({
      ...emptyOfferSearch(),
      q: query.q,
      categories: query.categories,
      districts: query.districts,
      sort: query.q ? "relevance" : "next",
    }),
  );
  const markerParams = providerSearchToParams({ ...query, page: 1 });
  markerParams.set("locale", locale);

  const categoryNames = new Map(
    categories.flatMap((c) => [[c.value, c.label] as const, ...c.children.map((ch) => [ch.value, ch.label] as const)]),
  );
  const districtNames = new Map(districts.map((d) => [d.value, d.label]));
  const chips = [
    ...(query.q ? [{ key: "q", label: ts("chip.q", { value: query.q }), without: { ...query, q: null } }] : []),
    ...query.categories.map((slug) => ({
      key: `c:${slug}`,
      label: ts("chip.category", { value: categoryNames.get(slug) ?? slug }),
      without: { ...query, categories: query.categories.filter((s) => s !== slug) },
    })),
    ...query.districts.map((slug) => ({
      key: `d:${slug}`,
      label: ts("chip.district", { value: districtNames.get(slug) ?? slug }),
      without: { ...query, districts: query.districts.filter((s) => s !== slug) },
    })),
    ...query.carrierTypes.map((type) => ({
      key: `t:${type}`,
      label: carrierLabels[type],
      without: { ...query, carrierTypes: query.carrierTypes.filter((c) => c !== type) },
    })),
  ];
  const chipHref = (q: ProviderSearchQuery) => ({
    pathname: "/providers" as const,
    query: { ...paramsToQuery(providerSearchToParams({ ...q, page: 1 })), ...(mapView ? { ansicht: "karte" } : {}) },
  });

  return (
    <div>
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <div className="mt-4">
        <ResultTabs
          active="providers"
          counts={{ offers: offerCount, providers: result.total }}
          offersQuery={offersQuery}
          providersQuery={paramsToQuery(providerSearchToParams({ ...query, page: 1 }))}
        />
      </div>
      <SearchNotice ignored={ignored} truncated={truncated} />

      <div className="mt-6 grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <div>
          <FilterDisclosure summary={ts("filterSummary", { count: chips.length })} heading={ts("filterHeading")}>
            <ProviderFilterForm
              key={providerSearchToParams(query).toString()}
              query={query}
              categories={categories}
              districts={districts}
              carrierLabels={carrierLabels}
              action={action}
              mapView={mapView}
            />
          </FilterDisclosure>
        </div>
        <section aria-labelledby="results-heading">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="results-heading" className="text-2xl font-semibold text-slate-900">
              {t("resultCount", { count: result.total })}
            </h2>
            <ViewToggle pathname="/providers" mapView={mapView} query={withView} />
          </div>
          {chips.length > 0 ? (
            <nav aria-label={ts("activeFilters")} className="mt-3">
              <ul className="flex flex-wrap items-center gap-2">
                {chips.map((chip) => (
                  <li key={chip.key}>
                    <Link
                      href={chipHref(chip.without)}
                      className="inline-flex min-h-9 items-center gap-1 rounded-full border border-brand-700 bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:bg-brand-100"
                    >
                      <span>{chip.label}</span>
                      <span aria-hidden="true">×</span>
                      <span className="sr-only">{ts("removeFilter")}</span>
                    </Link>
                  </li>
                ))}
                <li>
                  <Link
                    href={chipHref({ ...query, q: null, categories: [], districts: [], carrierTypes: [] })}
                    className="inline-flex min-h-9 items-center px-2 text-sm text-brand-700 underline"
                  >
                    {ts("removeAll")}
                  </Link>
                </li>
              </ul>
            </nav>
          ) : null}

          {mapView ? (
            <>
              <noscript>
                <p className="mt-4 rounded border border-slate-300 bg-slate-50 p-3 text-slate-800">{ts("mapNeedsJs")}</p>
              </noscript>
              {result.total > 0 ? (
                <a
                  href="#results-below-map"
                  className="sr-only focus:not-sr-only focus:mt-4 focus:inline-block focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-700 focus:underline"
                >
                  {tSkip("pastMap")}
                </a>
              ) : null}
              <SearchMapPanel
                endpoint={`/api/search/provider-markers?${markerParams}`}
                tileUrl={map.tileUrl}
                attribution={map.attribution}
                center={map.center}
                zoom={map.zoom}
                boundaries={map.boundaries}
                ariaLabel={t("mapLabel")}
              />
              {result.total > 0 ? (
                <h3 id="results-below-map" tabIndex={-1} className="mt-6 text-lg font-semibold">
                  {ts("listBelowMap")}
                </h3>
              ) : null}
            </>
          ) : null}

          {result.total === 0 ? (
            <section aria-labelledby="empty-heading" className="mt-6 rounded-lg bg-slate-50 p-4">
              <h2 id="empty-heading" className="text-xl font-semibold text-slate-900">
                {t("emptyTitle")}
              </h2>
              <p className="mt-2 text-slate-800">{chips.length > 0 ? t("emptyWithFilters") : t("emptyNoFilters")}</p>
            </section>
          ) : (
            <>
              <ul className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
                {result.providers.map((provider) => (
                  <li key={provider.id}>
                    <ProviderCard provider={provider} />
                  </li>
                ))}
              </ul>
              <Pagination pathname="/providers" page={result.page} pageCount={result.pageCount} query={withView} pageParam="seite" />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
