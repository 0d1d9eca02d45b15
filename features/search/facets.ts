import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { localizedName } from "@/lib/localized";
import { sharedCached } from "@/lib/shared-cache";
import { publishedOffersSql } from "@/features/search/visibility";

export type FacetOption = { value: string; label: string };
export type CategoryFacet = FacetOption & { color: string | null; icon: string | null; children: FacetOption[] };

const translations = { select: { locale: true, name: true } } as const;

/** The category tree in display order, names in `locale`. */
export const categoryTree = cache(async (locale: string): Promise<CategoryFacet[]> => {
  const roots = await prisma.category.findMany({
    where: { parentId: null },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      color: true,
      icon: true,
      translations,
      children: { orderBy: [{ position: "asc" }, { name: "asc" }], select: { slug: true, name: true, translations } },
    },
  });
  return roots.map((root) => ({
    value: root.slug,
    label: localizedName(root, locale),
    color: root.color,
    icon: root.icon,
    children: root.children.map((child) => ({ value: child.slug, label: localizedName(child, locale) })),
  }));
});

export const districtOptions = cache(async (locale: string): Promise<FacetOption[]> => {
  const rows = await prisma.district.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { slug: true, name: true, translations },
  });
  return rows.map((d) => ({ value: d.slug, label: localizedName(d, locale) }));
});

/**
 * The language codes of current public offers. The distinct codes come from a loose index scan of
 * OfferLanguage(code, offerId) — one seek per code — and each is kept when one visible offer has it,
 * so the work grows with the number of languages, not of offers (Prisma's `distinct` read every
 * OfferLanguage row into JavaScript: ~105,000 rows at 100k offers for 7 codes).
 */
export async function visibleLanguageCodes(now: Date = new Date()): Promise<string[]> {
  const visible = publishedOffersSql("o", { now });
  const rows = await prisma.$queryRawUnsafe<{ code: string }[]>(
    `WITH RECURSIVE codes(code) AS (
       SELECT MIN("code") FROM "OfferLanguage"
       UNION ALL
       SELECT (SELECT MIN(n."code") FROM "OfferLanguage" n WHERE n."code" > codes.code) FROM codes WHERE codes.code IS NOT NULL
     )
     SELECT codes.code AS code FROM codes
     WHERE codes.code IS NOT NULL
       AND EXISTS (SELECT 1 FROM "OfferLanguage" ol JOIN "Offer" o ON o."id" = ol."offerId" WHERE ol."code" = codes.code AND ${visible.sql})
     ORDER BY codes.code`,
    ...visible.params,
  );
  return rows.map((r) => r.code);
}

/**
 * Everything the offer filter form offers; option lists come from the database, languages from
 * current offers. Shared by every visitor (lib/shared-cache.ts: at most a minute old, dropped on saves).
 */
export const offerFacets = cache((locale: string) => sharedCached(`offerFacets:${locale}`, () => loadOfferFacets(locale)));

async function loadOfferFacets(locale: string) {
  const [categories, targetGroups, districts, postalCodes, languages] = await Promise.all([
    categoryTree(locale),
    prisma.targetGroup.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { slug: true, name: true, translations } }),
    districtOptions(locale),
    prisma.postalCode.findMany({ orderBy: { code: "asc" }, select: { code: true } }),
    visibleLanguageCodes(),
  ]);
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const languageLabel = (code: string) => {
    try {
      return languageNames.of(code) ?? code;
    } catch {
      return code;
    }
  };
  return {
    categories,
    targetGroups: targetGroups.map((g) => ({ value: g.slug, label: localizedName(g, locale) })),
    districts,
    postalCodes: postalCodes.map((p) => p.code),
    languages: languages
      .map((code) => ({ value: code, label: languageLabel(code) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  };
}

export type OfferFacets = Awaited<ReturnType<typeof offerFacets>>;
