import "server-only";
import { publishedOffersSql } from "@/features/search/visibility";
import { LINK_BITS_PER_WORD, LINK_BIT_SLOTS } from "@/features/search/link-bits";
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

/**
 * SQL true when the offer's words of `column` (first word: slots 0–51, second: 52–103) have a bit of
 * a term from `terms` (a SELECT of `s` = slot; takes its parameters twice, once per word).
 */
function slotWordsTest(alias: string, column: "searchCategories" | "searchTargetGroups", terms: string): string {
  const word = (suffix: string, from: number, to: number) =>
    `(${alias}."${column}${suffix}" & (SELECT IFNULL(SUM(1 << (t.s - ${from})), 0) FROM (${terms}) t WHERE t.s BETWEEN ${from} AND ${to})) <> 0`;
  return `${word("", 0, LINK_BITS_PER_WORD - 1)} OR ${word("2", LINK_BITS_PER_WORD, LINK_BIT_SLOTS - 1)}`;
}

/** One term's bit of the offer's words as 0/1 (the term has slot `slot`). */
export function slotBitSql(alias: string, column: "searchCategories" | "searchTargetGroups", slot: number): string {
  const second = slot >= LINK_BITS_PER_WORD;
  return `((${alias}."${column}${second ? "2" : ""}" >> ${slot % LINK_BITS_PER_WORD}) & 1)`;
}

/** The filter's attribute conditions on Offer `alias` (category, target group, district, postal code, free, accessible). */
export function offerAttributesSql(filter: AnalyticsFilter, alias = "o"): Fragment {
  const parts: string[] = [];
  const params: unknown[] = [];
  // Category (with its subcategories) and target group through the offer's link-bit words (each term's
  // slot, Category/TargetGroup."searchBit", on the covering index), with the link tables only for terms
  // without a slot (features/search/link-bits.ts).
  if (filter.category) {
    const terms = `SELECT c."searchBit" AS s, c."id" AS id FROM "Category" c WHERE c."id" = ? OR c."parentId" = ?`;
    parts.push(`(${slotWordsTest(alias, "searchCategories", terms)}
        OR ${alias}."id" IN (SELECT oc."offerId" FROM "OfferCategory" oc WHERE oc."categoryId" IN (SELECT t.id FROM (${terms}) t WHERE t.s IS NULL)))`);
    params.push(...Array(3).fill([filter.category, filter.category]).flat());
  }
  if (filter.targetGroup) {
    const terms = `SELECT tg."searchBit" AS s, tg."id" AS id FROM "TargetGroup" tg WHERE tg."id" = ?`;
    parts.push(`(${slotWordsTest(alias, "searchTargetGroups", terms)}
        OR ${alias}."id" IN (SELECT otg."offerId" FROM "OfferTargetGroup" otg WHERE otg."targetGroupId" IN (SELECT t.id FROM (${terms}) t WHERE t.s IS NULL)))`);
    params.push(filter.targetGroup, filter.targetGroup, filter.targetGroup);
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
