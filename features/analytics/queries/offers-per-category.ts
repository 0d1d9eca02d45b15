import "server-only";
import { prisma } from "@/lib/db";
import { localizedName, translatedNameSelect } from "@/lib/localized";
import { linkBitMasks } from "@/features/search/link-bits";
import type { AnalyticsFilter } from "../schemas";
import { supplySql, SUPPLY_OFFERS } from "./supply-sql";

export type CategoryRow = { categoryId: number; name: string; count: number };

/** Active offers in the range per main category (an offer in two subcategories of one main category counts once). */
export async function offersPerCategory(filter: AnalyticsFilter, locale: string): Promise<CategoryRow[]> {
  const where = supplySql(filter);
  const categories = await prisma.category.findMany({
    select: { id: true, parentId: true, searchBit: true, ...translatedNameSelect.select },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  const roots = categories.filter((c) => c.parentId === null);
  const slotsOf = (root: number) => categories.filter((c) => c.id === root || c.parentId === root).map((c) => c.searchBit);
  const masks = roots.map((root) => linkBitMasks(slotsOf(root.id)));
  let byId: Map<number, number>;
  if (roots.length > 0 && masks.every((m) => m !== null)) {
    // One pass over the covering index: per main category, offers with any of its bits.
    const [row] = await prisma.$queryRawUnsafe<Record<string, number | bigint>[]>(
      `SELECT ${roots.map((_, i) => `SUM((o."searchCategories" & ?) <> 0 OR (o."searchCategories2" & ?) <> 0) AS c${i}`).join(", ")} FROM ${SUPPLY_OFFERS} WHERE ${where.sql}`,
      ...masks.flatMap((m) => m!),
      ...where.params,
    );
    byId = new Map(roots.map((root, i) => [root.id, Number(row?.[`c${i}`] ?? 0)]));
  } else {
    const counts = await prisma.$queryRawUnsafe<{ rootId: number; n: number | bigint }[]>(
      `SELECT IFNULL(c."parentId", c."id") AS "rootId", COUNT(DISTINCT o."id") AS n
       FROM "Offer" o JOIN "OfferCategory" oc ON oc."offerId" = o."id" JOIN "Category" c ON c."id" = oc."categoryId"
       WHERE ${where.sql} GROUP BY IFNULL(c."parentId", c."id")`,
      ...where.params,
    );
    byId = new Map(counts.map((c) => [Number(c.rootId), Number(c.n)]));
  }
  return roots.map((c) => ({ categoryId: c.id, name: localizedName(c, locale), count: byId.get(c.id) ?? 0 }));
}
