import "server-only";
import { prisma } from "@/lib/db";
import type { AnalyticsFilter } from "../schemas";
import { offerAttributesSql, type Fragment } from "./supply-sql";

// Demand is read from the daily counts, never from raw events: they cover periods whose raw events
// are gone, and a year of counts stays small. Without a filter besides the date range, from
// AnalyticsDaily (primary key (metric, day, …): a range scan of one metric's days). With filters
// (docs/DECISIONS.md, "Analytics: every filter on every chart"):
// - searches (terms, zero-result terms, filters used, search totals) count when the resident's search
//   used the filter's values — from AnalyticsSearchDaily, per search shape (AnalyticsSearchShape), so
//   only the days of the matching shapes are read (primary key (shapeId, day, …));
// - offer views, contact clicks on offer pages and calendar downloads count when the offer has the
//   filter's attributes (as it is now);
// - provider views and contact clicks on provider pages count when the provider matches: its address
//   (district, postal code), its own categories, and for target group / free / accessible at least one
//   of its (not deleted) offers with them.

export const TOP_LIMIT = 20;

export type KeyCount = { key: string; count: number };

/** True when the filter has more than the date range. */
export function hasAttributeFilter(filter: AnalyticsFilter): boolean {
  return Boolean(filter.category || filter.targetGroup || filter.district || filter.postalCode || filter.free || filter.accessible);
}

/** SQL true when search shape `s` used every value of the filter (a category also through its subcategories). */
export function searchShapeSql(filter: AnalyticsFilter, alias = "s"): Fragment {
  const parts: string[] = [];
  const params: unknown[] = [];
  const used = (column: string) => `EXISTS (SELECT 1 FROM json_each(${alias}."${column}") j WHERE j.value`;
  if (filter.category) {
    parts.push(`${used("categoryIds")} = ? OR j.value IN (SELECT c."id" FROM "Category" c WHERE c."parentId" = ?))`);
    params.push(filter.category, filter.category);
  }
  if (filter.targetGroup) {
    parts.push(`${used("targetGroupIds")} = ?)`);
    params.push(filter.targetGroup);
  }
  if (filter.district) {
    parts.push(`${used("districtIds")} = ?)`);
    params.push(filter.district);
  }
  if (filter.postalCode) {
    parts.push(`${alias}."postalCode" = ?`);
    params.push(filter.postalCode);
  }
  if (filter.free) parts.push(`${alias}."free" = 1`);
  if (filter.accessible) parts.push(`${alias}."accessible" = 1`);
  return { sql: parts.length > 0 ? parts.join(" AND ") : "1 = 1", params };
}

/** AnalyticsSearchDaily `d` rows of the filter's days and matching shapes. */
export function searchDailySql(filter: AnalyticsFilter, alias = "d"): Fragment {
  const shape = searchShapeSql(filter, "s");
  return {
    sql: `${alias}."shapeId" IN (SELECT s."id" FROM "AnalyticsSearchShape" s WHERE ${shape.sql}) AND ${alias}."day" BETWEEN ? AND ?`,
    params: [...shape.params, filter.from, filter.to],
  };
}

/** SQL true when offer id `column` has the filter's attributes (as it is now); "1 = 1" without filter. */
export function offerMatchSql(filter: AnalyticsFilter, column: string): Fragment {
  if (!hasAttributeFilter(filter)) return { sql: "1 = 1", params: [] };
  const attributes = offerAttributesSql(filter, "o");
  return { sql: `${column} IN (SELECT o."id" FROM "Offer" o WHERE ${attributes.sql})`, params: attributes.params };
}

/** SQL true when organisation id `column` matches the filter (see above); "1 = 1" without filter. Provider rows have offerId 0: say so in the query, so it reads them from the per-offer covering index. */
export function providerMatchSql(filter: AnalyticsFilter, column: string): Fragment {
  const parts: string[] = [];
  const params: unknown[] = [];
  const own: string[] = [];
  if (filter.district) {
    own.push(`g."districtId" = ?`);
    params.push(filter.district);
  }
  if (filter.postalCode) {
    own.push(`g."postalCode" = ?`);
    params.push(filter.postalCode);
  }
  if (own.length > 0) parts.push(`${column} IN (SELECT g."id" FROM "Organization" g WHERE ${own.join(" AND ")})`);
  if (filter.category) {
    parts.push(`${column} IN (SELECT oc."organizationId" FROM "OrganizationCategory" oc
      WHERE oc."categoryId" IN (SELECT c."id" FROM "Category" c WHERE c."id" = ? OR c."parentId" = ?))`);
    params.push(filter.category, filter.category);
  }
  if (filter.targetGroup || filter.free || filter.accessible) {
    const offers = offerAttributesSql({ ...filter, category: null, district: null, postalCode: null }, "o");
    parts.push(`${column} IN (SELECT o."organizationId" FROM "Offer" o WHERE o."deletedAt" IS NULL AND ${offers.sql})`);
    params.push(...offers.params);
  }
  return { sql: parts.length > 0 ? parts.join(" AND ") : "1 = 1", params };
}

/** The search keywords (all, or of searches without result) in the filter's days, most first. */
export async function topSearchTerms(filter: AnalyticsFilter, zeroResultOnly: boolean, limit = TOP_LIMIT): Promise<KeyCount[]> {
  if (!hasAttributeFilter(filter)) return topKeys(zeroResultOnly ? "ZERO_TERM" : "TERM", filter, limit);
  const where = searchDailySql(filter);
  const rows = await prisma.$queryRawUnsafe<{ key: string; n: number | bigint }[]>(
    `SELECT d."term" AS key, SUM(d."count") AS n FROM "AnalyticsSearchDaily" d
     WHERE ${where.sql} AND d."term" <> '' ${zeroResultOnly ? `AND d."zeroResult" = 1` : ""}
     GROUP BY d."term" ORDER BY n DESC, d."term" LIMIT ?`,
    ...where.params,
    limit,
  );
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }));
}

/** The filters searches used in the filter's days (each search counts once per filter it used), most first. */
export async function topSearchFilters(filter: AnalyticsFilter, limit = TOP_LIMIT): Promise<KeyCount[]> {
  if (!hasAttributeFilter(filter)) return topKeys("FILTER", filter, limit);
  const where = searchDailySql(filter);
  const rows = await prisma.$queryRawUnsafe<{ key: string; n: number | bigint }[]>(
    `SELECT j.value AS key, SUM(t.n) AS n
     FROM (SELECT d."shapeId" AS "shapeId", SUM(d."count") AS n FROM "AnalyticsSearchDaily" d WHERE ${where.sql} GROUP BY d."shapeId") t
     JOIN "AnalyticsSearchShape" s ON s."id" = t."shapeId", json_each(NULLIF(s."filters", '')) j
     GROUP BY j.value ORDER BY n DESC, j.value LIMIT ?`,
    ...where.params,
    limit,
  );
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }));
}

/** The metric's counts per key in the filter's days, most first (AnalyticsDaily: the date range only). */
export async function topKeys(metric: string, filter: AnalyticsFilter, limit = TOP_LIMIT): Promise<KeyCount[]> {
  const rows = await prisma.$queryRawUnsafe<{ key: string; n: number | bigint }[]>(
    `SELECT "key" AS key, SUM("count") AS n FROM "AnalyticsDaily" WHERE "metric" = ? AND "day" BETWEEN ? AND ?
     GROUP BY "key" ORDER BY n DESC, "key" LIMIT ?`,
    metric,
    filter.from,
    filter.to,
    limit,
  );
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }));
}
