import "server-only";
import { formatLocalDate } from "@/lib/dates";
import type { AnalyticsFilter } from "./schemas";
import { offersPerWeek } from "./queries/offers-per-week";
import { offersPerDistrict } from "./queries/offers-per-district";
import { offersPerPostalCode } from "./queries/offers-per-postal-code";
import { offersPerCategory } from "./queries/offers-per-category";
import { offersPerTargetGroup } from "./queries/offers-per-target-group";
import { gapMatrix } from "./queries/gaps";
import { zeroResultTerms } from "./queries/zero-result-terms";
import { topTerms } from "./queries/top-terms";
import { topFilters } from "./queries/top-filters";
import { topOffers } from "./queries/top-offers";
import { topProviders } from "./queries/top-providers";
import { contactClicks } from "./queries/contact-clicks";
import { offersTable } from "./queries/offers-table";

// Every chart of the planner area as a table: what the page shows under each chart (the accessible
// alternative) and what the CSV and XLSX downloads contain — one definition for both.

export const CHART_IDS = [
  "offers-per-week",
  "offers-per-district",
  "offers-per-postal-code",
  "offers-per-category",
  "offers-per-target-group",
  "gaps",
  "zero-result-terms",
  "top-terms",
  "top-filters",
  "top-offers",
  "top-providers",
  "contact-clicks",
  "offers-table",
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}

/** The chart's key in the "Analytics.charts" messages (camelCase: next-intl's types refuse "-" in keys). */
export function chartMessageKey(id: ChartId): string {
  return id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

export type Cell = string | number;
export type ChartTable = { title: string; columns: string[]; rows: Cell[][] };

/** Translator of the "Analytics" namespace (next-intl's, or a test's). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type DashboardData = {
  weeks: Awaited<ReturnType<typeof offersPerWeek>>;
  districts: Awaited<ReturnType<typeof offersPerDistrict>>;
  postalCodes: Awaited<ReturnType<typeof offersPerPostalCode>>;
  categories: Awaited<ReturnType<typeof offersPerCategory>>;
  targetGroups: Awaited<ReturnType<typeof offersPerTargetGroup>>;
  gaps: Awaited<ReturnType<typeof gapMatrix>>;
  zeroTerms: Awaited<ReturnType<typeof zeroResultTerms>>;
  terms: Awaited<ReturnType<typeof topTerms>>;
  filters: Awaited<ReturnType<typeof topFilters>>;
  offers: Awaited<ReturnType<typeof topOffers>>;
  providers: Awaited<ReturnType<typeof topProviders>>;
  totals: Awaited<ReturnType<typeof contactClicks>>;
};

/** Every chart's data for one filter. Sequential: SQLite answers one query at a time per connection anyway. */
export async function loadDashboard(filter: AnalyticsFilter, locale: string, now = new Date()): Promise<DashboardData> {
  return {
    weeks: await offersPerWeek(filter, now),
    districts: await offersPerDistrict(filter, locale),
    postalCodes: await offersPerPostalCode(filter),
    categories: await offersPerCategory(filter, locale),
    targetGroups: await offersPerTargetGroup(filter, locale),
    gaps: await gapMatrix(filter, locale),
    zeroTerms: await zeroResultTerms(filter),
    terms: await topTerms(filter),
    filters: await topFilters(filter),
    offers: await topOffers(filter),
    providers: await topProviders(filter),
    totals: await contactClicks(filter),
  };
}

const day = (date: Date | null) => (date ? formatLocalDate(date) : "");

/** One chart's table, loading only what it needs (downloads). */
export async function chartTable(
  id: ChartId,
  filter: AnalyticsFilter,
  locale: string,
  t: Translate,
  now = new Date(),
): Promise<ChartTable> {
  const title = t(`charts.${chartMessageKey(id)}.title`);
  switch (id) {
    case "offers-per-week":
      return weekTable(title, await offersPerWeek(filter, now), t);
    case "offers-per-district":
      return districtTable(title, await offersPerDistrict(filter, locale), t);
    case "offers-per-postal-code":
      return postalCodeTable(title, await offersPerPostalCode(filter), t);
    case "offers-per-category":
      return {
        title,
        columns: [t("columns.category"), t("columns.offers")],
        rows: (await offersPerCategory(filter, locale)).map((r) => [r.name, r.count]),
      };
    case "offers-per-target-group":
      return {
        title,
        columns: [t("columns.targetGroup"), t("columns.offers")],
        rows: (await offersPerTargetGroup(filter, locale)).map((r) => [r.name, r.count]),
      };
    case "gaps":
      return gapTable(title, await gapMatrix(filter, locale), t);
    case "zero-result-terms":
      return termTable(title, await zeroResultTerms(filter), t);
    case "top-terms":
      return termTable(title, await topTerms(filter), t);
    case "top-filters":
      return {
        title,
        columns: [t("columns.filter"), t("columns.searches")],
        rows: (await topFilters(filter)).map((r) => [r.key, r.count]),
      };
    case "top-offers":
      return topOfferTable(title, await topOffers(filter), t);
    case "top-providers":
      return topProviderTable(title, await topProviders(filter), t);
    case "contact-clicks":
      return totalsTable(title, await contactClicks(filter), t);
    case "offers-table": {
      const { rows } = await offersTable(filter, { pageSize: null, now });
      return {
        title,
        columns: [
          t("columns.title"),
          t("columns.provider"),
          t("columns.district"),
          t("columns.postalCode"),
          t("columns.published"),
          t("columns.ends"),
          t("columns.state"),
        ],
        rows: rows.map((r) => [
          r.title,
          r.provider,
          r.district ?? "",
          r.postalCode ?? "",
          day(r.publishedAt),
          day(r.endsAt),
          r.current ? t("current") : t("past"),
        ]),
      };
    }
  }
}

export function weekTable(title: string, rows: DashboardData["weeks"], t: Translate): ChartTable {
  return {
    title,
    columns: [t("columns.week"), t("columns.weekStart"), t("columns.offers")],
    rows: rows.map((r) => [r.current ? `${r.label} (${t("currentWeek")})` : r.label, r.monday, r.count]),
  };
}

export function districtTable(title: string, rows: DashboardData["districts"], t: Translate): ChartTable {
  return { title, columns: [t("columns.district"), t("columns.offers")], rows: rows.map((r) => [r.name ?? t("noDistrict"), r.count]) };
}

export function postalCodeTable(title: string, rows: DashboardData["postalCodes"], t: Translate): ChartTable {
  return {
    title,
    columns: [t("columns.postalCode"), t("columns.city"), t("columns.offers")],
    rows: rows.map((r) => [r.postalCode ?? t("noPostalCode"), r.city ?? "", r.count]),
  };
}

export function gapTable(title: string, gaps: DashboardData["gaps"], t: Translate): ChartTable {
  return {
    title,
    columns: [t("columns.district"), ...gaps.targetGroups.map((g) => g.name)],
    rows: gaps.districts.map((d, i) => [d.name, ...gaps.cells[i].map((c) => c.count)]),
  };
}

export function termTable(title: string, rows: DashboardData["terms"], t: Translate): ChartTable {
  return { title, columns: [t("columns.term"), t("columns.searches")], rows: rows.map((r) => [r.key, r.count]) };
}

export function topOfferTable(title: string, rows: DashboardData["offers"], t: Translate): ChartTable {
  return {
    title,
    columns: [t("columns.offer"), t("columns.provider"), t("columns.views")],
    rows: rows.map((r) => [r.title ?? t("deleted"), r.provider ?? "", r.views]),
  };
}

export function topProviderTable(title: string, rows: DashboardData["providers"], t: Translate): ChartTable {
  return { title, columns: [t("columns.provider"), t("columns.views")], rows: rows.map((r) => [r.name ?? t("deleted"), r.views]) };
}

export function totalsTable(title: string, totals: DashboardData["totals"], t: Translate): ChartTable {
  return {
    title,
    columns: [t("columns.kind"), t("columns.count")],
    rows: [
      [t("totals.searches"), totals.searches],
      [t("totals.zeroResultSearches"), totals.zeroResultSearches],
      [t("totals.mapSearches"), totals.mapSearches],
      [t("totals.offerViews"), totals.offerViews],
      [t("totals.providerViews"), totals.providerViews],
      [t("totals.mail"), totals.contacts.mail],
      [t("totals.phone"), totals.contacts.phone],
      [t("totals.website"), totals.contacts.website],
      [t("totals.ics"), totals.icsDownloads],
    ],
  };
}
