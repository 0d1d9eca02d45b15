// The markers routes' answer in compact form (no server-only: the map client decodes it). At 100k
// offers one answer holds up to 5,000 markers; as objects with a full link each that was ~750 kB of
// JSON to build, cache and send. Rows are arrays, the link is one prefix plus the slug, repeated
// subtitles (provider names) are sent once, coordinates keep 5 decimals (~1 m). Clustering stays
// on the client.

/** `translated`: the title is in the answer's `lang`, else it is the German original (issue 14). */
export type MapMarker = { id: number; lat: number; lng: number; title: string; subtitle?: string; slug: string; translated?: boolean };

/** One marker: id, lat, lng, slug, title, index into `names` (-1: no subtitle), 1 when the title is translated (optional). */
export type CompactMarkerRow = [number, number, number, string, string, number] | [number, number, number, string, string, number, 1];

export type CompactMarkers = {
  ignored: string[];
  /** A marker's link is this prefix followed by its slug. */
  href: string;
  names: string[];
  m: CompactMarkerRow[];
  /** The language of translated titles (the page's); other titles are German. */
  lang?: string;
};

export type DecodedMarker = { id: number; lat: number; lng: number; title: string; href: string; subtitle?: string; lang: string };

const round = (value: number) => Math.round(value * 1e5) / 1e5;

export function encodeMarkers(markers: MapMarker[], href: string, ignored: string[] = [], lang?: string): CompactMarkers {
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
    const row: CompactMarkerRow = [marker.id, round(marker.lat), round(marker.lng), marker.slug, marker.title, index];
    return marker.translated && lang ? [...row, 1] : row;
  });
  return { ignored, href, names, m, ...(lang ? { lang } : {}) };
}

export function decodeMarkers(body: CompactMarkers): DecodedMarker[] {
  return body.m.map(([id, lat, lng, slug, title, index, translated]) => ({
    id,
    lat,
    lng,
    title,
    lang: translated === 1 && body.lang ? body.lang : "de",
    href: body.href + encodeURIComponent(slug),
    ...(index >= 0 && body.names[index] !== undefined ? { subtitle: body.names[index] } : {}),
  }));
}
