import "server-only";
import { prisma } from "@/lib/db";
import { deriveOccurrenceFields, rowsToSchedule } from "./schedule";

// The daily job's part (scripts/daily-jobs.ts): nextOccurrenceAt, nextListedAt and endsAt are derived
// when an offer is saved, so they go stale once that next date has passed — the soonest order
// (Aktualität) and the cards' "Nächster Termin" would show yesterday's date first. This recomputes
// them from the stored schedule rows for every offer whose next date lies before `now`. The search
// columns depend only on the rows, not on the day, so they are left alone.

const BATCH = 500;

export async function refreshPassedNextDates(now: Date = new Date()): Promise<{ offers: number }> {
  let refreshed = 0;
  let afterId = 0;
  for (;;) {
    const offers = await prisma.offer.findMany({
      where: { id: { gt: afterId }, deletedAt: null, nextOccurrenceAt: { lt: now } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        scheduleKind: true,
        scheduleStartDate: true,
        scheduleEndDate: true,
        intervalWeeks: true,
        slots: { select: { weekday: true, startMinute: true, endMinute: true } },
        dates: { select: { date: true, startMinute: true, endMinute: true } },
        exceptions: { select: { date: true } },
      },
    });
    if (offers.length === 0) break;
    await prisma.$transaction(
      offers.map((offer) => {
        const { nextOccurrenceAt, nextListedAt, endsAt } = deriveOccurrenceFields(rowsToSchedule(offer), now);
        return prisma.offer.update({ where: { id: offer.id }, data: { nextOccurrenceAt, nextListedAt, endsAt } });
      }),
    );
    refreshed += offers.length;
    afterId = offers[offers.length - 1].id;
  }
  return { offers: refreshed };
}
