"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { MapBoundary } from "@/components/map/boundary-types";
import { ResultsMap, type ResultsMapMarker } from "@/components/map/results-map";
import { decodeMarkers, type CompactMarkers } from "../compact-markers";

export type SearchMapPanelProps = {
  endpoint: string;
  tileUrl: string;
  /** District outlines drawn on the map. */
  boundaries?: MapBoundary[];
  attribution: string;
  center: [number, number];
  zoom: number;
  ariaLabel: string;
};

type Loaded = { endpoint: string; markers: ResultsMapMarker[] | null }; // markers null = failed

/**
 * Loads every matching marker (not only the current page) from the markers endpoint and shows the
 * map. Rendered only in the map view, so neither the request nor Leaflet happens for the list.
 */
export default function SearchMapPanelInner({ endpoint, tileUrl, attribution, center, zoom, ariaLabel, boundaries }: SearchMapPanelProps) {
  const t = useTranslations("Search");
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // A result for another search (after navigating) counts as still loading.
  const state =
    !loaded || loaded.endpoint !== endpoint
      ? { status: "loading" as const }
      : loaded.markers
        ? { status: "ready" as const, markers: loaded.markers }
        : { status: "error" as const };

  useEffect(() => {
    const controller = new AbortController();
    fetch(endpoint, { signal: controller.signal, headers: { accept: "application/json" } })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((body: CompactMarkers) => setLoaded({ endpoint, markers: decodeMarkers(body) }))
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ endpoint, markers: null });
      });
    return () => controller.abort();
  }, [endpoint]);

  return (
    <div className="mt-4">
      <p role="status" className="mb-2 text-sm text-slate-700">
        {state.status === "loading"
          ? t("mapLoading")
          : state.status === "error"
            ? t("mapError")
            : t("mapCount", { count: state.markers.length })}
      </p>
      {state.status === "ready" ? (
        <ResultsMap
          markers={state.markers}
          tileUrl={tileUrl}
          attribution={attribution}
          ariaLabel={ariaLabel}
          center={center}
          zoom={zoom}
          boundaries={boundaries}
        />
      ) : (
        <div className="h-[28rem] w-full rounded-lg bg-slate-100 md:h-[36rem]" aria-hidden="true" />
      )}
    </div>
  );
}
