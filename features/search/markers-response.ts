import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { routing, type Locale } from "@/i18n/routing";
import { logger } from "@/lib/logger";
import { sharedCached } from "@/lib/shared-cache";
import { encodeMarkers, type MapMarker } from "./compact-markers";

export type { MapMarker };

type SearchParamsRecord = Record<string, string | string[]>;

/** How long browsers and proxies may reuse an answer; the server shares it for the same time (lib/shared-cache.ts). */
const MAX_AGE_SECONDS = 60;

/**
 * The JSON answer of the marker routes: every match of a search (same parameters as the list page,
 * not paged), compact (./compact-markers.ts; links are `href` + slug). Every visitor with the same
 * query string gets the same answer, so the serialized body is shared for at most a minute (and
 * dropped on saves). Bad parameters are ignored like on the page; anything unexpected is a 400,
 * never a 500.
 */
export async function markersResponse(
  request: NextRequest,
  what: string,
  load: (params: SearchParamsRecord, locale: Locale) => Promise<{ ignored: string[]; markers: MapMarker[]; href: string; lang?: string }>,
): Promise<NextResponse> {
  try {
    const { locale, params, key } = searchParamsRecord(request);
    const body = await sharedCached(`markers:${what}:${key}`, async () => {
      const { ignored, markers, href, lang } = await load(params, locale);
      return JSON.stringify(encodeMarkers(markers, href, ignored, lang));
    });
    return new NextResponse(body, {
      headers: { "Content-Type": "application/json", "Cache-Control": `public, max-age=${MAX_AGE_SECONDS}` },
    });
  } catch (error) {
    logger.warn(`${what} markers failed`, { error: error instanceof Error ? error.message : String(error) });
    return NextResponse.json({ error: "bad_request", ignored: [], href: "", names: [], m: [] }, { status: 400 });
  }
}

/** The request's query as the record the search parsers take, the link locale (`locale`, default German) and a cache key. */
function searchParamsRecord(request: NextRequest): { locale: Locale; params: SearchParamsRecord; key: string } {
  const params: SearchParamsRecord = {};
  const url = request.nextUrl.searchParams;
  for (const key of new Set(url.keys())) {
    if (key === "locale") continue;
    const values = url.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  const requested = url.get("locale");
  const locale = (routing.locales as readonly string[]).includes(requested ?? "") ? (requested as Locale) : routing.defaultLocale;
  // The same search in another parameter order shares the entry.
  const sorted = new URLSearchParams(
    [...url.entries()].filter(([name]) => name !== "locale").sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { locale, params, key: `${locale}?${sorted}` };
}

/** The link prefix of a localized detail page: the path for slug "_" without the "_". */
export function hrefPrefix(path: string): string {
  if (!path.endsWith("/_")) throw new Error(`Unexpected detail path ${path}`);
  return path.slice(0, -1);
}
