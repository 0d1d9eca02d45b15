import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { loggablePath, logger } from "./lib/logger";
import { checkActionHeaders, checkActionText, isActionRequest, type GuardVerdict } from "./lib/action-request-guard";
import { contentSecurityPolicy, createNonce, strictTransportSecurity } from "./lib/security-headers";
import { SEARCH_PAGE_PATHS, withoutEmptyParams } from "./lib/empty-params";
import { pageContentSecurityPolicy } from "./lib/map-tiles";

const intl = createIntlMiddleware(routing);

export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A broken percent escape (e.g. /de/%E0%A4%A) would make the router fail with a 500.
  if (!isDecodable(pathname)) return badRequest();
  // So would a server action body that React never sends (lib/action-request-guard.ts).
  if (isActionRequest(request.method, request.headers)) {
    const verdict = await checkActionRequest(request);
    if (verdict) return badRequest(verdict);
  }
  // The search pages without the empty parameters a GET filter form sends (lib/empty-params.ts).
  if (request.method === "GET" && SEARCH_PAGE_PATHS.has(pathname)) {
    // The query as sent: nextUrl.searchParams went through an object where `?constructor=-1` meets
    // Object.prototype and gains an empty `constructor=` (which made this redirect loop).
    const rawQuery = request.url.includes("?") ? request.url.slice(request.url.indexOf("?") + 1).split("#")[0] : "";
    const cleaned = withoutEmptyParams(new URLSearchParams(rawQuery));
    if (cleaned && cleaned.toString() !== rawQuery) {
      const target = request.nextUrl.clone();
      target.search = cleaned.toString();
      const response = NextResponse.redirect(target, 307);
      response.headers.set("Content-Security-Policy", contentSecurityPolicy());
      return response;
    }
  }
  const isApi = pathname.startsWith("/api/");
  // Set per request (not in next.config): a fresh script nonce for every page, and the tile host
  // follows the portal settings' tile server (lib/map-tiles.ts: a shared cached read, dropped when
  // an admin saves) — no restart or rebuild. Next.js takes the nonce from the request's CSP header;
  // next-intl passes the request's headers on when it rewrites. API responses load no tiles.
  const csp = isApi ? contentSecurityPolicy() : await pageContentSecurityPolicy(createNonce());
  request.headers.set("Content-Security-Policy", csp);
  const response = isApi ? NextResponse.next() : intl(request);
  response.headers.set("Content-Security-Policy", csp);
  const hsts = strictTransportSecurity();
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  logRequest(request, response, isApi);
  return response;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

async function checkActionRequest(request: NextRequest): Promise<GuardVerdict> {
  const verdict = checkActionHeaders(request.headers);
  if (verdict) return verdict;
  const type = request.headers.get("content-type") ?? "";
  return type.toLowerCase().startsWith("text/plain") ? checkActionText(await request.clone().text()) : null;
}

const BAD_REQUEST_TEXT: Record<number, string> = {
  400: "400 – Ungültige Anfrage / Invalid request",
  413: "413 – Anfrage zu groß / Request too large",
  415: "415 – Ungültiges Format / Unsupported format",
};

function badRequest(verdict?: NonNullable<GuardVerdict>): NextResponse {
  const response = new NextResponse(verdict ? BAD_REQUEST_TEXT[verdict.status] : "400 – Ungültige Adresse / Invalid address", {
    status: verdict?.status ?? 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
  response.headers.set("Content-Security-Policy", contentSecurityPolicy());
  return response;
}

// One line per request: method and path only. No query string (search terms can be personal), no IP,
// no user agent, no cookies. API calls (health checks every few seconds) only at debug level.
function logRequest(request: NextRequest, response: NextResponse, isApi: boolean) {
  const path = loggablePath(request.nextUrl.pathname);
  const first = path.split("/")[1];
  const locale = (routing.locales as readonly string[]).includes(first) ? first : undefined;
  const redirect = response.headers.get("location") ? response.status : undefined;
  const fields = { method: request.method, path, locale, redirect };
  if (isApi) logger.debug("request", fields);
  else logger.info("request", fields);
}

// uploads/: images served by app/uploads/[...path] (no locale, no page CSP needed).
export const config = {
  matcher: ["/((?!_next/static|_next/image|uploads/|favicon.ico|robots.txt|sitemap.xml|.*\\.(?:png|jpg|jpeg|svg|webp|ico|css|js|map)$).*)"],
};
