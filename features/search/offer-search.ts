import "server-only";
import type { OfferCard } from "@/features/search/offer-card";
import { publishedOffersSql } from "@/features/search/visibility";
import { todayLocal } from "@/lib/dates";
import { prisma } from "@/lib/db";
import { PAGE_SIZE, pageInfo } from "@/lib/pagination";
import { sharedCached } from "@/lib/shared-cache";
import { BM25_WEIGHTS, buildKeywordFilter, documentTextSql } from "./fts";
import { linkBitMask } from "./link-bits";
import { normalizeSearchText } from "./normalize";
import { DEFAULT_RADIUS_KM, type OfferSearchQuery, type OfferSort } from "./params/vocabulary";
import { scheduleCondition } from "./schedule-filter";

// The offer search: one hand-written SQL statement (FTS5 keyword + every filter + visibility) for
// the page of ids and a COUNT over the same WHERE, then the cards through Prisma by id. User input
// only ever reaches SQL as positional parameters. See docs/DECISIONS.md "Search".

export type OfferSearchHit = OfferCard & { distanceKm: number | null };
export type OfferSearchOptions = {
  now?: Date;
  pageSize?: number;
  /** Receives every statement with its parameters (the benchmark replays them on the raw file). */
  onSql?: (sql: string, params: unknown[]) => void;
};
export type PlaceResolved = { label: string; lat: number; lng: number };
export type OfferSearchResult = {
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  offers: OfferSearchHit[];
  placeResolved: PlaceResolved | null;
  placeNotFound: boolean;
};
export type OfferMarker = {
  id: number;
  slug: string;
  title: string;
  organizationName: string;
  lat: number;
  lng: number;
  nextOccurrenceAt: Date | null;
};

export const MARKER_LIMIT = 5000;
const KM_PER_DEGREE = 111.195;
/**
 * With a keyword the matches drive the query. Link-table filters (category, target group, language)
 * are then checked per match (EXISTS through offerId indexes) when the matches are fewer than this
 * share of all offers; otherwise building each filter's set once is cheaper (measured at 100k: "kurs"
 * with 10k matches + filters 450 → 110 ms; "kinder" with 52k matches the other way round).
 */
const KEYWORD_FEW_SHARE = 0.25;

type Fragment = { sql: string; params: unknown[] };

/** Everything the SQL needs that comes from the database or the clock, resolved once per search. */
type SearchContext = {
  now: Date;
  today: string;
  categoryIds: number[] | null; // null = no filter
  targetGroupIds: number[] | null;
  districtIds: number[] | null;
  place: PlaceResolved | null;
  placeNotFound: boolean;
  radiusKm: number | null; // only with place
  /** Keyword matches are few (< KEYWORD_FEW_SHARE of all offers): check other filters per match. */
  fewKeywordMatches: boolean;
};

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

// ───────────── resolving slugs and places ─────────────

async function resolveContext(query: OfferSearchQuery, now: Date): Promise<SearchContext> {
  const ctx: SearchContext = {
    now,
    today: todayLocal(now),
    categoryIds: null,
    targetGroupIds: null,
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
      sql: `SELECT 'c' AS k, c."id" AS id FROM "Category" c LEFT JOIN "Category" p ON p."id" = c."parentId" WHERE c."slug" IN (${placeholders(query.categories.length)}) OR p."slug" IN (${placeholders(query.categories.length)})`,
      params: [...query.categories, ...query.categories],
    });
  }
  if (query.targetGroups.length > 0) {
    parts.push({ sql: `SELECT 't' AS k, "id" AS id FROM "TargetGroup" WHERE "slug" IN (${placeholders(query.targetGroups.length)})`, params: query.targetGroups });
  }
  if (query.districts.length > 0) {
    parts.push({ sql: `SELECT 'd' AS k, "id" AS id FROM "District" WHERE "slug" IN (${placeholders(query.districts.length)})`, params: query.districts });
  }
  if (parts.length > 0) {
    const rows = await prisma.$queryRawUnsafe<{ k: string; id: number }[]>(parts.map((p) => p.sql).join(" UNION ALL "), ...parts.flatMap((p) => p.params));
    const ids = (k: string) => [...new Set(rows.filter((r) => r.k === k).map((r) => Number(r.id)))];
    // Unknown slugs are ignored; when none is known the filter is dropped (not an empty result).
    if (query.categories.length > 0 && ids("c").length > 0) ctx.categoryIds = ids("c");
    if (query.targetGroups.length > 0 && ids("t").length > 0) ctx.targetGroupIds = ids("t");
    if (query.districts.length > 0 && ids("d").length > 0) ctx.districtIds = ids("d");
  }
  const keyword = buildKeywordFilter(query.q);
  // Only link-table filters depend on it (date/weekday/time filters are per-offer column checks).
  const linkFilters =
    (ctx.categoryIds !== null && linkBitMask(ctx.categoryIds) === null) ||
    (ctx.targetGroupIds !== null && linkBitMask(ctx.targetGroupIds) === null) ||
    query.languages.length > 0;
  if (keyword.kind === "match" && linkFilters) {
    // Counting matches reads only the FTS doclists (2 ms for a rare word, ~25 ms for "kinder" at 100k).
    const rows = await prisma.$queryRawUnsafe<{ n: number | bigint; maxId: number | bigint | null }[]>(
      `SELECT COUNT(*) AS n, (SELECT MAX("id") FROM "Offer") AS maxId FROM "OfferSearch" WHERE "OfferSearch" MATCH ?`,
      keyword.match,
    );
    ctx.fewKeywordMatches = Number(rows[0]?.n ?? 0) < KEYWORD_FEW_SHARE * Number(rows[0]?.maxId ?? 0);
  }
  if (query.place) {
    ctx.place = await resolvePlace(query.place);
    ctx.placeNotFound = ctx.place === null;
    if (ctx.place) ctx.radiusKm = query.radiusKm ?? DEFAULT_RADIUS_KM;
  }
  return ctx;
}

/** Postal code → its centroid; district slug or name → its centroid; city → mean of its postal codes. */
export async function resolvePlace(place: string): Promise<PlaceResolved | null> {
  const text = place.trim();
  if (!text) return null;
  const code = /^\d{5}$/.exec(text)?.[0];
  if (code) {
    const row = await prisma.postalCode.findUnique({ where: { code }, select: { code: true, city: true, centroidLat: true, centroidLng: true } });
    return row ? { label: `${row.code} ${row.city}`, lat: row.centroidLat, lng: row.centroidLng } : null;
  }
  const wanted = normalizeSearchText(text);
  if (!wanted) return null;
  const districts = await prisma.district.findMany({
    select: { slug: true, name: true, centroidLat: true, centroidLng: true, translations: { select: { name: true } } },
  });
  const district = districts.find(
    (d) => d.slug === text.toLowerCase() || normalizeSearchText(d.name) === wanted || d.translations.some((t) => normalizeSearchText(t.name) === wanted),
  );
  if (district) return { label: district.name, lat: district.centroidLat, lng: district.centroidLng };
  const codes = await prisma.postalCode.findMany({ select: { city: true, centroidLat: true, centroidLng: true } });
  const inCity = codes.filter((c) => normalizeSearchText(c.city) === wanted);
  if (inCity.length === 0) return null;
  return {
    label: inCity[0].city,
    lat: inCity.reduce((sum, c) => sum + c.centroidLat, 0) / inCity.length,
    lng: inCity.reduce((sum, c) => sum + c.centroidLng, 0) / inCity.length,
  };
}

// ───────────── SQL building ─────────────

type BuiltQuery = {
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

function effectiveSort(query: OfferSearchQuery, hasKeyword: boolean, hasPlace: boolean): OfferSort {
  if (query.sort === "relevance" && !hasKeyword) return "next";
  if (query.sort === "distance" && !hasPlace) return "next";
  return query.sort;
}

/**
 * Indexes the page query may walk in sort order instead of reading every match (see `walkIndex`);
 * "titleKey" drives the query from OfferSearchDocument_titleKey_offerId_idx (A–Z).
 */
type OfferIndex = "Offer_search_idx" | "Offer_status_nextListedAt_idx" | "Offer_status_publishedAt_idx" | "titleKey";

function buildQuery(
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
    ctes.push({ sql: `fts AS MATERIALIZED (SELECT rowid AS "id" FROM "OfferSearch" WHERE "OfferSearch" MATCH ?)`, params: [keyword.match] });
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
  const linked = (table: string, condition: string) => {
    const alias = table.split(" ")[1];
    return correlated
      ? `EXISTS (SELECT 1 FROM ${table} WHERE ${alias}."offerId" = o."id" AND ${condition})`
      : `o."id" IN (SELECT ${alias}."offerId" FROM ${table} WHERE ${condition})`;
  };
  const categoryBits = ctx.categoryIds ? linkBitMask(ctx.categoryIds) : null;
  const targetGroupBits = ctx.targetGroupIds ? linkBitMask(ctx.targetGroupIds) : null;
  if (categoryBits !== null) {
    where.push({ sql: `(o."searchCategories" & ?) <> 0`, params: [categoryBits] });
  } else if (ctx.categoryIds) {
    where.push({
      sql: linked(`"OfferCategory" oc`, `oc."categoryId" IN (${placeholders(ctx.categoryIds.length)})`),
      params: ctx.categoryIds,
    });
  }
  if (targetGroupBits !== null) {
    where.push({ sql: `(o."searchTargetGroups" & ?) <> 0`, params: [targetGroupBits] });
  } else if (ctx.targetGroupIds) {
    where.push({
      sql: linked(`"OfferTargetGroup" otg`, `otg."targetGroupId" IN (${placeholders(ctx.targetGroupIds.length)})`),
      params: ctx.targetGroupIds,
    });
  }
  if (query.languages.length > 0) {
    where.push({
      sql: linked(`"OfferLanguage" ol`, `ol."code" IN (${placeholders(query.languages.length)})`),
      params: query.languages,
    });
  }
  if (query.age !== null) {
    where.push({ sql: `(o."ageMin" IS NULL OR o."ageMin" <= ?) AND (o."ageMax" IS NULL OR o."ageMax" >= ?)`, params: [query.age, query.age] });
  }
  if (ctx.districtIds) where.push({ sql: `o."districtId" IN (${placeholders(ctx.districtIds.length)})`, params: ctx.districtIds });
  if (query.free) where.push({ sql: `o."isFree" = 1`, params: [] });
  if (query.wheelchair) where.push({ sql: `o."wheelchair" = 'YES'`, params: [] });
  if (query.noRegistration) where.push({ sql: `o."registrationRequired" = 0`, params: [] });
  if (query.online) where.push({ sql: `o."locationType" = 'ONLINE'`, params: [] });

  let distance: Fragment | null = null;
  if (ctx.place) {
    const kx = KM_PER_DEGREE * Math.cos((ctx.place.lat * Math.PI) / 180);
    const ky = KM_PER_DEGREE;
    // Equirectangular distance: exact enough for ≤ 50 km.
    distance = {
      sql: `sqrt(((o."lat" - ?) * ?) * ((o."lat" - ?) * ?) + ((o."lng" - ?) * ?) * ((o."lng" - ?) * ?))`,
      params: [ctx.place.lat, ky, ctx.place.lat, ky, ctx.place.lng, kx, ctx.place.lng, kx],
    };
    if (ctx.radiusKm !== null) {
      const r = ctx.radiusKm;
      const dLat = r / ky;
      const dLng = r / Math.max(kx, 1e-6);
      // Inside the square inscribed in the circle (shrunk by 1e-9, far more than the rounding of the
      // distance expression) every offer is inside the circle: the distance is computed only for the
      // corners left between square and box.
      const inLat = (dLat / Math.SQRT2) * (1 - 1e-9);
      const inLng = (dLng / Math.SQRT2) * (1 - 1e-9);
      // Bounding box first (index on lat, lng), then the exact circle; online offers have no coordinates.
      where.push({
        sql: `o."lat" BETWEEN ? AND ? AND o."lng" BETWEEN ? AND ? AND o."locationType" <> 'ONLINE' AND ((o."lat" BETWEEN ? AND ? AND o."lng" BETWEEN ? AND ?) OR ${distance.sql} <= ?)`,
        params: [
          ctx.place.lat - dLat,
          ctx.place.lat + dLat,
          ctx.place.lng - dLng,
          ctx.place.lng + dLng,
          ctx.place.lat - inLat,
          ctx.place.lat + inLat,
          ctx.place.lng - inLng,
          ctx.place.lng + inLng,
          ...distance.params,
          r,
        ],
      });
    }
  }

  const schedule = scheduleCondition(query, ctx.today);
  if (schedule) {
    where.push(schedule.where);
    if (schedule.cte) ctes.push(schedule.cte);
  }

  const byTitleKey = offerIndex === "titleKey" && !keywordDriven;
  // Statements that need no sort key of the covering index (COUNT, markers, distance order) read the
  // narrower partial index of visible-candidate offers (migration 0006_search_link_bits): ~20 % less
  // CPU for a COUNT over every published offer at 100k.
  const scanIndex = offerIndex === "titleKey" ? "Offer_search_idx" : offerIndex === "Offer_search_idx" && (!forOrder || sort === "distance") ? "Offer_visible_search_idx" : offerIndex;
  const needsTitleKey = forOrder && sort === "az" && !byTitleKey;
  if (needsTitleKey) joins.push({ sql: `LEFT JOIN "OfferSearchDocument" tk INDEXED BY "OfferSearchDocument_offerId_titleKey_idx" ON tk."offerId" = o."id"`, params: [] });

  const from: Fragment = {
    // With a keyword the matches drive (offers by rowid); without, offers are read from the
    // covering index (see prisma/schema.prisma). Both are forced: the planner's own choice can
    // multiply an IN list by the matches.
    sql: `FROM ${rankedMatch ? `"OfferSearch" CROSS JOIN "Offer" o NOT INDEXED ON o."id" = "OfferSearch"."rowid"` : keywordDriven ? `fts CROSS JOIN "Offer" o NOT INDEXED ON o."id" = fts."id"` : byTitleKey ? `"OfferSearchDocument" tk INDEXED BY "OfferSearchDocument_titleKey_offerId_idx" CROSS JOIN "Offer" o ON o."id" = tk."offerId"` : `"Offer" o INDEXED BY "${scanIndex}"`} ${joins.map((j) => j.sql).join(" ")} WHERE ${where.map((w) => w.sql).join(" AND ")}`,
    params: [...joins.flatMap((j) => j.params), ...where.flatMap((w) => w.params)],
  };
  return {
    with: ctes.length > 0 ? { sql: `WITH ${ctes.map((c) => c.sql).join(", ")} `, params: ctes.flatMap((c) => c.params) } : { sql: "", params: [] },
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

function orderBy(built: BuiltQuery): string {
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

type Run = <T>(sql: string, params: unknown[]) => Promise<T[]>;

function runner(onSql?: (sql: string, params: unknown[]) => void): Run {
  return async <T,>(sql: string, params: unknown[]) => {
    onSql?.(sql, params);
    return prisma.$queryRawUnsafe<T[]>(sql, ...params);
  };
}

/** The number of matches, and the highest offer id (≈ the table size, read from the primary key for free). */
async function countMatches(built: BuiltQuery, run: Run): Promise<{ total: number; maxId: number }> {
  const rows = await run<{ n: number | bigint; maxId: number | bigint | null }>(
    `${built.with.sql}SELECT COUNT(*) AS n, (SELECT MAX("id") FROM "Offer") AS maxId ${built.from.sql}`,
    [...built.with.params, ...built.from.params],
  );
  return { total: Number(rows[0]?.n ?? 0), maxId: Number(rows[0]?.maxId ?? 0) };
}

/** Rows an index walk may read (≈ 20–40 ms at 100k offers) before sorting all matches is cheaper. */
const WALK_BUDGET_ROWS = 20_000;

/**
 * Soonest/newest/A–Z without a keyword: when matches are plentiful, walking the (status, nextListedAt),
 * (status, publishedAt) or (titleKey, offerId) index in sort order and stopping after the page reads a few hundred rows
 * instead of reading and sorting every match. The expected rows read are (skip + page size) ×
 * offers / matches; above WALK_BUDGET_ROWS (rare filters, deep pages) the covering index is used.
 */
function walkIndex(query: OfferSearchQuery, ctx: SearchContext, total: number, maxId: number, end: number): OfferIndex | null {
  const probe = buildQuery(query, ctx, { forOrder: false });
  if (!probe.offerDriven || total === 0 || (end * Math.max(maxId, total)) / total > WALK_BUDGET_ROWS) return null;
  if (probe.sort === "next") return "Offer_status_nextListedAt_idx";
  if (probe.sort === "newest") return "Offer_status_publishedAt_idx";
  if (probe.sort === "az") return "titleKey";
  return null;
}

function clampPageSize(size: number | undefined): number {
  if (size === undefined || !Number.isFinite(size)) return PAGE_SIZE;
  return Math.min(100, Math.max(1, Math.floor(size)));
}

type CardRow = {
  id: number | bigint;
  slug: string;
  title: string;
  summary: string | null;
  isFree: boolean | number | bigint;
  locationType: OfferCard["locationType"];
  city: string | null;
  nextOccurrenceAt: string | Date | null;
  scheduleKind: OfferCard["scheduleKind"];
  organizationName: string;
  organizationSlug: string;
  categories: string;
};

/**
 * The cards of one page (`offerCardSelect`'s shape) in one statement: Prisma's nested select
 * issues one query per relation level, which cost more than the search itself. Categories are
 * ordered by id and translations by locale, as Prisma returns them.
 */
async function loadCards(ids: number[], run: Run): Promise<OfferCard[]> {
  if (ids.length === 0) return [];
  const rows = await run<CardRow>(
    `SELECT c."id" AS id, c."slug" AS slug, c."title" AS title, c."summary" AS summary, c."isFree" AS isFree,
       c."locationType" AS locationType, c."city" AS city, c."nextOccurrenceAt" AS nextOccurrenceAt, c."scheduleKind" AS scheduleKind,
       org."name" AS organizationName, org."slug" AS organizationSlug,
       (SELECT json_group_array(json(x."category")) FROM (
          SELECT json_object('id', cat."id", 'name', cat."name", 'translations', json((
            SELECT json_group_array(json_object('locale', t."locale", 'name', t."name"))
            FROM (SELECT t0."locale", t0."name" FROM "CategoryTranslation" t0 WHERE t0."categoryId" = cat."id" ORDER BY t0."locale") t
          ))) AS "category"
          FROM "OfferCategory" oc JOIN "Category" cat ON cat."id" = oc."categoryId"
          WHERE oc."offerId" = c."id" ORDER BY cat."id"
       ) x) AS categories
     FROM "Offer" c JOIN "Organization" org ON org."id" = c."organizationId"
     WHERE c."id" IN (${placeholders(ids.length)})`,
    ids,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    isFree: typeof r.isFree === "boolean" ? r.isFree : Number(r.isFree) === 1,
    locationType: r.locationType,
    city: r.city,
    nextOccurrenceAt: r.nextOccurrenceAt === null ? null : new Date(r.nextOccurrenceAt),
    scheduleKind: r.scheduleKind,
    organization: { name: r.organizationName, slug: r.organizationSlug },
    categories: (JSON.parse(r.categories) as { id: number; name: string; translations: { locale: string; name: string }[] }[]).map((category) => ({
      category,
    })),
  }));
}

// ───────────── public API ─────────────

/** One page of matching offers (page numbers past the end give the last page). Never throws on odd input. */
export async function searchOffers(query: OfferSearchQuery, opts: OfferSearchOptions = {}): Promise<OfferSearchResult> {
  const now = opts.now ?? new Date();
  const pageSize = clampPageSize(opts.pageSize);
  const ctx = await resolveContext(query, now);
  const run = runner(opts.onSql);
  // Keyword matches, and distance order (never read in index order), sort every match anyway:
  // count and page them in one statement.
  const keywordDriven = buildKeywordFilter(query.q).kind !== "none";
  if (keywordDriven || effectiveSort(query, false, ctx.place !== null) === "distance") return searchInOneStatement(query, ctx, pageSize, run);
  // COUNT first (to correct a page past the end), then the page. A window count in the page query
  // was measured slower: it materializes and sorts every match instead of keeping the top rows.
  const { total, maxId } = await countMatches(buildQuery(query, ctx, { forOrder: false }), run);
  // Absurd page numbers are capped (keeps OFFSET a small integer); past the end means the last page.
  const requested = Number.isFinite(query.page) ? Math.min(1e9, Math.max(1, Math.floor(query.page))) : 1;
  const info = pageInfo(requested, total, pageSize);
  const base = { total, page: info.page, pageCount: info.pageCount, pageSize, placeResolved: ctx.place, placeNotFound: ctx.placeNotFound };
  if (total === 0) return { ...base, offers: [] };

  const offerIndex = walkIndex(query, ctx, total, maxId, info.skip + info.pageSize);
  const built = buildQuery(query, ctx, offerIndex ? { offerIndex } : {});
  const distanceSelect = built.distance ? `, ${built.distance.sql} AS "distanceKm"` : `, NULL AS "distanceKm"`;
  const select = `SELECT o."id" AS id${distanceSelect}`;
  const selectParams = [...(built.distance?.params ?? []), ...built.from.params];
  let rows: { id: number; distanceKm: number | null }[];
  const dated =
    offerIndex === "Offer_status_nextListedAt_idx"
      ? // Dated offers come first (NEXT_ORDER): the page is read from them in index order; only a page
        // reaching past the last dated offer needs the offers without a next date (by id).
        await run<{ id: number; distanceKm: number | null }>(
          `${built.with.sql}${select} ${built.from.sql} AND o."nextListedAt" IS NOT NULL ORDER BY o."nextListedAt", o."id" LIMIT ? OFFSET ?`,
          [...built.with.params, ...selectParams, info.pageSize, info.skip],
        )
      : [];
  if (offerIndex === "Offer_status_nextListedAt_idx" && dated.length === info.pageSize) {
    rows = dated;
  } else if (offerIndex === "Offer_status_nextListedAt_idx" && dated.length > 0) {
    const undated = await run<{ id: number; distanceKm: number | null }>(
      `${built.with.sql}${select} ${built.from.sql} AND o."nextListedAt" IS NULL ORDER BY o."id" LIMIT ?`,
      [...built.with.params, ...selectParams, info.pageSize - dated.length],
    );
    rows = [...dated, ...undated];
  } else if (offerIndex === "Offer_status_nextListedAt_idx") {
    // The page starts after the last dated offer (their number is not known here): dated offers in
    // index order, then those without a next date (by id), merged; each part stops after skip + page
    // size rows. Same order as NEXT_ORDER.
    const end = info.skip + info.pageSize;
    rows = await run(
      `${built.with.sql}SELECT id, "distanceKm" FROM (
         SELECT * FROM (${select}, 0 AS grp, o."nextListedAt" AS k ${built.from.sql} AND o."nextListedAt" IS NOT NULL ORDER BY o."nextListedAt", o."id" LIMIT ?)
         UNION ALL
         SELECT * FROM (${select}, 1 AS grp, NULL AS k ${built.from.sql} AND o."nextListedAt" IS NULL ORDER BY o."id" LIMIT ?)
       ) ORDER BY grp, k, id LIMIT ? OFFSET ?`,
      [...built.with.params, ...selectParams, end, ...selectParams, end, info.pageSize, info.skip],
    );
  } else {
    rows = await run(`${built.with.sql}${select} ${built.from.sql} ORDER BY ${orderBy(built)} LIMIT ? OFFSET ?`, [
      ...built.with.params,
      ...selectParams,
      info.pageSize,
      info.skip,
    ]);
  }
  return { ...base, offers: await cardsInOrder(rows, run) };
}

/**
 * Keyword searches (the matches — FTS or the short-word LIKE — drive the query) and distance order:
 * counting and paging share ONE statement — the matching offers are materialized once with their
 * sort keys, then counted and the page taken from them. Two statements would find the matches (and
 * join them to their offers) twice: at 100k offers "kinder" (52k matches) cost 25–35 ms per pass
 * before the bm25 ranking. A page past the end returns no row; then the total is counted separately
 * and the last page read (rare: only hand-edited URLs).
 */
async function searchInOneStatement(query: OfferSearchQuery, ctx: SearchContext, pageSize: number, run: Run): Promise<OfferSearchResult> {
  const built = buildQuery(query, ctx);
  const requested = Number.isFinite(query.page) ? Math.min(1e9, Math.max(1, Math.floor(query.page))) : 1;
  const distance = built.distance ? built.distance.sql : "NULL";
  const titleKey = built.needsTitleKey ? `IFNULL(tk."titleKey", '')` : "''";
  // Distance order needs neither date: without a keyword the statement then stays on the narrow index.
  const sortKeys = built.sort === "distance" ? `NULL AS nx, NULL AS pub, '' AS tkey` : `o."nextListedAt" AS nx, o."publishedAt" AS pub, ${titleKey} AS tkey`;
  const statement = `${built.with.sql ? `${built.with.sql}, ` : "WITH "}hits AS MATERIALIZED (
      SELECT o."id" AS id, ${distance} AS "distanceKm", ${built.rankSql ?? "0"} AS rank, ${sortKeys} ${built.from.sql}
    ) SELECT (SELECT COUNT(*) FROM hits) AS total, id, "distanceKm" FROM hits ORDER BY ${hitsOrder(built.sort)} LIMIT ? OFFSET ?`;
  const page = (skip: number) =>
    run<{ total: number | bigint; id: number | bigint; distanceKm: number | null }>(statement, [
      ...built.with.params,
      ...(built.distance?.params ?? []),
      ...built.from.params,
      pageSize,
      skip,
    ]);
  let info = pageInfo(requested, Number.MAX_SAFE_INTEGER, pageSize);
  let rows = await page(info.skip);
  let total = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0 && info.skip > 0) {
    total = (await countMatches(buildQuery(query, ctx, { forOrder: false }), run)).total;
    info = pageInfo(requested, total, pageSize);
    if (total > 0) rows = await page(info.skip);
  }
  info = pageInfo(info.page, total, pageSize);
  const base = { total, page: info.page, pageCount: info.pageCount, pageSize, placeResolved: ctx.place, placeNotFound: ctx.placeNotFound };
  return { ...base, offers: await cardsInOrder(rows, run) };
}

/** `orderBy` on the columns of the materialized `hits` (same keys, same order). */
function hitsOrder(sort: BuiltQuery["sort"]): string {
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

/** The cards for a page of (id, distance) rows, in the rows' order. */
async function cardsInOrder(rows: { id: number | bigint; distanceKm: number | null }[], run: Run): Promise<OfferSearchHit[]> {
  const cards = await loadCards(rows.map((r) => Number(r.id)), run);
  const byId = new Map(cards.map((c) => [c.id, c]));
  const offers: OfferSearchHit[] = [];
  for (const row of rows) {
    const card = byId.get(Number(row.id));
    if (card) offers.push({ ...card, distanceKm: row.distanceKm === null ? null : Math.round(Number(row.distanceKm) * 10) / 10 });
  }
  return offers;
}

/**
 * All matches with coordinates for the map (not paged), soonest first, capped at MARKER_LIMIT. The
 * first MARKER_LIMIT ids are chosen on the covering index (it holds nextOccurrenceAt, lat, lng);
 * only their rows are read for slug, title and provider — not every match's wide row (at 100k
 * offers ~80,000 rows, ~200 ms).
 */
export async function searchOfferMarkers(query: OfferSearchQuery, opts: OfferSearchOptions = {}): Promise<OfferMarker[]> {
  const ctx = await resolveContext(query, opts.now ?? new Date());
  const built = buildQuery({ ...query, sort: "next" }, ctx);
  const rows = await runner(opts.onSql)<{ id: number; slug: string; title: string; organizationName: string; lat: number; lng: number; nextOccurrenceAt: string | Date | null }>(
    `${built.with.sql ? `${built.with.sql}, ` : "WITH "}top AS MATERIALIZED (
       SELECT o."id" AS id, o."nextOccurrenceAt" AS nx ${built.from.sql} AND o."lat" IS NOT NULL AND o."lng" IS NOT NULL
       ORDER BY o."nextOccurrenceAt" IS NULL, o."nextOccurrenceAt", o."id" LIMIT ?
     )
     SELECT m."id" AS id, m."slug" AS slug, m."title" AS title, mo."name" AS organizationName, m."lat" AS lat, m."lng" AS lng, m."nextOccurrenceAt" AS nextOccurrenceAt
     FROM top JOIN "Offer" m ON m."id" = top.id JOIN "Organization" mo ON mo."id" = m."organizationId"
     ORDER BY top.nx IS NULL, top.nx, top.id`,
    [...built.with.params, ...built.from.params, MARKER_LIMIT],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    slug: r.slug,
    title: r.title,
    organizationName: r.organizationName,
    lat: Number(r.lat),
    lng: Number(r.lng),
    nextOccurrenceAt: r.nextOccurrenceAt === null ? null : new Date(r.nextOccurrenceAt),
  }));
}

/**
 * Tab counts: matching offers, and approved providers matching the same keyword and place. A caller
 * that already searched passes the search's total as `offers`: counting the same matches again cost
 * as much as the search itself (at 100k offers "kinder" + place: ~95 ms CPU).
 */
export async function countOffersAndProviders(
  query: OfferSearchQuery,
  opts: OfferSearchOptions & { offers?: number } = {},
): Promise<{ offers: number; providers: number }> {
  const ctx = await resolveContext(query, opts.now ?? new Date());
  const offers = opts.offers ?? (await countMatches(buildQuery(query, ctx, { forOrder: false }), runner(opts.onSql))).total;
  const { countProvidersForOfferQuery } = await import("./provider-search");
  const providers = await countProvidersForOfferQuery(query, ctx.place, ctx.radiusKm);
  return { offers, providers };
}

/**
 * Current published offers per category; a root category counts its subcategories' offers (each
 * offer once). Shared by every visitor (lib/shared-cache.ts: at most a minute old, dropped on saves);
 * an explicit `now` (tests) always reads the database.
 */
export function categoryCounts(opts: { now?: Date } = {}): Promise<{ slug: string; count: number }[]> {
  return opts.now ? loadCategoryCounts(opts.now) : sharedCached("categoryCounts", () => loadCategoryCounts(new Date()));
}

async function loadCategoryCounts(now: Date): Promise<{ slug: string; count: number }[]> {
  const categories = await prisma.category.findMany({ select: { id: true, slug: true, parentId: true }, orderBy: [{ parentId: "asc" }, { position: "asc" }] });
  const visible = publishedOffersSql("o", { now });
  const members = new Map<number, number[]>(categories.map((c) => [c.id, [c.id, ...categories.filter((child) => child.parentId === c.id).map((child) => child.id)]]));
  const masks = new Map(categories.map((c) => [c.id, linkBitMask(members.get(c.id) ?? [])]));
  if ([...masks.values()].every((mask) => mask !== null)) {
    // Every category has its bit on Offer: one pass over the visible offers' index
    // entries, grouped by their set of categories (a few hundred distinct sets), instead of joining
    // every category link to its offer (~510 ms at 100k offers).
    const sets = await prisma.$queryRawUnsafe<{ bits: number | bigint; n: number | bigint }[]>(
      `SELECT o."searchCategories" AS bits, COUNT(*) AS n FROM "Offer" o WHERE ${visible.sql} AND o."searchCategories" <> 0 GROUP BY o."searchCategories"`,
      ...visible.params,
    );
    const grouped = sets.map((s) => ({ bits: Number(s.bits), n: Number(s.n) }));
    return categories.map((c) => {
      const mask = masks.get(c.id) as number;
      return { slug: c.slug, count: grouped.reduce((sum, s) => ((s.bits & mask) !== 0 ? sum + s.n : sum), 0) };
    });
  }
  // Category ids past the link bits: through the link table.
  const rows = await prisma.$queryRawUnsafe<{ slug: string; count: number | bigint }[]>(
    `SELECT c."slug" AS slug, COUNT(DISTINCT oc."offerId") AS count
     FROM "Category" c
     JOIN "Category" cc ON cc."id" = c."id" OR cc."parentId" = c."id"
     JOIN "OfferCategory" oc ON oc."categoryId" = cc."id"
     JOIN "Offer" o ON o."id" = oc."offerId"
     WHERE ${visible.sql}
     GROUP BY c."slug"`,
    ...visible.params,
  );
  const counts = new Map(rows.map((r) => [r.slug, Number(r.count)]));
  return categories.map((c) => ({ slug: c.slug, count: counts.get(c.slug) ?? 0 }));
}
