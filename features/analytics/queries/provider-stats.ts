import "server-only";
import { prisma } from "@/lib/db";

export type ProviderMonthRow = { month: string; views: number; mail: number; phone: number; website: number; ics: number };

/** How many months the provider statistics show. */
export const PROVIDER_STATS_MONTHS = 13;

/**
 * Views of one organisation's offer pages and contact clicks on them, per calendar month (Berlin),
 * newest first. Only ever for the organisation given — the caller checks membership
 * (features/analytics/provider-statistics.ts).
 */
export async function providerMonthlyStats(organizationId: number, fromDay: string): Promise<ProviderMonthRow[]> {
  const rows = await prisma.$queryRawUnsafe<{ month: string; metric: string; key: string; n: number | bigint }[]>(
    `SELECT substr("day", 1, 7) AS month, "metric" AS metric, "key" AS key, SUM("count") AS n FROM "AnalyticsDaily"
     WHERE "organizationId" = ? AND "metric" IN ('OFFER_VIEW', 'CONTACT', 'ICS') AND "offerId" > 0 AND "day" >= ?
     GROUP BY 1, 2, 3 ORDER BY 1 DESC`,
    organizationId,
    fromDay,
  );
  const months = new Map<string, ProviderMonthRow>();
  for (const r of rows) {
    const row = months.get(r.month) ?? { month: r.month, views: 0, mail: 0, phone: 0, website: 0, ics: 0 };
    const n = Number(r.n);
    if (r.metric === "OFFER_VIEW") row.views += n;
    else if (r.metric === "ICS") row.ics += n;
    else if (r.key === "mail" || r.key === "phone" || r.key === "website") row[r.key] += n;
    months.set(r.month, row);
  }
  return [...months.values()];
}
