import { emptyOfferSearch, type OfferSearchQuery } from "../params/vocabulary";

/** One removable piece of an offer search: a single value of a multi-select, or a whole scalar filter. */
export type ActiveFilter =
  | { kind: "q"; value: string }
  | { kind: "category" | "targetGroup" | "district" | "language"; value: string }
  | { kind: "weekday"; value: number }
  | { kind: "time"; value: OfferSearchQuery["times"][number] }
  | { kind: "age"; value: number }
  | { kind: "date"; from: string | null; to: string | null }
  | { kind: "place"; value: string; radiusKm: number | null }
  | { kind: "free" | "wheelchair" | "online" | "noRegistration" };

export type ActiveFilterWithRemoval = { filter: ActiveFilter; key: string; without: OfferSearchQuery };

// Removing any filter changes the result set, so the page always goes back to 1; a sort that
// only makes sense with the removed filter falls back to the default.
function reset(query: OfferSearchQuery, patch: Partial<OfferSearchQuery>): OfferSearchQuery {
  const next: OfferSearchQuery = { ...query, ...patch, page: 1 };
  if (next.sort === "relevance" && !next.q) next.sort = "next";
  if (next.sort === "distance" && !next.place) next.sort = "next";
  return next;
}

/** Every active filter of `query` with the query that remains once it is removed (for "remove" chips). */
export function activeFilters(query: OfferSearchQuery): ActiveFilterWithRemoval[] {
  const out: ActiveFilterWithRemoval[] = [];
  const push = (filter: ActiveFilter, key: string, patch: Partial<OfferSearchQuery>) =>
    out.push({ filter, key, without: reset(query, patch) });

  if (query.q) push({ kind: "q", value: query.q }, "q", { q: null });
  for (const slug of query.categories)
    push({ kind: "category", value: slug }, `category:${slug}`, { categories: query.categories.filter((s) => s !== slug) });
  for (const slug of query.targetGroups)
    push({ kind: "targetGroup", value: slug }, `targetGroup:${slug}`, { targetGroups: query.targetGroups.filter((s) => s !== slug) });
  if (query.age !== null) push({ kind: "age", value: query.age }, "age", { age: null });
  if (query.dateFrom || query.dateTo)
    push({ kind: "date", from: query.dateFrom, to: query.dateTo }, "date", { dateFrom: null, dateTo: null });
  for (const day of query.weekdays)
    push({ kind: "weekday", value: day }, `weekday:${day}`, { weekdays: query.weekdays.filter((d) => d !== day) });
  for (const time of query.times) push({ kind: "time", value: time }, `time:${time}`, { times: query.times.filter((t) => t !== time) });
  for (const slug of query.districts)
    push({ kind: "district", value: slug }, `district:${slug}`, { districts: query.districts.filter((s) => s !== slug) });
  if (query.place) push({ kind: "place", value: query.place, radiusKm: query.radiusKm }, "place", { place: null, radiusKm: null });
  if (query.free) push({ kind: "free" }, "free", { free: false });
  if (query.wheelchair) push({ kind: "wheelchair" }, "wheelchair", { wheelchair: false });
  if (query.online) push({ kind: "online" }, "online", { online: false });
  if (query.noRegistration) push({ kind: "noRegistration" }, "noRegistration", { noRegistration: false });
  for (const code of query.languages)
    push({ kind: "language", value: code }, `language:${code}`, { languages: query.languages.filter((c) => c !== code) });
  return out;
}

/** The query with every filter removed but the sort kept where it still applies (for "Alle Filter entfernen"). */
export function withoutFilters(query: OfferSearchQuery): OfferSearchQuery {
  return reset(query, { ...emptyOfferSearch(), sort: query.sort });
}

/** URLSearchParams → the `query` object next-intl's Link takes (repeated keys become arrays). */
export function paramsToQuery(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length === 1 ? values[0] : values;
  }
  return out;
}
