import "server-only";
import { prisma } from "@/lib/db";
import { toSqlDateTime } from "@/lib/sql-dates";
import type { AnalyticsFilter } from "../schemas";
import { calendarWeeks } from "../weeks";
import { FAR_FUTURE, PERIOD_END, PERIOD_IN_WINDOW, offerAttributesSql, SUPPLY_OFFERS } from "./supply-sql";

export type WeekRow = { label: string; monday: string; count: number; current: boolean };

type Bucket = { k: "s" | "e" | "g"; a: string; b: string; n: number | bigint };

// An instant's bucket: its UTC day, with the hours 22 and 23 apart ("2026-03-29", "2026-03-2922").
// Berlin's weeks start at 22:00 or 23:00 UTC, so no bucket straddles a week boundary; ~3 buckets a
// day keep the GROUP BYs small.
const BUCKET = (column: string) =>
  `substr(${column}, 1, 10) || CASE WHEN substr(${column}, 12, 2) >= '22' THEN substr(${column}, 12, 2) ELSE '' END`;
const bucketStart = (bucket: string) =>
  bucket === "" ? -Infinity : Date.parse(`${bucket.slice(0, 10)}T${bucket.length > 10 ? bucket.slice(10) : "00"}:00:00Z`);

/**
 * Offers visible per ISO calendar week (Europe/Berlin) of the filter's range, exactly: an offer
 * counts once in week W when one of its visibility periods (clipped to the offer's own end) overlaps
 * W. One pass over the periods (those ended before the first week cancel out and are skipped),
 * bucketed (BUCKET) so that no bucket straddles a week boundary:
 *   periods overlapping W = periods started before W ends − periods ended before W starts,
 * minus, per offer, the gaps between two consecutive periods lying inside W (both periods overlap
 * W: the offer was counted twice) — the gap before a period is (previousUntilAt, fromAt).
 */
export async function offersPerWeek(filter: AnalyticsFilter, now = new Date()): Promise<WeekRow[]> {
  const weeks = calendarWeeks(filter.from, filter.to);
  if (weeks.length === 0) return [];
  const first = toSqlDateTime(weeks[0].start);
  const last = toSqlDateTime(weeks[weeks.length - 1].end);
  const attributes = offerAttributesSql(filter);
  const buckets = await prisma.$queryRawUnsafe<Bucket[]>(
    `WITH v AS MATERIALIZED (
       SELECT vp."fromAt" AS f, ${PERIOD_END("vp", "o")} AS e, vp."previousUntilAt" AS g
       FROM ${SUPPLY_OFFERS} CROSS JOIN "OfferVisibilityPeriod" vp ON vp."offerId" = o."id"
       WHERE ${attributes.sql} AND ${PERIOD_IN_WINDOW("vp", "o")} AND vp."fromAt" < ?
         AND IFNULL(vp."untilAt", '${FAR_FUTURE}') >= ? AND IFNULL(o."endsAt", '${FAR_FUTURE}') >= ?
     )
     SELECT 's' AS k, CASE WHEN f < ? THEN '' ELSE ${BUCKET("f")} END AS a, '' AS b, COUNT(*) AS n FROM v GROUP BY a
     UNION ALL
     SELECT 'e' AS k, ${BUCKET("e")} AS a, '' AS b, COUNT(*) AS n FROM v WHERE e < ? GROUP BY a
     UNION ALL
     SELECT 'g' AS k, ${BUCKET("g")} AS a, ${BUCKET("f")} AS b, COUNT(*) AS n FROM v WHERE g >= ? GROUP BY a, b`,
    ...attributes.params,
    last,
    first,
    first,
    first,
    last,
    first,
  );
  // Weeks and hour buckets both ascend: one pass over each list. "" (before the first week) sorts first.
  const counter = (kind: "s" | "e") => {
    const sorted = buckets
      .filter((r) => r.k === kind)
      .map((r) => ({ at: bucketStart(r.a), n: Number(r.n) }))
      .sort((x, y) => x.at - y.at);
    let index = 0;
    let total = 0;
    return (instant: Date) => {
      while (index < sorted.length && sorted[index].at < instant.getTime()) total += sorted[index++].n;
      return total;
    };
  };
  const startedBefore = counter("s");
  const endedBefore = counter("e");
  // A gap lies inside W when it starts at or after W's start and the next period starts before W's end.
  const gapsInside = new Array<number>(weeks.length).fill(0);
  for (const row of buckets) {
    if (row.k !== "g") continue;
    const gapStart = bucketStart(row.a);
    const nextStart = bucketStart(row.b);
    let lo = 0;
    let hi = weeks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (weeks[mid].start.getTime() <= gapStart) lo = mid;
      else hi = mid - 1;
    }
    const week = weeks[lo];
    if (week.start.getTime() <= gapStart && nextStart < week.end.getTime()) gapsInside[lo] += Number(row.n);
  }
  return weeks.map((week, i) => ({
    label: week.label,
    monday: week.monday,
    count: startedBefore(week.end) - endedBefore(week.start) - gapsInside[i],
    current: week.start.getTime() <= now.getTime() && now.getTime() < week.end.getTime(),
  }));
}
