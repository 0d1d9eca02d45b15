// The markers routes' answer in compact form (no server-only: the map client decodes it). At 100k
// offers one answer holds up to 5,000 markers; as objects with a full link each that was ~750 kB of
// JSON to build, cache and send. Rows are arrays, the link is one prefix plus the slug, repeated
// subtitles (provider names) are sent once, coordinates keep 5 decimals (~1 m). Clustering stays
// on the client.

export type MapMarker = { id: number; lat: number; lng: number; title: string; subtitle?: string; slug: string };

/** One marker: id, lat, lng, slug, title, index into `names` (-1: no subtitle). */
export type CompactMarkerRow = [number, number, number, string, string, number];

export type CompactMarkers = {
  ignored: string[];
  /** A marker's link is this prefix followed by its slug. */
  href: string;
  names: string[];
  m: CompactMarkerRow[];
};

export type DecodedMarker = { id: number; lat: number; lng: number; title: string; href: string; subtitle?: string };

const round = (value: number) => Math.round(value * 1e5) / 1e5;

export function encodeMarkers(markers: MapMarker[], href: string, ignored: string[] = []): CompactMarkers {
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const m = markers.map((marker): CompactMarkerRow => {
    let index = -1;
    if (marker.subtitle) {
      index = nameIndex.get(marker.subtitle) ?? -1;
      if (index === -1) {
        index = names.push(marker.subtitle) - 1;
        nameIndex.set(marker.subtitle, index);
      }
    }
    return [marker.id, round(marker.lat), round(marker.lng), marker.slug, marker.title, index];
  });
  return { ignored, href, names, m };
}

export function decodeMarkers(body: CompactMarkers): DecodedMarker[] {
  return body.m.map(([id, lat, lng, slug, title, index]) => ({
    id,
    lat,
    lng,
    title,
    href: body.href + encodeURIComponent(slug),
    ...(index >= 0 && body.names[index] !== undefined ? { subtitle: body.names[index] } : {}),
  }));
}
