import "server-only";
import type { AnalyticsFilter } from "../schemas";
import { topKeys, type KeyCount } from "./demand-sql";

/** The most searched keywords (normalized), most frequent first. */
export async function topTerms(filter: AnalyticsFilter): Promise<KeyCount[]> {
  return topKeys("TERM", filter);
}
