import "server-only";
import { todayLocal } from "@/lib/dates";
import { prisma } from "@/lib/db";
import { buildKeywordFilter } from "./fts";
import { linkBitMasks, type LinkBitWords } from "./link-bits";
import type { OfferSearchQuery } from "./params/vocabulary";
import { resolvePlaceFilter, type PlaceResolved } from "./place";
import { placeholders, type Fragment } from "./sql/fragment";

// What a search needs before its SQL can be written: slugs become ids, the place its coordinates,
// and one cheap count decides how link-table filters are checked. Read once per search.

/**
 * With a keyword the matches drive the query. Link-table filters (category, target group, language)
 * are then checked per match (EXISTS through offerId indexes) when the matches are fewer than this
 * share of all offers; otherwise building each filter's set once is cheaper (measured at 100k: "kurs"
 * with 10k matches + filters 450 → 110 ms; "kinder" with 52k matches the other way round).
 */
const KEYWORD_FEW_SHARE = 0.25;

/** Everything the SQL needs that comes from the database or the clock, resolved once per search. */
export type SearchContext = {
  now: Date;
  today: string;
  categoryIds: number[] | null; // null = no filter
  targetGroupIds: number[] | null;
  /** The words a category / target-group filter tests on Offer; null = no filter, or a term without a slot (link table). */
  categoryBits: LinkBitWords | null;
  targetGroupBits: LinkBitWords | null;
  districtIds: number[] | null;
  place: PlaceResolved | null;
  placeNotFound: boolean;
  radiusKm: number | null; // only with place
  /** Keyword matches are few (< KEYWORD_FEW_SHARE of all offers): check other filters per match. */
  fewKeywordMatches: boolean;
};

export async function resolveContext(query: OfferSearchQuery, now: Date): Promise<SearchContext> {
  const ctx: SearchContext = {
    now,
    today: todayLocal(now),
    categoryIds: null,
    targetGroupIds: null,
    categoryBits: null,
    targetGroupBits: null,
    districtIds: null,
    place: null,
    placeNotFound: false,
    radiusKm: null,
    fewKeywordMatches: false,
  };
  const parts: Fragment[] = [];
  if (query.categories.length > 0) {
    // A root slug selects its subcategories too.
    parts.push({
      sql: `SELECT 'c' AS k, c."id" AS id, c."searchBit" AS bit FROM "Category" c LEFT JOIN "Category" p ON p."id" = c."parentId" WHERE c."slug" IN (${placeholders(query.categories.length)}) OR p."slug" IN (${placeholders(query.categories.length)})`,
      params: [...query.categories, ...query.categories],
    });
  }
  if (query.targetGroups.length > 0) {
    parts.push({
      sql: `SELECT 't' AS k, "id" AS id, "searchBit" AS bit FROM "TargetGroup" WHERE "slug" IN (${placeholders(query.targetGroups.length)})`,
      params: query.targetGroups,
    });
  }
  if (query.districts.length > 0) {
    parts.push({
      sql: `SELECT 'd' AS k, "id" AS id, NULL AS bit FROM "District" WHERE "slug" IN (${placeholders(query.districts.length)})`,
      params: query.districts,
    });
  }
  if (parts.length > 0) {
    const rows = await prisma.$queryRawUnsafe<{ k: string; id: number; bit: number | bigint | null }[]>(
      parts.map((p) => p.sql).join(" UNION ALL "),
      ...parts.flatMap((p) => p.params),
    );
    const ids = (k: string) => [...new Set(rows.filter((r) => r.k === k).map((r) => Number(r.id)))];
    // Unknown slugs are ignored; when none is known the filter is dropped (not an empty result).
    if (query.categories.length > 0 && ids("c").length > 0) ctx.categoryIds = ids("c");
    if (query.targetGroups.length > 0 && ids("t").length > 0) ctx.targetGroupIds = ids("t");
    if (query.districts.length > 0 && ids("d").length > 0) ctx.districtIds = ids("d");
    const bits = (k: string) => linkBitMasks(rows.filter((r) => r.k === k).map((r) => (r.bit === null ? null : Number(r.bit))));
    if (ctx.categoryIds) ctx.categoryBits = bits("c");
    if (ctx.targetGroupIds) ctx.targetGroupBits = bits("t");
  }
  const keyword = buildKeywordFilter(query.q);
  // Only link-table filters depend on it (date/weekday/time filters are per-offer column checks).
  const linkFilters =
    (ctx.categoryIds !== null && ctx.categoryBits === null) ||
    (ctx.targetGroupIds !== null && ctx.targetGroupBits === null) ||
    query.languages.length > 0;
  if (keyword.kind === "match" && linkFilters) {
    // Counting matches reads only the FTS doclists (2 ms for a rare word, ~25 ms for "kinder" at 100k).
    const rows = await prisma.$queryRawUnsafe<{ n: number | bigint; maxId: number | bigint | null }[]>(
      `SELECT COUNT(*) AS n, (SELECT MAX("id") FROM "Offer") AS maxId FROM "OfferSearch" WHERE "OfferSearch" MATCH ?`,
      keyword.match,
    );
    ctx.fewKeywordMatches = Number(rows[0]?.n ?? 0) < KEYWORD_FEW_SHARE * Number(rows[0]?.maxId ?? 0);
  }
  const place = await resolvePlaceFilter(query);
  ctx.place = place.place;
  ctx.placeNotFound = place.placeNotFound;
  ctx.radiusKm = place.radiusKm;
  return ctx;
}
