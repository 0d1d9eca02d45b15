// The search URL vocabulary: German, short, stable parameter names and values, the typed query
// they map to, and its defaults and limits. Pure data (no server-only, no database): shared by pages,
// forms, links, the SQL and tests. Reading and writing URLs is in ./parse.ts.

import { CarrierType } from "@/generated/prisma/enums";

export const TIME_OF_DAY = ["morning", "afternoon", "evening"] as const; // morning <12:00, afternoon 12–17, evening ≥17:00; overlap matches
export const RADII_KM = [1, 2, 5, 10, 20, 50] as const;
/** Radius the search uses when a place is given without `umkreis`. */
export const DEFAULT_RADIUS_KM = 5;
export const OFFER_SORTS = ["relevance", "next", "newest", "distance", "az"] as const;
export const PROVIDER_SORTS = ["az", "newest"] as const;
/** Organization.carrierType values in the schema's order (the generated enum module is plain data). */
export const CARRIER_TYPES = Object.values(CarrierType);

export type TimeOfDay = (typeof TIME_OF_DAY)[number];
export type RadiusKm = (typeof RADII_KM)[number];
export type OfferSort = (typeof OFFER_SORTS)[number];
export type ProviderSort = (typeof PROVIDER_SORTS)[number];
export type CarrierTypeValue = (typeof CARRIER_TYPES)[number];

export type OfferSearchQuery = {
  q: string | null; // keyword, trimmed, max 200 chars
  categories: string[]; // category slugs (root slug selects its subcategories)
  targetGroups: string[]; // target group slugs
  age: number | null; // 0..120
  dateFrom: string | null; // YYYY-MM-DD (one day = both equal)
  dateTo: string | null;
  weekdays: number[]; // 1=Mon..7=Sun
  times: TimeOfDay[];
  districts: string[]; // district slugs
  place: string | null; // postal code or district name/slug (or city)
  radiusKm: number | null; // one of RADII_KM; used only with place
  free: boolean;
  wheelchair: boolean;
  online: boolean;
  noRegistration: boolean;
  languages: string[]; // ISO 639-1
  sort: OfferSort;
  page: number; // ≥1
};

export type ProviderSearchQuery = {
  q: string | null;
  categories: string[];
  districts: string[];
  carrierTypes: CarrierTypeValue[];
  sort: ProviderSort;
  page: number;
};

export type SearchParamsInput = Record<string, string | string[] | undefined>;

// ───────────── URL vocabulary ─────────────

/** URL parameter names (German UI). */
export const OFFER_PARAM = {
  q: "q",
  categories: "kategorie",
  targetGroups: "zielgruppe",
  age: "alter",
  date: "datum",
  dateFrom: "von",
  dateTo: "bis",
  weekdays: "tag",
  times: "zeit",
  districts: "stadtteil",
  place: "ort",
  radiusKm: "umkreis",
  free: "kostenlos",
  wheelchair: "barrierefrei",
  online: "online",
  noRegistration: "ohneanmeldung",
  languages: "sprache",
  sort: "sortierung",
  page: "seite",
  view: "ansicht",
} as const;

export const PROVIDER_PARAM = {
  q: "q",
  categories: "kategorie",
  districts: "stadtteil",
  carrierTypes: "traeger",
  sort: "sortierung",
  page: "seite",
  view: "ansicht",
} as const;

/** `tag` values, index + 1 = ISO weekday (mo = 1 … so = 7). */
export const WEEKDAY_PARAMS = ["mo", "di", "mi", "do", "fr", "sa", "so"] as const;
export const TIME_PARAMS: Record<TimeOfDay, string> = { morning: "vormittag", afternoon: "nachmittag", evening: "abend" };
export const OFFER_SORT_PARAMS: Record<OfferSort, string> = {
  relevance: "relevanz",
  next: "datum",
  newest: "neu",
  distance: "entfernung",
  az: "az",
};
export const PROVIDER_SORT_PARAMS: Record<ProviderSort, string> = { az: "az", newest: "neu" };
export const CARRIER_TYPE_PARAMS: Record<CarrierTypeValue, string> = {
  ASSOCIATION: "verein",
  FOUNDATION: "stiftung",
  WELFARE_ASSOCIATION: "wohlfahrtsverband",
  CHURCH: "kirche",
  PUBLIC_BODY: "oeffentlich",
  SCHOOL: "schule",
  COMPANY: "unternehmen",
  INITIATIVE: "initiative",
  OTHER: "sonstige",
};
/** `ansicht` (UI only, not part of the query): list or map. */
export const VIEW_PARAMS = ["liste", "karte"] as const;

/** Time-of-day windows in minutes after local midnight: a slot [start, end) matches when it overlaps. */
export const TIME_OF_DAY_MINUTES: Record<TimeOfDay, { start: number; end: number }> = {
  morning: { start: 0, end: 12 * 60 },
  afternoon: { start: 12 * 60, end: 17 * 60 },
  evening: { start: 17 * 60, end: 24 * 60 },
};

export const MAX_QUERY_LENGTH = 200;
export const MAX_PLACE_LENGTH = 100;
/** More values than this in one multi-select are cut (and reported). */
export const MAX_MULTI_VALUES = 30;
export const MAX_AGE = 120;

/** The default sort: relevance when there is a keyword, otherwise the next date. */
export function defaultOfferSort(q: string | null): OfferSort {
  return q ? "relevance" : "next";
}

export function emptyOfferSearch(): OfferSearchQuery {
  return {
    q: null,
    categories: [],
    targetGroups: [],
    age: null,
    dateFrom: null,
    dateTo: null,
    weekdays: [],
    times: [],
    districts: [],
    place: null,
    radiusKm: null,
    free: false,
    wheelchair: false,
    online: false,
    noRegistration: false,
    languages: [],
    sort: "next",
    page: 1,
  };
}

export function emptyProviderSearch(): ProviderSearchQuery {
  return { q: null, categories: [], districts: [], carrierTypes: [], sort: "az", page: 1 };
}

/**
 * Known vocabularies (from the database) for dropping unknown slugs already while parsing, so the
 * notice can name them. Without it, only the slug *format* is checked; the search itself ignores
 * slugs that do not exist either way.
 */
export type SearchVocabulary = {
  categories?: readonly string[];
  targetGroups?: readonly string[];
  districts?: readonly string[];
  languages?: readonly string[];
};
