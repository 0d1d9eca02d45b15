"use client";

import "leaflet/dist/leaflet.css";
import "./map.css";
import { useEffect, useRef } from "react";
import { MapContainer, useMap, useMapEvents } from "react-leaflet";
import { useTileLayer } from "./tile-status";
import { MapLocalization } from "./map-localization";

export type MapView = { lat: number; lng: number; zoom: number };

export type ViewPickerMapProps = {
  /** The view shown; the map follows when it changes (typed into the form's fields). */
  view: MapView;
  /** Called with the map's current view when the button below the map is pressed. */
  onUse: (view: MapView) => void;
  useLabel: string;
  buttonClassName: string;
  tileUrl: string;
  attribution: string;
  ariaLabel: string;
};

// Six decimals ≈ 10 cm: more would only be noise from the pointer.
const round = (value: number) => Math.round(value * 1e6) / 1e6;

function Follow({ view }: { view: MapView }) {
  const map = useMap();
  useEffect(() => {
    const center = map.getCenter();
    if (round(center.lat) !== view.lat || round(center.lng) !== view.lng || map.getZoom() !== view.zoom) {
      map.setView([view.lat, view.lng], view.zoom);
    }
  }, [map, view.lat, view.lng, view.zoom]);
  return null;
}

/** Keeps the map's current view in `currentRef` (the button reads it). */
function Track({ currentRef }: { currentRef: React.RefObject<MapView> }) {
  const map = useMapEvents({
    moveend: () => {
      const center = map.getCenter();
      currentRef.current = { lat: round(center.lat), lng: round(center.lng), zoom: map.getZoom() };
    },
  });
  return null;
}

/** A map to pan and zoom; "use this view" hands its centre and zoom to the form (which also has number fields). */
export default function ViewPickerMapInner({
  view,
  onUse,
  useLabel,
  buttonClassName,
  tileUrl,
  attribution,
  ariaLabel,
}: ViewPickerMapProps) {
  const tiles = useTileLayer(tileUrl, attribution);
  const currentRef = useRef<MapView>(view);
  return (
    <div className="flex flex-col gap-2">
      <div role="region" aria-label={ariaLabel} dir="ltr" className="h-72 w-full overflow-hidden rounded-lg border border-slate-200">
        <MapContainer center={[view.lat, view.lng]} zoom={view.zoom} scrollWheelZoom={false} style={{ height: "100%", width: "100%" }}>
          {tiles.layer}
          <MapLocalization />
          <Follow view={view} />
          <Track currentRef={currentRef} />
        </MapContainer>
      </div>
      {tiles.note}
      <div>
        <button type="button" className={buttonClassName} onClick={() => onUse(currentRef.current)}>
          {useLabel}
        </button>
      </div>
    </div>
  );
}
