import "server-only";
import type { AnalyticsFilter } from "../schemas";
import { topSearchTerms, type KeyCount } from "./demand-sql";

/** The most searched keywords (normalized), most frequent first; filters: those the search used. */
export async function topTerms(filter: AnalyticsFilter): Promise<KeyCount[]> {
  return topSearchTerms(filter, false);
}
