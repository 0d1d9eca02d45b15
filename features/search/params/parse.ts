// The search URL contract: URL params ⇄ the typed query of ./vocabulary.ts. Parsing never throws;
// every value that cannot be used is dropped and its parameter name reported in `ignored`, so the
// page can show a notice instead of an error.

import { invert, LANGUAGE_PATTERN, Reader, readDate, readFlag, readInteger, readMapped, readPage, readSlugs, readText } from "./readers";
import {
  CARRIER_TYPE_PARAMS,
  defaultOfferSort,
  emptyOfferSearch,
  emptyProviderSearch,
  MAX_AGE,
  MAX_PLACE_LENGTH,
  MAX_QUERY_LENGTH,
  OFFER_PARAM,
  OFFER_SORT_PARAMS,
  PROVIDER_PARAM,
  PROVIDER_SORT_PARAMS,
  RADII_KM,
  TIME_OF_DAY,
  TIME_PARAMS,
  WEEKDAY_PARAMS,
  type OfferSearchQuery,
  type ProviderSearchQuery,
  type SearchParamsInput,
  type SearchVocabulary,
} from "./vocabulary";

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
