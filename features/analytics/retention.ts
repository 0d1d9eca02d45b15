import "server-only";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { formatLocalDate, localDateTimeToUtc } from "@/lib/dates";

// Raw analytics events are kept ANALYTICS_RETENTION_MONTHS (default 13) full Berlin calendar days'
// worth of months; older ones are deleted by the daily job. Their daily counts (AnalyticsDaily, and
// the per-filter search counts AnalyticsSearchDaily with their AnalyticsSearchShape rows) were written
// with them in the same transaction and stay, so charts over older periods — filters included — keep
// working from the aggregates alone (demand-filters.integration.test.ts deletes every raw event and
// compares). Nothing here recomputes aggregates: they never depend on a raw event still existing.

export const RETENTION_BATCH_SIZE = 5000;

/** The configured retention period in months (the privacy page names it). */
export function analyticsRetentionMonths(): number {
  return env().ANALYTICS_RETENTION_MONTHS;
}

/** The first Berlin day whose raw events are kept at `now`: the same date `months` months earlier. */
export function retentionStartDay(now: Date, months = env().ANALYTICS_RETENTION_MONTHS): string {
  const [y, m, d] = formatLocalDate(now).split("-").map(Number);
  const monthIndex = y * 12 + (m - 1) - months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/** Deletes raw events of days before retentionStartDay, in short batches (the live server keeps writing). */
export async function purgeExpiredAnalytics(now: Date, months?: number): Promise<{ deleted: number; before: string }> {
  const before = retentionStartDay(now, months);
  const cutoff = localDateTimeToUtc(before, 0);
  let deleted = 0;
  for (;;) {
    const batch = await prisma.analyticsEvent.findMany({
      where: { createdAt: { lt: cutoff } },
      select: { id: true },
      take: RETENTION_BATCH_SIZE,
    });
    if (batch.length === 0) break;
    const result = await prisma.analyticsEvent.deleteMany({ where: { id: { in: batch.map((e) => e.id) } } });
    deleted += result.count;
  }
  return { deleted, before };
}
