import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { parseInput } from "@/lib/validation";
import { changedFields, recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { assertCanManageSettings } from "./permissions";
import { PORTAL_SETTINGS_FIELDS, PortalSettingsSchema, SETTINGS_ERRORS_NAMESPACE } from "./schemas";

const settingsSelect = Object.fromEntries(PORTAL_SETTINGS_FIELDS.map((field) => [field, true])) as Record<
  (typeof PORTAL_SETTINGS_FIELDS)[number],
  true
>;

/**
 * Saves the portal settings (admins only): permission → parse → one transaction (settings row,
 * audit "settings.update" with the changed fields). Saving unchanged values writes nothing.
 *
 * Turning approval off does not touch offers already waiting: they stay PENDING_REVIEW in the
 * editors' queue (and pending revisions stay pending) until an editor decides; a provider's next
 * save publishes directly (features/offers/status.ts). The caller revalidates the pages.
 */
export async function updateSettingsFor(user: SessionUser | null, input: unknown): Promise<{ changedFields: string[] }> {
  assertCanManageSettings(user);
  const parsed = parseInput(PortalSettingsSchema, input, SETTINGS_ERRORS_NAMESPACE);
  // Fields the form did not send stay as stored (and do not count as changed).
  const data = Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as typeof parsed;
  return prisma.$transaction(async (tx) => {
    const before = await tx.settings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 }, select: settingsSelect });
    const changed = changedFields(before, data);
    if (changed.length === 0) return { changedFields: [] };
    await tx.settings.update({ where: { id: 1 }, data });
    await recordAudit(tx, { actorId: user.id, action: "settings.update", entityType: "settings", entityId: 1, changedFields: changed });
    return { changedFields: changed };
  });
}
