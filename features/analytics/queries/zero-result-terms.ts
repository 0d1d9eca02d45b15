import "server-only";
import type { AnalyticsFilter } from "../schemas";
import { topSearchTerms, type KeyCount } from "./demand-sql";

/** "Gesucht, nicht gefunden": the keywords whose searches found nothing, most frequent first; filters: those the search used. */
export async function zeroResultTerms(filter: AnalyticsFilter): Promise<KeyCount[]> {
  return topSearchTerms(filter, true);
}
