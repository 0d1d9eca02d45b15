import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { NotFoundError, UnauthorizedError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { canConfirmProfile } from "./permissions";
import { FRESHNESS_ERRORS_NAMESPACE, ReminderModeSchema } from "./schemas";

/** The signed-in user's choice: freshness reminders at once or as a weekly summary. */
export async function updateReminderModeFor(user: SessionUser | null, raw: unknown): Promise<{ reminderMode: "IMMEDIATE" | "WEEKLY" }> {
  if (!user) throw new UnauthorizedError();
  const { reminderMode } = parseInput(ReminderModeSchema, raw, FRESHNESS_ERRORS_NAMESPACE);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { reminderMode } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.reminderMode",
      entityType: "user",
      entityId: user.id,
      changedFields: ["reminderMode"],
    });
  });
  return { reminderMode };
}

/** "Still current" for an organisation profile from the dashboard (members who may edit it, editors). */
export async function confirmProfileFor(user: SessionUser | null, organizationId: number, now: Date = new Date()): Promise<{ id: number }> {
  if (!user) throw new UnauthorizedError();
  if (!canConfirmProfile(user, organizationId)) throw new NotFoundError();
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.organization.updateMany({
      where: { id: organizationId, deletedAt: null },
      data: { lastConfirmedAt: now, reminderSentAt: null },
    });
    if (count !== 1) throw new NotFoundError();
    await recordAudit(tx, {
      actorId: user.id,
      action: "organization.confirm",
      entityType: "organization",
      entityId: organizationId,
      changedFields: ["lastConfirmedAt"],
    });
    return { id: organizationId };
  });
}
