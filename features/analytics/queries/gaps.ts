import "server-only";
import { prisma } from "@/lib/db";
import { localizedName, translatedNameSelect } from "@/lib/localized";
import type { AnalyticsFilter } from "../schemas";
import { slotBitSql, supplySql, SUPPLY_OFFERS } from "./supply-sql";

export type GapCell = { count: number; level: "empty" | "thin" | "ok" };
export type GapMatrix = {
  districts: { id: number; name: string }[];
  targetGroups: { id: number; name: string }[];
  /** cells[districtIndex][targetGroupIndex] */
  cells: GapCell[][];
  thinMax: number;
};

/**
 * Active offers in the range per district × target group. A cell is "empty" at 0 and "thin" up to
 * max(2, a quarter of the median of the non-empty cells) — thin relative to the portal's own supply.
 */
export async function gapMatrix(filter: AnalyticsFilter, locale: string): Promise<GapMatrix> {
  const where = supplySql(filter);
  const [districts, groups] = await Promise.all([
    prisma.district.findMany({ select: { id: true, ...translatedNameSelect.select }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    prisma.targetGroup.findMany({
      select: { id: true, searchBit: true, ...translatedNameSelect.select },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    }),
  ]);
  let counts: { d: number; g: number; n: number | bigint }[];
  if (groups.length > 0 && groups.every((g) => g.searchBit !== null)) {
    // One pass over the covering index: per district, each group's bit summed.
    const rows = await prisma.$queryRawUnsafe<Record<string, number | bigint>[]>(
      `SELECT o."districtId" AS d, ${groups.map((g, i) => `SUM(${slotBitSql("o", "searchTargetGroups", g.searchBit!)}) AS g${i}`).join(", ")}
       FROM ${SUPPLY_OFFERS} WHERE ${where.sql} AND o."districtId" IS NOT NULL GROUP BY o."districtId"`,
      ...where.params,
    );
    counts = rows.flatMap((r) => groups.map((g, i) => ({ d: Number(r.d), g: g.id, n: r[`g${i}`] ?? 0 })));
  } else {
    counts = await prisma.$queryRawUnsafe<{ d: number; g: number; n: number | bigint }[]>(
      `SELECT o."districtId" AS d, otg."targetGroupId" AS g, COUNT(*) AS n
       FROM "Offer" o JOIN "OfferTargetGroup" otg ON otg."offerId" = o."id"
       WHERE ${where.sql} AND o."districtId" IS NOT NULL GROUP BY o."districtId", otg."targetGroupId"`,
      ...where.params,
    );
  }
  const byKey = new Map(counts.map((c) => [`${c.d}:${c.g}`, Number(c.n)]));
  const ds = districts
    .filter((d) => !filter.district || d.id === filter.district)
    .map((d) => ({ id: d.id, name: localizedName(d, locale) }));
  const gs = groups
    .filter((g) => !filter.targetGroup || g.id === filter.targetGroup)
    .map((g) => ({ id: g.id, name: localizedName(g, locale) }));
  const values = ds.flatMap((d) => gs.map((g) => byKey.get(`${d.id}:${g.id}`) ?? 0));
  const nonEmpty = values.filter((v) => v > 0).sort((a, b) => a - b);
  const median = nonEmpty.length > 0 ? nonEmpty[Math.floor(nonEmpty.length / 2)] : 0;
  const thinMax = Math.max(2, Math.floor(median / 4));
  const cells = ds.map((d) =>
    gs.map((g) => {
      const count = byKey.get(`${d.id}:${g.id}`) ?? 0;
      return { count, level: count === 0 ? "empty" : count <= thinMax ? "thin" : "ok" } as GapCell;
    }),
  );
  return { districts: ds, targetGroups: gs, cells, thinMax };
}
