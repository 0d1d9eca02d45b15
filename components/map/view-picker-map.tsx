"use client";

import dynamic from "next/dynamic";
import { MapLoading } from "./map-loading";
import type { MapView, ViewPickerMapProps } from "./view-picker-map-inner";

export type { MapView, ViewPickerMapProps };

// Leaflet touches `window`; only the admins' map settings use this picker.
const Inner = dynamic(() => import("./view-picker-map-inner"), {
  ssr: false,
  loading: () => <MapLoading className="h-72 w-full" />,
});

export function ViewPickerMap(props: ViewPickerMapProps) {
  return <Inner {...props} />;
}
