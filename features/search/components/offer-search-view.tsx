import type { MapBoundary } from "@/components/map/boundary-types";
import { useTranslations } from "next-intl";
import { Pagination } from "@/components/ui/pagination";
import { emptyProviderSearch, type OfferSearchQuery } from "../params/vocabulary";
import { offerSearchToParams, providerSearchToParams } from "../params/parse";
import type { OfferSearchResult } from "../offer-search";
import type { OfferFacets } from "../facets";
import { activeFilters, paramsToQuery } from "./active-filters";
import { ActiveFilterChips, type FilterLabels } from "./active-filter-chips";
import { EmptyResults, type NearMatch } from "./empty-results";
import { FilterDisclosure } from "./filter-disclosure";
import { OfferFilterForm } from "./offer-filter-form";
import { OfferResults } from "./offer-results";
import { ResultTabs } from "./result-tabs";
import { SearchMapPanel } from "./search-map-panel";
import { SearchNotice } from "./search-notice";
import { SortForm } from "./sort-form";
import { ViewToggle } from "./view-toggle";

/** The map of a search page; `boundaries` = outlines of the districts the search is filtered by. */
export type MapSettings = { tileUrl: string; attribution: string; center: [number, number]; zoom: number; boundaries?: MapBoundary[] };

type Props = {
  query: OfferSearchQuery;
  ignored: string[];
  truncated: string[];
  result: OfferSearchResult;
  counts: { offers: number; providers: number };
  facets: OfferFacets;
  labels: FilterLabels;
  hasFilters: boolean;
  nearMatches: NearMatch[];
  mapView: boolean;
  action: string;
  map: MapSettings;
  locale: string;
};

/** The offer search page: filters (sidebar / folded on phones), tabs, notices, chips, list or map, paging. */
export function OfferSearchView({
  query,
  ignored,
  truncated,
  result,
  counts,
  facets,
  labels,
  hasFilters,
  nearMatches,
  mapView,
  action,
  map,
  locale,
}: Props) {
  const t = useTranslations("Search");
  const tSkip = useTranslations("SkipLinks");
  const searchParams = offerSearchToParams({ ...query, page: result.page });
  const current = paramsToQuery(searchParams);
  const withView = mapView ? { ...current, ansicht: "karte" } : current;
  const chipExtras = mapView ? { ansicht: "karte" } : undefined;
  const providersQuery = paramsToQuery(
    providerSearchToParams({ ...emptyProviderSearch(), q: query.q, categories: query.categories, districts: query.districts }),
  );
  const markerParams = offerSearchToParams({ ...query, page: 1 });
  markerParams.set("locale", locale);
  const activeCount = activeFilters(query).length;

  return (
    <div>
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <div className="mt-4">
        <ResultTabs
          active="offers"
          counts={{ offers: result.total, providers: counts.providers }}
          offersQuery={paramsToQuery(offerSearchToParams({ ...query, page: 1 }))}
          providersQuery={providersQuery}
        />
      </div>
      <SearchNotice ignored={ignored} truncated={truncated} placeNotFound={result.placeNotFound} place={query.place} />

      <div className="mt-6 grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <div>
          <FilterDisclosure summary={t("filterSummary", { count: activeCount })} heading={t("filterHeading")}>
            <OfferFilterForm key={searchParams.toString()} query={query} facets={facets} action={action} mapView={mapView} />
          </FilterDisclosure>
        </div>

        <section aria-labelledby="results-heading">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="results-heading" className="text-2xl font-semibold text-slate-900">
              {t("resultCount", { count: result.total })}
            </h2>
            <ViewToggle pathname="/offers" mapView={mapView} query={withView} />
          </div>
          {result.placeResolved && query.radiusKm ? (
            <p className="mt-1 text-sm text-slate-700">{t("radiusAround", { km: query.radiusKm, place: result.placeResolved.label })}</p>
          ) : null}
          {result.total > 0 ? <ActiveFilterChips query={query} labels={labels} extraParams={chipExtras} /> : null}
          {result.total > 0 ? (
            <div className="mt-4">
              <SortForm query={query} action={action} mapView={mapView} />
            </div>
          ) : null}

          {mapView ? (
            <>
              <noscript>
                <p className="mt-4 rounded border border-slate-300 bg-slate-50 p-3 text-slate-800">{t("mapNeedsJs")}</p>
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
                endpoint={`/api/search/markers?${markerParams}`}
                tileUrl={map.tileUrl}
                attribution={map.attribution}
                center={map.center}
                zoom={map.zoom}
                ariaLabel={t("mapLabel")}
              />
              {result.total > 0 ? (
                <h3 id="results-below-map" tabIndex={-1} className="mt-6 text-lg font-semibold">
                  {t("listBelowMap")}
                </h3>
              ) : null}
            </>
          ) : null}

          {result.total === 0 ? (
            <EmptyResults query={query} labels={labels} nearMatches={nearMatches} hasFilters={hasFilters} />
          ) : (
            <>
              <OfferResults offers={result.offers} />
              <Pagination pathname="/offers" page={result.page} pageCount={result.pageCount} query={withView} pageParam="seite" />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
