import type { NextRequest } from "next/server";
import { getPathname } from "@/i18n/navigation";
import { parseOfferSearch } from "@/features/search/params/parse";
import { searchOfferMarkers } from "@/features/search/offer-search";
import { hrefPrefix, markersResponse } from "@/features/search/markers-response";

/** Every offer matching the search on /angebote, as compact map markers. */
export function GET(request: NextRequest) {
  return markersResponse(request, "offer", async (params, locale) => {
    const { query, ignored } = parseOfferSearch(params);
    const markers = await searchOfferMarkers(query, { locale });
    return {
      ignored,
      href: hrefPrefix(getPathname({ locale, href: { pathname: "/offers/[slug]", params: { slug: "_" } } })),
      markers: markers.map((m) => ({
        id: m.id,
        lat: m.lat,
        lng: m.lng,
        title: m.title,
        translated: m.translated,
        subtitle: m.organizationName,
        slug: m.slug,
      })),
      lang: locale,
    };
  });
}
