import "server-only";
import { LINK_BITS_PER_WORD, LINK_BIT_SLOTS } from "@/features/search/link-bits";
import { addDays, localDateTimeToUtc } from "@/lib/dates";
import { toSqlDateTime } from "@/lib/sql-dates";
import type { AnalyticsFilter } from "../schemas";

// Raw SQL of the planner charts (PostgreSQL port: this folder). Supply is counted from offers and
// the periods in which they were publicly visible by status (OfferVisibilityPeriod, written by the
// triggers of migration 0021: published, not deleted, not stale-hidden, of an approved provider —
// features/search/visibility.ts without the date window) — never from events and never from the
// offer's current status, so an offer archived or blocked today still counts in the weeks it was
// visible. An offer counts at an instant t when one of its periods contains t (both ends included)
// and its own window has not ended (endsAt ≥ t); periods starting after the offer ended count
// nowhere.

export type Fragment = { sql: string; params: unknown[] };

/** When an offer was first published (older rows without one: creation) — shown in the offers table. */
export const PUBLISHED_AT = (alias: string) => `IFNULL(${alias}."publishedAt", ${alias}."createdAt")`;
export const FAR_FUTURE = "9999-12-31";

/**
 * The offers of the supply charts as `o`, read through the covering index Offer_supply_idx (migration
 * 0021: end, filter columns and link bits; no status, since visibility now comes from the periods) —
 * without the hint SQLite picks a narrower index for the GROUP BY and reads the wide rows.
 */
export const SUPPLY_OFFERS = `"Offer" o INDEXED BY "Offer_supply_idx"`;

/** SQL true when the visibility period `period` lies (at least partly) before the end of offer `alias`. */
export const PERIOD_IN_WINDOW = (period: string, alias: string) => `${period}."fromAt" <= IFNULL(${alias}."endsAt", '${FAR_FUTURE}')`;

/** The end of period `period` clipped to the end of offer `alias` (both inclusive; FAR_FUTURE = open). */
export const PERIOD_END = (period: string, alias: string) =>
  `MIN(IFNULL(${period}."untilAt", '${FAR_FUTURE}'), IFNULL(${alias}."endsAt", '${FAR_FUTURE}'))`;

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

/** The UTC instants of the filter's range: [start of `from`, start of the day after `to`) in Berlin. */
export function rangeInstants(filter: AnalyticsFilter): { start: Date; end: Date } {
  return { start: localDateTimeToUtc(filter.from, 0), end: localDateTimeToUtc(addDays(filter.to, 1), 0) };
}

/**
 * Offers matching the filter that were visible at some instant of the filter's date range: a
 * visibility period overlapping [start, end) while the offer had not ended. Every range chart
 * (district, postal code, category, target group, gaps, offers table) counts this set.
 */
export function supplySql(filter: AnalyticsFilter, alias = "o"): Fragment {
  const attributes = offerAttributesSql(filter, alias);
  const { start, end } = rangeInstants(filter);
  const startSql = toSqlDateTime(start);
  return {
    sql: `${attributes.sql} AND IFNULL(${alias}."endsAt", '${FAR_FUTURE}') >= ?
      AND EXISTS (SELECT 1 FROM "OfferVisibilityPeriod" vp WHERE vp."offerId" = ${alias}."id" AND vp."fromAt" < ?
        AND IFNULL(vp."untilAt", '${FAR_FUTURE}') >= ? AND ${PERIOD_IN_WINDOW("vp", alias)})`,
    params: [...attributes.params, startSql, toSqlDateTime(end), startSql],
  };
}
