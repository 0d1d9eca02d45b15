import "server-only";
import { prisma } from "@/lib/db";
import { localizedName, translatedNameSelect } from "@/lib/localized";
import type { AnalyticsFilter } from "../schemas";
import { supplySql, SUPPLY_OFFERS } from "./supply-sql";

export type DistrictRow = { districtId: number | null; name: string | null; count: number; lat: number | null; lng: number | null };

/** Active offers in the range per district (every district, also empty ones; `null` = no district, e.g. online). */
export async function offersPerDistrict(filter: AnalyticsFilter, locale: string): Promise<DistrictRow[]> {
  const where = supplySql(filter);
  const [counts, districts] = await Promise.all([
    prisma.$queryRawUnsafe<{ districtId: number | null; n: number | bigint }[]>(
      `SELECT o."districtId" AS "districtId", COUNT(*) AS n FROM ${SUPPLY_OFFERS} WHERE ${where.sql} GROUP BY o."districtId"`,
      ...where.params,
    ),
    prisma.district.findMany({
      select: { id: true, centroidLat: true, centroidLng: true, ...translatedNameSelect.select },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
  ]);
  const byId = new Map(counts.map((c) => [c.districtId, Number(c.n)]));
  const rows: DistrictRow[] = districts
    .filter((d) => !filter.district || d.id === filter.district)
    .map((d) => ({ districtId: d.id, name: localizedName(d, locale), count: byId.get(d.id) ?? 0, lat: d.centroidLat, lng: d.centroidLng }));
  const none = byId.get(null) ?? 0;
  if (none > 0) rows.push({ districtId: null, name: null, count: none, lat: null, lng: null });
  return rows;
}
