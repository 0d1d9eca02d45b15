import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { changedFields, recordAudit, valueChanges } from "@/lib/audit";
import { formatRatio, MIN_TEXT_CONTRAST } from "@/lib/contrast";
import { prisma } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { isUploadPath } from "@/lib/uploads";
import { parseInput } from "@/lib/validation";
import { assertCanManageSettings } from "./permissions";
import { PORTAL_LOOK_ERRORS_NAMESPACE, PortalLookSchema, type PortalLookInput } from "./portal-schemas";
import { themeContrast } from "./theme";

const LOOK_FIELDS = Object.keys(PortalLookSchema.shape) as (keyof PortalLookInput)[];
const lookSelect = Object.fromEntries(LOOK_FIELDS.map((field) => [field, true])) as Record<keyof PortalLookInput, true>;

/** Refuses colours whose text contrast is below 4.5:1 — the message names the measured ratio. */
function assertReadableColors(data: PortalLookInput): void {
  const ratios = themeContrast(data);
  const fieldErrors: Record<string, string[]> = {};
  const values: Record<string, string> = {};
  if (ratios.primary !== null && ratios.primary < MIN_TEXT_CONTRAST) {
    fieldErrors.primaryColor = [`${PORTAL_LOOK_ERRORS_NAMESPACE}.primaryContrast`];
    values.primaryRatio = formatRatio(ratios.primary);
  }
  if (ratios.accent !== null && ratios.accent < MIN_TEXT_CONTRAST) {
    fieldErrors.accentColor = [`${PORTAL_LOOK_ERRORS_NAMESPACE}.accentContrast`];
    values.accentRatio = formatRatio(ratios.accent);
  }
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError(fieldErrors, undefined, values);
}

function assertUploadsExist(data: PortalLookInput): void {
  const fieldErrors: Record<string, string[]> = {};
  for (const field of ["logoPath", "faviconPath"] as const) {
    const value = data[field];
    if (value && !isUploadPath(value)) fieldErrors[field] = [`${PORTAL_LOOK_ERRORS_NAMESPACE}.imageInvalid`];
  }
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError(fieldErrors);
}

/**
 * Saves name, look, texts and contact of the portal (admins only): permission → parse → contrast and
 * upload checks → one transaction (settings row, audit "settings.portal" with old and new values).
 * Saving unchanged values writes nothing. The caller revalidates every page.
 */
export async function updatePortalLookFor(user: SessionUser | null, input: unknown): Promise<{ changedFields: string[] }> {
  assertCanManageSettings(user);
  const data = parseInput(PortalLookSchema, input, PORTAL_LOOK_ERRORS_NAMESPACE);
  assertReadableColors(data);
  assertUploadsExist(data);
  const stored = { ...data, footerLinks: JSON.stringify(data.footerLinks) };
  return prisma.$transaction(async (tx) => {
    const before = await tx.settings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 }, select: lookSelect });
    const changed = changedFields(before, stored);
    if (changed.length === 0) return { changedFields: [] };
    await tx.settings.update({ where: { id: 1 }, data: stored });
    await recordAudit(tx, {
      actorId: user.id,
      action: "settings.portal",
      entityType: "settings",
      entityId: 1,
      changedFields: changed,
      changes: valueChanges(before, stored, changed),
    });
    return { changedFields: changed };
  });
}
