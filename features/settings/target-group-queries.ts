import "server-only";
import { prisma } from "@/lib/db";
import type { Locale } from "@/i18n/routing";
import { renamedCategorySlugs } from "./category-queries";
import { namesByLocale, paramValues, rewrittenQuery } from "./term-queries";

export type AdminTargetGroup = {
  id: number;
  slug: string;
  names: Record<Locale, string | null>;
  ageMin: number | null;
  ageMax: number | null;
  usage: { offers: number };
};

/** Every target group for the admins' page, in the portal's order, with names and usage count (tens of terms: one query). */
export async function adminTargetGroups(): Promise<AdminTargetGroup[]> {
  const rows = await prisma.targetGroup.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      ageMin: true,
      ageMax: true,
      translations: { select: { locale: true, name: true } },
      _count: { select: { offers: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    names: namesByLocale(row) as AdminTargetGroup["names"],
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    usage: { offers: row._count.offers },
  }));
}

/** The current slugs of renamed or merged target groups among `slugs` (old → new). Bounded by the URL's values. */
export async function renamedTargetGroupSlugs(slugs: readonly string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const aliases = await prisma.targetGroupSlugAlias.findMany({
    where: { slug: { in: [...new Set(slugs)].slice(0, 50) } },
    select: { slug: true, targetGroup: { select: { slug: true } } },
  });
  return new Map(aliases.map((alias) => [alias.slug, alias.targetGroup.slug]));
}

/**
 * For an offer search URL naming a renamed or merged category or target group: the query string with
 * the current slugs, to redirect to; null when every slug is current (the usual case: two indexed
 * lookups of the URL's own values).
 */
export async function offerSearchAliasQuery(
  searchParams: Record<string, string | string[] | undefined>,
  params: { categories: string; targetGroups: string },
): Promise<string | null> {
  const [categories, targetGroups] = await Promise.all([
    renamedCategorySlugs(paramValues(searchParams, params.categories)),
    renamedTargetGroupSlugs(paramValues(searchParams, params.targetGroups)),
  ]);
  return rewrittenQuery(searchParams, { [params.categories]: categories, [params.targetGroups]: targetGroups });
}
