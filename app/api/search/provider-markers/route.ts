import type { NextRequest } from "next/server";
import { getPathname } from "@/i18n/navigation";
import { parseProviderSearch } from "@/features/search/params/parse";
import { searchProviderMarkers } from "@/features/search/provider-search";
import { hrefPrefix, markersResponse } from "@/features/search/markers-response";

/** Every provider matching the search on /anbieter, as compact map markers. */
export function GET(request: NextRequest) {
  return markersResponse(request, "provider", async (params, locale) => {
    const { query, ignored } = parseProviderSearch(params);
    const markers = await searchProviderMarkers(query);
    return {
      ignored,
      href: hrefPrefix(getPathname({ locale, href: { pathname: "/providers/[slug]", params: { slug: "_" } } })),
      markers: markers.map((m) => ({ id: m.id, lat: m.lat, lng: m.lng, title: m.name, slug: m.slug })),
    };
  });
}
