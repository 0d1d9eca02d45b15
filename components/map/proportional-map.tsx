"use client";

import dynamic from "next/dynamic";
import { MapLoading } from "./map-loading";
import type { ProportionalMapProps } from "./proportional-map-inner";

export type { ProportionalMapProps, ProportionalPoint } from "./proportional-map-inner";

// Leaflet touches `window`, and only pages that show a map should download it.
const Inner = dynamic(() => import("./proportional-map-inner"), {
  ssr: false,
  loading: () => <MapLoading className="h-72 w-full" />,
});

export function ProportionalMap(props: ProportionalMapProps) {
  return <Inner {...props} />;
}
