import "server-only";
import { prisma } from "@/lib/db";
import type { AnalyticsFilter } from "../schemas";

// Demand is read from the daily counts (AnalyticsDaily), never from raw events: they cover periods
// whose raw events are gone, and a year of counts stays small. The primary key (metric, day, …) makes
// every read a range scan of one metric's days.

export const TOP_LIMIT = 20;

export type KeyCount = { key: string; count: number };

/** The metric's counts per key in the filter's days, most first. */
export async function topKeys(metric: string, filter: AnalyticsFilter, limit = TOP_LIMIT): Promise<KeyCount[]> {
  const rows = await prisma.$queryRawUnsafe<{ key: string; n: number | bigint }[]>(
    `SELECT "key" AS key, SUM("count") AS n FROM "AnalyticsDaily" WHERE "metric" = ? AND "day" BETWEEN ? AND ?
     GROUP BY "key" ORDER BY n DESC, "key" LIMIT ?`,
    metric,
    filter.from,
    filter.to,
    limit,
  );
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }));
}
