import type { OfferSearchQuery } from "./params/vocabulary";

/** A group of filters that a "near match" suggestion drops together. */
export type RelaxGroup =
  | "schedule"
  | "date"
  | "weekdays"
  | "times"
  | "age"
  | "place"
  | "districts"
  | "targetGroups"
  | "categories"
  | "languages"
  | "free"
  | "wheelchair"
  | "noRegistration"
  | "online"
  | "allButKeyword";

export type Relaxation = { group: RelaxGroup; query: OfferSearchQuery };

const CLEARED: Record<Exclude<RelaxGroup, "allButKeyword">, Partial<OfferSearchQuery>> = {
  schedule: { dateFrom: null, dateTo: null, weekdays: [], times: [] },
  date: { dateFrom: null, dateTo: null },
  weekdays: { weekdays: [] },
  times: { times: [] },
  age: { age: null },
  place: { place: null, radiusKm: null },
  districts: { districts: [] },
  targetGroups: { targetGroups: [] },
  categories: { categories: [] },
  languages: { languages: [] },
  free: { free: false },
  wheelchair: { wheelchair: false },
  noRegistration: { noRegistration: false },
  online: { online: false },
};

function isActive(query: OfferSearchQuery, group: Exclude<RelaxGroup, "allButKeyword" | "schedule">): boolean {
  switch (group) {
    case "date":
      return Boolean(query.dateFrom || query.dateTo);
    case "weekdays":
      return query.weekdays.length > 0;
    case "times":
      return query.times.length > 0;
    case "age":
      return query.age !== null;
    case "place":
      return Boolean(query.place);
    case "districts":
      return query.districts.length > 0;
    case "targetGroups":
      return query.targetGroups.length > 0;
    case "categories":
      return query.categories.length > 0;
    case "languages":
      return query.languages.length > 0;
    default:
      return query[group];
  }
}

// Most often the narrowest first: time constraints, then who/where, then what.
const SINGLE_ORDER = [
  "date",
  "weekdays",
  "times",
  "age",
  "place",
  "districts",
  "targetGroups",
  "categories",
  "languages",
  "free",
  "wheelchair",
  "noRegistration",
  "online",
] as const;

function relax(query: OfferSearchQuery, patch: Partial<OfferSearchQuery>): OfferSearchQuery {
  const next: OfferSearchQuery = { ...query, ...patch, page: 1 };
  if (next.sort === "distance" && !next.place) next.sort = "next";
  return next;
}

/**
 * Candidate searches for an empty result, each dropping one filter group — at most `max`, so the
 * page runs only a few extra counts. With a keyword, the first candidate keeps the keyword and drops
 * every date/weekday/time filter, and the keyword alone is offered when other filters are set.
 */
export function relaxations(query: OfferSearchQuery, max = 4): Relaxation[] {
  const active = SINGLE_ORDER.filter((g) => isActive(query, g));
  const out: Relaxation[] = [];
  const scheduleGroups: RelaxGroup[] = active.filter((g) => g === "date" || g === "weekdays" || g === "times");
  if (query.q && scheduleGroups.length > 1) out.push({ group: "schedule", query: relax(query, CLEARED.schedule) });
  for (const group of active) {
    if (query.q && scheduleGroups.length > 1 && scheduleGroups.includes(group)) continue;
    out.push({ group, query: relax(query, CLEARED[group]) });
  }
  // Only meaningful when it differs from every single drop: a keyword plus at least two other groups.
  if (query.q && active.length > 1) {
    const all = Object.values(CLEARED).reduce<Partial<OfferSearchQuery>>((acc, p) => ({ ...acc, ...p }), {});
    out.splice(Math.min(max - 1, out.length), 0, { group: "allButKeyword", query: relax(query, all) });
  }
  return out.slice(0, max);
}
