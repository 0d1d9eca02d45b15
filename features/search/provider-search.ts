import "server-only";
import { approvedOrganizationsWhere } from "@/features/search/visibility";
import { prisma } from "@/lib/db";
import { translatedNameSelect } from "@/lib/localized";
import { PAGE_SIZE, pageInfo } from "@/lib/pagination";
import { sharedCached } from "@/lib/shared-cache";
import { MIN_INDEXED_WORD_LENGTH, normalizeSearchText, searchWords } from "./normalize";
import type { OfferSearchQuery, ProviderSearchQuery } from "./params/vocabulary";

// Provider search. Providers are few (≈ offers / 25), so approved providers are read with their
// searchable text once per search and matched in JS with the same normalization as the offer index
// ("fussball" finds "Fußball"); every word must occur (substring), as in the offer search.

export type ProviderSearchCard = {
  id: number;
  slug: string;
  name: string;
  subline: string | null;
  summary: string | null;
  logoPath: string | null;
  city: string | null;
  carrierType: string;
  lat: number | null;
  lng: number | null;
  districtName: string | null;
  district: { name: string; translations: { locale: string; name: string }[] } | null;
  translations: { locale: string; subline: string | null; summary: string | null; source: "HUMAN" | "MACHINE"; reviewed: boolean }[];
};
export type ProviderSearchResult = { total: number; page: number; pageCount: number; pageSize: number; providers: ProviderSearchCard[] };
export type ProviderMarker = { id: number; slug: string; name: string; lat: number; lng: number };

const providerSearchSelect = {
  id: true,
  slug: true,
  name: true,
  subline: true,
  summary: true,
  logoPath: true,
  city: true,
  carrierType: true,
  lat: true,
  lng: true,
  district: translatedNameSelect,
  // At most one per interface locale, for the cards of one page.
  translations: { select: { locale: true, subline: true, summary: true, source: true, reviewed: true }, orderBy: { locale: "asc" } },
} as const;

type Candidate = {
  id: number;
  name: string;
  subline: string | null;
  summary: string | null;
  description: string | null;
  city: string | null;
  postalCode: string | null;
  carrierType: string;
  createdAt: Date;
  lat: number | null;
  lng: number | null;
  districtId: number | null;
  district: { slug: string; name: string } | null;
  categories: { category: { slug: string; name: string; parent: { slug: string; name: string } | null } }[];
  translations: { subline: string | null; summary: string | null; description: string | null }[];
};

async function loadCandidates(): Promise<Candidate[]> {
  return prisma.organization.findMany({
    where: approvedOrganizationsWhere(),
    select: {
      id: true,
      name: true,
      subline: true,
      summary: true,
      description: true,
      city: true,
      postalCode: true,
      carrierType: true,
      createdAt: true,
      lat: true,
      lng: true,
      districtId: true,
      district: { select: { slug: true, name: true } },
      categories: { select: { category: { select: { slug: true, name: true, parent: { select: { slug: true, name: true } } } } } },
      // Searching in another language also finds a provider by its translated texts (issue 14).
      translations: { select: { subline: true, summary: true, description: true } },
    },
  });
}

/** The words a provider must contain: the long ones, or — when there is none — the short ones. */
function keywordWords(q: string | null): string[] {
  const all = searchWords(q);
  const long = all.filter((w) => w.length >= MIN_INDEXED_WORD_LENGTH);
  return long.length > 0 ? long : all;
}

/** The normalized text a provider is searched in, padded with spaces (word starts). */
function candidateText(c: Candidate): string {
  return ` ${normalizeSearchText(
    [
      c.name,
      c.subline,
      c.summary,
      c.description,
      c.city,
      c.postalCode,
      c.district?.name,
      ...c.categories.flatMap((x) => [x.category.name, x.category.parent?.name]),
      ...c.translations.flatMap((t) => [t.subline, t.summary, t.description]),
    ]
      .filter(Boolean)
      .join(" "),
  )} `;
}

function textMatcher(words: string[]): (text: string) => boolean {
  // Short words (only when no longer word exists) must start a word, as in the offer search.
  return (text) => words.every((w) => (w.length >= MIN_INDEXED_WORD_LENGTH ? text.includes(w) : text.includes(` ${w}`)));
}

function keywordMatcher(q: string | null): (c: Candidate) => boolean {
  const words = keywordWords(q);
  if (words.length === 0) return () => true;
  const matches = textMatcher(words);
  return (c) => matches(candidateText(c));
}

const KM_PER_DEGREE = 111.195;

function withinRadius(place: { lat: number; lng: number }, radiusKm: number): (c: { lat: number | null; lng: number | null }) => boolean {
  const kx = KM_PER_DEGREE * Math.cos((place.lat * Math.PI) / 180);
  return (c) => c.lat !== null && c.lng !== null && Math.hypot((c.lat - place.lat) * KM_PER_DEGREE, (c.lng - place.lng) * kx) <= radiusKm;
}

function filterProviders(candidates: Candidate[], query: ProviderSearchQuery): Candidate[] {
  const matches = keywordMatcher(query.q);
  const categories = new Set(query.categories);
  const districts = new Set(query.districts);
  const carriers = new Set<string>(query.carrierTypes);
  // Unknown slugs are ignored: a filter whose values all are unknown is dropped.
  const knownCategory = (slug: string) =>
    candidates.some((c) => c.categories.some((x) => x.category.slug === slug || x.category.parent?.slug === slug));
  const useCategories = [...categories].some(knownCategory);
  const useDistricts = [...districts].some((slug) => candidates.some((c) => c.district?.slug === slug));
  return candidates.filter(
    (c) =>
      matches(c) &&
      (!useCategories ||
        c.categories.some(
          (x) => categories.has(x.category.slug) || (x.category.parent !== null && categories.has(x.category.parent.slug)),
        )) &&
      (!useDistricts || (c.district !== null && districts.has(c.district.slug))) &&
      (carriers.size === 0 || carriers.has(c.carrierType)),
  );
}

function sortProviders(list: Candidate[], sort: ProviderSearchQuery["sort"]): Candidate[] {
  const collator = new Intl.Collator("de", { sensitivity: "base", numeric: true });
  return [...list].sort((a, b) =>
    sort === "newest" ? b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id : collator.compare(a.name, b.name) || a.id - b.id,
  );
}

export async function searchProviders(query: ProviderSearchQuery, opts: { pageSize?: number } = {}): Promise<ProviderSearchResult> {
  const pageSize = Math.min(100, Math.max(1, Math.floor(opts.pageSize ?? PAGE_SIZE)));
  const sorted = sortProviders(filterProviders(await loadCandidates(), query), query.sort);
  const info = pageInfo(Number.isFinite(query.page) ? query.page : 1, sorted.length, pageSize);
  const ids = sorted.slice(info.skip, info.skip + info.pageSize).map((c) => c.id);
  const rows = await prisma.organization.findMany({ where: { id: { in: ids } }, select: providerSearchSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const providers = ids
    .map((id) => byId.get(id))
    .filter((r): r is NonNullable<typeof r> => r !== undefined)
    .map((r) => ({ ...r, carrierType: String(r.carrierType), districtName: r.district?.name ?? null }));
  return { total: sorted.length, page: info.page, pageCount: info.pageCount, pageSize, providers };
}

/** All matching providers with coordinates, for the map. */
export async function searchProviderMarkers(query: ProviderSearchQuery): Promise<ProviderMarker[]> {
  const sorted = sortProviders(filterProviders(await loadCandidates(), query), query.sort);
  const slugs = await prisma.organization.findMany({ where: { id: { in: sorted.map((c) => c.id) } }, select: { id: true, slug: true } });
  const slugById = new Map(slugs.map((s) => [s.id, s.slug]));
  return sorted
    .filter((c) => c.lat !== null && c.lng !== null)
    .map((c) => ({ id: c.id, slug: slugById.get(c.id) ?? "", name: c.name, lat: c.lat as number, lng: c.lng as number }));
}

type ProviderKeywordEntry = { text: string; lat: number | null; lng: number | null };

/**
 * Every approved provider's searchable text (the same pieces as candidateText), normalized once and
 * shared by every visitor (lib/shared-cache.ts).
 */
function providerKeywordIndex(): Promise<ProviderKeywordEntry[]> {
  return sharedCached("providerKeywordIndex", loadProviderKeywordIndex, { ttlMs: PROVIDER_INDEX_TTL_MS });
}

/**
 * Provider texts and approval change only through actions of this process (profile saves,
 * moderation), which drop the index; 10 minutes bounds writes by other processes. Rebuilding costs
 * ~200 ms CPU at 100k offers, so it should not happen every minute.
 */
const PROVIDER_INDEX_TTL_MS = 10 * 60_000;

async function loadProviderKeywordIndex(): Promise<ProviderKeywordEntry[]> {
  // One statement with the category names folded in: through Prisma's nested select the same
  // rows cost ~430 ms CPU at 100k offers (3,600 providers), as raw SQL ~26 ms, plus ~90 ms to
  // normalize. The pieces are the ones candidateText joins; their order cannot change a match
  // (query words have no spaces, pieces are joined by spaces).
  const rows = await prisma.$queryRawUnsafe<
    {
      name: string;
      subline: string | null;
      summary: string | null;
      description: string | null;
      city: string | null;
      postalCode: string | null;
      district: string | null;
      categories: string | null;
      lat: number | null;
      lng: number | null;
    }[]
  >(
    `SELECT o."name" AS name, o."subline" AS subline, o."summary" AS summary, o."description" AS description, o."city" AS city,
       o."postalCode" AS postalCode, d."name" AS district, o."lat" AS lat, o."lng" AS lng,
       (SELECT group_concat(c."name" || IFNULL(' ' || p."name", ''), ' ')
          FROM "OrganizationCategory" oc JOIN "Category" c ON c."id" = oc."categoryId" LEFT JOIN "Category" p ON p."id" = c."parentId"
          WHERE oc."organizationId" = o."id") AS categories
     FROM "Organization" o LEFT JOIN "District" d ON d."id" = o."districtId"
     WHERE o."status" = 'APPROVED' AND o."deletedAt" IS NULL`,
  );
  return rows.map((r) => ({
    text: ` ${normalizeSearchText([r.name, r.subline, r.summary, r.description, r.city, r.postalCode, r.district, r.categories].filter(Boolean).join(" "))} `,
    lat: r.lat === null ? null : Number(r.lat),
    lng: r.lng === null ? null : Number(r.lng),
  }));
}

/**
 * For the offer search's tabs: approved providers matching the offer query's keyword and place.
 * Without a keyword SQL counts (index on status, deletedAt); with one, the words are looked up in
 * the shared keyword index instead of reading and normalizing every provider per request.
 */
export async function countProvidersForOfferQuery(
  query: OfferSearchQuery,
  place: { lat: number; lng: number } | null,
  radiusKm: number | null,
): Promise<number> {
  const words = keywordWords(query.q);
  const radius = place && radiusKm !== null ? { ...place, radiusKm, kx: KM_PER_DEGREE * Math.cos((place.lat * Math.PI) / 180) } : null;
  if (words.length === 0) {
    // Squared distances: no sqrt needed in SQL (same circle as withinRadius).
    const near = radius
      ? {
          sql: ` AND "lat" IS NOT NULL AND "lng" IS NOT NULL AND (("lat" - ?) * ${KM_PER_DEGREE}) * (("lat" - ?) * ${KM_PER_DEGREE}) + (("lng" - ?) * ?) * (("lng" - ?) * ?) <= ?`,
          params: [radius.lat, radius.lat, radius.lng, radius.kx, radius.lng, radius.kx, radius.radiusKm * radius.radiusKm],
        }
      : { sql: "", params: [] };
    const rows = await prisma.$queryRawUnsafe<{ n: number | bigint }[]>(
      `SELECT COUNT(*) AS n FROM "Organization" WHERE "status" = 'APPROVED' AND "deletedAt" IS NULL${near.sql}`,
      ...near.params,
    );
    return Number(rows[0]?.n ?? 0);
  }
  const matches = textMatcher(words);
  const near = radius ? withinRadius(radius, radius.radiusKm) : () => true;
  return (await providerKeywordIndex()).filter((entry) => matches(entry.text) && near(entry)).length;
}
