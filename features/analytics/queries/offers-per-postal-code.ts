import "server-only";
import { prisma } from "@/lib/db";
import type { AnalyticsFilter } from "../schemas";
import { supplySql, SUPPLY_OFFERS } from "./supply-sql";

export type PostalCodeRow = { postalCode: string | null; city: string | null; count: number; lat: number | null; lng: number | null };

/** Active offers in the range per postal code of the offer's location (`null` = none, e.g. online), most first. */
export async function offersPerPostalCode(filter: AnalyticsFilter): Promise<PostalCodeRow[]> {
  const where = supplySql(filter);
  const rows = await prisma.$queryRawUnsafe<
    { postalCode: string | null; n: number | bigint; city: string | null; lat: number | null; lng: number | null }[]
  >(
    `SELECT t."postalCode" AS "postalCode", t.n AS n, p."city" AS city, p."centroidLat" AS lat, p."centroidLng" AS lng
     FROM (SELECT o."postalCode" AS "postalCode", COUNT(*) AS n FROM ${SUPPLY_OFFERS} WHERE ${where.sql} GROUP BY o."postalCode") t
     LEFT JOIN "PostalCode" p ON p."code" = t."postalCode"
     ORDER BY t.n DESC, t."postalCode"`,
    ...where.params,
  );
  return rows.map((r) => ({ postalCode: r.postalCode, city: r.city, count: Number(r.n), lat: r.lat, lng: r.lng }));
}
