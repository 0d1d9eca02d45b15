import "server-only";
import { prisma } from "@/lib/db";
import type { AnalyticsFilter } from "../schemas";
import { providerMatchSql, TOP_LIMIT } from "./demand-sql";

export type TopProviderRow = { organizationId: number; name: string | null; views: number };

/**
 * The most viewed provider pages in the range. Filters apply to the provider (queries/demand-sql.ts):
 * its address (district, postal code), its categories, and for target group / free / accessible at
 * least one of its offers with them.
 */
export async function topProviders(filter: AnalyticsFilter): Promise<TopProviderRow[]> {
  const match = providerMatchSql(filter, `d."organizationId"`);
  const rows = await prisma.$queryRawUnsafe<{ organizationId: number; n: number | bigint; name: string | null }[]>(
    `SELECT t."organizationId" AS "organizationId", t.n AS n, org."name" AS name
     FROM (SELECT d."organizationId" AS "organizationId", SUM(d."count") AS n FROM "AnalyticsDaily" d
           WHERE d."metric" = 'PROVIDER_VIEW' AND d."offerId" = 0 AND d."day" BETWEEN ? AND ? AND ${match.sql}
           GROUP BY d."organizationId" ORDER BY n DESC, d."organizationId" LIMIT ?) t
     LEFT JOIN "Organization" org ON org."id" = t."organizationId"
     ORDER BY t.n DESC, t."organizationId"`,
    filter.from,
    filter.to,
    ...match.params,
    TOP_LIMIT,
  );
  return rows.map((r) => ({ organizationId: Number(r.organizationId), name: r.name, views: Number(r.n) }));
}
