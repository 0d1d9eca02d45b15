import "server-only";
import type { AnalyticsFilter } from "../schemas";
import { topKeys, type KeyCount } from "./demand-sql";

/** "Gesucht, nicht gefunden": the keywords whose searches found nothing, most frequent first. */
export async function zeroResultTerms(filter: AnalyticsFilter): Promise<KeyCount[]> {
  return topKeys("ZERO_TERM", filter);
}
