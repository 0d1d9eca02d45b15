import { describe, expect, it } from "vitest";
import { decodeMarkers, encodeMarkers } from "./compact-markers";

describe("compact markers", () => {
  it("round-trips markers with shared subtitles, links from one prefix and rounded coordinates", () => {
    const markers = [
      { id: 1, lat: 51.5123456789, lng: 7.4612345678, title: "Turnen", subtitle: "TV Musterstadt", slug: "turnen" },
      { id: 2, lat: 51.52, lng: 7.47, title: "Schwimmen", subtitle: "TV Musterstadt", slug: "schwimmen" },
      { id: 3, lat: 51.53, lng: 7.48, title: "Ohne Anbieter", slug: "ohne" },
    ];
    const compact = encodeMarkers(markers, "/de/angebote/", ["x"]);
    expect(compact.names).toEqual(["TV Musterstadt"]);
    expect(compact.m[0]).toEqual([1, 51.51235, 7.46123, "turnen", "Turnen", 0]);
    expect(decodeMarkers(JSON.parse(JSON.stringify(compact)))).toEqual([
      { id: 1, lat: 51.51235, lng: 7.46123, title: "Turnen", subtitle: "TV Musterstadt", href: "/de/angebote/turnen", lang: "de" },
      { id: 2, lat: 51.52, lng: 7.47, title: "Schwimmen", subtitle: "TV Musterstadt", href: "/de/angebote/schwimmen", lang: "de" },
      { id: 3, lat: 51.53, lng: 7.48, title: "Ohne Anbieter", href: "/de/angebote/ohne", lang: "de" },
    ]);
  });

  it("marks translated titles with the answer's language and keeps the others German", () => {
    const compact = encodeMarkers(
      [
        { id: 1, lat: 51, lng: 7, title: "Jimnastik", slug: "turnen", translated: true },
        { id: 2, lat: 51, lng: 7, title: "Schwimmen", slug: "schwimmen", translated: false },
      ],
      "/tr/angebote/",
      [],
      "tr",
    );
    expect(compact.m).toEqual([
      [1, 51, 7, "turnen", "Jimnastik", -1, 1],
      [2, 51, 7, "schwimmen", "Schwimmen", -1],
    ]);
    expect(decodeMarkers(JSON.parse(JSON.stringify(compact))).map((m) => [m.title, m.lang])).toEqual([
      ["Jimnastik", "tr"],
      ["Schwimmen", "de"],
    ]);
  });
});
