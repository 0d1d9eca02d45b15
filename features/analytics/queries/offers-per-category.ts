import "server-only";
import { prisma } from "@/lib/db";
import { localizedName, translatedNameSelect } from "@/lib/localized";
import type { AnalyticsFilter } from "../schemas";
import { supplySql } from "./supply-sql";

export type CategoryRow = { categoryId: number; name: string; count: number };

/** Active offers in the range per main category (an offer in two subcategories of one main category counts once). */
export async function offersPerCategory(filter: AnalyticsFilter, locale: string): Promise<CategoryRow[]> {
  const where = supplySql(filter);
  const [counts, categories] = await Promise.all([
    prisma.$queryRawUnsafe<{ rootId: number; n: number | bigint }[]>(
      `SELECT IFNULL(c."parentId", c."id") AS "rootId", COUNT(DISTINCT o."id") AS n
       FROM "Offer" o JOIN "OfferCategory" oc ON oc."offerId" = o."id" JOIN "Category" c ON c."id" = oc."categoryId"
       WHERE ${where.sql} GROUP BY IFNULL(c."parentId", c."id")`,
      ...where.params,
    ),
    prisma.category.findMany({
      where: { parentId: null },
      select: { id: true, ...translatedNameSelect.select },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    }),
  ]);
  const byId = new Map(counts.map((c) => [Number(c.rootId), Number(c.n)]));
  return categories.map((c) => ({ categoryId: c.id, name: localizedName(c, locale), count: byId.get(c.id) ?? 0 }));
}
