import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { authSecret } from "@/lib/env";
import { CONTACT_KINDS, filtersUsed, normalizeTerm, type AnalyticsEventInput, type SearchView } from "./events";
import { recordEvent } from "./record";
import type { OfferSearchQuery } from "@/features/search/params/vocabulary";

// Counting exactly once (docs/DECISIONS.md, "Analytics"): a page that is a countable action (a
// search's first page, an offer page, a provider page) renders a signed token describing the event —
// derived on the server from the parsed request, never from what the browser says. The browser sends
// the token back with navigator.sendBeacon when the page is actually shown (components/analytics-beacon.tsx),
// so prefetches and router refetches, which render but never show, count nothing, and a search
// answered from a cache counts like any other. Each token counts once per action (the view, and
// each kind of contact link), however often it is sent.

const TOKEN_MAX_AGE_MS = 6 * 60 * 60 * 1000;
const MAX_TOKEN_LENGTH = 3000;

const SubjectSchema = z.discriminatedUnion("s", [
  z.object({
    s: z.literal("search"),
    term: z.string().max(200).nullable(),
    filters: z.array(z.string().max(80)).max(40),
    n: z.number().int().min(0),
    v: z.enum(["list", "map"]),
  }),
  z.object({ s: z.literal("offer"), o: z.number().int().positive(), g: z.number().int().positive() }),
  z.object({ s: z.literal("provider"), g: z.number().int().positive() }),
]);
type Subject = z.infer<typeof SubjectSchema>;

const PayloadSchema = z.object({ e: SubjectSchema, l: z.string().regex(/^[a-z]{2}$/), t: z.number().int(), n: z.string().min(8).max(32) });

function sign(data: string): string {
  return createHmac("sha256", authSecret()).update(`analytics\n${data}`).digest("base64url");
}

function token(subject: Subject, locale: string, now: Date): string {
  const data = Buffer.from(JSON.stringify({ e: subject, l: locale, t: now.getTime(), n: randomBytes(12).toString("base64url") })).toString(
    "base64url",
  );
  return `${data}.${sign(data)}`;
}

/** The token for one search (render it only on the first page of results). */
export function searchEventToken(query: OfferSearchQuery, resultCount: number, view: SearchView, locale: string, now = new Date()): string {
  return token({ s: "search", term: normalizeTerm(query.q), filters: filtersUsed(query), n: resultCount, v: view }, locale, now);
}

export function offerViewToken(offer: { id: number; organizationId: number }, locale: string, now = new Date()): string {
  return token({ s: "offer", o: offer.id, g: offer.organizationId }, locale, now);
}

export function providerViewToken(organizationId: number, locale: string, now = new Date()): string {
  return token({ s: "provider", g: organizationId }, locale, now);
}

export const BEACON_ACTIONS = ["view", ...CONTACT_KINDS] as const;
export const BeaconSchema = z.object({ token: z.string().min(1).max(MAX_TOKEN_LENGTH), action: z.enum(BEACON_ACTIONS) });

function verify(raw: string, now: Date): z.infer<typeof PayloadSchema> | null {
  const dot = raw.indexOf(".");
  if (dot <= 0) return null;
  const data = raw.slice(0, dot);
  const expected = Buffer.from(sign(data));
  const given = Buffer.from(raw.slice(dot + 1));
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(data, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const payload = PayloadSchema.safeParse(json);
  if (!payload.success) return null;
  const age = now.getTime() - payload.data.t;
  return age >= -60_000 && age <= TOKEN_MAX_AGE_MS ? payload.data : null;
}

// Tokens already counted, per action, until they expire anyway. In process memory: one server
// process (the SQLite deployment); several app servers would need this in the database.
const seenKey = Symbol.for("chancenportal.analyticsSeen");
const seenHolder = globalThis as typeof globalThis & { [seenKey]?: Map<string, number> };
const seen: Map<string, number> = (seenHolder[seenKey] ??= new Map());
const MAX_SEEN = 200_000;

function firstTime(id: string, now: number): boolean {
  if (seen.has(id)) return false;
  if (seen.size >= MAX_SEEN) {
    for (const [key, expires] of seen) {
      if (expires > now && seen.size < MAX_SEEN) break;
      seen.delete(key);
    }
  }
  seen.set(id, now + TOKEN_MAX_AGE_MS);
  return true;
}

export type BeaconOutcome = "recorded" | "invalid" | "duplicate" | "ignored";

/**
 * The beacon's request body → at most one event. Invalid, forged, expired or repeated tokens and
 * contact actions on a search are dropped without error (the browser never waits for this).
 */
export function acceptBeacon(body: unknown, { userAgent, now = new Date() }: { userAgent: string | null; now?: Date }): BeaconOutcome {
  const parsed = BeaconSchema.safeParse(body);
  if (!parsed.success) return "invalid";
  const payload = verify(parsed.data.token, now);
  if (!payload) return "invalid";
  const { action } = parsed.data;
  const event = eventFor(payload.e, action, payload.l);
  if (!event) return "invalid";
  if (!firstTime(`${payload.n}:${action}`, now.getTime())) return "duplicate";
  return recordEvent(event, { userAgent, now }) ? "recorded" : "ignored";
}

function eventFor(subject: Subject, action: (typeof BEACON_ACTIONS)[number], locale: string): AnalyticsEventInput | null {
  switch (subject.s) {
    case "search":
      return action === "view"
        ? { type: "SEARCH", term: subject.term, filters: subject.filters, resultCount: subject.n, view: subject.v, locale }
        : null;
    case "offer":
      return action === "view"
        ? { type: "OFFER_VIEW", offerId: subject.o, organizationId: subject.g, locale }
        : { type: "CONTACT", kind: action, offerId: subject.o, organizationId: subject.g, locale };
    case "provider":
      return action === "view"
        ? { type: "PROVIDER_VIEW", organizationId: subject.g, locale }
        : { type: "CONTACT", kind: action, offerId: null, organizationId: subject.g, locale };
  }
}
