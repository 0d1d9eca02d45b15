import "server-only";
import { cache } from "react";
import { countOffersAndProviders, searchOffers } from "./offer-search";
import { type SearchParamsInput } from "./params/vocabulary";
import { hasOfferFilters, parseOfferSearch } from "./params/parse";
import { offerFacets, type OfferFacets } from "./facets";
import type { FilterLabels } from "./components/active-filter-chips";
import { relaxations } from "./suggestions";
import type { NearMatch } from "./components/empty-results";

/**
 * Everything the offer search page shows for one URL. Unknown category/target group/district slugs
 * are dropped while parsing (and named in the notice). On an empty result a few relaxed searches
 * are counted as near matches — at most four extra count queries.
 */
export const loadOfferSearch = cache(async (sp: SearchParamsInput, locale: string) => {
  const facets = await offerFacets(locale);
  const { query, ignored, truncated } = parseOfferSearch(sp, {
    categories: facets.categories.flatMap((c) => [c.value, ...c.children.map((child) => child.value)]),
    targetGroups: facets.targetGroups.map((g) => g.value),
    districts: facets.districts.map((d) => d.value),
  });
  // The offers tab shows the search's own total; only the providers are counted on top.
  const result = await searchOffers(query);
  const counts = await countOffersAndProviders(query, { offers: result.total });
  const hasFilters = Boolean(query.q) || hasOfferFilters(query);
  let nearMatches: NearMatch[] = [];
  if (result.total === 0 && hasFilters) {
    const candidates = relaxations(query, 4);
    const relaxedCounts = await Promise.all(candidates.map((c) => countOffersAndProviders(c.query)));
    nearMatches = candidates.map((c, i) => ({ ...c, count: relaxedCounts[i].offers }));
  }
  return { facets, query, ignored, truncated, result, counts, hasFilters, nearMatches };
});

/** Slug → display name maps for the filter chips; chosen language codes not in the data still get a name. */
export function filterLabels(facets: OfferFacets, locale: string, chosenLanguages: string[]): FilterLabels {
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const languages = new Map(facets.languages.map((l) => [l.value, l.label]));
  for (const code of chosenLanguages) if (!languages.has(code)) languages.set(code, safeLanguageName(languageNames, code));
  return {
    categories: new Map(
      facets.categories.flatMap((c) => [[c.value, c.label] as const, ...c.children.map((child) => [child.value, child.label] as const)]),
    ),
    targetGroups: new Map(facets.targetGroups.map((g) => [g.value, g.label])),
    districts: new Map(facets.districts.map((d) => [d.value, d.label])),
    languages,
  };
}

function safeLanguageName(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
