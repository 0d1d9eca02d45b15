"use client";

import dynamic from "next/dynamic";
import { useSyncExternalStore } from "react";
import type { SearchMapPanelProps } from "./search-map-panel-inner";

// The panel (marker request, status texts, map wrapper) is needed only in the map view: loading it
// lazily keeps it, and everything it imports, out of the search page's first-load JS.
const Inner = dynamic(() => import("./search-map-panel-inner"), {
  ssr: false,
  loading: () => (
    <div className="mt-4">
      <p className="mb-2 text-sm text-slate-700">&nbsp;</p>
      <div className="h-[28rem] w-full animate-pulse rounded-lg bg-slate-100 md:h-[36rem]" aria-hidden="true" />
    </div>
  ),
});

const subscribeNothing = () => () => {};

/**
 * Rendered only once scripts run: the server's HTML (and so a browser without JavaScript) gets no
 * empty grey map box, just the page's note and the result list below.
 */
export function SearchMapPanel(props: SearchMapPanelProps) {
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  return hydrated ? <Inner {...props} /> : null;
}
