"use client";

import type { GeoJsonObject } from "geojson";
import { GeoJSON, Tooltip } from "react-leaflet";

// Imported only by the *-inner map components (loaded with next/dynamic): it pulls in react-leaflet.

import type { MapBoundary } from "./boundary-types";

/**
 * District outlines drawn under the markers: a line and a faint fill, not interactive beyond a
 * tooltip with the name (the page names the districts as text too).
 */
export function DistrictBoundaries({ boundaries }: { boundaries?: MapBoundary[] }) {
  if (!boundaries?.length) return null;
  return (
    <>
      {boundaries.map((boundary) => (
        <GeoJSON
          key={boundary.key}
          data={boundary.geometry as GeoJsonObject}
          style={{ color: "#1e3a8a", weight: 2, dashArray: "6 4", fillColor: "#1d4ed8", fillOpacity: 0.06, className: "district-boundary" }}
        >
          <Tooltip sticky>{boundary.name}</Tooltip>
        </GeoJSON>
      ))}
    </>
  );
}
