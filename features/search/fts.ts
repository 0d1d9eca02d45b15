// The offer search index: one normalized document per offer in the contentless FTS5 trigram table
// "OfferSearch" (prisma/migrations/0002_search, 0010_search_contentless) plus its row in
// OfferSearchDocument (A–Z key, German title); deleting that row deletes the index row (trigger). The
// offer's translations (OfferTranslation, issue 14) are indexed with its German texts. Call
// `reindexOffer` after saving an offer, `reindexOrganizationOffers` after renaming a provider and
// `rebuildSearchIndex` after bulk changes (the seed does). No server-only: the seed and scripts use it.

import type BetterSqlite3 from "better-sqlite3";
import type { PrismaClient } from "@/generated/prisma/client";
import { MIN_INDEXED_WORD_LENGTH, normalizeSearchText, searchWords } from "./normalize";

type PrismaLike = Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe">;
/** A Prisma client (or transaction client) or a raw better-sqlite3 connection. */
export type SearchIndexTarget = PrismaLike | BetterSqlite3.Database;

type Runner = {
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
};

function isSqlite(target: SearchIndexTarget): target is BetterSqlite3.Database {
  return typeof (target as BetterSqlite3.Database).prepare === "function";
}

function runnerFor(target: SearchIndexTarget): Runner {
  if (isSqlite(target)) {
    return {
      all: async <T>(sql: string, params: unknown[] = []) => target.prepare(sql).all(...params) as T[],
      run: async (sql, params = []) => {
        target.prepare(sql).run(...params);
      },
    };
  }
  return {
    all: <T>(sql: string, params: unknown[] = []) => target.$queryRawUnsafe<T[]>(sql, ...params),
    run: async (sql, params = []) => {
      await target.$executeRawUnsafe(sql, ...params);
    },
  };
}

type OfferRow = {
  id: number;
  title: string;
  summary: string | null;
  description: string | null;
  provider: string;
  city: string | null;
  postalCode: string | null;
  locationName: string | null;
  street: string | null;
  districtId: number | null;
};

type Vocabulary = { categoryNames: Map<number, string>; districtNames: Map<number, string> };

async function loadVocabulary(db: Runner): Promise<Vocabulary> {
  const categories = await db.all<{ id: number; name: string; parentId: number | null }>(`SELECT id, name, parentId FROM "Category"`);
  const categoryTranslations = await db.all<{ categoryId: number; name: string }>(`SELECT categoryId, name FROM "CategoryTranslation"`);
  const districts = await db.all<{ id: number; name: string }>(`SELECT id, name FROM "District"`);
  const districtTranslations = await db.all<{ districtId: number; name: string }>(`SELECT districtId, name FROM "DistrictTranslation"`);

  const ownNames = new Map<number, string[]>();
  for (const c of categories) ownNames.set(Number(c.id), [c.name]);
  for (const t of categoryTranslations) ownNames.get(Number(t.categoryId))?.push(t.name);
  const byId = new Map(categories.map((c) => [Number(c.id), c]));
  const categoryNames = new Map<number, string>();
  for (const c of categories) {
    // A subcategory's document also carries its parent's names ("Sport" for "Turnen").
    const names = [...(ownNames.get(Number(c.id)) ?? [])];
    const parent = c.parentId === null ? undefined : byId.get(Number(c.parentId));
    if (parent) names.push(...(ownNames.get(Number(parent.id)) ?? []));
    categoryNames.set(Number(c.id), normalizeSearchText([...new Set(names)].join(" ")));
  }
  const districtNames = new Map<number, string[]>();
  for (const d of districts) districtNames.set(Number(d.id), [d.name]);
  for (const t of districtTranslations) districtNames.get(Number(t.districtId))?.push(t.name);
  return {
    categoryNames,
    districtNames: new Map([...districtNames].map(([id, names]) => [id, normalizeSearchText([...new Set(names)].join(" "))])),
  };
}

const OFFER_COLUMNS = `o.id, o.title, o.summary, o.description, org.name AS provider, o.city, o.postalCode, o.locationName, o.street, o.districtId`;
/** The FTS5 columns, in the index's order (bm25 weights: BM25_WEIGHTS). */
const INDEX_COLUMNS = ["title", "summary", "description", "provider", "categories", "place"] as const;
const BATCH = 400;

type TranslationRow = { offerId: number; title: string; summary: string | null; description: string | null };

/** The German text followed by its translations, normalized ("" parts dropped). */
function withTranslations(original: string | null, translated: (string | null)[]): string {
  return [original, ...translated].map(normalizeSearchText).filter(Boolean).join(" ");
}

/** The normalized document of an offer, by FTS column (translations follow the German text). */
function documentText(
  row: OfferRow,
  categoryIds: number[],
  vocabulary: Vocabulary,
  translations: TranslationRow[],
): Record<(typeof INDEX_COLUMNS)[number], string> {
  const categories = [...new Set(categoryIds.map((id) => vocabulary.categoryNames.get(id) ?? ""))].join(" ").trim();
  const district = row.districtId === null ? "" : (vocabulary.districtNames.get(Number(row.districtId)) ?? "");
  const place = normalizeSearchText([row.city, row.postalCode, district, row.locationName, row.street].filter(Boolean).join(" "));
  return {
    title: withTranslations(
      row.title,
      translations.map((t) => t.title),
    ),
    summary: withTranslations(
      row.summary,
      translations.map((t) => t.summary),
    ),
    description: withTranslations(
      row.description,
      translations.map((t) => t.description),
    ),
    provider: normalizeSearchText(row.provider),
    categories,
    place,
  };
}

/** The A–Z sort key: case-insensitive, umlauts sorted like their base letter (DIN 5007-1). */
export function titleSortKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .slice(0, 200);
}

async function writeDocuments(db: Runner, rows: OfferRow[], vocabulary: Vocabulary): Promise<void> {
  if (rows.length === 0) return;
  const ids = rows.map((r) => Number(r.id));
  const links = await db.all<{ offerId: number; categoryId: number }>(
    `SELECT offerId, categoryId FROM "OfferCategory" WHERE offerId IN (${ids.map(() => "?").join(", ")})`,
    ids,
  );
  const categoriesByOffer = new Map<number, number[]>();
  for (const link of links) {
    const list = categoriesByOffer.get(Number(link.offerId)) ?? [];
    list.push(Number(link.categoryId));
    categoriesByOffer.set(Number(link.offerId), list);
  }
  // Translations (issue 14) join the German text in the same columns: a resident searching in
  // Ukrainian finds the offer by its Ukrainian title, with the title's weight. An offer without
  // translations gets exactly the document it had before.
  const translations = await db.all<TranslationRow>(
    `SELECT offerId, title, summary, description FROM "OfferTranslation" WHERE offerId IN (${ids.map(() => "?").join(", ")}) ORDER BY offerId, locale`,
    ids,
  );
  const translationsByOffer = new Map<number, TranslationRow[]>();
  for (const translation of translations) {
    const list = translationsByOffer.get(Number(translation.offerId)) ?? [];
    list.push(translation);
    translationsByOffer.set(Number(translation.offerId), list);
  }
  const documents = rows.map((row) =>
    documentText(row, categoriesByOffer.get(Number(row.id)) ?? [], vocabulary, translationsByOffer.get(Number(row.id)) ?? []),
  );
  await db.run(
    `INSERT INTO "OfferSearchDocument" ("offerId", "titleKey", "title") VALUES ${rows.map(() => "(?, ?, ?)").join(", ")}
     ON CONFLICT("offerId") DO UPDATE SET "titleKey" = excluded."titleKey", "title" = excluded."title"`,
    rows.flatMap((row) => [Number(row.id), titleSortKey(row.title), normalizeSearchText(row.title)]),
  );
  // The index is contentless (migration 0007): its rows are replaced by rowid, without old text.
  await db.run(`DELETE FROM "OfferSearch" WHERE rowid IN (${ids.map(() => "?").join(", ")})`, ids);
  await db.run(
    `INSERT INTO "OfferSearch"(rowid, ${INDEX_COLUMNS.join(", ")}) VALUES ${rows.map(() => `(?, ${INDEX_COLUMNS.map(() => "?").join(", ")})`).join(", ")}`,
    rows.flatMap((row, i) => [Number(row.id), ...INDEX_COLUMNS.map((column) => documents[i][column])]),
  );
}

async function reindexWhere(db: Runner, where: string, params: unknown[]): Promise<number> {
  const vocabulary = await loadVocabulary(db);
  // Read in id order, BATCH rows at a time: a district or category with thousands of offers never
  // holds every offer's texts in memory at once.
  let lastId = 0;
  let total = 0;
  for (;;) {
    const rows = await db.all<OfferRow>(
      `SELECT ${OFFER_COLUMNS} FROM "Offer" o JOIN "Organization" org ON org.id = o.organizationId WHERE (${where}) AND o.id > ? ORDER BY o.id LIMIT ?`,
      [...params, lastId, BATCH],
    );
    if (rows.length === 0) break;
    await writeDocuments(db, rows, vocabulary);
    total += rows.length;
    lastId = Number(rows[rows.length - 1].id);
    if (rows.length < BATCH) break;
  }
  return total;
}

/** Re-creates the search document of one offer (call after every save; deleted rows cascade). */
export async function reindexOffer(target: SearchIndexTarget, offerId: number): Promise<void> {
  await reindexWhere(runnerFor(target), "o.id = ?", [offerId]);
}

/** Re-creates the documents of all offers of a provider (its name is part of them). */
export async function reindexOrganizationOffers(target: SearchIndexTarget, organizationId: number): Promise<number> {
  return reindexWhere(runnerFor(target), "o.organizationId = ?", [organizationId]);
}

/** Re-creates the documents of all offers of a category (its names are part of them: rename, merge). */
export async function reindexCategoryOffers(target: SearchIndexTarget, categoryId: number): Promise<number> {
  return reindexWhere(runnerFor(target), `o.id IN (SELECT oc.offerId FROM "OfferCategory" oc WHERE oc.categoryId = ?)`, [categoryId]);
}

/** Rewrites the documents of the offers in a district (its names are part of them). */
export async function reindexDistrictOffers(target: SearchIndexTarget, districtId: number): Promise<number> {
  return reindexWhere(runnerFor(target), `o.districtId = ?`, [districtId]);
}

/**
 * Rewrites the documents of the offers at these postal codes (a code moved to another district, or
 * released: the district's names in the documents follow). At most a district's codes at a time.
 */
export async function reindexPostalCodeOffers(target: SearchIndexTarget, postalCodes: readonly string[]): Promise<number> {
  if (postalCodes.length === 0) return 0;
  return reindexWhere(runnerFor(target), `o.postalCode IN (${postalCodes.map(() => "?").join(", ")})`, [...postalCodes]);
}

/**
 * Rebuilds every document and the FTS index. With a better-sqlite3 connection it runs in one
 * transaction (the seed: ~10⁵ offers); with Prisma, pass a client — batches run one by one.
 */
export async function rebuildSearchIndex(target: SearchIndexTarget): Promise<number> {
  const db = runnerFor(target);
  const sqlite = isSqlite(target) ? target : null;
  if (sqlite && !sqlite.inTransaction) sqlite.exec("BEGIN");
  try {
    // Emptied first: then the delete trigger of every document row finds nothing to remove.
    await db.run(`INSERT INTO "OfferSearch"("OfferSearch") VALUES ('delete-all')`);
    await db.run(`DELETE FROM "OfferSearchDocument"`);
    const vocabulary = await loadVocabulary(db);
    let lastId = 0;
    let total = 0;
    for (;;) {
      const rows = await db.all<OfferRow>(
        `SELECT ${OFFER_COLUMNS} FROM "Offer" o JOIN "Organization" org ON org.id = o.organizationId WHERE o.id > ? ORDER BY o.id LIMIT ?`,
        [lastId, BATCH],
      );
      if (rows.length === 0) break;
      await writeDocuments(db, rows, vocabulary);
      total += rows.length;
      lastId = Number(rows[rows.length - 1].id);
    }
    await db.run(`INSERT INTO "OfferSearch"("OfferSearch") VALUES ('optimize')`);
    if (sqlite?.inTransaction) sqlite.exec("COMMIT");
    return total;
  } catch (error) {
    if (sqlite?.inTransaction) sqlite.exec("ROLLBACK");
    throw error;
  }
}

// ───────────── query building ─────────────

/** Column weights for bm25, in the FTS column order: title, summary, description, provider, categories, place. */
export const BM25_WEIGHTS = [10, 4, 1, 3, 5, 2] as const;

export type KeywordFilter =
  | { kind: "none" }
  /** FTS5 MATCH expression: every word a quoted phrase, AND-combined (never FTS syntax). */
  | { kind: "match"; match: string; words: string[] }
  /** Only words shorter than three characters: LIKE patterns on word starts in the title. */
  | { kind: "like"; patterns: string[]; words: string[] };

/**
 * Words of three or more characters become quoted FTS phrases; shorter words are ignored when a
 * longer word exists (trigrams cannot match them) and otherwise match word starts in titles via LIKE.
 */
export function buildKeywordFilter(q: string | null | undefined): KeywordFilter {
  const words = searchWords(q);
  const long = words.filter((w) => w.length >= MIN_INDEXED_WORD_LENGTH);
  if (long.length > 0) return { kind: "match", match: long.map((w) => `"${w.replace(/"/g, '""')}"`).join(" AND "), words: long };
  if (words.length > 0) return { kind: "like", patterns: words.map((w) => `% ${w}%`), words };
  return { kind: "none" };
}

/**
 * SQL for the LIKE fallback of short words: word starts in the title's sort key of the
 * OfferSearchDocument row `alias` (the search scans the covering index
 * OfferSearchDocument_titleKey_offerId_idx once, so it never touches the long documents).
 */
export function documentTextSql(alias: string): string {
  return `(' ' || ${alias}."titleKey")`;
}
