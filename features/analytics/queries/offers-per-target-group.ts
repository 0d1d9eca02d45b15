import "server-only";
import { prisma } from "@/lib/db";
import { localizedName, translatedNameSelect } from "@/lib/localized";
import type { AnalyticsFilter } from "../schemas";
import { slotBitSql, supplySql, SUPPLY_OFFERS } from "./supply-sql";

export type TargetGroupRow = { targetGroupId: number; name: string; count: number };

/** Active offers in the range per target group (every group, also empty ones). */
export async function offersPerTargetGroup(filter: AnalyticsFilter, locale: string): Promise<TargetGroupRow[]> {
  const where = supplySql(filter);
  const groups = await prisma.targetGroup.findMany({
    select: { id: true, searchBit: true, ...translatedNameSelect.select },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  let byId: Map<number, number>;
  if (groups.length > 0 && groups.every((g) => g.searchBit !== null)) {
    // One pass over the covering index, reading each group's bit.
    const [row] = await prisma.$queryRawUnsafe<Record<string, number | bigint>[]>(
      `SELECT ${groups.map((g, i) => `SUM(${slotBitSql("o", "searchTargetGroups", g.searchBit!)}) AS g${i}`).join(", ")} FROM ${SUPPLY_OFFERS} WHERE ${where.sql}`,
      ...where.params,
    );
    byId = new Map(groups.map((g, i) => [g.id, Number(row?.[`g${i}`] ?? 0)]));
  } else {
    const counts = await prisma.$queryRawUnsafe<{ id: number; n: number | bigint }[]>(
      `SELECT otg."targetGroupId" AS id, COUNT(*) AS n FROM "Offer" o JOIN "OfferTargetGroup" otg ON otg."offerId" = o."id"
       WHERE ${where.sql} GROUP BY otg."targetGroupId"`,
      ...where.params,
    );
    byId = new Map(counts.map((c) => [Number(c.id), Number(c.n)]));
  }
  return groups
    .filter((g) => !filter.targetGroup || g.id === filter.targetGroup)
    .map((g) => ({ targetGroupId: g.id, name: localizedName(g, locale), count: byId.get(g.id) ?? 0 }));
}
