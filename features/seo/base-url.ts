import "server-only";
import { connection } from "next/server";
import { publicBaseUrl } from "@/lib/env";
import { normalizeBaseUrl } from "./paths";

/**
 * The absolute origin for sitemap, robots.txt, share links, calendar files and mailed links:
 * APP_URL (required in production), never the request's Host or X-Forwarded-Host header — a forged
 * Host would otherwise put an attacker's host into a password-reset mail. Awaiting `connection()`
 * keeps callers rendered per request (the sitemap lists offers that change all the time).
 */
export async function siteBaseUrl(): Promise<string> {
  await connection();
  return normalizeBaseUrl(publicBaseUrl());
}
