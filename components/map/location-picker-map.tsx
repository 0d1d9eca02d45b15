"use client";

import dynamic from "next/dynamic";
import { MapLoading } from "./map-loading";
import type { LocationPickerMapProps } from "./location-picker-map-inner";

export type { LocationPickerMapProps };

// Leaflet touches `window`, and only forms where someone asks to adjust the pin should download it.
const Inner = dynamic(() => import("./location-picker-map-inner"), {
  ssr: false,
  loading: () => <MapLoading className="h-64 w-full" />,
});

export function LocationPickerMap(props: LocationPickerMapProps) {
  return <Inner {...props} />;
}
