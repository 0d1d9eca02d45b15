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
  // The three sides are independent reads: run them at once (the read workers take two at a time).
  const [searchRows, offerRows, providerRows] = await Promise.all([
    // Searches by the filters they used: one pass over the matching shapes' days.
    prisma
      .$queryRawUnsafe<Record<"all" | "map" | "zero", number | bigint | null>[]>(
        `SELECT SUM(d."count") AS "all", SUM(CASE WHEN d."view" = 'map' THEN d."count" END) AS map,
                SUM(CASE WHEN d."zeroResult" = 1 THEN d."count" END) AS zero
         FROM "AnalyticsSearchDaily" d WHERE ${searches.sql}`,
        ...searches.params,
      )
      .then((rows) =>
        rows.flatMap((r): Row[] => [
          { metric: "SEARCH", key: "map", n: r.map },
          { metric: "SEARCH", key: "", n: Number(r.all ?? 0) - Number(r.map ?? 0) },
          { metric: "ZERO_SEARCH", key: "", n: r.zero },
        ]),
      ),
    // Offer views, contact clicks on offer pages and downloads: by the offer (as it is now). One pass:
    // each matching offer's days are ONE probe of the partial index (offerId, day, metric, key, count)
    // of offer rows (migration 0022) — the (metric, offerId, …) index would take one probe per metric,
    // which is what a filter matching most offers ("free": ~77 %) pays for.
    prisma
      .$queryRawUnsafe<Record<"views" | "mail" | "phone" | "website" | "ics", number | bigint | null>[]>(
        `SELECT SUM(CASE WHEN a."metric" = 'OFFER_VIEW' THEN a."count" END) AS views,
                SUM(CASE WHEN a."metric" = 'CONTACT' AND a."key" = 'mail' THEN a."count" END) AS mail,
                SUM(CASE WHEN a."metric" = 'CONTACT' AND a."key" = 'phone' THEN a."count" END) AS phone,
                SUM(CASE WHEN a."metric" = 'CONTACT' AND a."key" = 'website' THEN a."count" END) AS website,
                SUM(CASE WHEN a."metric" = 'ICS' THEN a."count" END) AS ics
         FROM "AnalyticsDaily" a INDEXED BY "AnalyticsDaily_offer_days_idx"
         WHERE a."offerId" <> 0 AND a."day" BETWEEN ? AND ? AND a."metric" IN ('OFFER_VIEW', 'CONTACT', 'ICS') AND ${offer.sql}`,
        filter.from,
        filter.to,
        ...offer.params,
      )
      .then((rows) =>
        rows.flatMap((r): Row[] => [
          { metric: "TOTAL", key: "OFFER_VIEW", n: r.views },
          { metric: "CONTACT", key: "mail", n: r.mail },
          { metric: "CONTACT", key: "phone", n: r.phone },
          { metric: "CONTACT", key: "website", n: r.website },
          { metric: "ICS", key: "", n: r.ics },
        ]),
      ),
    // Provider views and contact clicks on provider pages (no offer): by the provider.
    prisma.$queryRawUnsafe<Row[]>(
      `SELECT a."metric" AS metric, CASE WHEN a."metric" = 'CONTACT' THEN a."key" ELSE '' END AS key, SUM(a."count") AS n
       FROM "AnalyticsDaily" a
       WHERE a."metric" IN ('PROVIDER_VIEW', 'CONTACT') AND a."day" BETWEEN ? AND ? AND a."offerId" = 0 AND ${provider.sql}
       GROUP BY 1, 2`,
      filter.from,
      filter.to,
      ...provider.params,
    ),
  ]);
  return [...searchRows, ...offerRows, ...providerRows];
}
