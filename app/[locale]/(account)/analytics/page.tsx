import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { ProportionalMap } from "@/components/map/proportional-map";
import { getSettings } from "@/features/settings/queries";
import { districtBoundaries } from "@/features/settings/district-queries";
import { requireAnalyticsPage } from "@/features/analytics/page-access";
import { plannerDashboardFor, plannerOffersTableFor } from "@/features/analytics/dashboard";
import { analyticsFilterOptions } from "@/features/analytics/filter-options";
import { analyticsFilterToParams, parseAnalyticsFilter } from "@/features/analytics/schemas";
import {
  districtTable,
  gapTable,
  postalCodeTable,
  termTable,
  topOfferTable,
  topProviderTable,
  totalsTable,
  weekTable,
  type ChartTable,
  type Translate,
} from "@/features/analytics/charts";
import { AnalyticsBarChart } from "@/features/analytics/components/bar-chart";
import { ChartSection } from "@/features/analytics/components/chart-section";
import { AnalyticsFilterForm } from "@/features/analytics/components/filter-form";
import { GapMatrixTable } from "@/features/analytics/components/gap-matrix";
import { AnalyticsOffersTable } from "@/features/analytics/components/offers-table";
import { readPage } from "@/features/analytics/page-param";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Analytics" });
  return { title: t("title") };
}

/** Bars of a two-column table (label, number). */
function bars(table: ChartTable, limit = 40) {
  return table.rows.slice(0, limit).map((row) => ({ label: String(row[0]), value: Number(row[row.length - 1]) }));
}

export default async function AnalyticsPage({ params, searchParams }: Props) {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const path = getPathname({ locale, href: "/analytics" });
  const user = await requireAnalyticsPage(path);
  const { filter, ignored } = parseAnalyticsFilter(sp);
  const [t, data, offers, options, settings] = await Promise.all([
    getTranslations("Analytics"),
    plannerDashboardFor(user, filter, locale),
    plannerOffersTableFor(user, filter, readPage(sp.seite)),
    analyticsFilterOptions(locale),
    getSettings(),
  ]);
  const tr: Translate = (key, values) => t(key as never, values as never);
  const title = (key: string) => tr(`charts.${key}.title`);
  const queryParams = analyticsFilterToParams(filter);
  const query = queryParams.toString();
  const queryRecord = Object.fromEntries(queryParams);
  const section = { query, locale };
  // The outlines of the districts the chart shows (one row each at most).
  const boundaries = await districtBoundaries(
    data.districts.flatMap((d) => (d.districtId !== null ? [d.districtId] : [])),
    locale,
  );
  const map = { center: [settings.mapCenterLat, settings.mapCenterLng] as [number, number], zoom: Math.max(1, settings.mapZoom - 1) };

  const weeks = weekTable(title("offersPerWeek"), data.weeks, tr);
  const districts = districtTable(title("offersPerDistrict"), data.districts, tr);
  const postalCodes = postalCodeTable(title("offersPerPostalCode"), data.postalCodes, tr);
  const categories: ChartTable = {
    title: title("offersPerCategory"),
    columns: [tr("columns.category"), tr("columns.offers")],
    rows: data.categories.map((c) => [c.name, c.count]),
  };
  const targetGroups: ChartTable = {
    title: title("offersPerTargetGroup"),
    columns: [tr("columns.targetGroup"), tr("columns.offers")],
    rows: data.targetGroups.map((g) => [g.name, g.count]),
  };
  const gaps = gapTable(title("gaps"), data.gaps, tr);
  const zeroTerms = termTable(title("zeroResultTerms"), data.zeroTerms, tr);
  const terms = termTable(title("topTerms"), data.terms, tr);
  const filters: ChartTable = {
    title: title("topFilters"),
    columns: [tr("columns.filter"), tr("columns.searches")],
    rows: data.filters.map((f) => [f.key, f.count]),
  };
  const topOffers = topOfferTable(title("topOffers"), data.offers, tr);
  const topProviders = topProviderTable(title("topProviders"), data.providers, tr);
  const totals = totalsTable(title("contactClicks"), data.totals, tr);
  const offersTableTitle: ChartTable = { title: title("offersTable"), columns: [], rows: [] };
  const marker = (name: string, count: number) => tr("markerLabel", { name, count });
  const h2 = "text-2xl font-bold text-brand-800";
  const grid = "grid grid-cols-1 gap-4 xl:grid-cols-2";

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <nav aria-label={t("sectionsLabel")}>
          <ul className="flex flex-wrap gap-x-4">
            {(["supply", "gaps", "demand", "offers"] as const).map((s) => (
              <li key={s}>
                <a href={`#${s}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                  {t(`sections.${s}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <AnalyticsFilterForm action={path} filter={filter} options={options} ignored={ignored} />
      <p role="status" className="text-sm text-slate-700">
        {t("filters.range", { from: filter.from, to: filter.to })}
      </p>

      <section aria-labelledby="supply" className="flex flex-col gap-4">
        <h2 id="supply" className={h2}>
          {t("sections.supply")}
        </h2>
        <ChartSection id="offers-per-week" table={weeks} appliesTo="all" {...section}>
          <AnalyticsBarChart
            data={data.weeks.map((w) => ({ label: w.label.slice(5), value: w.count, highlight: w.current }))}
            valueLabel={tr("columns.offers")}
          />
        </ChartSection>
        <div className={grid}>
          <ChartSection id="offers-per-district" table={districts} appliesTo="all" {...section}>
            <AnalyticsBarChart data={bars(districts)} horizontal valueLabel={tr("columns.offers")} />
            <ProportionalMap
              points={data.districts.flatMap((d) =>
                d.districtId !== null && d.lat !== null && d.lng !== null
                  ? [{ key: String(d.districtId), lat: d.lat, lng: d.lng, value: d.count, label: marker(d.name ?? "", d.count) }]
                  : [],
              )}
              {...map}
              tileUrl={settings.tileUrl}
              attribution={settings.tileAttribution}
              boundaries={boundaries}
              ariaLabel={tr("mapLabel", { title: districts.title })}
            />
          </ChartSection>
          <ChartSection id="offers-per-postal-code" table={postalCodes} appliesTo="all" {...section}>
            <AnalyticsBarChart data={bars(postalCodes, 25)} horizontal valueLabel={tr("columns.offers")} />
            <ProportionalMap
              points={data.postalCodes.flatMap((p) =>
                p.postalCode !== null && p.lat !== null && p.lng !== null
                  ? [
                      {
                        key: p.postalCode,
                        lat: p.lat,
                        lng: p.lng,
                        value: p.count,
                        label: marker(`${p.postalCode} ${p.city ?? ""}`.trim(), p.count),
                      },
                    ]
                  : [],
              )}
              {...map}
              tileUrl={settings.tileUrl}
              attribution={settings.tileAttribution}
              ariaLabel={tr("mapLabel", { title: postalCodes.title })}
            />
          </ChartSection>
          <ChartSection id="offers-per-category" table={categories} appliesTo="all" {...section}>
            <AnalyticsBarChart data={bars(categories)} horizontal valueLabel={tr("columns.offers")} />
          </ChartSection>
          <ChartSection id="offers-per-target-group" table={targetGroups} appliesTo="all" {...section}>
            <AnalyticsBarChart data={bars(targetGroups)} horizontal valueLabel={tr("columns.offers")} />
          </ChartSection>
        </div>
      </section>

      <section aria-labelledby="gaps" className="flex flex-col gap-4">
        <h2 id="gaps" className={h2}>
          {t("sections.gaps")}
        </h2>
        <ChartSection
          id="gaps"
          table={gaps}
          appliesTo="all"
          {...section}
          tableOverride={<GapMatrixTable gaps={data.gaps} caption={gaps.title} />}
        />
        <ChartSection id="zero-result-terms" table={zeroTerms} appliesTo="searches" {...section}>
          <AnalyticsBarChart data={bars(zeroTerms)} horizontal valueLabel={tr("columns.searches")} />
        </ChartSection>
      </section>

      <section aria-labelledby="demand" className="flex flex-col gap-4">
        <h2 id="demand" className={h2}>
          {t("sections.demand")}
        </h2>
        <ChartSection id="contact-clicks" table={totals} appliesTo="totals" {...section} />
        <div className={grid}>
          <ChartSection id="top-terms" table={terms} appliesTo="searches" {...section}>
            <AnalyticsBarChart data={bars(terms)} horizontal valueLabel={tr("columns.searches")} />
          </ChartSection>
          <ChartSection id="top-filters" table={filters} appliesTo="searches" {...section}>
            <AnalyticsBarChart data={bars(filters)} horizontal valueLabel={tr("columns.searches")} />
          </ChartSection>
          <ChartSection id="top-offers" table={topOffers} appliesTo="offers" {...section}>
            <AnalyticsBarChart data={bars(topOffers)} horizontal valueLabel={tr("columns.views")} />
          </ChartSection>
          <ChartSection id="top-providers" table={topProviders} appliesTo="providers" {...section}>
            <AnalyticsBarChart data={bars(topProviders)} horizontal valueLabel={tr("columns.views")} />
          </ChartSection>
        </div>
      </section>

      <section aria-labelledby="offers" className="flex flex-col gap-4">
        <h2 id="offers" className={h2}>
          {t("sections.offers")}
        </h2>
        <ChartSection
          id="offers-table"
          table={offersTableTitle}
          appliesTo="all"
          {...section}
          tableOverride={<AnalyticsOffersTable {...offers} query={queryRecord} />}
        />
      </section>
    </div>
  );
}
