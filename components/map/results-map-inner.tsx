"use client";

import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import "./map.css";
import L, { pinIcon } from "./leaflet-setup";
import "leaflet.markercluster";
import { useEffect } from "react";
import { MapContainer, useMap } from "react-leaflet";
import { useTileLayer } from "./tile-status";
import { MapLocalization } from "./map-localization";
import { DistrictBoundaries } from "./district-boundaries";
import type { MapBoundary } from "./boundary-types";

/** `lang`: the title's language when it differs from the page's (a German original on a translated page). */
export type ResultsMapMarker = {
  id: string | number;
  lat: number;
  lng: number;
  title: string;
  href: string;
  subtitle?: string;
  lang?: string;
};

export type ResultsMapProps = {
  markers: ResultsMapMarker[];
  tileUrl: string;
  attribution: string;
  /** Accessible name of the map region. */
  ariaLabel: string;
  /** Used when there are no markers. */
  center?: [number, number];
  zoom?: number;
  className?: string;
  /** District outlines (the districts the search is filtered by). */
  boundaries?: MapBoundary[];
};

type ClusterGroup = L.FeatureGroup & { addLayers(layers: L.Layer[]): ClusterGroup };
type WithClusters = { markerClusterGroup(options?: Record<string, unknown>): ClusterGroup };

// Popup content built as DOM nodes (textContent), so titles can never inject markup.
function popupContent(marker: ResultsMapMarker, close: () => void): HTMLElement {
  const wrapper = document.createElement("div");
  // Leaflet handles Escape only while the map container itself has focus; the link inside has it here.
  wrapper.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
  const link = document.createElement("a");
  link.href = marker.href;
  link.textContent = marker.title;
  if (marker.lang) {
    link.lang = marker.lang;
    link.dir = "auto";
  }
  wrapper.appendChild(link);
  if (marker.subtitle) {
    const subtitle = document.createElement("div");
    subtitle.textContent = marker.subtitle;
    subtitle.style.marginTop = "0.25rem";
    wrapper.appendChild(subtitle);
  }
  return wrapper;
}

function ClusteredMarkers({ markers }: { markers: ResultsMapMarker[] }) {
  const map = useMap();
  useEffect(() => {
    const group = (L as unknown as WithClusters).markerClusterGroup({ showCoverageOnHover: false, chunkedLoading: true });
    const layers = markers.map((m) => {
      const marker: L.Marker = L.marker([m.lat, m.lng], { icon: pinIcon, title: m.title, alt: m.title, keyboard: true }).bindPopup(() =>
        popupContent(m, () => {
          map.closePopup();
          marker.getElement()?.focus();
        }),
      );
      // Popups live in a pane after all markers: move keyboard focus into the popup and back again,
      // so a keyboard user does not have to tab past every other marker to reach the link.
      marker.on("popupopen", (e) => e.popup.getElement()?.querySelector("a")?.focus());
      marker.on("popupclose", () => {
        // Closed from inside the popup (its close button): focus would drop to <body>; return it to the marker.
        // A mouse click elsewhere on the map keeps focus where the click put it.
        const active = document.activeElement;
        if (!active || active === document.body || !active.isConnected || active.closest(".leaflet-popup")) {
          setTimeout(() => marker.getElement()?.focus(), 0);
        }
      });
      return marker;
    });
    group.addLayers(layers);
    map.addLayer(group);
    if (layers.length > 0)
      map.fitBounds(L.latLngBounds(markers.map((m) => [m.lat, m.lng] as [number, number])), { padding: [32, 32], maxZoom: 15 });
    return () => {
      map.removeLayer(group);
    };
  }, [map, markers]);
  return null;
}

/** Many markers, clustered; popups link to `href`. Works without tiles (offline): markers and popups still render. */
export default function ResultsMapInner({
  markers,
  tileUrl,
  attribution,
  ariaLabel,
  center = [51.5, 7.46],
  zoom = 12,
  className,
  boundaries,
}: ResultsMapProps) {
  const tiles = useTileLayer(tileUrl, attribution);
  return (
    <div>
      <div
        role="region"
        aria-label={ariaLabel}
        dir="ltr"
        className={className ?? "h-[28rem] w-full overflow-hidden rounded-lg border border-slate-200 md:h-[36rem]"}
      >
        <MapContainer center={center} zoom={zoom} scrollWheelZoom={false} style={{ height: "100%", width: "100%" }}>
          {tiles.layer}
          <MapLocalization />
          <DistrictBoundaries boundaries={boundaries} />
          <ClusteredMarkers markers={markers} />
        </MapContainer>
      </div>
      {tiles.note}
    </div>
  );
}
