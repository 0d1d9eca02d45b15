import "server-only";
import { prisma } from "@/lib/db";
import { localizedName, translatedNameSelect } from "@/lib/localized";
import type { AnalyticsFilter } from "../schemas";
import { supplySql } from "./supply-sql";

export type TargetGroupRow = { targetGroupId: number; name: string; count: number };

/** Active offers in the range per target group (every group, also empty ones). */
export async function offersPerTargetGroup(filter: AnalyticsFilter, locale: string): Promise<TargetGroupRow[]> {
  const where = supplySql(filter);
  const [counts, groups] = await Promise.all([
    prisma.$queryRawUnsafe<{ id: number; n: number | bigint }[]>(
      `SELECT otg."targetGroupId" AS id, COUNT(*) AS n FROM "Offer" o JOIN "OfferTargetGroup" otg ON otg."offerId" = o."id"
       WHERE ${where.sql} GROUP BY otg."targetGroupId"`,
      ...where.params,
    ),
    prisma.targetGroup.findMany({ select: { id: true, ...translatedNameSelect.select }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
  ]);
  const byId = new Map(counts.map((c) => [Number(c.id), Number(c.n)]));
  return groups
    .filter((g) => !filter.targetGroup || g.id === filter.targetGroup)
    .map((g) => ({ targetGroupId: g.id, name: localizedName(g, locale), count: byId.get(g.id) ?? 0 }));
}
