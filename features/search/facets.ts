import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { localizedName } from "@/lib/localized";
import { publishedOffersWhere } from "@/features/search/visibility";

export type FacetOption = { value: string; label: string };
export type CategoryFacet = FacetOption & { color: string | null; icon: string | null; children: FacetOption[] };

const translations = { select: { locale: true, name: true } } as const;

/** The category tree in display order, names in `locale`. */
export const categoryTree = cache(async (locale: string): Promise<CategoryFacet[]> => {
  const roots = await prisma.category.findMany({
    where: { parentId: null },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      slug: true, name: true, color: true, icon: true, translations,
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
  const rows = await prisma.district.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { slug: true, name: true, translations } });
  return rows.map((d) => ({ value: d.slug, label: localizedName(d, locale) }));
});

/** Everything the offer filter form offers; option lists come from the database, languages from current offers. */
export const offerFacets = cache(async (locale: string) => {
  const [categories, targetGroups, districts, postalCodes, languages] = await Promise.all([
    categoryTree(locale),
    prisma.targetGroup.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { slug: true, name: true, translations } }),
    districtOptions(locale),
    prisma.postalCode.findMany({ orderBy: { code: "asc" }, select: { code: true } }),
    prisma.offerLanguage.findMany({ where: { offer: publishedOffersWhere() }, distinct: ["code"], select: { code: true } }),
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
      .map((l) => ({ value: l.code, label: languageLabel(l.code) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  };
});

export type OfferFacets = Awaited<ReturnType<typeof offerFacets>>;
