import "server-only";
import type { z } from "zod";
import { routing, type Locale } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";
import { ValidationError } from "@/lib/errors";

/** What account mutations need from the request: client IP (rate limits), site origin (links in mails), language. */
export type AccountRequestContext = { ip: string | null; baseUrl: string; locale: Locale };

/** The origin for links when there is no request (scripts, other features' mutations). */
export function defaultBaseUrl(): string {
  return publicBaseUrl();
}

export function toLocale(value: string | null | undefined): Locale {
  return (routing.locales as readonly string[]).includes(value ?? "") ? (value as Locale) : routing.defaultLocale;
}

type LinkTarget = "/verify-email" | "/reset-password" | "/login" | "/forgot-password" | "/account" | "/account/team" | "/account/settings";

/**
 * An absolute link to a page in `locale`, built from the routing table directly (like
 * auth-options.ts) so mutations can run outside a request (tests, scripts).
 */
export function absoluteLink(baseUrl: string, locale: string, target: LinkTarget, query: Record<string, string> = {}): string {
  const resolved = toLocale(locale);
  const pathname = routing.pathnames[target];
  const localized = typeof pathname === "string" ? pathname : pathname[resolved];
  const search = new URLSearchParams(query).toString();
  return `${baseUrl.replace(/\/+$/, "")}/${resolved}${localized}${search ? `?${search}` : ""}`;
}

/**
 * Parses input with one of the schemas of ./schemas.ts; their messages are keys of the "Auth"
 * namespace, so field errors get that prefix for actionError's translation.
 */
export function parseAccountInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join(".");
    const message = /^[a-zA-Z]+$/.test(issue.message) ? `Auth.${issue.message}` : "ActionErrors.validation";
    (fieldErrors[key] ??= []).push(message);
  }
  throw new ValidationError(fieldErrors);
}
