import "server-only";
import { prisma } from "./db";
import { logger } from "./logger";
import { env } from "./env";

// Addresses are geocoded only when a provider saves (never on a resident's request), through a
// configurable Nominatim-compatible search endpoint. Geocoding is a convenience: when the endpoint
// is off, slow or wrong, the postal code's centre is used, and saving never fails because of it.

export type GeoResult = {
  lat: number | null;
  lng: number | null;
  geoSource: "GEOCODED" | "POSTAL_CODE" | "NONE";
  districtId: number | null;
};

export type AddressInput = { street?: string | null; postalCode?: string | null; city?: string | null };

/** Nominatim's usage policy asks for an identifying User-Agent. */
export const GEOCODER_USER_AGENT = "Chancenportal/1.0 (municipal offer directory; geocoding on provider save)";
export const GEOCODER_TIMEOUT_MS = 3000;

const NONE: GeoResult = { lat: null, lng: null, geoSource: "NONE", districtId: null };

/** Read per call (not through the cached env()) so the setting can change without a restart and in tests. */
function geocoderUrl(): URL | null {
  const raw = env().GEOCODER_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

function clean(value: string | null | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim().slice(0, 200);
}

function coordinate(value: unknown, limit: number): number | null {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

/** The first hit of a Nominatim-style answer (`[{lat:"51.5", lon:"7.4"}]`), or null when it is not one. */
export function parseGeocoderResponse(body: unknown): { lat: number; lng: number } | null {
  const first = Array.isArray(body) ? body[0] : null;
  if (!first || typeof first !== "object") return null;
  const record = first as Record<string, unknown>;
  const lat = coordinate(record.lat, 90);
  const lng = coordinate(record.lon ?? record.lng, 180);
  if (lat === null || lng === null) return null;
  return { lat, lng };
}

async function geocode(
  base: URL,
  address: { street: string; postalCode: string; city: string },
): Promise<{ lat: number; lng: number } | null> {
  const url = new URL(base);
  url.searchParams.set("format", "jsonv2");
  url.searchParams.set("limit", "1");
  if (address.street) url.searchParams.set("street", address.street);
  if (address.postalCode) url.searchParams.set("postalcode", address.postalCode);
  if (address.city) url.searchParams.set("city", address.city);
  url.searchParams.set("countrycodes", "de");
  try {
    const response = await fetch(url, {
      headers: { "User-Agent": GEOCODER_USER_AGENT, Accept: "application/json" },
      signal: AbortSignal.timeout(GEOCODER_TIMEOUT_MS),
      redirect: "error",
    });
    if (!response.ok) {
      logger.warn("geocoder answered with an error", { status: response.status });
      return null;
    }
    return parseGeocoderResponse(await response.json());
  } catch (error) {
    // Timeout, refused connection or a body that is not JSON: fall back, never fail the save.
    logger.warn("geocoder unavailable", { reason: error instanceof Error ? error.name : "unknown" });
    return null;
  }
}

async function postalCodeCentre(postalCode: string): Promise<GeoResult | null> {
  if (!/^\d{5}$/.test(postalCode)) return null;
  try {
    const row = await prisma.postalCode.findUnique({
      where: { code: postalCode },
      select: { centroidLat: true, centroidLng: true, districtId: true },
    });
    if (!row) return null;
    return { lat: row.centroidLat, lng: row.centroidLng, geoSource: "POSTAL_CODE", districtId: row.districtId };
  } catch (error) {
    logger.warn("postal code lookup failed", { error });
    return null;
  }
}

/**
 * Coordinates for an address: the geocoder's answer when GEOCODER_URL is set and it answers in
 * time, else the postal code's centre, else none. The district always comes from the postal code
 * (the portal's districts are defined by postal codes). Never throws.
 */
export async function locateAddress(a: AddressInput): Promise<GeoResult> {
  const address = { street: clean(a.street), postalCode: clean(a.postalCode), city: clean(a.city) };
  if (!address.street && !address.postalCode && !address.city) return NONE;

  const fallback = await postalCodeCentre(address.postalCode);
  const base = geocoderUrl();
  // A street is needed for a result better than the postal code's centre.
  if (base && address.street && (address.postalCode || address.city)) {
    const hit = await geocode(base, address);
    if (hit) return { lat: hit.lat, lng: hit.lng, geoSource: "GEOCODED", districtId: fallback?.districtId ?? null };
  }
  return fallback ?? NONE;
}
