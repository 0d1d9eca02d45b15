import type { Prisma } from "@/generated/prisma/client";
import { deriveOccurrenceFields, scheduleToRows, type DerivedOfferFields } from "./schedule";
import type { Schedule } from "./schedule-schema";

type Tx = Pick<Prisma.TransactionClient, "offer" | "offerSlot" | "offerDate" | "offerException">;

/**
 * Replaces the offer's schedule rows (slots, dates, exceptions) and writes the schedule columns and
 * every derived column (next occurrence, end, search columns) onto the offer. Call it inside the
 * transaction that saves the offer; the derived columns must always match the rows.
 */
export async function writeOfferSchedule(tx: Tx, offerId: number, schedule: Schedule, now: Date): Promise<DerivedOfferFields> {
  const rows = scheduleToRows(schedule);
  const derived = deriveOccurrenceFields(schedule, now, rows);
  await tx.offerSlot.deleteMany({ where: { offerId } });
  await tx.offerDate.deleteMany({ where: { offerId } });
  await tx.offerException.deleteMany({ where: { offerId } });
  if (rows.slots.length > 0) await tx.offerSlot.createMany({ data: rows.slots.map((slot) => ({ offerId, ...slot })) });
  if (rows.dates.length > 0) await tx.offerDate.createMany({ data: rows.dates.map((date) => ({ offerId, ...date })) });
  if (rows.exceptions.length > 0) await tx.offerException.createMany({ data: rows.exceptions.map((date) => ({ offerId, date })) });
  await tx.offer.update({
    where: { id: offerId },
    data: {
      scheduleKind: rows.scheduleKind,
      scheduleStartDate: rows.scheduleStartDate,
      scheduleEndDate: rows.scheduleEndDate,
      intervalWeeks: rows.intervalWeeks,
      ...derived,
    },
  });
  return derived;
}
