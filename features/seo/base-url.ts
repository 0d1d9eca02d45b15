import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { normalizeBaseUrl } from "./paths";

/**
 * The absolute origin for sitemap and robots.txt: APP_URL when configured, otherwise the host the
 * request came in on. Always reads the request headers, so the route is rendered per request.
 */
export async function siteBaseUrl(): Promise<string> {
  const requestHeaders = await headers();
  const configured = env().APP_URL;
  if (configured) return normalizeBaseUrl(configured);
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost";
  const proto = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() || (host.startsWith("localhost") ? "http" : "https");
  try {
    return normalizeBaseUrl(`${proto}://${host.split(",")[0].trim()}`);
  } catch {
    return "http://localhost";
  }
}
