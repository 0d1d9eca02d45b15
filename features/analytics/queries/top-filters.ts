import "server-only";
import type { AnalyticsFilter } from "../schemas";
import { topSearchFilters, type KeyCount } from "./demand-sql";

/** The search filters used most ("kategorie=sport", "kostenlos", …), most frequent first; filters: of searches that used them. */
export async function topFilters(filter: AnalyticsFilter): Promise<KeyCount[]> {
  return topSearchFilters(filter);
}
