import "server-only";
import { publicBaseUrl } from "@/lib/env";
import { normalizeBaseUrl } from "./paths";

/**
 * The absolute origin for sitemap, robots.txt, share links, calendar files and mailed links:
 * APP_URL (required in production), never the request's Host or X-Forwarded-Host header — a forged
 * Host would otherwise put an attacker's host into a password-reset mail.
 */
export async function siteBaseUrl(): Promise<string> {
  return normalizeBaseUrl(publicBaseUrl());
}
