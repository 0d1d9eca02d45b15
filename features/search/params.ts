// The search URL contract: German, short, stable parameter names ⇄ a typed query object.
// Pure (no server-only, no database): used by pages, forms, links and tests. Parsing never throws;
// every value that cannot be used is dropped and its parameter name reported in `ignored`, so the
// page can show a notice instead of an error.

import { CarrierType } from "@/generated/prisma/enums";
import { isValidDate } from "@/lib/dates";

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

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_PATTERN = /^[a-z]{2}$/;
const TRUE_VALUES = new Set(["1", "true", "on", "ja", "yes"]);
const FALSE_VALUES = new Set(["0", "false", "off", "nein", "no", ""]);

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

// ───────────── parsing helpers ─────────────

class Reader {
  readonly ignored = new Set<string>();
  /** Text parameters that were too long and were cut (used, not ignored). */
  readonly truncated = new Set<string>();
  constructor(private readonly sp: SearchParamsInput) {}

  private raw(name: string): string[] {
    let value: unknown;
    try {
      value = this.sp?.[name];
    } catch {
      value = undefined;
    }
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
    if (typeof value === "string") return [value];
    this.ignored.add(name);
    return [];
  }

  /** One value; a repeated parameter keeps its first value and is reported. */
  single(name: string): string | undefined {
    const values = this.raw(name);
    if (values.length > 1) this.ignored.add(name);
    return values[0];
  }

  /** All values of a repeatable parameter; "a,b" is accepted as two values. */
  multi(name: string): string[] {
    return this.raw(name)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
  }

  note(name: string): void {
    this.ignored.add(name);
  }
}

function cleanText(value: string, max: number): { text: string | null; truncated: boolean } {
  // Control characters become spaces; runs of whitespace collapse.
  const collapsed = value.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
  if (collapsed === "") return { text: null, truncated: false };
  if (collapsed.length <= max) return { text: collapsed, truncated: false };
  return { text: Array.from(collapsed).slice(0, max).join("").trim(), truncated: true };
}

function readText(r: Reader, name: string, max: number): string | null {
  const value = r.single(name);
  if (value === undefined) return null;
  const { text, truncated } = cleanText(value, max);
  if (truncated) r.truncated.add(name);
  return text;
}

function readSlugs(r: Reader, name: string, known: readonly string[] | undefined, pattern = SLUG_PATTERN): string[] {
  const knownSet = known ? new Set(known) : null;
  const out: string[] = [];
  for (const raw of r.multi(name)) {
    const value = raw.toLowerCase();
    if (value.length > 100 || !pattern.test(value) || (knownSet && !knownSet.has(value))) {
      r.note(name);
      continue;
    }
    if (!out.includes(value)) out.push(value);
  }
  if (out.length > MAX_MULTI_VALUES) {
    r.note(name);
    return out.slice(0, MAX_MULTI_VALUES);
  }
  return out;
}

function readMapped<T>(r: Reader, name: string, mapping: Record<string, T>): T[] {
  const out: T[] = [];
  for (const raw of r.multi(name)) {
    const key = raw.toLowerCase();
    if (!Object.prototype.hasOwnProperty.call(mapping, key)) {
      r.note(name);
      continue;
    }
    const value = mapping[key];
    if (!out.includes(value)) out.push(value);
  }
  return out;
}

function readFlag(r: Reader, name: string): boolean {
  const value = r.single(name);
  if (value === undefined) return false;
  const normalized = value.trim().toLowerCase();
  if (TRUE_VALUES.has(normalized)) return true;
  if (!FALSE_VALUES.has(normalized)) r.note(name);
  return false;
}

function readInteger(r: Reader, name: string, min: number, max: number): number | null {
  const value = r.single(name);
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  if (!/^\d{1,4}$/.test(trimmed)) {
    r.note(name);
    return null;
  }
  const number = Number(trimmed);
  if (number < min || number > max) {
    r.note(name);
    return null;
  }
  return number;
}

function readDate(r: Reader, name: string): string | null {
  const value = r.single(name);
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  if (!isValidDate(trimmed)) {
    r.note(name);
    return null;
  }
  return trimmed;
}

function readPage(r: Reader, name: string): number {
  const value = r.single(name);
  if (value === undefined) return 1;
  const trimmed = value.trim();
  if (trimmed === "") return 1;
  if (!/^\d+$/.test(trimmed)) {
    r.note(name);
    return 1;
  }
  // Absurdly large pages are "the last page"; the search clamps once it knows the total.
  const number = trimmed.length > 15 ? Number.MAX_SAFE_INTEGER : Number(trimmed);
  if (number < 1) {
    r.note(name);
    return 1;
  }
  return number;
}

function invert<K extends string>(mapping: Record<K, string>): Record<string, K> {
  const out: Record<string, K> = {};
  for (const key of Object.keys(mapping) as K[]) out[mapping[key]] = key;
  return out;
}

const WEEKDAY_BY_PARAM: Record<string, number> = Object.fromEntries(WEEKDAY_PARAMS.map((p, i) => [p, i + 1]));
const TIME_BY_PARAM = invert(TIME_PARAMS);
const OFFER_SORT_BY_PARAM = invert(OFFER_SORT_PARAMS);
const PROVIDER_SORT_BY_PARAM = invert(PROVIDER_SORT_PARAMS);
const CARRIER_TYPE_BY_PARAM = invert(CARRIER_TYPE_PARAMS);

// ───────────── offers ─────────────

/**
 * URL search params → query. Never throws. `ignored` lists the parameter names whose values (or some
 * of them) were invalid and dropped, e.g. ["umkreis", "datum"], each name once; `truncated` the text
 * parameters (q, ort) that were too long and were shortened — still used, so not "ignored".
 */
export function parseOfferSearch(
  sp: SearchParamsInput,
  vocabulary: SearchVocabulary = {},
): { query: OfferSearchQuery; ignored: string[]; truncated: string[] } {
  const r = new Reader(sp ?? {});
  const query = emptyOfferSearch();
  const P = OFFER_PARAM;

  query.q = readText(r, P.q, MAX_QUERY_LENGTH);
  query.categories = readSlugs(r, P.categories, vocabulary.categories);
  query.targetGroups = readSlugs(r, P.targetGroups, vocabulary.targetGroups);
  query.age = readInteger(r, P.age, 0, MAX_AGE);

  // datum (one day) wins over von/bis.
  const day = readDate(r, P.date);
  if (day) {
    query.dateFrom = day;
    query.dateTo = day;
    if (r.single(P.dateFrom)?.trim()) r.note(P.dateFrom);
    if (r.single(P.dateTo)?.trim()) r.note(P.dateTo);
  } else {
    let from = readDate(r, P.dateFrom);
    let to = readDate(r, P.dateTo);
    if (from && to && from > to) [from, to] = [to, from];
    query.dateFrom = from;
    query.dateTo = to;
  }

  query.weekdays = readMapped(r, P.weekdays, WEEKDAY_BY_PARAM).sort((a, b) => a - b);
  query.times = readMapped(r, P.times, TIME_BY_PARAM);
  query.times.sort((a, b) => TIME_OF_DAY.indexOf(a) - TIME_OF_DAY.indexOf(b));
  query.districts = readSlugs(r, P.districts, vocabulary.districts);
  query.place = readText(r, P.place, MAX_PLACE_LENGTH);

  const radius = r.single(P.radiusKm);
  if (radius !== undefined && radius.trim() !== "") {
    const number = Number(radius.trim());
    if ((RADII_KM as readonly number[]).includes(number)) query.radiusKm = number;
    else r.note(P.radiusKm);
  }

  query.free = readFlag(r, P.free);
  query.wheelchair = readFlag(r, P.wheelchair);
  query.online = readFlag(r, P.online);
  query.noRegistration = readFlag(r, P.noRegistration);
  query.languages = readSlugs(r, P.languages, vocabulary.languages, LANGUAGE_PATTERN);

  const sort = r.single(P.sort);
  const sortKey = sort?.trim().toLowerCase();
  if (sortKey && Object.prototype.hasOwnProperty.call(OFFER_SORT_BY_PARAM, sortKey)) {
    query.sort = OFFER_SORT_BY_PARAM[sortKey];
  } else {
    if (sortKey) r.note(P.sort);
    query.sort = defaultOfferSort(query.q);
  }

  query.page = readPage(r, P.page);
  return { query, ignored: [...r.ignored], truncated: [...r.truncated] };
}

/** Query → URL params (inverse of parseOfferSearch), omitting defaults. Page 1 is omitted. */
export function offerSearchToParams(query: OfferSearchQuery): URLSearchParams {
  const p = new URLSearchParams();
  const P = OFFER_PARAM;
  if (query.q) p.set(P.q, query.q);
  for (const slug of query.categories) p.append(P.categories, slug);
  for (const slug of query.targetGroups) p.append(P.targetGroups, slug);
  if (query.age !== null) p.set(P.age, String(query.age));
  if (query.dateFrom && query.dateFrom === query.dateTo) p.set(P.date, query.dateFrom);
  else {
    if (query.dateFrom) p.set(P.dateFrom, query.dateFrom);
    if (query.dateTo) p.set(P.dateTo, query.dateTo);
  }
  for (const day of query.weekdays) {
    const name = WEEKDAY_PARAMS[day - 1];
    if (name) p.append(P.weekdays, name);
  }
  for (const time of query.times) p.append(P.times, TIME_PARAMS[time]);
  for (const slug of query.districts) p.append(P.districts, slug);
  if (query.place) p.set(P.place, query.place);
  if (query.radiusKm !== null) p.set(P.radiusKm, String(query.radiusKm));
  if (query.free) p.set(P.free, "1");
  if (query.wheelchair) p.set(P.wheelchair, "1");
  if (query.online) p.set(P.online, "1");
  if (query.noRegistration) p.set(P.noRegistration, "1");
  for (const code of query.languages) p.append(P.languages, code);
  if (query.sort !== defaultOfferSort(query.q)) p.set(P.sort, OFFER_SORT_PARAMS[query.sort]);
  if (query.page > 1) p.set(P.page, String(query.page));
  return p;
}

/** True when any filter (anything but keyword, sort and page) is set. */
export function hasOfferFilters(query: OfferSearchQuery): boolean {
  return (
    query.categories.length > 0 ||
    query.targetGroups.length > 0 ||
    query.age !== null ||
    query.dateFrom !== null ||
    query.dateTo !== null ||
    query.weekdays.length > 0 ||
    query.times.length > 0 ||
    query.districts.length > 0 ||
    query.place !== null ||
    query.free ||
    query.wheelchair ||
    query.online ||
    query.noRegistration ||
    query.languages.length > 0
  );
}

// ───────────── providers ─────────────

export function parseProviderSearch(
  sp: SearchParamsInput,
  vocabulary: Pick<SearchVocabulary, "categories" | "districts"> = {},
): { query: ProviderSearchQuery; ignored: string[]; truncated: string[] } {
  const r = new Reader(sp ?? {});
  const query = emptyProviderSearch();
  const P = PROVIDER_PARAM;
  query.q = readText(r, P.q, MAX_QUERY_LENGTH);
  query.categories = readSlugs(r, P.categories, vocabulary.categories);
  query.districts = readSlugs(r, P.districts, vocabulary.districts);
  query.carrierTypes = readMapped(r, P.carrierTypes, CARRIER_TYPE_BY_PARAM);
  const sort = r.single(P.sort)?.trim().toLowerCase();
  if (sort && Object.prototype.hasOwnProperty.call(PROVIDER_SORT_BY_PARAM, sort)) query.sort = PROVIDER_SORT_BY_PARAM[sort];
  else if (sort) r.note(P.sort);
  query.page = readPage(r, P.page);
  return { query, ignored: [...r.ignored], truncated: [...r.truncated] };
}

export function providerSearchToParams(query: ProviderSearchQuery): URLSearchParams {
  const p = new URLSearchParams();
  const P = PROVIDER_PARAM;
  if (query.q) p.set(P.q, query.q);
  for (const slug of query.categories) p.append(P.categories, slug);
  for (const slug of query.districts) p.append(P.districts, slug);
  for (const type of query.carrierTypes) p.append(P.carrierTypes, CARRIER_TYPE_PARAMS[type]);
  if (query.sort !== "az") p.set(P.sort, PROVIDER_SORT_PARAMS[query.sort]);
  if (query.page > 1) p.set(P.page, String(query.page));
  return p;
}
