import "server-only";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { dailyKeys, eventRow, isBot, shapeKey, SHAPES_FROM_KEYS_SQL, type AnalyticsEventInput } from "./events";

// Recording never slows or breaks a page: `recordEvent` only queues the event and returns; the queue
// is written a moment later in one transaction (one SQLite write for a burst of events), and a failed
// write is logged and dropped. Events of this process's queue are lost when it crashes — a counting
// gap of milliseconds, accepted for a statistic.

type Queued = { event: AnalyticsEventInput; at: Date };

const globalKey = Symbol.for("chancenportal.analyticsQueue");
const holder = globalThis as typeof globalThis & { [globalKey]?: { queue: Queued[]; flushing: Promise<void> | null } };
const state = (holder[globalKey] ??= { queue: [], flushing: null });

/** Longest queue kept while the database is unavailable; beyond it, new events are dropped. */
const MAX_QUEUE = 10_000;

/**
 * Queues one event unless `userAgent` is missing or an obvious bot's. The user agent is only
 * looked at here, never stored. Never throws.
 */
export function recordEvent(
  event: AnalyticsEventInput,
  { userAgent, now = new Date() }: { userAgent: string | null; now?: Date },
): boolean {
  try {
    if (isBot(userAgent)) return false;
    if (state.queue.length >= MAX_QUEUE) return false;
    state.queue.push({ event, at: now });
    if (!state.flushing) state.flushing = new Promise((resolve) => setTimeout(resolve, 0)).then(writeQueue);
    return true;
  } catch (error) {
    logger.warn("analytics event not recorded", { error: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

/** Waits until every queued event is written (or dropped after an error). For tests and scripts. */
export async function flushAnalytics(): Promise<void> {
  while (state.flushing) await state.flushing;
}

async function writeQueue(): Promise<void> {
  const batch = state.queue.splice(0, state.queue.length);
  try {
    if (batch.length > 0) await writeEvents(batch);
  } catch (error) {
    logger.warn("analytics events not recorded", { count: batch.length, error: error instanceof Error ? error.message : String(error) });
  } finally {
    state.flushing = state.queue.length > 0 ? new Promise((resolve) => setTimeout(resolve, 0)).then(writeQueue) : null;
  }
}

/** Writes events and their daily counts in one transaction (awaits; throws on failure). */
export async function writeEvents(batch: Queued[]): Promise<void> {
  const counts = new Map<string, { day: string; metric: string; key: string; offerId: number; organizationId: number; count: number }>();
  const rows = batch.map(({ event, at }) => {
    const row = eventRow(event, at);
    for (const k of dailyKeys(event)) {
      const id = JSON.stringify([row.day, k.metric, k.key, k.offerId, k.organizationId]);
      const entry = counts.get(id);
      if (entry) entry.count += 1;
      else counts.set(id, { day: row.day, ...k, count: 1 });
    }
    return row;
  });
  const searches = rows.flatMap((row) =>
    row.type === "SEARCH" && "term" in row
      ? [{ key: shapeKey(row.filters), day: row.day, term: row.term ?? "", zeroResult: row.zeroResult, view: row.view }]
      : [],
  );
  await prisma.$transaction(async (tx) => {
    await tx.analyticsEvent.createMany({ data: rows });
    if (searches.length > 0) {
      // Searches per filter shape (the planner's filters on demand charts): shapes first, then counts.
      const keys = [...new Set(searches.map((s) => s.key))];
      await tx.$executeRawUnsafe(SHAPES_FROM_KEYS_SQL, JSON.stringify(keys));
      const shapes = await tx.analyticsSearchShape.findMany({ where: { filters: { in: keys } }, select: { id: true, filters: true } });
      const shapeIds = new Map(shapes.map((s) => [s.filters, s.id]));
      const searchCounts = new Map<
        string,
        { shapeId: number; day: string; term: string; zeroResult: boolean; view: string; count: number }
      >();
      for (const s of searches) {
        const shapeId = shapeIds.get(s.key)!;
        const id = JSON.stringify([shapeId, s.day, s.term, s.zeroResult, s.view]);
        const entry = searchCounts.get(id);
        if (entry) entry.count += 1;
        else searchCounts.set(id, { shapeId, day: s.day, term: s.term, zeroResult: s.zeroResult, view: s.view, count: 1 });
      }
      for (const c of searchCounts.values()) {
        const { count, ...id } = c;
        await tx.analyticsSearchDaily.upsert({
          where: { shapeId_day_term_zeroResult_view: id },
          create: c,
          update: { count: { increment: count } },
        });
      }
    }
    for (const c of counts.values()) {
      const { count, ...id } = c;
      await tx.analyticsDaily.upsert({
        where: { metric_day_key_offerId_organizationId: id },
        create: c,
        update: { count: { increment: count } },
      });
    }
  });
}
