import "server-only";
import { prisma } from "@/lib/db";
import { BM25_WEIGHTS, buildKeywordFilter, documentTextSql } from "../fts";
import type { OfferSearchQuery, OfferSort } from "../params/vocabulary";
import { scheduleCondition } from "../schedule-filter";
import type { SearchContext } from "../search-context";
import { publishedOffersSql } from "../visibility";
import { attributeFilters, linkFilters, placeDistance, placeRadius } from "./filters";
import type { Fragment } from "./fragment";

// Assembling one offer search statement: which table drives it (keyword matches, an index walked
// in sort order, or the covering index), its WITH clause, FROM … WHERE and ORDER BY. The page and
// count statements in ../offer-search.ts are built from these parts.

export type BuiltQuery = {
  /** WITH clause (may be empty), FROM … WHERE … (without ORDER BY), and parameters in text order. */
  with: Fragment;
  from: Fragment;
  /** Select expressions for rank and distance (null when not available). */
  rankSql: string | null;
  distance: Fragment | null;
  sort: Exclude<OfferSort, "relevance" | "distance"> | "relevance" | "distance";
  needsTitleKey: boolean;
  /** True when the offers are read from Offer (not driven by keyword matches). */
  offerDriven: boolean;
  /** Offers are read in A–Z order from the title-key index (offers without a search document are skipped). */
  byTitleKey: boolean;
};

export function effectiveSort(query: OfferSearchQuery, hasKeyword: boolean, hasPlace: boolean): OfferSort {
  if (query.sort === "relevance" && !hasKeyword) return "next";
  if (query.sort === "distance" && !hasPlace) return "next";
  return query.sort;
}

/**
 * Indexes the page query may walk in sort order instead of reading every match (see `walkIndex`);
 * "titleKey" drives the query from OfferSearchDocument_titleKey_offerId_idx (A–Z).
 */
export type OfferIndex = "Offer_search_idx" | "Offer_status_nextListedAt_idx" | "Offer_status_publishedAt_idx" | "titleKey";

export function buildQuery(
  query: OfferSearchQuery,
  ctx: SearchContext,
  { forOrder = true, offerIndex = "Offer_search_idx" }: { forOrder?: boolean; offerIndex?: OfferIndex } = {},
): BuiltQuery {
  const joins: Fragment[] = [];
  const where: Fragment[] = [publishedOffersSql("o", { now: ctx.now })];
  let rankSql: string | null = null;

  const keyword = buildKeywordFilter(query.q);
  const sort = effectiveSort(query, keyword.kind === "match", ctx.place !== null);
  const ctes: Fragment[] = [];
  const rankedMatch = keyword.kind === "match" && forOrder && sort === "relevance";
  if (rankedMatch) {
    // Ranking: the FTS table itself drives the query, so bm25 (the costly part: ~125 ms for the 52k
    // matches of "kinder" at 100k) is computed only for matches that pass the other filters.
    where.push({ sql: `"OfferSearch" MATCH ?`, params: [keyword.match] });
    rankSql = `bm25("OfferSearch", ${BM25_WEIGHTS.join(", ")})`;
  } else if (keyword.kind === "match") {
    // The matches are computed once (MATERIALIZED) and drive the query.
    ctes.push({
      sql: `fts AS MATERIALIZED (SELECT rowid AS "id" FROM "OfferSearch" WHERE "OfferSearch" MATCH ?)`,
      params: [keyword.match],
    });
  } else if (keyword.kind === "like") {
    // One pass over the (titleKey, offerId) index gives the (usually few) matching ids, which then
    // drive the query like FTS matches; joining every visible offer to its key and testing LIKE per
    // offer was ~10× slower at 100k.
    ctes.push({
      sql: `fts AS MATERIALIZED (SELECT kd."offerId" AS "id" FROM "OfferSearchDocument" kd INDEXED BY "OfferSearchDocument_titleKey_offerId_idx" WHERE ${keyword.patterns.map(() => `${documentTextSql("kd")} LIKE ?`).join(" AND ")})`,
      params: keyword.patterns,
    });
  }
  const keywordDriven = keyword.kind !== "none";

  // Link-table filters: a set built once (the COUNT, sorting every match) or, for a page query that
  // walks an index over a few hundred offers, a per-offer lookup through the link table's primary key.
  const correlated = offerIndex !== "Offer_search_idx" || (keyword.kind === "match" && ctx.fewKeywordMatches) || keyword.kind === "like";
  where.push(...linkFilters(query, ctx, correlated), ...attributeFilters(query, ctx));

  const distance = ctx.place ? placeDistance(ctx.place) : null;
  if (ctx.place && distance && ctx.radiusKm !== null) where.push(placeRadius(ctx.place, ctx.radiusKm, distance));

  const schedule = scheduleCondition(query, ctx.today);
  if (schedule) {
    where.push(schedule.where);
    if (schedule.cte) ctes.push(schedule.cte);
  }

  const byTitleKey = offerIndex === "titleKey" && !keywordDriven;
  // Statements that need no sort key of the covering index (COUNT, markers, distance order) read the
  // narrower partial index of visible-candidate offers (migration 0006_search_link_bits): ~20 % less
  // CPU for a COUNT over every published offer at 100k.
  const scanIndex =
    offerIndex === "titleKey"
      ? "Offer_search_idx"
      : offerIndex === "Offer_search_idx" && (!forOrder || sort === "distance")
        ? "Offer_visible_search_idx"
        : offerIndex;
  const needsTitleKey = forOrder && sort === "az" && !byTitleKey;
  if (needsTitleKey)
    joins.push({
      sql: `LEFT JOIN "OfferSearchDocument" tk INDEXED BY "OfferSearchDocument_offerId_titleKey_idx" ON tk."offerId" = o."id"`,
      params: [],
    });

  const from: Fragment = {
    // With a keyword the matches drive (offers by rowid); without, offers are read from the
    // covering index (see prisma/schema.prisma). Both are forced: the planner's own choice can
    // multiply an IN list by the matches.
    sql: `FROM ${rankedMatch ? `"OfferSearch" CROSS JOIN "Offer" o NOT INDEXED ON o."id" = "OfferSearch"."rowid"` : keywordDriven ? `fts CROSS JOIN "Offer" o NOT INDEXED ON o."id" = fts."id"` : byTitleKey ? `"OfferSearchDocument" tk INDEXED BY "OfferSearchDocument_titleKey_offerId_idx" CROSS JOIN "Offer" o ON o."id" = tk."offerId"` : `"Offer" o INDEXED BY "${scanIndex}"`} ${joins.map((j) => j.sql).join(" ")} WHERE ${where.map((w) => w.sql).join(" AND ")}`,
    params: [...joins.flatMap((j) => j.params), ...where.flatMap((w) => w.params)],
  };
  return {
    with:
      ctes.length > 0
        ? { sql: `WITH ${ctes.map((c) => c.sql).join(", ")} `, params: ctes.flatMap((c) => c.params) }
        : { sql: "", params: [] },
    from,
    rankSql,
    distance,
    sort,
    needsTitleKey,
    offerDriven: !keywordDriven,
    byTitleKey,
  };
}

/** "Soonest" (Aktualität): by nextListedAt — dated offers of a day before permanent services of that day. */
const NEXT_ORDER = `o."nextListedAt" IS NULL, o."nextListedAt", o."id"`;

export function orderBy(built: BuiltQuery): string {
  switch (built.sort) {
    case "relevance":
      return `${built.rankSql ?? "0"}, ${NEXT_ORDER}`;
    case "newest":
      return `o."publishedAt" DESC, o."id" DESC`;
    case "distance":
      return `"distanceKm", o."id"`;
    case "az":
      return built.byTitleKey ? `tk."titleKey", tk."offerId"` : `IFNULL(tk."titleKey", ''), o."id"`;
    default:
      return NEXT_ORDER;
  }
}

/** `orderBy` on the columns of the materialized `hits` (same keys, same order). */
export function hitsOrder(sort: BuiltQuery["sort"]): string {
  switch (sort) {
    case "relevance":
      return `rank, nx IS NULL, nx, id`;
    case "newest":
      return `pub DESC, id DESC`;
    case "distance":
      return `"distanceKm", id`;
    case "az":
      return `tkey, id`;
    default:
      return `nx IS NULL, nx, id`;
  }
}

export type Run = <T>(sql: string, params: unknown[]) => Promise<T[]>;

export function runner(onSql?: (sql: string, params: unknown[]) => void): Run {
  return async <T>(sql: string, params: unknown[]) => {
    onSql?.(sql, params);
    return prisma.$queryRawUnsafe<T[]>(sql, ...params);
  };
}

/** The number of matches, and the highest offer id (≈ the table size, read from the primary key for free). */
export async function countMatches(built: BuiltQuery, run: Run): Promise<{ total: number; maxId: number }> {
  const rows = await run<{ n: number | bigint; maxId: number | bigint | null }>(
    `${built.with.sql}SELECT COUNT(*) AS n, (SELECT MAX("id") FROM "Offer") AS maxId ${built.from.sql}`,
    [...built.with.params, ...built.from.params],
  );
  return { total: Number(rows[0]?.n ?? 0), maxId: Number(rows[0]?.maxId ?? 0) };
}
