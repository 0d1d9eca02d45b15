import "server-only";
import { prisma } from "@/lib/db";
import { CATEGORY_LOCALES } from "./category-schemas";
import { namesByLocale, paramValues, rewrittenQuery } from "./term-queries";

export type AdminCategory = {
  id: number;
  slug: string;
  parentId: number | null;
  names: Record<(typeof CATEGORY_LOCALES)[number], string | null>;
  color: string | null;
  icon: string | null;
  usage: { offers: number; providers: number; children: number };
};

/**
 * The whole category tree for the admins' page, roots in order each followed by its subcategories,
 * with per-locale names and usage counts. A taxonomy has tens of terms, not thousands: one query.
 */
export async function adminCategoryTree(): Promise<AdminCategory[]> {
  const rows = await prisma.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      parentId: true,
      color: true,
      icon: true,
      translations: { select: { locale: true, name: true } },
      _count: { select: { offers: true, organizations: true, children: true } },
    },
  });
  const toAdmin = (row: (typeof rows)[number]): AdminCategory => ({
    id: row.id,
    slug: row.slug,
    parentId: row.parentId,
    color: row.color,
    icon: row.icon,
    names: namesByLocale(row) as AdminCategory["names"],
    usage: { offers: row._count.offers, providers: row._count.organizations, children: row._count.children },
  });
  return rows
    .filter((row) => row.parentId === null)
    .flatMap((root) => [toAdmin(root), ...rows.filter((row) => row.parentId === root.id).map(toAdmin)]);
}

/**
 * The current slugs of renamed or merged categories among `slugs` (old → new), for redirecting old
 * search links. Bounded by the URL's values.
 */
export async function renamedCategorySlugs(slugs: readonly string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const aliases = await prisma.categorySlugAlias.findMany({
    where: { slug: { in: [...new Set(slugs)].slice(0, 50) } },
    select: { slug: true, category: { select: { slug: true } } },
  });
  return new Map(aliases.map((alias) => [alias.slug, alias.category.slug]));
}

/**
 * For a search URL naming a renamed or merged category (`param` = "kategorie"): the query string with
 * the current slugs, to redirect to; null when every slug is current (the usual case: one indexed
 * lookup of the URL's own values).
 */
export async function categoryAliasQuery(
  searchParams: Record<string, string | string[] | undefined>,
  param: string,
): Promise<string | null> {
  return rewrittenQuery(searchParams, { [param]: await renamedCategorySlugs(paramValues(searchParams, param)) });
}
