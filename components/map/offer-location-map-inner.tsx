"use client";

import "leaflet/dist/leaflet.css";
import "./map.css";
import { MapContainer, Marker } from "react-leaflet";
import { pinIcon } from "./leaflet-setup";
import { useTileLayer } from "./tile-status";
import { MapLocalization } from "./map-localization";
import { DistrictBoundaries } from "./district-boundaries";
import type { MapBoundary } from "./boundary-types";

export type OfferLocationMapProps = {
  lat: number;
  lng: number;
  /** Shown as the marker's title (tooltip and accessible name). */
  title: string;
  tileUrl: string;
  attribution: string;
  /** Accessible name of the map region. The page shows the address as text as well. */
  ariaLabel: string;
  zoom?: number;
  /** District outlines around the place (the provider's district). */
  boundaries?: MapBoundary[];
};

/** A small map with one marker. Without tiles (offline) the marker still renders on a grey ground. */
export default function OfferLocationMapInner({
  lat,
  lng,
  title,
  tileUrl,
  attribution,
  ariaLabel,
  zoom = 15,
  boundaries,
}: OfferLocationMapProps) {
  const tiles = useTileLayer(tileUrl, attribution);
  return (
    <div>
      <div
        role="region"
        aria-label={ariaLabel}
        dir="ltr"
        className="h-56 w-full overflow-hidden rounded-lg border border-slate-200 sm:h-64"
      >
        <MapContainer
          center={[lat, lng]}
          zoom={zoom}
          scrollWheelZoom={false}
          dragging={false}
          doubleClickZoom={false}
          touchZoom={false}
          boxZoom={false}
          keyboard={false}
          style={{ height: "100%", width: "100%" }}
        >
          {tiles.layer}
          <MapLocalization />
          <DistrictBoundaries boundaries={boundaries} />
          <Marker position={[lat, lng]} icon={pinIcon} title={title} alt={title} keyboard={false} />
        </MapContainer>
      </div>
      {tiles.note}
    </div>
  );
}
