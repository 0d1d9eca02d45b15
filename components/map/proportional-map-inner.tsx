"use client";

import "leaflet/dist/leaflet.css";
import "./map.css";
import { CircleMarker, MapContainer, Tooltip } from "react-leaflet";
import { useTileLayer } from "./tile-status";
import { MapLocalization } from "./map-localization";
import { DistrictBoundaries } from "./district-boundaries";
import type { MapBoundary } from "./boundary-types";

export type ProportionalPoint = { key: string; lat: number; lng: number; value: number; label: string };

export type ProportionalMapProps = {
  points: ProportionalPoint[];
  center: [number, number];
  zoom: number;
  tileUrl: string;
  attribution: string;
  /** Accessible name of the map region; the same numbers are in a table next to it. */
  ariaLabel: string;
  /** District outlines drawn under the circles. */
  boundaries?: MapBoundary[];
};

const MAX_RADIUS = 28;
const MIN_RADIUS = 4;

/** Circles whose area is proportional to each point's value (e.g. offers per district). Works without tiles. */
export default function ProportionalMapInner({ points, center, zoom, tileUrl, attribution, ariaLabel, boundaries }: ProportionalMapProps) {
  const tiles = useTileLayer(tileUrl, attribution);
  const max = Math.max(1, ...points.map((p) => p.value));
  return (
    <div>
      <div role="region" aria-label={ariaLabel} dir="ltr" className="h-72 w-full overflow-hidden rounded-lg border border-slate-200">
        <MapContainer center={center} zoom={zoom} scrollWheelZoom={false} style={{ height: "100%", width: "100%" }}>
          {tiles.layer}
          <MapLocalization />
          <DistrictBoundaries boundaries={boundaries} />
          {points.map((p) => (
            <CircleMarker
              key={p.key}
              center={[p.lat, p.lng]}
              radius={p.value === 0 ? MIN_RADIUS : Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(p.value / max))}
              pathOptions={{ color: "#1e3a8a", weight: 1, fillColor: p.value === 0 ? "#ffffff" : "#1d4ed8", fillOpacity: 0.45 }}
            >
              <Tooltip>{p.label}</Tooltip>
            </CircleMarker>
          ))}
        </MapContainer>
      </div>
      {tiles.note}
    </div>
  );
}
