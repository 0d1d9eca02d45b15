import "server-only";
import { publishedOffersSql } from "@/features/search/visibility";
import { LINK_BITS_MAX_ID } from "@/features/search/link-bits";
import { addDays, localDateTimeToUtc } from "@/lib/dates";
import { toSqlDateTime } from "@/lib/sql-dates";
import type { AnalyticsFilter } from "../schemas";

// Raw SQL of the planner charts (PostgreSQL port: this folder). Supply is counted from offers through
// the public visibility rule (features/search/visibility.ts) — never from events: published, not
// deleted, of an approved provider. An offer counts for a period when it was published before the
// period's end and had not ended before its start; offers that ended before they were published were
// never visible and count nowhere.

export type Fragment = { sql: string; params: unknown[] };

/** When an offer became visible: its publication (older rows without one: creation). */
export const PUBLISHED_AT = (alias: string) => `IFNULL(${alias}."publishedAt", ${alias}."createdAt")`;
const FAR_FUTURE = "9999-12-31";

/** The filter's attribute conditions on Offer `alias` (category, target group, district, postal code, free, accessible). */
export function offerAttributesSql(filter: AnalyticsFilter, alias = "o"): Fragment {
  const parts: string[] = [];
  const params: unknown[] = [];
  // Category (with its subcategories) and target group through the offer's link bits (ids 1–30, on
  // the covering index), with the link tables only for ids beyond the bits (features/search/link-bits.ts).
  if (filter.category) {
    parts.push(
      `((${alias}."searchCategories" & (SELECT IFNULL(SUM(1 << c."id"), 0) FROM "Category" c WHERE (c."id" = ? OR c."parentId" = ?) AND c."id" BETWEEN 1 AND ${LINK_BITS_MAX_ID})) <> 0
        OR ${alias}."id" IN (SELECT oc."offerId" FROM "OfferCategory" oc WHERE oc."categoryId" IN (SELECT c."id" FROM "Category" c WHERE (c."id" = ? OR c."parentId" = ?) AND c."id" > ${LINK_BITS_MAX_ID})))`,
    );
    params.push(filter.category, filter.category, filter.category, filter.category);
  }
  if (filter.targetGroup) {
    if (filter.targetGroup <= LINK_BITS_MAX_ID) {
      parts.push(`(${alias}."searchTargetGroups" & ?) <> 0`);
      params.push(2 ** filter.targetGroup);
    } else {
      parts.push(`${alias}."id" IN (SELECT otg."offerId" FROM "OfferTargetGroup" otg WHERE otg."targetGroupId" = ?)`);
      params.push(filter.targetGroup);
    }
  }
  if (filter.district) {
    parts.push(`${alias}."districtId" = ?`);
    params.push(filter.district);
  }
  if (filter.postalCode) {
    parts.push(`${alias}."postalCode" = ?`);
    params.push(filter.postalCode);
  }
  if (filter.free) parts.push(`${alias}."isFree" = 1`);
  if (filter.accessible) parts.push(`${alias}."wheelchair" = 'YES'`);
  return { sql: parts.length > 0 ? parts.join(" AND ") : "1 = 1", params };
}

/** Visible offers matching the filter that were ever visible (see above); no date range. */
export function visibleOffersSql(filter: AnalyticsFilter, alias = "o"): Fragment {
  const visible = publishedOffersSql(alias, { current: false });
  const attributes = offerAttributesSql(filter, alias);
  return {
    sql: `${visible.sql} AND IFNULL(${alias}."endsAt", '${FAR_FUTURE}') >= ${PUBLISHED_AT(alias)} AND ${attributes.sql}`,
    params: [...visible.params, ...attributes.params],
  };
}

/** The UTC instants of the filter's range: [start of `from`, start of the day after `to`) in Berlin. */
export function rangeInstants(filter: AnalyticsFilter): { start: Date; end: Date } {
  return { start: localDateTimeToUtc(filter.from, 0), end: localDateTimeToUtc(addDays(filter.to, 1), 0) };
}

/** Visible offers matching the filter that were active at some time in the filter's date range. */
export function supplySql(filter: AnalyticsFilter, alias = "o"): Fragment {
  const base = visibleOffersSql(filter, alias);
  const { start, end } = rangeInstants(filter);
  return {
    sql: `${base.sql} AND ${PUBLISHED_AT(alias)} < ? AND IFNULL(${alias}."endsAt", '${FAR_FUTURE}') >= ?`,
    params: [...base.params, toSqlDateTime(end), toSqlDateTime(start)],
  };
}
