import "server-only";
import { prisma } from "@/lib/db";
import { normalizeSearchText } from "./normalize";
import { DEFAULT_RADIUS_KM, type OfferSearchQuery } from "./params/vocabulary";

// Where "ort" points to. Places are centroids (no geocoder): a postal code, a district or a city of
// the seeded postal-code table; anything else is reported as not found instead of guessed.

export type PlaceResolved = { label: string; lat: number; lng: number };

/** Postal code → its centroid; district slug or name → its centroid; city → mean of its postal codes. */
export async function resolvePlace(place: string): Promise<PlaceResolved | null> {
  const text = place.trim();
  if (!text) return null;
  const code = /^\d{5}$/.exec(text)?.[0];
  if (code) {
    const row = await prisma.postalCode.findUnique({
      where: { code },
      select: { code: true, city: true, centroidLat: true, centroidLng: true },
    });
    return row ? { label: `${row.code} ${row.city}`, lat: row.centroidLat, lng: row.centroidLng } : null;
  }
  const wanted = normalizeSearchText(text);
  if (!wanted) return null;
  const districts = await prisma.district.findMany({
    select: { slug: true, name: true, centroidLat: true, centroidLng: true, translations: { select: { name: true } } },
  });
  const district = districts.find(
    (d) =>
      d.slug === text.toLowerCase() ||
      normalizeSearchText(d.name) === wanted ||
      d.translations.some((t) => normalizeSearchText(t.name) === wanted),
  );
  if (district) return { label: district.name, lat: district.centroidLat, lng: district.centroidLng };
  const codes = await prisma.postalCode.findMany({ select: { city: true, centroidLat: true, centroidLng: true } });
  const inCity = codes.filter((c) => normalizeSearchText(c.city) === wanted);
  if (inCity.length === 0) return null;
  return {
    label: inCity[0].city,
    lat: inCity.reduce((sum, c) => sum + c.centroidLat, 0) / inCity.length,
    lng: inCity.reduce((sum, c) => sum + c.centroidLng, 0) / inCity.length,
  };
}

/** The place of a query and the radius around it (the default radius when the URL names none). */
export async function resolvePlaceFilter(
  query: Pick<OfferSearchQuery, "place" | "radiusKm">,
): Promise<{ place: PlaceResolved | null; placeNotFound: boolean; radiusKm: number | null }> {
  if (!query.place) return { place: null, placeNotFound: false, radiusKm: null };
  const place = await resolvePlace(query.place);
  return { place, placeNotFound: place === null, radiusKm: place ? (query.radiusKm ?? DEFAULT_RADIUS_KM) : null };
}
