"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { MapLoading } from "./map-loading";
import type { OfferLocationMapProps } from "./offer-location-map-inner";

export type { OfferLocationMapProps };

// Leaflet touches `window`, and only pages that show a map should download it.
const Inner = dynamic(() => import("./offer-location-map-inner"), {
  ssr: false,
  loading: () => <MapLoading className="h-56 w-full sm:h-64" />,
});

/** How far below the viewport the map starts loading, so it is usually ready when it scrolls in. */
const PRELOAD_MARGIN = "200px";

/**
 * The offer page's map, loaded only when its place scrolls into view or on a tap of "show map":
 * until then a static placeholder (no Leaflet code, no tile request — the address is on the page
 * as text anyway). Without JavaScript the placeholder stays.
 */
export function OfferLocationMap(props: OfferLocationMapProps) {
  const t = useTranslations("LazyMap");
  const [show, setShow] = useState(false);
  const placeholder = useRef<HTMLDivElement>(null);
  // The button works only with scripts: rendered after hydration; the server's HTML says why there is no map.
  const hydrated = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

  useEffect(() => {
    const element = placeholder.current;
    if (show || !element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setShow(true);
      },
      { rootMargin: PRELOAD_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [show]);

  if (show) return <Inner {...props} />;
  return (
    <div ref={placeholder} className="flex h-56 w-full items-center justify-center rounded-lg border border-slate-300 bg-slate-100 sm:h-64">
      {hydrated ? (
        <button
          type="button"
          onClick={() => setShow(true)}
          className="rounded border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-50"
        >
          {t("show")}
        </button>
      ) : (
        <noscript>
          <p className="px-4 text-center text-slate-800">{t("needsJs")}</p>
        </noscript>
      )}
    </div>
  );
}
