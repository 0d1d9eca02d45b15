import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { routing, type Locale } from "@/i18n/routing";
import { logger } from "@/lib/logger";

export type MapMarker = { id: number; lat: number; lng: number; title: string; subtitle?: string; href: string };

type SearchParamsRecord = Record<string, string | string[]>;

/**
 * The JSON answer of the marker routes: every match of a search (same parameters as the list page,
 * not paged). Bad parameters are ignored like on the page; anything unexpected is a 400, never a 500.
 */
export async function markersResponse(
  request: NextRequest,
  what: string,
  load: (params: SearchParamsRecord, locale: Locale) => Promise<{ ignored: string[]; markers: MapMarker[] }>,
): Promise<NextResponse> {
  try {
    const { locale, params } = searchParamsRecord(request);
    return NextResponse.json(await load(params, locale), { headers: { "Cache-Control": "public, max-age=60" } });
  } catch (error) {
    logger.warn(`${what} markers failed`, { error: error instanceof Error ? error.message : String(error) });
    return NextResponse.json({ error: "bad_request", markers: [] }, { status: 400 });
  }
}

/** The request's query as the record the search parsers take, plus the link locale (`locale`, default German). */
function searchParamsRecord(request: NextRequest): { locale: Locale; params: SearchParamsRecord } {
  const params: SearchParamsRecord = {};
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
