import { NextResponse, type NextRequest } from "next/server";
import { getPathname } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { parseProviderSearch } from "@/features/search/params";
import { searchProviderMarkers } from "@/features/search/provider-search";
import { logger } from "@/lib/logger";

/** Every provider matching the search (same parameters as /anbieter, not paged) as map markers; never a 500. */
export async function GET(request: NextRequest) {
  try {
    const { locale, params } = searchParamsRecord(request);
    const { query, ignored } = parseProviderSearch(params);
    const markers = await searchProviderMarkers(query);
    return NextResponse.json(
      {
        ignored,
        markers: markers.map((m) => ({
          id: m.id,
          lat: m.lat,
          lng: m.lng,
          title: m.name,
          href: getPathname({ locale, href: { pathname: "/providers/[slug]", params: { slug: m.slug } } }),
        })),
      },
      { headers: { "Cache-Control": "public, max-age=60" } },
    );
  } catch (error) {
    logger.warn("provider markers failed", { error: error instanceof Error ? error.message : String(error) });
    return NextResponse.json({ error: "bad_request", markers: [] }, { status: 400 });
  }
}

/** The request's query as the record the search parsers take, plus the link locale (`locale`, default German). */
function searchParamsRecord(request: NextRequest): { locale: Locale; params: Record<string, string | string[]> } {
  const params: Record<string, string | string[]> = {};
  const url = request.nextUrl.searchParams;
  for (const key of new Set(url.keys())) {
    if (key === "locale") continue;
    const values = url.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  const requested = url.get("locale");
  const locale = (routing.locales as readonly string[]).includes(requested ?? "") ? (requested as Locale) : routing.defaultLocale;
  return { locale, params };
}
