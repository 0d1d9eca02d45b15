import "server-only";
import { prisma } from "@/lib/db";
import type { AnalyticsFilter } from "../schemas";
import { hasAttributeFilter, offerMatchSql, providerMatchSql, searchDailySql } from "./demand-sql";

export type DemandTotals = {
  searches: number;
  zeroResultSearches: number;
  mapSearches: number;
  offerViews: number;
  providerViews: number;
  contacts: { mail: number; phone: number; website: number };
  icsDownloads: number;
};

type Row = { metric: string; key: string; n: number | bigint | null };

/**
 * Totals of the range: searches (of them without result, on the map), page views, contact clicks by
 * kind, calendar downloads. With filters, each total counts as its chart does (queries/demand-sql.ts):
 * searches by the filters they used, offer views / offer contact clicks / downloads by the offer's
 * attributes, provider views and provider-page contact clicks by the provider.
 */
export async function contactClicks(filter: AnalyticsFilter): Promise<DemandTotals> {
  const rows = hasAttributeFilter(filter) ? await filteredRows(filter) : await allRows(filter);
  const get = (metric: string, key?: string) =>
    rows.filter((r) => r.metric === metric && (key === undefined || r.key === key)).reduce((sum, r) => sum + Number(r.n ?? 0), 0);
  return {
    searches: get("SEARCH"),
    zeroResultSearches: get("ZERO_SEARCH"),
    mapSearches: get("SEARCH", "map"),
    offerViews: get("TOTAL", "OFFER_VIEW"),
    providerViews: get("PROVIDER_VIEW"),
    contacts: { mail: get("CONTACT", "mail"), phone: get("CONTACT", "phone"), website: get("CONTACT", "website") },
    icsDownloads: get("ICS"),
  };
}

function allRows(filter: AnalyticsFilter): Promise<Row[]> {
  return prisma.$queryRawUnsafe<Row[]>(
    `SELECT "metric" AS metric, CASE WHEN "metric" IN ('CONTACT', 'SEARCH', 'TOTAL') THEN "key" ELSE '' END AS key, SUM("count") AS n
     FROM "AnalyticsDaily" WHERE "metric" IN ('SEARCH', 'ZERO_SEARCH', 'TOTAL', 'PROVIDER_VIEW', 'CONTACT', 'ICS') AND "day" BETWEEN ? AND ?
     GROUP BY 1, 2`,
    filter.from,
    filter.to,
  );
}

async function filteredRows(filter: AnalyticsFilter): Promise<Row[]> {
  const searches = searchDailySql(filter);
  const offer = offerMatchSql(filter, `a."offerId"`);
  const provider = providerMatchSql(filter, `a."organizationId"`);
  const [searchRows, viewRows, offerRows, providerRows] = [
    await prisma.$queryRawUnsafe<Row[]>(
      `SELECT 'SEARCH' AS metric, d."view" AS key, SUM(d."count") AS n FROM "AnalyticsSearchDaily" d WHERE ${searches.sql} GROUP BY d."view"
       UNION ALL
       SELECT 'ZERO_SEARCH', '', SUM(d."count") FROM "AnalyticsSearchDaily" d WHERE ${searches.sql} AND d."zeroResult" = 1`,
      ...searches.params,
      ...searches.params,
    ),
    // Offer views, contact clicks on offer pages and downloads: by the offer (as it is now). Views
    // apart: one metric, so each matching offer's days are one probe of the per-offer covering index.
    await prisma.$queryRawUnsafe<Row[]>(
      `SELECT 'TOTAL' AS metric, 'OFFER_VIEW' AS key, SUM(a."count") AS n
       FROM "AnalyticsDaily" a WHERE a."metric" = 'OFFER_VIEW' AND a."day" BETWEEN ? AND ? AND ${offer.sql}`,
      filter.from,
      filter.to,
      ...offer.params,
    ),
    await prisma.$queryRawUnsafe<Row[]>(
      `SELECT a."metric" AS metric, a."key" AS key, SUM(a."count") AS n
       FROM "AnalyticsDaily" a
       WHERE a."metric" IN ('CONTACT', 'ICS') AND a."day" BETWEEN ? AND ? AND a."offerId" <> 0 AND ${offer.sql}
       GROUP BY 1, 2`,
      filter.from,
      filter.to,
      ...offer.params,
    ),
    // Provider views and contact clicks on provider pages (no offer): by the provider.
    await prisma.$queryRawUnsafe<Row[]>(
      `SELECT a."metric" AS metric, CASE WHEN a."metric" = 'CONTACT' THEN a."key" ELSE '' END AS key, SUM(a."count") AS n
       FROM "AnalyticsDaily" a
       WHERE a."metric" IN ('PROVIDER_VIEW', 'CONTACT') AND a."day" BETWEEN ? AND ? AND a."offerId" = 0 AND ${provider.sql}
       GROUP BY 1, 2`,
      filter.from,
      filter.to,
      ...provider.params,
    ),
  ];
  return [...searchRows, ...viewRows, ...offerRows, ...providerRows];
}
