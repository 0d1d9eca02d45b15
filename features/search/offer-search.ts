import "server-only";
import type { OfferCard } from "@/features/search/offer-card";
import { publishedOffersSql } from "@/features/search/visibility";
import { prisma } from "@/lib/db";
import { CONTENT_LOCALE } from "@/lib/content-translation";
import { PAGE_SIZE, pageInfo } from "@/lib/pagination";
import { sharedCached } from "@/lib/shared-cache";
import { buildKeywordFilter } from "./fts";
import { linkBitMasks, matchesLinkBits, type LinkBitWords } from "./link-bits";
import type { OfferSearchQuery } from "./params/vocabulary";
import type { PlaceResolved } from "./place";
import { resolveContext, type SearchContext } from "./search-context";
import { loadCards } from "./sql/cards";
import { buildQuery, countMatches, effectiveSort, hitsOrder, orderBy, runner, type OfferIndex, type Run } from "./sql/query";

// The offer search: one hand-written SQL statement (FTS5 keyword + every filter + visibility) for
// the page of ids and a COUNT over the same WHERE, then the cards through Prisma by id. User input
// only ever reaches SQL as positional parameters. See docs/DECISIONS.md "Search".
// Slugs and the place are resolved in search-context.ts; the statement parts are built in sql/.

export type OfferSearchHit = OfferCard & { distanceKm: number | null };
export type OfferSearchOptions = {
  now?: Date;
  pageSize?: number;
  /** Receives every statement with its parameters (the benchmark replays them on the raw file). */
  onSql?: (sql: string, params: unknown[]) => void;
  /** Category/target-group filters through the link tables even where bit slots exist: the benchmark's check that both agree. */
  linkTablesOnly?: boolean;
};
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
  /** In the requested locale where the offer has a translation, else the German title (`translated` false). */
  title: string;
  translated: boolean;
  organizationName: string;
  lat: number;
  lng: number;
  nextOccurrenceAt: Date | null;
};

export const MARKER_LIMIT = 5000;

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

// ───────────── public API ─────────────

/** One page of matching offers (page numbers past the end give the last page). Never throws on odd input. */
export async function searchOffers(query: OfferSearchQuery, opts: OfferSearchOptions = {}): Promise<OfferSearchResult> {
  const now = opts.now ?? new Date();
  const pageSize = clampPageSize(opts.pageSize);
  const ctx = await resolveContext(query, now);
  if (opts.linkTablesOnly) Object.assign(ctx, { categoryBits: null, targetGroupBits: null });
  const run = runner(opts.onSql);
  // Keyword matches, and distance order (never read in index order), sort every match anyway:
  // count and page them in one statement.
  const keywordDriven = buildKeywordFilter(query.q).kind !== "none";
  if (keywordDriven || effectiveSort(query, false, ctx.place !== null) === "distance")
    return searchInOneStatement(query, ctx, pageSize, run);
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
  const sortKeys =
    built.sort === "distance"
      ? `NULL AS nx, NULL AS pub, '' AS tkey`
      : `o."nextListedAt" AS nx, o."publishedAt" AS pub, ${titleKey} AS tkey`;
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

/** The cards for a page of (id, distance) rows, in the rows' order. */
async function cardsInOrder(rows: { id: number | bigint; distanceKm: number | null }[], run: Run): Promise<OfferSearchHit[]> {
  const cards = await loadCards(
    rows.map((r) => Number(r.id)),
    run,
  );
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
export async function searchOfferMarkers(
  query: OfferSearchQuery,
  opts: OfferSearchOptions & { locale?: string } = {},
): Promise<OfferMarker[]> {
  const ctx = await resolveContext(query, opts.now ?? new Date());
  const built = buildQuery({ ...query, sort: "next" }, ctx);
  // The visitor's title: one primary-key lookup per marker (OfferTranslation(offerId, locale)); none on German pages.
  const locale = opts.locale && opts.locale !== CONTENT_LOCALE ? opts.locale : null;
  const translatedTitle = locale
    ? `(SELECT mt."title" FROM "OfferTranslation" mt WHERE mt."offerId" = m."id" AND mt."locale" = ?)`
    : "NULL";
  const rows = await runner(opts.onSql)<{
    id: number;
    slug: string;
    title: string;
    translatedTitle: string | null;
    organizationName: string;
    lat: number;
    lng: number;
    nextOccurrenceAt: string | Date | null;
  }>(
    `${built.with.sql ? `${built.with.sql}, ` : "WITH "}top AS MATERIALIZED (
       SELECT o."id" AS id, o."nextOccurrenceAt" AS nx ${built.from.sql} AND o."lat" IS NOT NULL AND o."lng" IS NOT NULL
       ORDER BY o."nextOccurrenceAt" IS NULL, o."nextOccurrenceAt", o."id" LIMIT ?
     )
     SELECT m."id" AS id, m."slug" AS slug, m."title" AS title, ${translatedTitle} AS translatedTitle, mo."name" AS organizationName,
       m."lat" AS lat, m."lng" AS lng, m."nextOccurrenceAt" AS nextOccurrenceAt
     FROM top JOIN "Offer" m ON m."id" = top.id JOIN "Organization" mo ON mo."id" = m."organizationId"
     ORDER BY top.nx IS NULL, top.nx, top.id`,
    [...built.with.params, ...built.from.params, MARKER_LIMIT, ...(locale ? [locale] : [])],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    slug: r.slug,
    title: r.translatedTitle || r.title,
    translated: Boolean(r.translatedTitle),
    organizationName: r.organizationName,
    lat: Number(r.lat),
    lng: Number(r.lng),
    nextOccurrenceAt: r.nextOccurrenceAt === null ? null : new Date(r.nextOccurrenceAt),
  }));
}

/**
 * Ids of all matches (not paged), soonest first, at most `limit` — for the Excel export of a search
 * (features/offer-exchange), which then reads the offers in chunks.
 */
export async function searchOfferIds(query: OfferSearchQuery, opts: OfferSearchOptions & { limit: number }): Promise<number[]> {
  const ctx = await resolveContext(query, opts.now ?? new Date());
  const built = buildQuery({ ...query, sort: "next" }, ctx);
  const rows = await runner(opts.onSql)<{ id: number }>(
    `${built.with.sql ? `${built.with.sql} ` : ""}SELECT o."id" AS id ${built.from.sql}
     ORDER BY o."nextOccurrenceAt" IS NULL, o."nextOccurrenceAt", o."id" LIMIT ?`,
    [...built.with.params, ...built.from.params, opts.limit],
  );
  return rows.map((r) => Number(r.id));
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
  const categories = await prisma.category.findMany({
    select: { id: true, slug: true, parentId: true, searchBit: true },
    orderBy: [{ parentId: "asc" }, { position: "asc" }],
  });
  const visible = publishedOffersSql("o", { now });
  const members = new Map(categories.map((c) => [c.id, [c, ...categories.filter((child) => child.parentId === c.id)]]));
  const masks = new Map(categories.map((c) => [c.id, linkBitMasks((members.get(c.id) ?? []).map((m) => m.searchBit))]));
  if ([...masks.values()].every((mask) => mask !== null)) {
    // Every category has its bit slot on Offer: one pass over the visible offers' index
    // entries, grouped by their set of categories (a few hundred distinct sets), instead of joining
    // every category link to its offer (~510 ms at 100k offers).
    const sets = await prisma.$queryRawUnsafe<{ bits: number | bigint; bits2: number | bigint; n: number | bigint }[]>(
      `SELECT o."searchCategories" AS bits, o."searchCategories2" AS bits2, COUNT(*) AS n FROM "Offer" o
       WHERE ${visible.sql} AND (o."searchCategories" <> 0 OR o."searchCategories2" <> 0)
       GROUP BY o."searchCategories", o."searchCategories2"`,
      ...visible.params,
    );
    const grouped = sets.map((s) => ({ words: [Number(s.bits), Number(s.bits2)] as LinkBitWords, n: Number(s.n) }));
    return categories.map((c) => {
      const mask = masks.get(c.id) as LinkBitWords;
      return { slug: c.slug, count: grouped.reduce((sum, s) => (matchesLinkBits(s.words, mask) ? sum + s.n : sum), 0) };
    });
  }
  // A category without a bit slot (more than 104 categories): through the link table.
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
