import "server-only";
import { prisma } from "@/lib/db";
import type { AnalyticsFilter } from "../schemas";

export type DemandTotals = {
  searches: number;
  zeroResultSearches: number;
  mapSearches: number;
  offerViews: number;
  providerViews: number;
  contacts: { mail: number; phone: number; website: number };
  icsDownloads: number;
};

/** Totals of the range: searches (of them without result, on the map), page views, contact clicks by kind, calendar downloads. */
export async function contactClicks(filter: AnalyticsFilter): Promise<DemandTotals> {
  const rows = await prisma.$queryRawUnsafe<{ metric: string; key: string; n: number | bigint }[]>(
    `SELECT "metric" AS metric, CASE WHEN "metric" IN ('CONTACT', 'SEARCH', 'TOTAL') THEN "key" ELSE '' END AS key, SUM("count") AS n
     FROM "AnalyticsDaily" WHERE "metric" IN ('SEARCH', 'ZERO_SEARCH', 'TOTAL', 'PROVIDER_VIEW', 'CONTACT', 'ICS') AND "day" BETWEEN ? AND ?
     GROUP BY 1, 2`,
    filter.from,
    filter.to,
  );
  const get = (metric: string, key?: string) =>
    rows.filter((r) => r.metric === metric && (key === undefined || r.key === key)).reduce((sum, r) => sum + Number(r.n), 0);
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
