/** A district's outline: a GeoJSON Polygon or MultiPolygon (checked on upload, features/settings/geojson.ts). */
export type MapBoundary = { key: string; name: string; geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown } };
