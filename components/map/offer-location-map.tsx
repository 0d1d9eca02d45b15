"use client";

import dynamic from "next/dynamic";
import { MapLoading } from "./map-loading";
import type { OfferLocationMapProps } from "./offer-location-map-inner";

export type { OfferLocationMapProps };

// Leaflet touches `window`, and only pages that show a map should download it.
const Inner = dynamic(() => import("./offer-location-map-inner"), {
  ssr: false,
  loading: () => <MapLoading className="h-56 w-full sm:h-64" />,
});

export function OfferLocationMap(props: OfferLocationMapProps) {
  return <Inner {...props} />;
}
