"use client";

import dynamic from "next/dynamic";
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

/**
 * The server renders the loading placeholder, so the map's space is reserved from the first paint
 * (no layout shift when it hydrates); `needs-js` hides it in a browser without JavaScript (the
 * layout's <noscript> style), which gets the page's note and the result list instead of a grey box.
 */
export function SearchMapPanel(props: SearchMapPanelProps) {
  return (
    <div className="needs-js">
      <Inner {...props} />
    </div>
  );
}
