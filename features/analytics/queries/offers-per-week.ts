import "server-only";
import { prisma } from "@/lib/db";
import { toSqlDateTime } from "@/lib/sql-dates";
import type { AnalyticsFilter } from "../schemas";
import { calendarWeeks } from "../weeks";
import { PUBLISHED_AT, visibleOffersSql } from "./supply-sql";

export type WeekRow = { label: string; monday: string; count: number; current: boolean };

/**
 * Active published offers per ISO calendar week (Europe/Berlin) of the filter's range: offers
 * published before the week's end and not ended before its start. Two grouped scans instead of one
 * per week: offers published, and offers ended, per UTC hour (Berlin's weeks start on a full UTC
 * hour) — active(W) = published before W ends − ended before W starts.
 */
export async function offersPerWeek(filter: AnalyticsFilter, now = new Date()): Promise<WeekRow[]> {
  const weeks = calendarWeeks(filter.from, filter.to);
  if (weeks.length === 0) return [];
  const first = toSqlDateTime(weeks[0].start);
  const last = toSqlDateTime(weeks[weeks.length - 1].end);
  const base = visibleOffersSql(filter);
  const [published, ended] = await Promise.all([
    prisma.$queryRawUnsafe<{ h: string; n: number | bigint }[]>(
      `SELECT CASE WHEN ${PUBLISHED_AT("o")} < ? THEN '' ELSE substr(${PUBLISHED_AT("o")}, 1, 13) END AS h, COUNT(*) AS n
       FROM "Offer" o WHERE ${base.sql} AND ${PUBLISHED_AT("o")} < ? GROUP BY h`,
      first,
      ...base.params,
      last,
    ),
    prisma.$queryRawUnsafe<{ h: string; n: number | bigint }[]>(
      `SELECT CASE WHEN o."endsAt" < ? THEN '' ELSE substr(o."endsAt", 1, 13) END AS h, COUNT(*) AS n
       FROM "Offer" o WHERE ${base.sql} AND o."endsAt" IS NOT NULL AND o."endsAt" < ? GROUP BY h`,
      first,
      ...base.params,
      last,
    ),
  ]);
  // Weeks and hour buckets both ascend: one pass over each list. "" (before the first week) sorts first.
  const counter = (rows: { h: string; n: number | bigint }[]) => {
    const sorted = rows
      .map((r) => ({ at: r.h === "" ? -Infinity : Date.parse(`${r.h}:00:00Z`), n: Number(r.n) }))
      .sort((a, b) => a.at - b.at);
    let index = 0;
    let total = 0;
    return (instant: Date) => {
      while (index < sorted.length && sorted[index].at < instant.getTime()) total += sorted[index++].n;
      return total;
    };
  };
  const publishedBefore = counter(published);
  const endedBefore = counter(ended);
  return weeks.map((week) => ({
    label: week.label,
    monday: week.monday,
    count: publishedBefore(week.end) - endedBefore(week.start),
    current: week.start.getTime() <= now.getTime() && now.getTime() < week.end.getTime(),
  }));
}
