"use client";

import dynamic from "next/dynamic";
import { MapLoading } from "./map-loading";
import type { ResultsMapMarker, ResultsMapProps } from "./results-map-inner";

export type { ResultsMapMarker, ResultsMapProps };

// Loaded only when rendered: Leaflet and the cluster plugin stay out of the first-load JS.
const Inner = dynamic(() => import("./results-map-inner"), {
  ssr: false,
  loading: () => <MapLoading className="h-[28rem] w-full md:h-[36rem]" />,
});

/**
 * Stable API for search pages:
 * `<ResultsMap markers={[{ id, lat, lng, title, href, subtitle? }]} tileUrl attribution ariaLabel />`.
 */
export function ResultsMap(props: ResultsMapProps) {
  return <Inner {...props} />;
}
