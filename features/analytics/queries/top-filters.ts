import "server-only";
import type { AnalyticsFilter } from "../schemas";
import { topKeys, type KeyCount } from "./demand-sql";

/** The search filters used most ("kategorie=sport", "kostenlos", …), most frequent first. */
export async function topFilters(filter: AnalyticsFilter): Promise<KeyCount[]> {
  return topKeys("FILTER", filter);
}
