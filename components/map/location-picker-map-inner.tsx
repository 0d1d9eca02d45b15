"use client";

import "leaflet/dist/leaflet.css";
import "./map.css";
import { useEffect } from "react";
import { MapContainer, Marker, useMap, useMapEvents } from "react-leaflet";
import { pinIcon } from "./leaflet-setup";
import { useTileLayer } from "./tile-status";
import { MapLocalization } from "./map-localization";

export type LocationPickerMapProps = {
  lat: number;
  lng: number;
  /** Called with the new position when the pin is dragged or the map is clicked. */
  onMove: (position: { lat: number; lng: number }) => void;
  /** The marker's accessible name. */
  markerTitle: string;
  tileUrl: string;
  attribution: string;
  /** Accessible name of the map region; the address fields remain the primary input. */
  ariaLabel: string;
  zoom?: number;
};

// Six decimals ≈ 10 cm: more would only be noise from the pointer.
const round = (value: number) => Math.round(value * 1e6) / 1e6;

function Follow({ lat, lng }: { lat: number; lng: number }) {
  const map = useMap();
  useEffect(() => {
    map.panTo([lat, lng]);
  }, [map, lat, lng]);
  return null;
}

function ClickToMove({ onMove }: { onMove: LocationPickerMapProps["onMove"] }) {
  useMapEvents({ click: (event) => onMove({ lat: round(event.latlng.lat), lng: round(event.latlng.lng) }) });
  return null;
}

/** A map with one draggable pin; clicking the map moves it too. Forms offer coordinate fields as the keyboard alternative. */
export default function LocationPickerMapInner({
  lat,
  lng,
  onMove,
  markerTitle,
  tileUrl,
  attribution,
  ariaLabel,
  zoom = 16,
}: LocationPickerMapProps) {
  const tiles = useTileLayer(tileUrl, attribution);
  return (
    <div>
      <div role="region" aria-label={ariaLabel} dir="ltr" className="h-64 w-full overflow-hidden rounded-lg border border-slate-200">
        <MapContainer center={[lat, lng]} zoom={zoom} scrollWheelZoom={false} style={{ height: "100%", width: "100%" }}>
          {tiles.layer}
          <MapLocalization />
          <Follow lat={lat} lng={lng} />
          <ClickToMove onMove={onMove} />
          <Marker
            position={[lat, lng]}
            icon={pinIcon}
            title={markerTitle}
            alt={markerTitle}
            draggable
            autoPan
            eventHandlers={{
              dragend: (event) => {
                const position = (event.target as { getLatLng(): { lat: number; lng: number } }).getLatLng();
                onMove({ lat: round(position.lat), lng: round(position.lng) });
              },
            }}
          />
        </MapContainer>
      </div>
      {tiles.note}
    </div>
  );
}
