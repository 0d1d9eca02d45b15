import "server-only";
import { prisma } from "@/lib/db";
import type { AnalyticsFilter } from "../schemas";
import { TOP_LIMIT } from "./demand-sql";

export type TopProviderRow = { organizationId: number; name: string | null; views: number };

/** The most viewed provider pages in the range (the district and postal code filters apply to the provider's address). */
export async function topProviders(filter: AnalyticsFilter): Promise<TopProviderRow[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.district) {
    conditions.push(`g."districtId" = ?`);
    params.push(filter.district);
  }
  if (filter.postalCode) {
    conditions.push(`g."postalCode" = ?`);
    params.push(filter.postalCode);
  }
  const restriction =
    conditions.length > 0 ? `AND d."organizationId" IN (SELECT g."id" FROM "Organization" g WHERE ${conditions.join(" AND ")})` : "";
  const rows = await prisma.$queryRawUnsafe<{ organizationId: number; n: number | bigint; name: string | null }[]>(
    `SELECT t."organizationId" AS "organizationId", t.n AS n, org."name" AS name
     FROM (SELECT d."organizationId" AS "organizationId", SUM(d."count") AS n FROM "AnalyticsDaily" d
           WHERE d."metric" = 'PROVIDER_VIEW' AND d."day" BETWEEN ? AND ? ${restriction}
           GROUP BY d."organizationId" ORDER BY n DESC, d."organizationId" LIMIT ?) t
     LEFT JOIN "Organization" org ON org."id" = t."organizationId"
     ORDER BY t.n DESC, t."organizationId"`,
    filter.from,
    filter.to,
    ...params,
    TOP_LIMIT,
  );
  return rows.map((r) => ({ organizationId: Number(r.organizationId), name: r.name, views: Number(r.n) }));
}
