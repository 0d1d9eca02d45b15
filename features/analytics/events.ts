// What an analytics event is, and the daily counts it adds to. Pure (no database): shared by the
// recorder, the beacon, the seed's and the benchmark's bulk writers and the tests.
import { offerSearchToParams } from "@/features/search/params/parse";
import { emptyOfferSearch, OFFER_PARAM, type OfferSearchQuery } from "@/features/search/params/vocabulary";
import { normalizeSearchText } from "@/features/search/normalize";
import { formatLocalDate } from "@/lib/dates";

export const EVENT_TYPES = ["SEARCH", "OFFER_VIEW", "PROVIDER_VIEW", "CONTACT", "ICS"] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const CONTACT_KINDS = ["mail", "phone", "website"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const SEARCH_VIEWS = ["list", "map"] as const;
export type SearchView = (typeof SEARCH_VIEWS)[number];

/** Longest normalized search term kept; longer ones are cut (a query is at most 200 characters anyway). */
export const MAX_TERM_LENGTH = 100;

/** One event as recorded: never an IP address, user agent, cookie or user id. */
export type AnalyticsEventInput =
  | { type: "SEARCH"; term: string | null; filters: string[]; resultCount: number; view: SearchView; locale: string }
  | { type: "OFFER_VIEW"; offerId: number; organizationId: number; locale: string }
  | { type: "PROVIDER_VIEW"; organizationId: number; locale: string }
  | { type: "CONTACT"; kind: ContactKind; offerId: number | null; organizationId: number; locale: string }
  | { type: "ICS"; offerId: number; organizationId: number; locale: string };

/** The row of AnalyticsEvent for an event at `at` (the Berlin day included). */
export function eventRow(event: AnalyticsEventInput, at: Date) {
  const base = { type: event.type, locale: event.locale.slice(0, 5), day: formatLocalDate(at), createdAt: at };
  switch (event.type) {
    case "SEARCH":
      return {
        ...base,
        term: event.term,
        resultCount: event.resultCount,
        zeroResult: event.resultCount === 0,
        view: event.view,
        filters: event.filters.length > 0 ? JSON.stringify(event.filters) : null,
      };
    case "OFFER_VIEW":
    case "ICS":
      return { ...base, offerId: event.offerId, organizationId: event.organizationId };
    case "PROVIDER_VIEW":
      return { ...base, organizationId: event.organizationId };
    case "CONTACT":
      return { ...base, contactKind: event.kind, offerId: event.offerId, organizationId: event.organizationId };
  }
}

export type DailyKey = { metric: string; key: string; offerId: number; organizationId: number };

/**
 * The daily counters one event adds 1 to. Kept in step with `DAILY_FROM_EVENTS_SQL` (the same
 * mapping for events written in bulk); a test checks that both give the same counts.
 */
export function dailyKeys(event: AnalyticsEventInput): DailyKey[] {
  const key = (metric: string, k = "", offerId = 0, organizationId = 0): DailyKey => ({ metric, key: k, offerId, organizationId });
  switch (event.type) {
    case "SEARCH": {
      const keys = [key("SEARCH", event.view)];
      if (event.resultCount === 0) keys.push(key("ZERO_SEARCH"));
      if (event.term) keys.push(key("TERM", event.term));
      if (event.term && event.resultCount === 0) keys.push(key("ZERO_TERM", event.term));
      for (const filter of event.filters) keys.push(key("FILTER", filter));
      return keys;
    }
    case "OFFER_VIEW":
      // TOTAL: the day's offer views in one row, so totals over a year do not sum every offer's rows.
      return [key("OFFER_VIEW", "", event.offerId, event.organizationId), key("TOTAL", "OFFER_VIEW")];
    case "PROVIDER_VIEW":
      return [key("PROVIDER_VIEW", "", 0, event.organizationId)];
    case "CONTACT":
      return [key("CONTACT", event.kind, event.offerId ?? 0, event.organizationId)];
    case "ICS":
      return [key("ICS", "", event.offerId, event.organizationId)];
  }
}

// Search shapes (AnalyticsSearchShape): one row per distinct filters JSON of search events, with the
// ids its slugs name at the time it is first recorded (a later rename does not move past searches),
// the postal code searched for and the free / accessible flags. INSERT OR IGNORE: an existing shape
// keeps its ids. `source` selects the filters strings as column "f" ('' = no filters).
const shapeInsertSql = (source: string) => {
  const values = `json_each(NULLIF(src."f", ''))`;
  const ids = (table: string, param: string) =>
    `(SELECT json_group_array(t."id") FROM ${values} j JOIN "${table}" t ON j.value = '${param}=' || t."slug")`;
  return `INSERT OR IGNORE INTO "AnalyticsSearchShape" ("filters", "categoryIds", "targetGroupIds", "districtIds", "postalCode", "free", "accessible")
   SELECT src."f", ${ids("Category", OFFER_PARAM.categories)}, ${ids("TargetGroup", OFFER_PARAM.targetGroups)}, ${ids("District", OFFER_PARAM.districts)},
          (SELECT substr(j.value, ${OFFER_PARAM.place.length + 2}) FROM ${values} j WHERE j.value GLOB '${OFFER_PARAM.place}=[0-9][0-9][0-9][0-9][0-9]' LIMIT 1),
          EXISTS (SELECT 1 FROM ${values} j WHERE j.value = '${OFFER_PARAM.free}'),
          EXISTS (SELECT 1 FROM ${values} j WHERE j.value = '${OFFER_PARAM.wheelchair}')
   FROM (${source}) src`;
};

/** Adds the shapes of a batch of live events. Parameter: a JSON array of the events' filters strings ('' = none). */
export const SHAPES_FROM_KEYS_SQL = shapeInsertSql(`SELECT DISTINCT j.value AS "f" FROM json_each(?) j`);

/** The shape key of a SEARCH row: its filters JSON, '' for none. */
export function shapeKey(filters: string | null | undefined): string {
  return filters ?? "";
}

/**
 * Rebuilds AnalyticsDaily and AnalyticsSearchDaily (adding missing search shapes) for the days of the raw events in [fromDay, toDay] (inclusive) — for
 * events written in bulk (seed, benchmark). Live events update AnalyticsDaily as they are recorded.
 * Parameters: fromDay, toDay (each statement).
 */
export const DAILY_FROM_EVENTS_SQL = [
  `DELETE FROM "AnalyticsDaily" WHERE "day" BETWEEN ? AND ?`,
  `INSERT INTO "AnalyticsDaily" ("day", "metric", "key", "offerId", "organizationId", "count")
   SELECT "day", 'SEARCH', IFNULL("view", 'list'), 0, 0, COUNT(*) FROM "AnalyticsEvent" WHERE "type" = 'SEARCH' AND "day" BETWEEN ? AND ? GROUP BY "day", IFNULL("view", 'list')`,
  `INSERT INTO "AnalyticsDaily" ("day", "metric", "key", "offerId", "organizationId", "count")
   SELECT "day", 'ZERO_SEARCH', '', 0, 0, COUNT(*) FROM "AnalyticsEvent" WHERE "type" = 'SEARCH' AND "zeroResult" AND "day" BETWEEN ? AND ? GROUP BY "day"`,
  `INSERT INTO "AnalyticsDaily" ("day", "metric", "key", "offerId", "organizationId", "count")
   SELECT "day", 'TERM', "term", 0, 0, COUNT(*) FROM "AnalyticsEvent" WHERE "type" = 'SEARCH' AND "term" IS NOT NULL AND "day" BETWEEN ? AND ? GROUP BY "day", "term"`,
  `INSERT INTO "AnalyticsDaily" ("day", "metric", "key", "offerId", "organizationId", "count")
   SELECT "day", 'ZERO_TERM', "term", 0, 0, COUNT(*) FROM "AnalyticsEvent" WHERE "type" = 'SEARCH' AND "zeroResult" AND "term" IS NOT NULL AND "day" BETWEEN ? AND ? GROUP BY "day", "term"`,
  `INSERT INTO "AnalyticsDaily" ("day", "metric", "key", "offerId", "organizationId", "count")
   SELECT e."day", 'FILTER', f."value", 0, 0, COUNT(*) FROM "AnalyticsEvent" e, json_each(e."filters") f
   WHERE e."type" = 'SEARCH' AND e."filters" IS NOT NULL AND e."day" BETWEEN ? AND ? GROUP BY e."day", f."value"`,
  `INSERT INTO "AnalyticsDaily" ("day", "metric", "key", "offerId", "organizationId", "count")
   SELECT "day", 'TOTAL', 'OFFER_VIEW', 0, 0, COUNT(*) FROM "AnalyticsEvent" WHERE "type" = 'OFFER_VIEW' AND "day" BETWEEN ? AND ? GROUP BY "day"`,
  `INSERT INTO "AnalyticsDaily" ("day", "metric", "key", "offerId", "organizationId", "count")
   SELECT "day", "type", CASE WHEN "type" = 'CONTACT' THEN "contactKind" ELSE '' END,
          CASE WHEN "type" = 'PROVIDER_VIEW' THEN 0 ELSE IFNULL("offerId", 0) END, IFNULL("organizationId", 0), COUNT(*)
   FROM "AnalyticsEvent" WHERE "type" IN ('OFFER_VIEW', 'PROVIDER_VIEW', 'CONTACT', 'ICS') AND "day" BETWEEN ? AND ?
   GROUP BY "day", "type", CASE WHEN "type" = 'CONTACT' THEN "contactKind" ELSE '' END, CASE WHEN "type" = 'PROVIDER_VIEW' THEN 0 ELSE IFNULL("offerId", 0) END, IFNULL("organizationId", 0)`,
  shapeInsertSql(`SELECT DISTINCT IFNULL("filters", '') AS "f" FROM "AnalyticsEvent" WHERE "type" = 'SEARCH' AND "day" BETWEEN ? AND ?`),
  `DELETE FROM "AnalyticsSearchDaily" WHERE "day" BETWEEN ? AND ?`,
  `INSERT INTO "AnalyticsSearchDaily" ("shapeId", "day", "term", "zeroResult", "view", "count")
   SELECT s."id", e."day", IFNULL(e."term", ''), e."zeroResult", IFNULL(e."view", 'list'), COUNT(*)
   FROM "AnalyticsEvent" e JOIN "AnalyticsSearchShape" s ON s."filters" = IFNULL(e."filters", '')
   WHERE e."type" = 'SEARCH' AND e."day" BETWEEN ? AND ?
   GROUP BY s."id", e."day", IFNULL(e."term", ''), e."zeroResult", IFNULL(e."view", 'list')`,
];

/** The keyword as counted: normalized like the search index (case, umlauts, punctuation), at most MAX_TERM_LENGTH. */
export function normalizeTerm(q: string | null): string | null {
  const term = normalizeSearchText(q).slice(0, MAX_TERM_LENGTH).trim();
  return term === "" ? null : term;
}

// Parameters whose values are free text: only the parameter's name is counted.
const NAME_ONLY = new Set<string>([OFFER_PARAM.place, OFFER_PARAM.dateFrom, OFFER_PARAM.dateTo, OFFER_PARAM.date]);

/**
 * The filters a search used, as "parameter=value" (or just "parameter" for free text and dates), in
 * the URL's own vocabulary ("kategorie=sport", "kostenlos"). Keyword, sort and page are not filters.
 */
export function filtersUsed(query: OfferSearchQuery): string[] {
  const params = offerSearchToParams({ ...query, q: null, page: 1, sort: emptyOfferSearch().sort });
  params.delete(OFFER_PARAM.sort);
  const used = new Set<string>();
  for (const [name, value] of params) {
    // A postal code names an area, not a person: counted with its value (the planner's postal code filter).
    if (name === OFFER_PARAM.place && /^\d{5}$/.test(value.trim())) used.add(`${name}=${value.trim()}`);
    else if (NAME_ONLY.has(name)) used.add(name === OFFER_PARAM.date ? OFFER_PARAM.dateFrom : name);
    else if (value === "1" && name !== OFFER_PARAM.age) used.add(name);
    else used.add(`${name}=${value}`.slice(0, 80));
  }
  return [...used];
}

// Obvious automated clients. Not "HeadlessChrome": real people's automation is rare, and the browser
// tests (Playwright) must be counted.
const BOT_PATTERN =
  /bot\b|bot\/|crawler|crawl|spider|slurp|archiver|bingpreview|facebookexternalhit|embedly|quora link preview|whatsapp|telegram|discord|lighthouse|pagespeed|pingdom|uptime|monitor|curl\/|wget\/|python-requests|python-urllib|aiohttp|httpclient|okhttp|java\/|go-http-client|node-fetch|undici|axios|libwww|scrapy|phantomjs|postman|insomnia/i;

/** True for a missing user agent or an obvious bot's. The user agent is only read, never stored. */
export function isBot(userAgent: string | null | undefined): boolean {
  if (!userAgent || userAgent.trim() === "") return true;
  return BOT_PATTERN.test(userAgent);
}
