import "server-only";
import { prisma } from "@/lib/db";
import { storedBoundary, type BoundaryGeometry } from "./geojson";
import { DISTRICT_LOCALES } from "./district-schemas";

export type AdminDistrict = {
  id: number;
  slug: string;
  names: Record<(typeof DISTRICT_LOCALES)[number], string | null>;
  centroidLat: number;
  centroidLng: number;
  postalCodes: string[];
  hasBoundary: boolean;
  usage: { offers: number; providers: number };
};

/** Every district for the admins' page, in order, with its usage (counted per district by index). */
export async function adminDistricts(): Promise<AdminDistrict[]> {
  const [rows, offers, providers, withBoundary] = await Promise.all([
    prisma.district.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: {
        id: true,
        slug: true,
        name: true,
        centroidLat: true,
        centroidLng: true,
        translations: { select: { locale: true, name: true } },
        postalCodes: { select: { code: true }, orderBy: { code: "asc" } },
      },
    }),
    prisma.offer.groupBy({ by: ["districtId"], where: { districtId: { not: null }, deletedAt: null }, _count: { _all: true } }),
    prisma.organization.groupBy({ by: ["districtId"], where: { districtId: { not: null } }, _count: { _all: true } }),
    prisma.district.findMany({ where: { geojson: { not: null } }, select: { id: true } }),
  ]);
  const count = (groups: { districtId: number | null; _count: { _all: number } }[], id: number) =>
    groups.find((g) => g.districtId === id)?._count._all ?? 0;
  const bounded = new Set(withBoundary.map((d) => d.id));
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    names: Object.fromEntries(
      DISTRICT_LOCALES.map((locale) => [
        locale,
        locale === "de" ? row.name : (row.translations.find((t) => t.locale === locale)?.name ?? null),
      ]),
    ) as AdminDistrict["names"],
    centroidLat: row.centroidLat,
    centroidLng: row.centroidLng,
    postalCodes: row.postalCodes.map((p) => p.code),
    hasBoundary: bounded.has(row.id),
    usage: { offers: count(offers, row.id), providers: count(providers, row.id) },
  }));
}

export type DistrictBoundary = { key: string; name: string; geometry: BoundaryGeometry };

/**
 * The boundaries of the given districts (those a map shows), named in `locale`. Bounded by the ids
 * asked for; each boundary by the upload limit (geojson.ts).
 */
export async function districtBoundaries(ids: readonly number[], locale: string): Promise<DistrictBoundary[]> {
  const wanted = [...new Set(ids)].slice(0, 200);
  if (wanted.length === 0) return [];
  const rows = await prisma.district.findMany({
    where: { id: { in: wanted }, geojson: { not: null } },
    select: { id: true, name: true, geojson: true, translations: { where: { locale }, select: { name: true } } },
  });
  return rows.flatMap((row) => {
    const geometry = storedBoundary(row.geojson);
    return geometry ? [{ key: String(row.id), name: row.translations[0]?.name ?? row.name, geometry }] : [];
  });
}

/** The boundaries of the districts with these slugs (the search filter's selection). */
export async function districtBoundariesBySlug(slugs: readonly string[], locale: string): Promise<DistrictBoundary[]> {
  if (slugs.length === 0) return [];
  const rows = await prisma.district.findMany({ where: { slug: { in: [...new Set(slugs)].slice(0, 200) } }, select: { id: true } });
  return districtBoundaries(
    rows.map((r) => r.id),
    locale,
  );
}
