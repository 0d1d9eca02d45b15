// District boundaries: an uploaded GeoJSON file reduced to one Polygon or MultiPolygon geometry in
// WGS84. Anything else (not JSON, another geometry type, coordinates out of range, open rings) is
// refused with a message key under DISTRICT_ERRORS_NAMESPACE; nothing is stored then.

/** Largest boundary file accepted (the upload is read with this limit; larger bodies are cut off unread). */
export const MAX_BOUNDARY_BYTES = 1024 * 1024;

export type Position = [number, number];
export type BoundaryGeometry = { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] };

/** A refused boundary: `key` is relative to DISTRICT_ERRORS_NAMESPACE. */
export class BoundaryError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

// Six decimals ≈ 10 cm: more is noise, and it keeps the stored text (sent with the maps) small.
const round = (value: number) => Math.round(value * 1e6) / 1e6;

function position(value: unknown): Position {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) throw new BoundaryError("boundaryCoordinates");
  const [lng, lat] = value;
  if (typeof lng !== "number" || typeof lat !== "number" || !Number.isFinite(lng) || !Number.isFinite(lat)) {
    throw new BoundaryError("boundaryCoordinates");
  }
  if (lng < -180 || lng > 180 || lat < -90 || lat > 90) throw new BoundaryError("boundaryOutOfRange");
  return [round(lng), round(lat)];
}

/** A linear ring: at least four positions, the last equal to the first. */
function ring(value: unknown): Position[] {
  if (!Array.isArray(value)) throw new BoundaryError("boundaryCoordinates");
  const positions = value.map(position);
  if (positions.length < 4) throw new BoundaryError("boundaryRing");
  const [first, last] = [positions[0], positions[positions.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) throw new BoundaryError("boundaryRing");
  return positions;
}

function polygon(value: unknown): Position[][] {
  if (!Array.isArray(value) || value.length === 0) throw new BoundaryError("boundaryCoordinates");
  return value.map(ring);
}

function geometry(value: unknown): BoundaryGeometry {
  if (!isObject(value)) throw new BoundaryError("boundaryType");
  if (value.type === "Polygon") return { type: "Polygon", coordinates: polygon(value.coordinates) };
  if (value.type === "MultiPolygon") {
    if (!Array.isArray(value.coordinates) || value.coordinates.length === 0) throw new BoundaryError("boundaryCoordinates");
    return { type: "MultiPolygon", coordinates: value.coordinates.map(polygon) };
  }
  throw new BoundaryError("boundaryType");
}

/** The geometry of a bare geometry, a Feature, or a FeatureCollection holding exactly one feature. */
function boundaryOf(value: unknown): BoundaryGeometry {
  if (!isObject(value)) throw new BoundaryError("boundaryType");
  if (value.type === "FeatureCollection") {
    if (!Array.isArray(value.features) || value.features.length !== 1) throw new BoundaryError("boundaryFeatureCount");
    return boundaryOf(value.features[0]);
  }
  if (value.type === "Feature") return geometry(value.geometry);
  return geometry(value);
}

/** Parses and checks an uploaded file's bytes; the stored form is the bare geometry (properties dropped). */
export function parseBoundary(bytes: Uint8Array): BoundaryGeometry {
  if (bytes.byteLength > MAX_BOUNDARY_BYTES) throw new BoundaryError("boundaryTooLarge");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BoundaryError("boundaryNotJson");
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new BoundaryError("boundaryNotJson");
  }
  return boundaryOf(value);
}

/** A short description for the audit log (the geometry itself is too large to log). */
export function boundarySummary(geometry: BoundaryGeometry | null): string | null {
  if (!geometry) return null;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const points = polygons.reduce((sum, rings) => sum + rings.reduce((n, r) => n + r.length, 0), 0);
  return `${geometry.type}: ${polygons.length} polygon(s), ${points} points`;
}

/** A stored boundary (written by parseBoundary, so trusted), or null when absent or unreadable. */
export function storedBoundary(text: string | null): BoundaryGeometry | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as BoundaryGeometry;
    return value.type === "Polygon" || value.type === "MultiPolygon" ? value : null;
  } catch {
    return null;
  }
}
